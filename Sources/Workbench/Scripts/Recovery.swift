import Foundation
import PlanModel

/// Earlier sessions' journals, for `phaen --recover`.
public enum Recovery {
    /// One journal read back.
    public struct Entry: Sendable {
        public var path: String
        /// Statements that finished without error, in order.
        public var succeeded: [String]
        /// A statement that was running when the shell died, if any.
        public var unfinished: String?
        public var failed: Int
        /// The working folder the session ran in, which its relative paths resolve against.
        public var folder: String?
    }

    /// Journals in `folder` that hold a statement, newest first (a shell killed before anything ran leaves an
    /// empty one: nothing to recover).
    public static func list(folder: String) -> [Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".phaen") }.sorted(by: >).compactMap { read(path: folder + "/" + $0) }
            .filter { !$0.succeeded.isEmpty || $0.unfinished != nil || $0.failed > 0 }
    }

    /// Reads one journal.
    public static func read(path: String) -> Entry? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        var entry = Entry(path: path, succeeded: [], unfinished: nil, failed: 0)
        var pending: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "-- ok" || line == "-- failed" {
                let statement = pending.joined(separator: "\n")
                if line == "-- ok" { entry.succeeded.append(statement) } else { entry.failed += 1 }
                pending = []
            } else if line.hasPrefix(Journal.headerPrefix) {
                if let r = line.range(of: Journal.folderMarker) { entry.folder = String(line[r.upperBound...]) }
            } else if pending.isEmpty && line.isEmpty {
                continue
            } else {
                pending.append(String(line))
            }
        }
        let rest = pending.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        entry.unfinished = rest.isEmpty ? nil : rest
        return entry
    }

    /// The listing `phaen --recover` prints.
    public static func listing(_ entries: [Entry]) -> Table {
        var n = ColumnBuilder(type: .int), started = ColumnBuilder(type: .text)
        var ok = ColumnBuilder(type: .int), first = ColumnBuilder(type: .text)
        for (i, e) in entries.enumerated() {
            n.append(.int(Int64(i + 1)))
            started.appendText(String((e.path as NSString).lastPathComponent.prefix(20)))
            ok.append(.int(Int64(e.succeeded.count)))
            first.appendText(e.succeeded.first ?? e.unfinished ?? "")
        }
        return Table(name: "sessions", columnNames: ["n", "started", "statements", "first"],
                     columns: [n.build(), started.build(), ok.build(), first.build()])
    }
}
