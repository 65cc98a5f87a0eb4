import Foundation
import PlanModel
import PlanQuery

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

    /// Reads one journal: its header line, then each statement framed by its length (see `Journal`).
    public static func read(path: String) -> Entry? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var reader = JournalReader(bytes: Array(data))
        var entry = Entry(path: path, succeeded: [], unfinished: nil, failed: 0)
        if let header = reader.line(), header.hasPrefix(Journal.headerPrefix),
            let r = header.range(of: Journal.folderMarker)
        {
            entry.folder = String(header[r.upperBound...])
        }
        while let line = reader.line() {
            guard line.hasPrefix(Journal.framePrefix), line.hasSuffix(Journal.frameSuffix),
                let count = Int(line.dropFirst(Journal.framePrefix.count).dropLast(Journal.frameSuffix.count))
            else { continue }
            let statement = reader.take(count)
            _ = reader.line()
            switch reader.line() {
            case Journal.succeededMarker?: entry.succeeded.append(statement)
            case Journal.failedMarker?: entry.failed += 1
            default: entry.unfinished = statement.isEmpty ? nil : statement
            }
        }
        return entry
    }

    /// The bytes of a journal, read a line or a counted run of bytes at a time.
    private struct JournalReader {
        let bytes: [UInt8]
        var at = 0

        /// The next line without its line break; nil at the end.
        mutating func line() -> String? {
            guard at < bytes.count else { return nil }
            let end = bytes[at...].firstIndex(of: 0x0A) ?? bytes.count
            defer { at = min(end + 1, bytes.count) }
            return String(decoding: bytes[at..<end], as: UTF8.self)
        }

        /// The next `count` bytes (fewer at the end) as text.
        mutating func take(_ count: Int) -> String {
            let end = min(at + max(count, 0), bytes.count)
            defer { at = end }
            return String(decoding: bytes[at..<end], as: UTF8.self)
        }
    }

    /// What `phaen --recover N` does with a session: the statements to run again to restore its state, and the
    /// ones it only lists — those that wrote a file or ran a script (repeating them would write the files again
    /// or re-run the scripts' own effects; `repeatingEffects` runs them too), and the one that was running when
    /// the shell died.
    public struct Replay: Sendable {
        /// The statements to run, in order.
        public var statements: [String]
        /// Statements listed and not run, with why, in order.
        public var listed: [(statement: String, reason: String)]

        /// The replay of `entry`.
        public init(_ entry: Entry, repeatingEffects: Bool) {
            statements = []
            listed = []
            for text in entry.succeeded {
                if !repeatingEffects, let effect = Self.effect(of: text) {
                    listed.append((text, effect))
                } else {
                    statements.append(text)
                }
            }
            if let unfinished = entry.unfinished {
                listed.append((unfinished, "it was running when the shell stopped, and did not finish"))
            }
        }

        /// What a statement did beyond the session's state, if anything, as its `effects` declare.
        static func effect(of text: String) -> String? {
            let effects = Parser.statements(text, grammar: StatementRegistry.grammar).flatMap { parse in
                (try? parse.result.get()).map { StatementRegistry.sessionStatement($0.statement).effects } ?? []
            }
            if effects.contains(where: { if case .writes = $0 { true } else { false } }) { return "it wrote a file" }
            if effects.contains(where: { if case .runs = $0 { true } else { false } }) { return "it ran a script" }
            return nil
        }

        /// The replay as a script: the statements to run, and each listed one commented out with its reason.
        public var script: String {
            var lines = statements
            for (statement, reason) in listed {
                lines.append("-- not run again (\(reason)):")
                lines += statement.split(separator: "\n", omittingEmptySubsequences: false).map { "-- " + $0 }
            }
            return lines.joined(separator: "\n")
        }

        /// Notes for the user about the listed statements, one a statement.
        public var notes: [String] {
            listed.map { "not run again (\($0.reason); run it yourself if you need it): \($0.statement)" }
        }
    }

    /// The listing `phaen --recover` prints.
    public static func listing(_ entries: [Entry]) -> Table {
        var n = ColumnBuilder(type: .int)
        var started = ColumnBuilder(type: .text)
        var ok = ColumnBuilder(type: .int)
        var first = ColumnBuilder(type: .text)
        for (i, e) in entries.enumerated() {
            n.append(.int(Int64(i + 1)))
            started.appendText(String((e.path as NSString).lastPathComponent.prefix(20)))
            ok.append(.int(Int64(e.succeeded.count)))
            first.appendText(e.succeeded.first ?? e.unfinished ?? "")
        }
        return Table(
            name: "sessions", columnNames: ["n", "started", "statements", "first"],
            columns: [n.build(), started.build(), ok.build(), first.build()])
    }
}
