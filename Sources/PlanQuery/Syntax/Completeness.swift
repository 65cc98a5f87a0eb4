/// Whether typed text is a whole statement yet, for the line editor's continuation prompt.
public enum Completeness {
    /// False while a quote or bracket is open or the text (ignoring comments) ends with a token that leaves the
    /// statement open (`|`, `,`, an operator: `LineContinuation`); the editor then reads another line and joins
    /// it on.
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
