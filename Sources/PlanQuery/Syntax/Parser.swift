import PlanModel

/// Reads statement text into statements.
public enum Parser {
    /// Parses a script or a typed statement, stopping at the first statement that does not parse. Statements
    /// end where `StatementSplitter` says; `-- ` comments (and transcript lines starting `-->`) are ignored.
    public static func parse(_ text: String, grammar: Grammar = Grammar()) throws(QueryError) -> [ParsedStatement] {
        var out: [ParsedStatement] = []
        for statement in statements(text, grammar: grammar) { out.append(try statement.result.get()) }
        return out
    }

    /// Each statement of `text` parsed on its own, in order, so one that does not parse leaves the others whole.
    /// Ranges (of statements and errors) are offsets into `text`.
    public static func statements(_ text: String, grammar: Grammar) -> [StatementParse] {
        let utf8 = Array(text.utf8)
        return StatementSplitter.split(text).map { span in
            let piece = String(decoding: utf8[span.start..<span.end], as: UTF8.self)
            do throws(QueryError) {
                var parser = TokenParser(
                    tokens: try Lexer.tokenize(piece, base: span.start), utf8: utf8, grammar: grammar)
                return StatementParse(range: span, result: .success(try parser.single()))
            } catch {
                return StatementParse(range: span, result: .failure(error))
            }
        }
    }
}

/// One statement's text and what parsing it gave.
public struct StatementParse: Sendable {
    /// Where the statement stands in the text, from its first token to its last.
    public var range: SourceRange
    public var result: Result<ParsedStatement, QueryError>
    /// The error, when it did not parse.
    public var error: QueryError? {
        if case .failure(let e) = result { return e }
        return nil
    }
}

/// A recursive-descent parser over the tokens of one statement. Statement hooks (`Grammar.Rule.parse`) read
/// their statement with its public methods.
public struct TokenParser {
    var tokens: [Token]
    var pos = 0
    /// How deeply the expression being read nests (see `maxNesting`).
    var nesting = 0
    let utf8: [UInt8]
    let grammar: Grammar

    init(tokens: [Token], utf8: [UInt8], grammar: Grammar) {
        self.tokens = tokens
        self.utf8 = utf8
        self.grammar = grammar
    }

    /// The token being read.
    public var current: Token { tokens[pos] }
    /// The token read last.
    public var previous: Token { tokens[max(0, pos - 1)] }
    /// The token `k` places ahead.
    public func peek(_ k: Int) -> Token { tokens[min(pos + k, tokens.count - 1)] }

    /// Reads the current token.
    public mutating func advance() -> Token {
        let t = tokens[pos]
        if pos < tokens.count - 1 { pos += 1 }
        return t
    }

    /// The source text of a range.
    public func text(_ r: SourceRange) -> String {
        let a = max(0, min(r.start, utf8.count))
        let b = max(a, min(r.end, utf8.count))
        return String(decoding: utf8[a..<b], as: UTF8.self)
    }

    /// Whether the statement ends here.
    public var atStatementEnd: Bool { current.kind == .separator || current.kind == .end }

    /// An error at the current token.
    public func error(_ message: String, thai: String, suggestion: String? = nil) -> QueryError {
        QueryError(current.range, message, thai: thai, suggestion: suggestion)
    }

    /// "expected X after `Y`, found Z".
    public func expected(_ what: String, thai: String, suggestion: String? = nil) -> QueryError {
        let after = pos > 0 ? " after \(previous.describe)" : ""
        let thaiAfter = pos > 0 ? " หลัง \(previous.describeThai)" : ""
        return error(
            "expected \(what)\(after), found \(current.describe)",
            thai: "ต้องมี\(thai)\(thaiAfter) แต่พบ\(current.describeThai)", suggestion: suggestion)
    }

    /// Reads the symbol `s`, or fails.
    public mutating func expectSymbol(_ s: String) throws(QueryError) {
        guard current.isSymbol(s) else { throw expected("`\(s)`", thai: " `\(s)`") }
        _ = advance()
    }

    /// Reads the word `k`, or fails with a suggestion.
    public mutating func expectKeyword(_ k: String) throws(QueryError) {
        guard current.isKeyword(k) else {
            throw expected(
                "`\(k)`", thai: " `\(k)`",
                suggestion: current.keyword.flatMap { Suggestion.didYouMean($0, in: [k]) })
        }
        _ = advance()
    }

    /// Reads a name.
    public mutating func name(_ what: String, thai: String) throws(QueryError) -> String {
        guard case .identifier(let s, _) = current.kind else { throw expected(what, thai: thai) }
        _ = advance()
        return s
    }

    /// A name for a new table: not a word that starts a statement, which would hide it.
    public mutating func newTableName(_ what: String, thai: String) throws(QueryError) -> String {
        if let word = current.keyword, grammar.statementWords.contains(word) {
            throw error(
                "`\(word)` is a statement word: pick another name for the table",
                thai: "`\(word)` เป็นคำสั่ง โปรดตั้งชื่อตารางอื่น", suggestion: "e.g. `my_\(word)`")
        }
        return try name(what, thai: thai)
    }

    /// Reads a string literal (a path, mostly).
    public mutating func string(_ what: String, thai: String) throws(QueryError) -> String {
        guard case .string(let s) = current.kind else {
            throw expected(
                what, thai: thai,
                suggestion: "put the path in double quotes: \"plan/projects.csv\" (ใส่พาธในเครื่องหมายคำพูด)")
        }
        _ = advance()
        return s
    }

    /// Reads `Q1`…`Q4` (or 1…4).
    public mutating func quarter() throws(QueryError) -> Int {
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

    /// Reads a whole number within `bounds`.
    public mutating func integer(_ what: String, thai: String, in bounds: ClosedRange<Int64>) throws(QueryError)
        -> Int64
    {
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

    /// The one statement the tokens hold.
    mutating func single() throws(QueryError) -> ParsedStatement {
        let start = current.range.start
        let s = try inScenarioSuffix(statement())
        let parsed = ParsedStatement(statement: s, range: SourceRange(start, previous.range.end))
        guard atStatementEnd else {
            switch s {
            case .query, .assign:
                throw expected("`|` or the end of the statement", thai: " `|` หรือจบคำสั่ง")
            case .command(let command):
                throw expected(
                    "the end of the statement", thai: "การจบคำสั่ง",
                    suggestion: current.isSymbol("|") ? command.pipedHint : nil)
            }
        }
        return parsed
    }

    mutating func statement() throws(QueryError) -> Statement {
        guard let word = current.keyword, !peek(1).isSymbol("|"), !peek(1).isSymbol("(") else {
            return .query(try pipeline())
        }
        if word == "let" {
            _ = advance()
            let n = try newTableName("a name for the result", thai: "ชื่อของผลลัพธ์")
            try expectSymbol("=")
            return .assign(name: n, try pipeline())
        }
        guard let rule = grammar.rules[word] else {
            try checkMisspeltStatement(word)
            return .query(try pipeline())
        }
        _ = advance()
        return .command(try rule.parse(&self))
    }
}
