import PlanModel

/// Reads statement text into statements.
public enum Parser {
    /// Parses a script or a typed statement: statements separated by newlines or `;`; a statement continues on
    /// the next line when a line ends with `|`, a bracket or quote is open, or the next line starts with `|`.
    /// `-- ` comments (and transcript lines starting `-->`) are ignored.
    public static func parse(_ text: String) throws(QueryError) -> [ParsedStatement] {
        var parser = TokenParser(tokens: try Lexer.tokenize(text), text: text)
        return try parser.script()
    }
}

/// A recursive-descent parser over the tokens of one text.
struct TokenParser {
    var tokens: [Token]
    var pos = 0
    /// How deeply the expression being read nests (see `maxNesting`).
    var nesting = 0
    let utf8: [UInt8]

    init(tokens: [Token], text: String) {
        self.tokens = tokens
        self.utf8 = Array(text.utf8)
    }

    var current: Token { tokens[pos] }
    var previous: Token { tokens[max(0, pos - 1)] }
    func peek(_ k: Int) -> Token { tokens[min(pos + k, tokens.count - 1)] }

    mutating func advance() -> Token {
        let t = tokens[pos]
        if pos < tokens.count - 1 { pos += 1 }
        return t
    }

    /// The source text of a range.
    func text(_ r: SourceRange) -> String {
        let a = max(0, min(r.start, utf8.count))
        let b = max(a, min(r.end, utf8.count))
        return String(decoding: utf8[a..<b], as: UTF8.self)
    }

    var atStatementEnd: Bool { current.kind == .separator || current.kind == .end }

    func error(_ message: String, thai: String, suggestion: String? = nil) -> QueryError {
        QueryError(current.range, message, thai: thai, suggestion: suggestion)
    }

    /// "expected X after `Y`, found Z".
    func expected(_ what: String, thai: String, suggestion: String? = nil) -> QueryError {
        let after = pos > 0 ? " after \(previous.describe)" : ""
        let thaiAfter = pos > 0 ? " หลัง \(previous.describeThai)" : ""
        return error(
            "expected \(what)\(after), found \(current.describe)",
            thai: "ต้องมี\(thai)\(thaiAfter) แต่พบ\(current.describeThai)", suggestion: suggestion)
    }

    mutating func expectSymbol(_ s: String) throws(QueryError) {
        guard current.isSymbol(s) else { throw expected("`\(s)`", thai: " `\(s)`") }
        _ = advance()
    }

    mutating func expectKeyword(_ k: String) throws(QueryError) {
        guard current.isKeyword(k) else {
            throw expected(
                "`\(k)`", thai: " `\(k)`",
                suggestion: current.keyword.flatMap { Suggestion.didYouMean($0, in: [k]) })
        }
        _ = advance()
    }

    mutating func name(_ what: String, thai: String) throws(QueryError) -> String {
        guard case .identifier(let s, _) = current.kind else { throw expected(what, thai: thai) }
        _ = advance()
        return s
    }

    /// A name for a new table: not a word that starts a statement, which would hide it.
    mutating func newTableName(_ what: String, thai: String) throws(QueryError) -> String {
        if let word = current.keyword, Vocabulary.statements.contains(word) {
            throw error(
                "`\(word)` is a statement word: pick another name for the table",
                thai: "`\(word)` เป็นคำสั่ง โปรดตั้งชื่อตารางอื่น", suggestion: "e.g. `my_\(word)`")
        }
        return try name(what, thai: thai)
    }

    mutating func string(_ what: String, thai: String) throws(QueryError) -> String {
        guard case .string(let s) = current.kind else {
            throw expected(
                what, thai: thai,
                suggestion: "put the path in double quotes: \"plan/projects.csv\" (ใส่พาธในเครื่องหมายคำพูด)")
        }
        _ = advance()
        return s
    }

    mutating func quarter() throws(QueryError) -> Int {
        switch current.kind {
        case .quarter(let q):
            _ = advance()
            return q
        case .integer(let v) where (1...4).contains(v):
            _ = advance()
            return Int(v)
        default:
            throw expected("a quarter `Q1`…`Q4`", thai: "ไตรมาส `Q1`…`Q4`")
        }
    }

    mutating func integer(_ what: String, thai: String, in bounds: ClosedRange<Int64>) throws(QueryError) -> Int64 {
        guard case .integer(let v) = current.kind else { throw expected(what, thai: thai) }
        guard bounds.contains(v) else {
            throw error(
                "\(what) must be from \(bounds.lowerBound) to \(bounds.upperBound)",
                thai: "\(thai)ต้องอยู่ระหว่าง \(bounds.lowerBound) ถึง \(bounds.upperBound)")
        }
        _ = advance()
        return v
    }

    // MARK: Statements

    mutating func script() throws(QueryError) -> [ParsedStatement] {
        var out: [ParsedStatement] = []
        while true {
            while current.kind == .separator { _ = advance() }
            if current.kind == .end { return out }
            let start = current.range.start
            let s = try statement()
            out.append(ParsedStatement(statement: s, range: SourceRange(start, previous.range.end)))
            guard atStatementEnd else {
                if pipelineStatement(s) {
                    throw expected("`|` or the end of the statement", thai: " `|` หรือจบคำสั่ง")
                }
                throw expected("the end of the statement", thai: "การจบคำสั่ง", suggestion: pipedHint(s))
            }
        }
    }

    /// For `report Q2 | …` or `simulate … | …`: the tables to pipe instead.
    private func pipedHint(_ s: Statement) -> String? {
        guard current.isSymbol("|") else { return nil }
        switch s {
        case .report(let q):
            return "a report is not piped; its figures are the tables progress(Q\(q)) and progress_by_strategy(Q\(q)):"
                + " `progress(Q\(q)) | export \"q\(q).csv\"` (ตัวเลขในรายงานอยู่ในตาราง progress(Q\(q)))"
        case .allocate:
            return "its result is kept as the table `allocation`: pipe it on the next line"
                + " (ผลลัพธ์เก็บไว้ในตาราง `allocation`)"
        case .simulate:
            return "its results are kept as the tables `simulation` and `simulation_projects`: pipe them on the next"
                + " line (ผลลัพธ์เก็บไว้ในตาราง `simulation` และ `simulation_projects`)"
        default:
            return nil
        }
    }

    private func pipelineStatement(_ s: Statement) -> Bool {
        switch s {
        case .query, .assign: true
        default: false
        }
    }

    mutating func statement() throws(QueryError) -> Statement {
        guard let word = current.keyword, !peek(1).isSymbol("|"), !peek(1).isSymbol("(") || word == "help" else {
            return .query(try pipeline())
        }
        switch word {
        case "let":
            _ = advance()
            let n = try newTableName("a name for the result", thai: "ชื่อของผลลัพธ์")
            try expectSymbol("=")
            return .assign(name: n, try pipeline())
        case "load":
            _ = advance()
            if let format = current.keyword, Vocabulary.loadFormats.contains(format) {
                _ = advance()
                let path = try string("a file name in quotes", thai: "ชื่อไฟล์ในเครื่องหมายคำพูด")
                try expectKeyword("as")
                let n = try newTableName("a table name", thai: "ชื่อตาราง")
                return .loadTable(path: path, format: format, name: n)
            }
            return .loadBundle(
                path: try string("a plan folder or file in quotes", thai: "โฟลเดอร์หรือไฟล์แผนในเครื่องหมายคำพูด"))
        case "tables":
            _ = advance()
            return .tables
        case "history":
            _ = advance()
            return .history
        case "last":
            _ = advance()
            return .last
        case "quit", "exit":
            _ = advance()
            return .quit
        case "describe":
            _ = advance()
            return .describe(try name("a table name", thai: "ชื่อตาราง"))
        case "set":
            _ = advance()
            if atStatementEnd { return .set(option: nil, value: nil) }
            let option = try name("an option name", thai: "ชื่อตัวเลือก").lowercased()
            if atStatementEnd { return .set(option: option, value: nil) }
            return .set(option: option, value: try optionValue())
        case "help":
            _ = advance()
            if atStatementEnd { return .help(nil) }
            let t = advance()
            if case .identifier(let s, _) = t.kind { return .help(s.lowercased()) }
            return .help(text(t.range))
        case "save":
            _ = advance()
            try expectKeyword("session")
            return .saveSession(path: try string("a file name in quotes", thai: "ชื่อไฟล์ในเครื่องหมายคำพูด"))
        case "run":
            _ = advance()
            return .run(path: try string("a script file name in quotes", thai: "ชื่อไฟล์สคริปต์ในเครื่องหมายคำพูด"))
        case "report":
            _ = advance()
            return .report(quarter: try quarter())
        case "tutorial":
            _ = advance()
            if atStatementEnd { return .tutorial(nil) }
            return .tutorial(Int(try integer("a lesson number", thai: "หมายเลขบทเรียน", in: 1...99)))
        case "simulate":
            _ = advance()
            return .simulate(try simulateOptions())
        case "allocate":
            _ = advance()
            return try allocate()
        default:
            return .query(try pipeline())
        }
    }

    mutating func optionValue() throws(QueryError) -> String {
        let t = advance()
        switch t.kind {
        case .identifier(let s, _): return s
        case .string(let s): return s
        case .integer(let v): return String(v)
        case .decimal(let s): return s
        default:
            pos -= 1
            throw expected("a value for the option", thai: "ค่าของตัวเลือก")
        }
    }

    mutating func simulateOptions() throws(QueryError) -> SimulateOptions {
        try expectKeyword("from")
        let at = current.range
        let from = try quarter()
        guard from < 4 else {
            throw QueryError(
                at, "after Q4 no quarter is left to simulate: simulate from Q1, Q2 or Q3",
                thai: "หลัง Q4 ไม่มีไตรมาสเหลือให้จำลอง ให้ใช้ from Q1, Q2 หรือ Q3",
                suggestion: "`report Q4` shows the whole year (`report Q4` แสดงผลทั้งปี)")
        }
        var options = SimulateOptions(fromQuarter: from)
        while !atStatementEnd {
            switch current.keyword {
            case "runs":
                _ = advance()
                options.runs = Int(try integer("the number of runs", thai: "จำนวนรอบ", in: 1...1_000_000))
            case "seed":
                _ = advance()
                options.seed = UInt64(try integer("a seed", thai: "ค่า seed", in: 0...Int64.max))
            case "slip":
                _ = advance()
                repeat {
                    guard case .identifier(let s, _) = current.kind else {
                        throw expected(
                            "a budget source (`basic` or `strategic`)", thai: "แหล่งงบประมาณ (`basic` หรือ `strategic`)")
                    }
                    guard let source = PlanSchema.sourceAliases[s.lowercased()] else {
                        throw error(
                            "unknown budget source `\(s)`", thai: "ไม่รู้จักแหล่งงบประมาณ `\(s)`",
                            suggestion: Suggestion.didYouMean(s, in: ["basic", "strategic"]))
                    }
                    _ = advance()
                    options.slip[source] = try probability()
                } while current.kind != .separator && current.kind != .end
                    && !["runs", "seed", "slip"].contains(current.keyword ?? "")
            default:
                throw expected(
                    "`runs`, `seed` or `slip`", thai: " `runs` `seed` หรือ `slip`",
                    suggestion: pipedHint(.simulate(options))
                        ?? current.keyword.flatMap { Suggestion.didYouMean($0, in: ["runs", "seed", "slip"]) })
            }
        }
        return options
    }

    mutating func probability() throws(QueryError) -> Double {
        let value: Double?
        switch current.kind {
        case .decimal(let s): value = Double(s)
        case .integer(let v): value = Double(v)
        case .percent(let s): value = Double(s).map { $0 / 100 }
        default: value = nil
        }
        guard let p = value else { throw expected("a probability (0.1 or 10%)", thai: "ความน่าจะเป็น (0.1 หรือ 10%)") }
        guard (0...1).contains(p) else {
            throw error("a probability must be from 0 to 1 (or 0% to 100%)", thai: "ความน่าจะเป็นต้องอยู่ระหว่าง 0 ถึง 1")
        }
        _ = advance()
        return p
    }

    mutating func allocate() throws(QueryError) -> Statement {
        let amount: Money
        switch current.kind {
        case .integer(let v):
            guard let whole = Money(satang: v).multiplied(by: 100) else {
                throw error("this amount is too large", thai: "จำนวนเงินนี้มากเกินไป")
            }
            amount = whole
        case .decimal(let s):
            guard let m = Money.parse(s) else {
                throw error("an amount has at most two decimals (satang)", thai: "จำนวนเงินมีทศนิยมได้ไม่เกินสองตำแหน่ง (สตางค์)")
            }
            amount = m
        default:
            throw expected("an amount of baht", thai: "จำนวนเงิน (บาท)")
        }
        _ = advance()
        try expectKeyword("over")
        let table = try name("a table name", thai: "ชื่อตาราง")
        try expectKeyword("by")
        let byStart = current.range.start
        var weights: [AllocationWeight] = []
        repeat {
            if !weights.isEmpty { _ = advance() }
            let column = try name("a criterion column", thai: "คอลัมน์เกณฑ์")
            let percent: Double?
            switch current.kind {
            case .percent(let s), .decimal(let s): percent = Double(s)
            case .integer(let v): percent = Double(v)
            default: percent = nil
            }
            guard let p = percent else { throw expected("a weight such as `40%`", thai: "น้ำหนัก เช่น `40%`") }
            _ = advance()
            weights.append(AllocationWeight(column: column, percent: p))
        } while current.isSymbol(",")
        let total = weights.reduce(0) { $0 + $1.percent }
        guard abs(total - 100) < 1e-9 else {
            throw QueryError(
                SourceRange(byStart, previous.range.end),
                "the weights add up to \(formatPercent(total))%; they must add up to 100%",
                thai: "น้ำหนักรวมกันได้ \(formatPercent(total))% ต้องรวมกันได้ 100%")
        }
        return .allocate(amount: amount, table: table, weights: weights)
    }

    private func formatPercent(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}
