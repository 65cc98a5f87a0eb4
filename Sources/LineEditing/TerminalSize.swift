import CLibEdit
import Glibc

/// The size of the terminal standard output is drawn on, for fitting results to it.
public struct TerminalSize: Equatable, Sendable {
    public var columns: Int
    public var rows: Int

    /// The terminal's size now (it changes as the user resizes the window), or nil when standard output is not
    /// a terminal.
    public static func current() -> TerminalSize? {
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        let columns = Int(phaen_terminal_columns(STDOUT_FILENO))
        let rows = Int(phaen_terminal_rows(STDOUT_FILENO))
        guard columns > 0, rows > 0 else { return nil }
        return TerminalSize(columns: columns, rows: rows)
    }
}
