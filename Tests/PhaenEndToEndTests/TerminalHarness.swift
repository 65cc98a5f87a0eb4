import Foundation
import TestSupport

/// The built `phaen` running in a tmux pane 100 columns wide and 30 rows high, on a tmux server of its own,
/// with its history under a temporary XDG_STATE_HOME. Keys go in with `send-keys`; what is drawn comes back
/// with `capture-pane`, so the tests see exactly what a user would see.
final class TerminalHarness {
    static let packageRoot = URL(fileURLWithPath: Package.root)
    static let binary = Package.phaen
    /// The bundled example plan, for `start(["--plan", example])`.
    static let example = Package.example
    static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    /// Whether tmux is installed and `phaen` was built (`swift build` before `swift test`).
    static var isAvailable: Bool { tmux != nil && FileManager.default.isExecutableFile(atPath: binary) }

    /// The tmux server's socket name, new for each `start`, so a restart never meets the server being stopped.
    private(set) var socket = ""
    /// XDG_STATE_HOME of the shell; kept across `start` calls so history survives a restart.
    let stateHome: String

    init() {
        stateHome = NSTemporaryDirectory() + "phaen-terminal-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: stateHome, withIntermediateDirectories: true)
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: stateHome)
    }

    /// Starts the shell in a new pane `columns` × `rows`, working in `folder`; when it exits, the pane shows
    /// `EXIT:<status>`. Output taller than the pane goes through `pager` (`cat` by default, so that it stays on
    /// the screen; nil for Phaen's own default, `less`). `NO_COLOR` is never set, as on most users' terminals.
    func start(
        _ arguments: [String] = [], in folder: String = packageRoot.path, columns: Int = 100, rows: Int = 30,
        pager: String? = "cat"
    ) {
        socket = "phaen-test-\(UUID().uuidString.prefix(8))"
        let quoted = arguments.map { " '\($0)'" }.joined()
        let command =
            "env -u NO_COLOR" + (pager == nil ? " -u PAGER" : "")
            + " LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_STATE_HOME='\(stateHome)' XDG_CONFIG_HOME='\(stateHome)/config'"
            + " XDG_CACHE_HOME='\(stateHome)/cache'"
            + (pager.map { " PAGER='\($0)'" } ?? "") + " '\(Self.binary)'\(quoted); echo EXIT:$?; sleep 600"
        tmux([
            "-f", "/dev/null", "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", "-c", folder, command,
        ])
    }

    /// Starts an interactive bash (job control on) in a new pane and runs the shell from it, so that Ctrl-Z
    /// stops it and `fg` brings it back.
    func startUnderJobControl() {
        socket = "phaen-test-\(UUID().uuidString.prefix(8))"
        let command =
            "env LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_STATE_HOME='\(stateHome)' XDG_CONFIG_HOME='\(stateHome)/config'"
            + " XDG_CACHE_HOME='\(stateHome)/cache'"
            + " PS1='bash$ ' bash --norc --noprofile -i"
        tmux([
            "-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "30", "-c", Self.packageRoot.path, command,
        ])
        type("'\(Self.binary)'")
        press("Enter")
    }

    /// Kills the tmux server and everything in it, and removes its socket.
    func stop() {
        guard !socket.isEmpty else { return }
        tmux(["kill-server"])
        let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(folder)/tmux-\(getuid())/\(socket)")
        socket = ""
    }

    /// Types `text` literally.
    func type(_ text: String) {
        tmux(["send-keys", "-l", text])
    }

    /// Presses keys by tmux name: `Left`, `BSpace`, `C-l`, `Enter`.
    func press(_ keys: String...) {
        tmux(["send-keys"] + keys)
    }

    /// Resizes the window, and its one pane, to `columns` × `rows`, as a user dragging the terminal's corner: tmux
    /// rewraps what is on the screen and sends the shell SIGWINCH.
    func resize(columns: Int, rows: Int) {
        tmux(["resize-window", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The pane's rows, trailing spaces removed; with `joiningWrapped`, a line the terminal wrapped is one row.
    func screen(joiningWrapped: Bool = false) -> [String] {
        let rows = tmux(["capture-pane", "-p"] + (joiningWrapped ? ["-J"] : [])).components(separatedBy: "\n")
        return rows.map { row in String(row.reversed().drop { $0 == " " }.reversed()) }
    }

    /// Every row the pane has shown, its scrollback first, each line the terminal wrapped joined into one.
    func scrollback() -> [String] {
        let rows = tmux(["capture-pane", "-p", "-J", "-S", "-", "-E", "-"]).components(separatedBy: "\n")
        return rows.map { row in String(row.reversed().drop { $0 == " " }.reversed()) }
    }

    /// The pane's rows with their colours, as escape sequences.
    func colouredScreen() -> String { tmux(["capture-pane", "-p", "-e"]) }

    /// The terminal cursor's column and row on the pane.
    func cursor() -> (column: Int, row: Int)? {
        let numbers = tmux(["display-message", "-p", "#{cursor_x} #{cursor_y}"]).split(separator: " ").compactMap {
            Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
    }

    /// Waits up to `seconds` for the screen to satisfy `condition`; returns the last screen seen either way,
    /// with whether it did.
    @discardableResult
    func waitFor(seconds: TimeInterval = 10, _ condition: ([String]) -> Bool) -> (satisfied: Bool, screen: [String]) {
        let deadline = Date().addingTimeInterval(seconds)
        var rows = screen()
        while !condition(rows) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            rows = screen()
        }
        return (condition(rows), rows)
    }

    /// Waits for a row equal to `row`.
    @discardableResult
    func waitForRow(_ row: String) -> (satisfied: Bool, screen: [String]) {
        waitFor { $0.contains(row) }
    }

    /// Waits for the shell to draw its first prompt and returns it as drawn (trailing spaces removed).
    func waitForPrompt() -> String? {
        guard waitFor({ $0.contains { !$0.isEmpty } }).satisfied else { return nil }
        return waitForQuiet()
    }

    /// Waits for the screen to stop changing and returns its last row with text: the prompt, once a statement
    /// has run, with a banner or a statement's output above it doing no harm.
    func waitForQuiet() -> String? {
        var previous = screen()
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.2)
            let current = screen()
            if current == previous { return current.last { !$0.isEmpty } }
            previous = current
        }
        return nil
    }

    /// The statements in the shell's history file, decoded from libedit's format (a header line, then one
    /// statement a line with spaces, newlines and backslashes written as `\ooo` octal escapes or `\\`).
    func historyFile() -> [String] {
        let path = stateHome + "/phaen/history"
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let lines = data.split(separator: UInt8(ascii: "\n")).dropFirst()
        return lines.map { line in
            var bytes: [UInt8] = []
            var index = line.startIndex
            while index < line.endIndex {
                let byte = line[index]
                if byte == UInt8(ascii: "\\"), index + 1 < line.endIndex {
                    let octal = line[(index + 1)...].prefix(3)
                    if octal.count == 3, octal.allSatisfy({ (0x30...0x37).contains($0) }) {
                        bytes.append(octal.reduce(0) { $0 * 8 + ($1 - 0x30) })
                        index += 4
                        continue
                    }
                    bytes.append(line[index + 1])
                    index += 2
                    continue
                }
                bytes.append(byte)
                index += 1
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Runs tmux with this harness's socket and returns what it printed. Spawned with an empty signal mask
    /// and default handlers: the test runner blocks signals, and the tmux server, the shell and `phaen` would
    /// inherit that (Ctrl-C would never arrive, kill-server would not end the server).
    @discardableResult
    /// The process id of the shell running in the pane (the pane's own process is the `sh` that started it).
    func shellProcess() -> Int32? {
        let pane = tmux(["list-panes", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(pane)/task/\(pane)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// Runs a tmux command on this harness's own server and returns what it printed.
    @discardableResult
    private func tmux(_ arguments: [String]) -> String {
        guard let tmux = Self.tmux else { return "" }
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        let result = try? ChildProcess.run(tmux, ["-L", socket, "-u"] + arguments, environment: environment)
        return result?.stdout ?? ""
    }
}
