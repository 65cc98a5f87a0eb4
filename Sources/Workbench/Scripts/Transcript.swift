import Foundation
import PlanData
import PlanModel
import PlanQuery

/// A transcript: a script whose expected output follows each statement as `--> ` lines. Golden tests, the
/// tutorial's lessons and users' regression checks are all transcripts; `phaen --check` reruns one and shows
/// a unified diff, `--update` rewrites the expected lines.
public struct Transcript {
    /// A run of statement lines and the output expected after them.
    struct Chunk {
        var source: [String]
        var firstLine: Int
        var expected: [String]
    }

    static let marker = "-->"

    var chunks: [Chunk]

    /// Splits transcript text into statements, each with the comments before it and its expected output.
    /// Statements end where `StatementSplitter` says (the `-->` lines are comments to it), so a transcript
    /// splits as the same text runs.
    init(text: String) {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        let endLines = Set(Self.statementEndLines(text))
        var chunks: [Chunk] = []
        var ended = true
        for (i, line) in lines.enumerated() {
            if line.hasPrefix(Self.marker) {
                var out = String(line.dropFirst(Self.marker.count))
                if out.hasPrefix(" ") { out.removeFirst() }
                if chunks.isEmpty { chunks.append(Chunk(source: [], firstLine: i + 1, expected: [])) }
                chunks[chunks.count - 1].expected.append(out)
                continue
            }
            if ended || chunks.isEmpty || !chunks[chunks.count - 1].expected.isEmpty {
                chunks.append(Chunk(source: [], firstLine: i + 1, expected: []))
                ended = false
            }
            chunks[chunks.count - 1].source.append(line)
            if endLines.contains(i) { ended = true }
        }
        self.chunks = chunks
    }

    /// The 0-based line on which each statement of `text` ends.
    static func statementEndLines(_ text: String) -> [Int] {
        let utf8 = Array(text.utf8)
        var line = 0
        var at = 0
        return StatementSplitter.split(text).map { span in
            while at < span.end - 1 {
                if utf8[at] == UInt8(ascii: "\n") { line += 1 }
                at += 1
            }
            return line
        }
    }

    /// The result of checking a transcript.
    public struct Check {
        /// The transcript as it would be with the actual output.
        public var updated: String
        /// The transcript as it was.
        public var original: String
        public var matches: Bool { updated == original }
        /// Statements whose expected output shows no error but which failed now (a wrong `load` path, say):
        /// the first line of each and its text. `--update` does not write these in as expected unless asked.
        public var newFailures: [(line: Int, statement: String)] = []
        /// A unified diff from the expected to the actual, empty when they match.
        public func diff(name: String) -> String {
            UnifiedDiff.make(original, updated, fromName: "\(name) (expected)", toName: "\(name) (actual)")
        }
    }

    /// Reruns the transcript at `path` in a fresh session whose relative paths resolve against the
    /// transcript's folder, capturing what each statement writes (results and errors).
    public static func check(path: String, options: Session.Options = Session.Options()) throws -> Check {
        guard let text = try TextFile.read(path) else {
            throw Diagnostic(
                file: path, message: "\(path) is not UTF-8 text", thai: "\(path) ไม่ใช่ข้อความ UTF-8",
                notes: [Session.notUTF8Hint])
        }
        // A transcript saved on Windows (CRLF) is read, compared and rewritten with plain newlines.
        let original = text.replacingOccurrences(of: "\r\n", with: "\n")
        var transcript = Transcript(text: original)
        var captured: [String] = []
        var o = options
        o.directory = (path as NSString).deletingLastPathComponent
        if o.directory.isEmpty { o.directory = FileManager.default.currentDirectoryPath }
        o.keepGoing = true
        o.lessonProgress = nil
        let session = Session(options: o, out: { captured.append($0) }, err: { captured.append($0) })
        let name = (path as NSString).lastPathComponent
        // Errors name lines of the transcript as updated, so `--update` writes the numbers it will check.
        var firstLine = 1
        var newFailures: [(line: Int, statement: String)] = []
        for i in transcript.chunks.indices {
            let chunk = transcript.chunks[i]
            captured = []
            let text = chunk.source.joined(separator: "\n")
            if !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                session.execute(text, file: name, lineOffset: firstLine - 1) == .failed,
                !chunk.expected.contains(where: Diagnostic.isHead)
            {
                let code = chunk.source.firstIndex { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("--") } ?? 0
                newFailures.append((chunk.firstLine + code, chunk.source[code...].joined(separator: "\n")))
            }
            transcript.chunks[i].expected = captured.flatMap { $0.components(separatedBy: "\n") }
            firstLine += chunk.source.count + transcript.chunks[i].expected.count
        }
        var check = Check(updated: transcript.text, original: original)
        check.newFailures = newFailures
        return check
    }

    /// The transcript written back out.
    var text: String {
        var lines: [String] = []
        for chunk in chunks {
            lines += chunk.source
            lines += chunk.expected.map { $0.isEmpty ? Self.marker : "\(Self.marker) \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
