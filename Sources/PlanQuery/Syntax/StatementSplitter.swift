import PlanModel

/// Where each statement of a text begins and ends: the one rule for the parser, `--keep-going`, transcripts and
/// the shell's continuation lines alike.
///
/// A statement ends at `;` or at a line break, unless it obviously goes on: the line ends with `|`, `,`, an
/// operator or `and`/`or`/`not` (`LineContinuation`), a bracket or quote is open, or the next line (after blank
/// and comment lines) starts with `|`. The lexer decides, so a
/// comment between a statement's lines or a mistake inside it moves no boundary.
public enum StatementSplitter {
    /// Each statement's text as UTF-8 offsets `[start, end)` into `text`, from its first token to where it ends
    /// (comments and blank lines between statements belong to none; text that is not a token stays inside the
    /// statement it stands in, for the parser to point at), in order.
    public static func split(_ text: String) -> [SourceRange] {
        let utf8 = Array(text.utf8)
        var spans: [SourceRange] = []
        var start: Int?
        let lexer = Lexer.scan(text)
        var skipped = lexer.skipped[...]
        for token in lexer.tokens {
            while let at = skipped.first, at < token.range.start {
                if start == nil { start = at }
                skipped.removeFirst()
            }
            switch token.kind {
            case .separator, .end:
                guard let first = start else { continue }
                var end = max(first, token.range.start)
                while end > first, [0x20, 0x09, 0x0D, 0x0A].contains(utf8[end - 1]) { end -= 1 }
                spans.append(SourceRange(first, end))
                start = nil
            default:
                if start == nil { start = token.range.start }
            }
        }
        if let first = start { spans.append(SourceRange(first, utf8.count)) }
        return spans
    }

    /// Whether typed text is a whole statement yet: false while a quote or bracket is open or the text (ignoring
    /// comments) ends with a token that leaves the statement open (`|`, `,`, an operator: `LineContinuation`);
    /// the line editor then reads another line and joins it on.
    public static func isComplete(_ text: String) -> Bool {
        let lexer = Lexer.scan(text)
        if lexer.openStringStart != nil || lexer.openBrackets > 0 { return false }
        let tokens = lexer.tokens.filter { $0.kind != .end }
        // A statement ended by `;` is whole, whatever came before it.
        guard let last = tokens.last, last.kind != .separator else { return true }
        let start = tokens.lastIndex { $0.kind == .separator }.map { $0 + 1 } ?? 0
        return !LineContinuation.continues(after: last, first: tokens[start])
    }
}
