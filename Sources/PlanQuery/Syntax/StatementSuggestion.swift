import PlanModel

/// A misspelt statement word (`reprot Q2`, `simulte from Q2`): the word cannot start a pipeline, because what
/// follows it is neither `|` nor the end, so the parser names the statement meant instead of "expected `|`".
extension TokenParser {
    /// Throws "unknown statement" when `word`, the current token, is close to a statement word and is followed
    /// by something a table name never is; returns quietly otherwise.
    func checkMisspeltStatement(_ word: String) throws(QueryError) {
        let next = peek(1)
        guard next.kind != .separator, next.kind != .end, !next.isSymbol("|"), !next.isSymbol("."),
            let meant = Suggestion.closest(to: word, in: grammar.statementWords)
        else { return }
        throw QueryError(
            current.range, "unknown statement `\(word)`", thai: "ไม่รู้จักคำสั่ง `\(word)`",
            suggestion: "did you mean `\(meant)`? (หมายถึง `\(meant)` หรือไม่)")
    }
}
