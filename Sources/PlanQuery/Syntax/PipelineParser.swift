import PlanModel

/// Pipelines and their steps.
extension TokenParser {
    /// Reads a pipeline: a source, then steps.
    public mutating func pipeline() throws(QueryError) -> Pipeline {
        let start = current.range.start
        guard case .identifier(let n, _) = current.kind else {
            throw expected(
                "a table name", thai: "ชื่อตาราง",
                suggestion: "a pipeline starts with a table, e.g. `projects | take 5` (ไปป์ไลน์เริ่มด้วยชื่อตาราง)")
        }
        let nameRange = advance().range
        let source: PipelineSource
        if current.isSymbol("(") {
            let args = try arguments()
            source = .function(n.lowercased(), args, SourceRange(nameRange.start, previous.range.end))
        } else {
            source = .table(n, nameRange)
        }
        var steps: [Step] = []
        while current.isSymbol("|") {
            _ = advance()
            steps.append(try step())
        }
        return Pipeline(source: source, steps: steps, range: SourceRange(start, previous.range.end))
    }

    mutating func step() throws(QueryError) -> Step {
        guard let word = current.keyword else {
            throw expected("a step (`where`, `select`, `sort`, …)", thai: "ขั้นตอน (`where` `select` `sort` …)")
        }
        let start = current.range.start
        func range(_ p: TokenParser) -> SourceRange { SourceRange(start, p.previous.range.end) }
        switch word {
        case "where":
            _ = advance()
            try requireOperand("a condition", thai: "เงื่อนไข")
            let e = try expression()
            return .filter(e, range(self))
        case "select":
            _ = advance()
            return .select(try namedList(requireName: false, allowAll: true, what: "a column name"), range(self))
        case "derive":
            _ = advance()
            return .derive(try namedList(requireName: true, what: "`name = expression`"), range(self))
        case "sort":
            _ = advance()
            if current.isKeyword("by") { _ = advance() }
            var keys: [SortKey] = []
            repeat {
                if !keys.isEmpty { _ = advance() }
                try requireOperand("a column name", thai: "ชื่อคอลัมน์")
                let e = try expression()
                var descending = false
                if current.isKeyword("desc") || current.isKeyword("asc") {
                    descending = advance().isKeyword("desc")
                }
                keys.append(SortKey(expr: e, descending: descending))
            } while current.isSymbol(",")
            return .sort(keys, range(self))
        case "take":
            _ = advance()
            let n = try integer("a number of rows", thai: "จำนวนแถว", in: 0...Int64(Int32.max))
            return .take(Int(n), range(self))
        case "group":
            _ = advance()
            if current.isKeyword("by") { _ = advance() }
            return .group(try namedList(requireName: false, what: "a column name"), range(self))
        case "agg":
            _ = advance()
            return .agg(try namedList(requireName: false, what: "an aggregate such as `n = count()`"), range(self))
        case "distinct":
            _ = advance()
            return .distinct(range(self))
        case "join":
            _ = advance()
            let table = try name("a table name", thai: "ชื่อตาราง")
            var on: [(left: [String], right: String)] = []
            if current.isKeyword("on") {
                _ = advance()
                repeat {
                    if !on.isEmpty { _ = advance() }
                    let left = try path()
                    try expectSymbol("=")
                    let right = try path()
                    on.append((left: left, right: right.joined(separator: ".")))
                } while current.isSymbol(",") || current.isKeyword("and")
            }
            return .join(table: table, on: on, range(self))
        case "chart":
            _ = advance()
            guard let kindWord = current.keyword, let kind = ChartKind(rawValue: kindWord) else {
                throw expected(
                    "a chart kind (`bar` or `line`)", thai: "ชนิดของแผนภูมิ (`bar` หรือ `line`)",
                    suggestion: current.keyword.flatMap { Suggestion.didYouMean($0, in: ["bar", "line"]) })
            }
            _ = advance()
            try requireOperand("the value to chart", thai: "ค่าที่จะแสดงในแผนภูมิ")
            let value = try expression()
            try expectKeyword("by")
            try requireOperand("the label column", thai: "คอลัมน์ป้ายชื่อ")
            let label = try expression()
            return .chart(kind, value: value, by: label, range(self))
        case "export":
            _ = advance()
            let path = try string("a file name in quotes", thai: "ชื่อไฟล์ในเครื่องหมายคำพูด")
            return .export(path: path, range(self))
        default:
            let alias = Vocabulary.stepAliases[word]
            let suggestion =
                alias.map { "did you mean `\($0)`? (หมายถึง `\($0)` หรือไม่)" }
                ?? Suggestion.didYouMean(word, in: Vocabulary.steps)
            throw error(
                "unknown step `\(word)`: expected `where`, `select`, `derive`, `sort`, `take`, `group`, "
                    + "`agg`, `distinct`, `join`, `chart` or `export`",
                thai: "ไม่รู้จักขั้นตอน `\(word)`", suggestion: suggestion)
        }
    }

    /// Fails with "expected X after `step`" when the statement ends where an operand must come.
    func requireOperand(_ what: String, thai: String) throws(QueryError) {
        if atStatementEnd || current.isSymbol("|") || current.isSymbol(",") { throw expected(what, thai: thai) }
    }

    /// A column name or a path along relations: `project.strategy.name`.
    mutating func path() throws(QueryError) -> [String] {
        var parts = [try name("a column name", thai: "ชื่อคอลัมน์")]
        while current.isSymbol(".") {
            _ = advance()
            parts.append(try name("a column name after `.`", thai: "ชื่อคอลัมน์หลัง `.`"))
        }
        return parts
    }

    /// `a, b = expr, c`: bare expressions are named after their text (a path after its last part). With
    /// `allowAll`, `*` stands for the other columns (`select`).
    mutating func namedList(requireName: Bool, allowAll: Bool = false, what: String) throws(QueryError) -> [NamedExpr] {
        var out: [NamedExpr] = []
        repeat {
            if !out.isEmpty { _ = advance() }
            if allowAll, current.isSymbol("*") {
                out.append(.allColumns(current.range))
                _ = advance()
                continue
            }
            try requireOperand(what, thai: "ชื่อคอลัมน์หรือนิพจน์")
            if case .identifier(let n, _) = current.kind, peek(1).isSymbol("=") {
                _ = advance()
                _ = advance()
                try requireOperand("an expression", thai: "นิพจน์")
                out.append(NamedExpr(name: n, expr: try expression()))
            } else if requireName {
                throw expected("`name = expression`", thai: " `ชื่อ = นิพจน์`")
            } else {
                let e = try expression()
                out.append(NamedExpr(name: TokenParser.derivedName(e, text: text(e.range)), expr: e))
            }
        } while current.isSymbol(",")
        return out
    }

    /// The name of a bare column expression: a path's last part, otherwise the expression's text.
    static func derivedName(_ e: Expr, text: String) -> String {
        if case .column(let parts, _) = e, let last = parts.last { return last }
        return text
    }
}
