/// Which line endings leave a statement open, so that the next line goes on with it: a `|`, a `,` or an
/// operator (`projects | select code,` ⏎ `budget`), and `and`/`or`/`not` (except after `help`, which takes
/// them as topics). The lexer (and so `StatementSplitter`) and the line editor ask here, so a statement spans the
/// same lines wherever it is typed, and its errors point into the right line.
enum LineContinuation {
    static let symbols: Set<String> = [
        "|", ",", "=", "!=", "<>", "<", "<=", ">", ">=", "+", "-", "*", "/", "%",
    ]
    static let words: Set<String> = ["and", "or", "not"]

    /// Whether a statement whose tokens so far end with `last` and begin with `first` goes on.
    static func continues(after last: Token, first: Token?) -> Bool {
        if case .symbol(let s) = last.kind { return symbols.contains(s) }
        guard let word = last.keyword, words.contains(word) else { return false }
        return first?.isKeyword("help") != true
    }
}
