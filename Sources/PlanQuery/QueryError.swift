import PlanModel
import TextWidth

/// An error in a statement: where it is in the text, what is wrong (English and Thai), and a suggestion.
public struct QueryError: Error, Sendable {
    /// The offending text, as UTF-8 offsets into the text given to the parser.
    public var range: SourceRange
    public var message: String
    public var thai: String
    /// A hint such as "did you mean `budget`?", or nil.
    public var suggestion: String?

    public init(_ range: SourceRange, _ message: String, thai: String, suggestion: String? = nil) {
        self.range = range
        self.message = message
        self.thai = thai
        self.suggestion = suggestion
    }

    /// The error for a Ctrl-C during evaluation.
    static func interrupted(_ range: SourceRange) -> QueryError {
        QueryError(range, "interrupted", thai: "ถูกขัดจังหวะ")
    }

    /// Characters of a long source line shown on each side of the caret (and of the underlined text at most).
    static let contextCharacters = 60

    /// The Diagnostic with line/column computed from `text` (column in Characters, 1-based) and notes = the
    /// source line (a window of `contextCharacters` each side of the caret when it is longer), a caret line
    /// under the range (aligned by display width), and the suggestion.
    public func diagnostic(in text: String, file: String?, lineOffset: Int = 0) -> Diagnostic {
        let utf8 = Array(text.utf8)
        let start = max(0, min(range.start, utf8.count))
        let end = max(start, min(range.end, utf8.count))
        var lineStart = start
        while lineStart > 0, utf8[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        var lineEnd = start
        while lineEnd < utf8.count, utf8[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        let line = utf8[..<start].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        func decode(_ a: Int, _ b: Int) -> String { String(decoding: utf8[a..<b], as: UTF8.self) }
        let before = decode(lineStart, start)
        var underlined = decode(start, min(end, lineEnd))
        var after = decode(min(end, lineEnd), lineEnd)
        if after.hasSuffix("\r") { after.removeLast() } else if underlined.hasSuffix("\r") { underlined.removeLast() }
        let column = before.count + 1
        // A long line (a statement of a megabyte on one line) is shown as a window around the caret.
        let context = Self.contextCharacters
        let shownBefore = before.count > context ? "…" + before.suffix(context) : before
        let shownUnderlined = underlined.count > context ? String(underlined.prefix(context)) : underlined
        let shownAfter =
            shownUnderlined.count < underlined.count ? "…"
            : after.count > context ? after.prefix(context) + "…" : after
        let sourceLine = shownBefore + shownUnderlined + shownAfter
        let caretCount = max(1, shownUnderlined.displayWidth)
        let caret = String(repeating: " ", count: shownBefore.displayWidth) + String(repeating: "^", count: caretCount)
        var notes = [sourceLine, caret]
        if let suggestion { notes.append(suggestion) }
        return Diagnostic(
            file: file, line: line + lineOffset, column: column, message: message, thai: thai,
            notes: notes)
    }
}
