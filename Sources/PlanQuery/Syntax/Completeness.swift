/// Whether typed text is a whole statement yet, for the line editor's continuation prompt.
public enum Completeness {
    /// False while a quote or bracket is open or the text (ignoring comments) ends with `|`; the editor then
    /// reads another line and joins it on.
    public static func isComplete(_ text: String) -> Bool {
        let lexer = Lexer.scan(text)
        if lexer.openStringStart != nil || lexer.openBrackets > 0 { return false }
        let last = lexer.tokens.last { $0.kind != .end && $0.kind != .separator }
        if let last, last.isSymbol("|") { return false }
        return true
    }
}
