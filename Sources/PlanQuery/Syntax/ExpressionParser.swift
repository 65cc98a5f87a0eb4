import PlanModel

/// Expressions, by precedence from lowest: `or`, `and`, `not`, comparisons (`= != < <= > >= contains in
/// between is`), `+ -`, `* / %`, unary `-`, then literals, names, calls and brackets.
extension TokenParser {
    /// How deep brackets, signs, `not` and calls may nest, and how deep an expression tree may grow: deeper
    /// input is an error rather than a stack overflow.
    static let maxNesting = 48
    static let maxDepth = 160

    mutating func expression() throws(QueryError) -> Expr {
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= TokenParser.maxNesting else { throw tooDeep(current.range) }
        let e = try orExpr()
        guard TokenParser.depth(of: e, limit: TokenParser.maxDepth) <= TokenParser.maxDepth else {
            throw tooDeep(e.range)
        }
        return e
    }

    private func tooDeep(_ r: SourceRange) -> QueryError {
        QueryError(
            r, "this expression is nested too deeply", thai: "นิพจน์นี้ซ้อนกันลึกเกินไป",
            suggestion: "split it into steps with `derive` (แบ่งเป็นหลายขั้นด้วย `derive`)")
    }

    /// The depth of an expression tree, counting no further than `limit + 1`.
    static func depth(of e: Expr, limit: Int) -> Int {
        guard limit >= 0 else { return 1 }
        func deeper(_ children: [Expr]) -> Int {
            var d = 0
            for c in children {
                d = max(d, depth(of: c, limit: limit - 1))
                if d > limit { break }
            }
            return 1 + d
        }
        switch e {
        case .literal, .column, .quarter: return 1
        case .unary(_, let x, _), .isNull(let x, _, _): return deeper([x])
        case .binary(_, let a, let b, _): return deeper([a, b])
        case .call(_, let args, _): return deeper(args)
        case .inList(let x, let items, _, _): return deeper([x] + items)
        case .between(let x, let a, let b, _, _): return deeper([x, a, b])
        }
    }

    private func span(_ a: Expr, _ b: Expr) -> SourceRange { SourceRange(a.range.start, b.range.end) }

    private mutating func orExpr() throws(QueryError) -> Expr {
        var e = try andExpr()
        var terms = 0
        while current.isKeyword("or") {
            terms += 1
            guard terms <= TokenParser.maxDepth else { throw tooDeep(current.range) }
            _ = advance()
            let r = try andExpr()
            e = .binary(.or, e, r, span(e, r))
        }
        return e
    }

    private mutating func andExpr() throws(QueryError) -> Expr {
        var e = try notExpr()
        var terms = 0
        while current.isKeyword("and") {
            terms += 1
            guard terms <= TokenParser.maxDepth else { throw tooDeep(current.range) }
            _ = advance()
            let r = try notExpr()
            e = .binary(.and, e, r, span(e, r))
        }
        return e
    }

    private mutating func notExpr() throws(QueryError) -> Expr {
        if current.isKeyword("not") {
            let start = advance().range.start
            nesting += 1
            defer { nesting -= 1 }
            guard nesting <= TokenParser.maxNesting else { throw tooDeep(current.range) }
            let e = try notExpr()
            return .unary(.not, e, SourceRange(start, e.range.end))
        }
        return try comparison()
    }

    private static let comparisonSymbols: [String: BinaryOp] = [
        "=": .eq, "!=": .ne, "<": .lt, "<=": .le, ">": .gt, ">=": .ge,
    ]

    private mutating func comparison() throws(QueryError) -> Expr {
        let e = try additive()
        if case .symbol(let s) = current.kind, let op = TokenParser.comparisonSymbols[s] {
            _ = advance()
            let r = try additive()
            return .binary(op, e, r, span(e, r))
        }
        if current.isKeyword("contains") {
            _ = advance()
            let r = try additive()
            return .binary(.contains, e, r, span(e, r))
        }
        if current.isKeyword("is") {
            _ = advance()
            var negated = false
            if current.isKeyword("not") {
                _ = advance()
                negated = true
            }
            guard current.isKeyword("null") else { throw expected("`null`", thai: " `null`") }
            let end = advance().range.end
            return .isNull(e, negated: negated, SourceRange(e.range.start, end))
        }
        var negated = false
        if current.isKeyword("not"), peek(1).isKeyword("in") || peek(1).isKeyword("between") {
            _ = advance()
            negated = true
        }
        if current.isKeyword("in"), !atScenarioSuffix {
            _ = advance()
            try expectSymbol("(")
            var items: [Expr] = []
            if !current.isSymbol(")") {
                items.append(try expression())
                while current.isSymbol(",") {
                    _ = advance()
                    items.append(try expression())
                }
            }
            try expectSymbol(")")
            return .inList(e, items, negated: negated, SourceRange(e.range.start, previous.range.end))
        }
        if current.isKeyword("between") {
            _ = advance()
            let low = try additive()
            try expectKeyword("and")
            let high = try additive()
            return .between(e, low, high, negated: negated, span(e, high))
        }
        return e
    }

    private mutating func additive() throws(QueryError) -> Expr {
        var e = try multiplicative()
        var terms = 0
        while case .symbol(let s) = current.kind, s == "+" || s == "-" {
            terms += 1
            guard terms <= TokenParser.maxDepth else { throw tooDeep(current.range) }
            _ = advance()
            let r = try multiplicative()
            e = .binary(s == "+" ? .add : .sub, e, r, span(e, r))
        }
        return e
    }

    private mutating func multiplicative() throws(QueryError) -> Expr {
        var e = try unary()
        var terms = 0
        while case .symbol(let s) = current.kind, s == "*" || s == "/" || s == "%" {
            terms += 1
            guard terms <= TokenParser.maxDepth else { throw tooDeep(current.range) }
            _ = advance()
            let r = try unary()
            e = .binary(s == "*" ? .mul : s == "/" ? .div : .mod, e, r, span(e, r))
        }
        return e
    }

    private mutating func unary() throws(QueryError) -> Expr {
        if current.isSymbol("-") {
            let start = advance().range.start
            nesting += 1
            defer { nesting -= 1 }
            guard nesting <= TokenParser.maxNesting else { throw tooDeep(current.range) }
            let e = try unary()
            return .unary(.neg, e, SourceRange(start, e.range.end))
        }
        return try primary()
    }

    private mutating func primary() throws(QueryError) -> Expr {
        let t = current
        switch t.kind {
        case .integer(let v):
            _ = advance()
            return .literal(.int(v), t.range)
        case .decimal(let s):
            _ = advance()
            return .literal(.float(Double(s) ?? 0), t.range)
        case .percent(let s):
            _ = advance()
            return .literal(.percent(Double(s) ?? 0), t.range)
        case .string(let s):
            _ = advance()
            return .literal(.text(s), t.range)
        case .date(let d):
            _ = advance()
            return .literal(.date(d), t.range)
        case .quarter(let q):
            _ = advance()
            return .quarter(q, t.range)
        case .symbol("("):
            _ = advance()
            let e = try expression()
            try expectSymbol(")")
            return e
        case .identifier(let n, let quoted):
            if !quoted {
                switch n.lowercased() {
                case "null":
                    _ = advance()
                    return .literal(.null, t.range)
                case "true":
                    _ = advance()
                    return .literal(.bool(true), t.range)
                case "false":
                    _ = advance()
                    return .literal(.bool(false), t.range)
                default: break
                }
            }
            if !quoted, n.lowercased() == "case" { return try caseExpression() }
            if !quoted, peek(1).isSymbol("(") {
                return try call(n.lowercased(), t)
            }
            if !quoted, Vocabulary.expressionWords.contains(n.lowercased()) || n.lowercased() == "by" {
                throw expected("a value or a column name", thai: "ค่าหรือชื่อคอลัมน์")
            }
            let start = t.range.start
            let parts = try path()
            return .column(parts, SourceRange(start, previous.range.end))
        default:
            throw expected("a value or a column name", thai: "ค่าหรือชื่อคอลัมน์")
        }
    }

    private mutating func call(_ name: String, _ t: Token) throws(QueryError) -> Expr {
        guard Vocabulary.functions.contains(name) else {
            throw QueryError(
                t.range, "unknown function `\(name)`", thai: "ไม่รู้จักฟังก์ชัน `\(name)`",
                suggestion: Suggestion.didYouMean(name, in: Vocabulary.functions))
        }
        _ = advance()
        let args = try arguments()
        return .call(name, args, SourceRange(t.range.start, previous.range.end))
    }

    /// `( expr, … )` after a name: the opening bracket is the current token.
    mutating func arguments() throws(QueryError) -> [Expr] {
        try expectSymbol("(")
        var args: [Expr] = []
        if !current.isSymbol(")") {
            args.append(try expression())
            while current.isSymbol(",") {
                _ = advance()
                args.append(try expression())
            }
        }
        try expectSymbol(")")
        return args
    }
}
