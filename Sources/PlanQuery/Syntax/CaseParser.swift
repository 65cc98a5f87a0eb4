import PlanModel

/// `case when C then V … [else E] end`, read as nested `if(C, V, …)` calls named `case`, so a condition has
/// one evaluation and one set of type rules whichever way it is written. Without `else`, the value is null.
extension TokenParser {
    /// Parses from the word `case`, the current token.
    mutating func caseExpression() throws(QueryError) -> Expr {
        let start = advance().range.start
        var branches: [(condition: Expr, value: Expr)] = []
        guard current.isKeyword("when") else {
            throw expected(
                "`when`", thai: " `when`",
                suggestion: "e.g. `case when budget > 300_000 then \"large\" else \"small\" end` "
                    + "(เช่น `case when budget > 300_000 then \"large\" else \"small\" end`)")
        }
        while current.isKeyword("when") {
            _ = advance()
            let condition = try expression()
            try expectKeyword("then")
            branches.append((condition, try expression()))
        }
        var otherwise: Expr?
        if current.isKeyword("else") {
            _ = advance()
            otherwise = try expression()
        }
        guard current.isKeyword("end") else {
            if otherwise != nil { throw expected("`end`", thai: " `end`") }
            throw expected("`when`, `else` or `end`", thai: " `when` `else` หรือ `end`")
        }
        let end = advance().range.end
        let whole = SourceRange(start, end)
        var result = otherwise ?? .literal(.null, SourceRange(end, end))
        for branch in branches.reversed() {
            result = .call("case", [branch.condition, branch.value, result], whole)
        }
        return result
    }
}
