import PlanModel
import TextWidth

/// An error in a statement: a `Diagnostic` whose location is a span of the text given to the parser.
public typealias QueryError = Diagnostic

extension Diagnostic {
    /// The error for a Ctrl-C during evaluation.
    static func interrupted(_ range: SourceRange) -> QueryError {
        QueryError(range, "interrupted", thai: "ถูกขัดจังหวะ")
    }

    /// Blank space as wide as `text` on a terminal: a tab stays a tab (it jumps to the same stop on both lines),
    /// anything else becomes spaces of its display width (Thai marks none, wide characters two).
    static func indent(under text: String) -> String {
        var out = ""
        for character in text {
            if character == "\t" {
                out.append("\t")
            } else {
                out += String(repeating: " ", count: String(character).displayWidth)
            }
        }
        return out
    }
    /// Characters of a long source line shown on each side of the caret (and of the underlined text at most).
    static let contextCharacters = 60

    /// The diagnostic as shown for `text`, in `file` after `lineOffset` lines: a span becomes its line and column
    /// (in Characters, 1-based) with notes for the source line (a window of `contextCharacters` each side of the
    /// caret when it is longer), a caret line under the span (aligned by display width) and the suggestion; a problem with no place of its own is placed at `statementStart`; one
    /// already placed in another file stays there. The one place where errors become what the user reads.
    public func located(in text: String, file: String?, lineOffset: Int = 0, statementStart: Int = 0) -> Diagnostic {
        switch location {
        case .place:
            return self
        case .unknown:
            var d = self
            let (line, column) = Self.lineColumn(Array(text.utf8), statementStart)
            d.file = file
            d.line = line + lineOffset
            d.column = column
            d.notes += suggestion.map { [$0] } ?? []
            return d
        case .range(let range):
            return underlining(range, in: text, file: file, lineOffset: lineOffset)
        }
    }

    /// `located(in:…)` for an error from the parser or the evaluator.
    public func diagnostic(in text: String, file: String?, lineOffset: Int = 0) -> Diagnostic {
        located(in: text, file: file, lineOffset: lineOffset)
    }

    private func underlining(_ range: SourceRange, in text: String, file: String?, lineOffset: Int) -> Diagnostic {
        let utf8 = Array(text.utf8)
        let start = max(0, min(range.start, utf8.count))
        let end = max(start, min(range.end, utf8.count))
        var lineStart = start
        while lineStart > 0, utf8[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        var lineEnd = start
        while lineEnd < utf8.count, utf8[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        func decode(_ a: Int, _ b: Int) -> String { String(decoding: utf8[a..<b], as: UTF8.self) }
        let before = decode(lineStart, start)
        var underlined = decode(start, min(end, lineEnd))
        var after = decode(min(end, lineEnd), lineEnd)
        if after.hasSuffix("\r") { after.removeLast() } else if underlined.hasSuffix("\r") { underlined.removeLast() }
        // A long line (a statement of a megabyte on one line) is shown as a window around the caret.
        let context = Self.contextCharacters
        let shownBefore = before.count > context ? "…" + before.suffix(context) : before
        let shownUnderlined = underlined.count > context ? String(underlined.prefix(context)) : underlined
        let shownAfter =
            shownUnderlined.count < underlined.count
            ? "…" : after.count > context ? after.prefix(context) + "…" : after
        let sourceLine = shownBefore + shownUnderlined + shownAfter
        let caretCount = max(1, shownUnderlined.displayWidth)
        let caret = Self.indent(under: shownBefore) + String(repeating: "^", count: caretCount)
        var d = self
        d.range = nil
        d.file = file
        d.line = Self.lineColumn(utf8, start).line + lineOffset
        d.column = before.count + 1
        d.notes = [sourceLine, caret] + notes + (suggestion.map { [$0] } ?? [])
        d.quotedNotes = 2
        return d
    }

    /// 1-based line and column (in Characters) of a UTF-8 offset.
    static func lineColumn(_ utf8: [UInt8], _ offset: Int) -> (line: Int, column: Int) {
        let offset = max(0, min(offset, utf8.count))
        var lineStart = offset
        while lineStart > 0, utf8[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        let line = utf8[..<lineStart].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        return (line, String(decoding: utf8[lineStart..<offset], as: UTF8.self).count + 1)
    }
}
