import Foundation
import SystemCalls

/// Every statement, appended to a file as it runs and its outcome after it, each written straight to the
/// kernel, so a killed shell (even `kill -9`) loses nothing that ran. `phaen --recover` reads them back.
///
/// The file is a script. Each statement is framed by its length, so that no text inside it (a multi-line
/// string holding a line `-- ok`) can be taken for the framing: a line `-- statement N bytes`, the statement's
/// N bytes of text and a line break, then, when it ends, a line `-- ok` or `-- failed`. A statement with no
/// such line was running when the shell died.
public final class Journal {
    /// The journal file.
    public let path: String
    private let fd: Int32
    private var count = 0
    /// How a journal's first line starts: `-- phaen journal, started STAMP, in FOLDER`.
    static let headerPrefix = "-- phaen journal"
    /// What precedes the working folder on the first line.
    static let folderMarker = ", in "

    /// Where journals live: `$XDG_STATE_HOME/phaen/sessions`, else `~/.local/state/phaen/sessions`.
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let state =
            environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        return state + "/phaen/sessions"
    }

    /// Opens a new journal in `folder`, named by the start time and process id; nil when it cannot be created
    /// (the session then runs without one).
    public init?(folder: String, now: Date = Date()) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let stamp = Self.stamp(now)
        path = "\(folder)/\(stamp)-\(getpid()).phaen"
        fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        guard fd >= 0 else { return nil }
        let folder = FileManager.default.currentDirectoryPath
        append("\(Self.headerPrefix), started \(stamp)\(Self.folderMarker)\(folder)\n")
    }

    deinit { close(fd) }

    static func stamp(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd'T'HH-mm-ss'Z'"
        return f.string(from: date)
    }

    /// What starts a statement's frame: `-- statement N bytes`.
    static let framePrefix = "-- statement "
    static let frameSuffix = " bytes"
    /// The lines that end a statement's frame.
    static let succeededMarker = "-- ok"
    static let failedMarker = "-- failed"

    /// Records a statement as it starts, in one write.
    func begin(_ statement: String) {
        count += 1
        append("\(Self.framePrefix)\(statement.utf8.count)\(Self.frameSuffix)\n\(statement)\n")
    }

    /// Records how the statement that began last ended.
    func end(_ outcome: Session.Outcome) {
        append((outcome == .failed ? Self.failedMarker : Self.succeededMarker) + "\n")
    }

    /// Records text that failed before it became statements (a syntax error).
    func record(_ text: String, outcome: Session.Outcome) {
        begin(text)
        end(outcome)
    }

    /// Removes the journal when no statement ran (nothing to recover).
    public func closeRemovingIfEmpty() {
        if count == 0 { unlink(path) }
    }

    private func append(_ s: String) {
        System.writeAll(fd, s)
    }
}
