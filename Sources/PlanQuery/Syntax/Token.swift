import PlanModel

/// One token of statement text, with its range (UTF-8 byte offsets into the text).
public struct Token: Sendable {
    /// What a token is.
    public enum Kind: Equatable, Sendable {
        /// A name or keyword; `quoted` when written in backticks (then never a keyword).
        case identifier(String, quoted: Bool)
        case string(String)
        /// A whole number (`1_000_000`, `1,000,000`).
        case integer(Int64)
        /// A number with a decimal point, kept as written so money can be read exactly.
        case decimal(String)
        /// `52%`: the number written before the sign, as text (`52`, `12.5`).
        case percent(String)
        /// `2561-03-31` (Buddhist Era) or `2018-03-31` (Common Era).
        case date(Day)
        /// `Q1`…`Q4`.
        case quarter(Int)
        /// An operator or punctuation: `| = != <> < <= > >= + - * / % ( ) , .`
        case symbol(String)
        /// The end of a statement: `;` or a line break that does not continue the statement.
        case separator
        case end
    }

    public var kind: Kind
    public var range: SourceRange

    /// The identifier's text lowercased when it is an unquoted word, for keyword checks.
    public var keyword: String? {
        if case .identifier(let s, quoted: false) = kind { return s.lowercased() }
        return nil
    }

    public func isSymbol(_ s: String) -> Bool { kind == .symbol(s) }
    public func isKeyword(_ k: String) -> Bool { keyword == k }

    /// A short description for "expected …, found …" messages.
    public var describe: String {
        switch kind {
        case .identifier(let s, _): return "`\(s)`"
        case .string(let s): return "the text \"\(s)\""
        case .integer(let v): return "the number \(v)"
        case .decimal(let s): return "the number \(s)"
        case .percent(let s): return "\(s)%"
        case .date(let d): return "the date \(d)"
        case .quarter(let q): return "Q\(q)"
        case .symbol(let s): return "`\(s)`"
        case .separator: return "the end of the statement"
        case .end: return "the end of the input"
        }
    }

    /// The same description in Thai.
    public var describeThai: String {
        switch kind {
        case .identifier(let s, _): return "`\(s)`"
        case .string(let s): return "ข้อความ \"\(s)\""
        case .integer(let v): return "ตัวเลข \(v)"
        case .decimal(let s): return "ตัวเลข \(s)"
        case .percent(let s): return "\(s)%"
        case .date(let d): return "วันที่ \(d)"
        case .quarter(let q): return "Q\(q)"
        case .symbol(let s): return "`\(s)`"
        case .separator: return "การจบคำสั่ง"
        case .end: return "การจบข้อความ"
        }
    }
}
