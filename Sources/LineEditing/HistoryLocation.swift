import Foundation

/// Where history lives: $XDG_STATE_HOME/phaen/history, else ~/.local/state/phaen/history.
public enum HistoryLocation {
    /// The history file for this user, from the environment.
    public static func defaultFile() -> String {
        file(environment: ProcessInfo.processInfo.environment, home: NSHomeDirectory())
    }

    /// The history file for `environment`; `home` is used when XDG_STATE_HOME is unset, empty or relative
    /// (the XDG base directory specification says to ignore a relative path).
    static func file(environment: [String: String], home: String) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/phaen/history"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home
        return home + "/.local/state/phaen/history"
    }
}
