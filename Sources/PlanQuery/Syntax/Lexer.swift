import PlanModel

/// Splits statement text into tokens.
///
/// Line breaks end a statement unless the statement obviously goes on: the line ends with `|`, a bracket is
/// open, or the next line (after blank and comment lines) starts with `|`. A string may span lines. `-- ` (two or
/// more dashes, then a space or the end of the line) starts a comment to the end of the line (so do transcript
/// lines `--> …`); dashes followed by anything else (`---1`) are an error. Commas group digits (`1,000,000`) only
/// outside brackets, in groups of exactly three; inside brackets a comma always separates.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    /// UTF-8 offset of each scalar, plus one past the end.
    private let offsets: [Int]
    private var i = 0
    private var depth = 0
    private(set) var tokens: [Token] = []
    /// When scanning leniently: the UTF-8 offset just after the opening quote of a string left open at the end.
    private(set) var openStringStart: Int?
    /// Where `scan` skipped text that is not a token (UTF-8 offsets), in order.
    private(set) var skipped: [Int] = []
    /// Open brackets at the end of the text.
    var openBrackets: Int { depth }

    /// A lexer of `text`, whose offsets start at `base` (where the text stands in a larger one).
    init(_ text: String, base: Int = 0) {
        var s: [Unicode.Scalar] = []
        var o: [Int] = []
        var offset = base
        for u in text.unicodeScalars {
            s.append(u)
            o.append(offset)
            offset += UTF8.width(u)
        }
        o.append(offset)
        scalars = s
        offsets = o
    }

    /// All tokens of `text`, ending with `.end`.
    static func tokenize(_ text: String, base: Int = 0) throws(QueryError) -> [Token] {
        var lexer = Lexer(text, base: base)
        try lexer.run(lenient: false)
        return lexer.tokens
    }

    /// Every token it can read, without failing: past text that is not a token it skips a character and goes
    /// on, so statement ends are found after a mistake too. For splitting, completion and continuation prompts.
    static func scan(_ text: String) -> Lexer {
        var lexer = Lexer(text)
        while true {
            do {
                try lexer.run(lenient: true)
                return lexer
            } catch {
                lexer.skipped.append(lexer.offsets[min(lexer.i, lexer.scalars.count)])
                lexer.i = min(lexer.i + 1, lexer.scalars.count)
            }
        }
    }

    private func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < scalars.count ? scalars[i + k] : nil }

    private func range(from start: Int) -> SourceRange { SourceRange(offsets[start], offsets[i]) }

    private mutating func emit(_ kind: Token.Kind, from start: Int) {
        tokens.append(Token(kind: kind, range: range(from: start)))
    }

    private static func isDigit(_ c: Unicode.Scalar?) -> Bool {
        c.map { $0.value >= 0x30 && $0.value <= 0x39 } ?? false
    }

    static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic
    }

    static func isIdentifierPart(_ c: Unicode.Scalar) -> Bool {
        isIdentifierStart(c) || isDigit(c) || c.properties.generalCategory == .nonspacingMark
            || c.properties.generalCategory == .spacingMark
    }

    /// Whether a comment starts at `k`: two or more dashes followed by a space, a tab, `>` (`-->` transcript
    /// lines) or the end of the line. Dashes followed by anything else (`---1`, `--x`) are no comment: the
    /// lexer refuses them rather than guess (see `lexSymbol`).
    private func atComment(_ k: Int) -> Bool {
        guard k + 1 < scalars.count, scalars[k] == "-", scalars[k + 1] == "-" else { return false }
        var j = k + 2
        while j < scalars.count && scalars[j] == "-" { j += 1 }
        let after: Unicode.Scalar? = j < scalars.count ? scalars[j] : nil
        return after == nil || after == " " || after == ">" || after == "\n" || after == "\r" || after == "\t"
    }

    /// True when the statement so far ends with a token that leaves it open (`LineContinuation`).
    private func lineContinues() -> Bool {
        guard let last = tokens.last, last.kind != .separator else { return false }
        let first = tokens.lastIndex { $0.kind == .separator }.map { tokens[$0 + 1] } ?? tokens.first
        return LineContinuation.continues(after: last, first: first)
    }

    /// True when, after blank and comment lines, the next line starts with `|`.
    private func nextLineStartsWithPipe() -> Bool {
        var k = i
        while k < scalars.count {
            let c = scalars[k]
            if c == " " || c == "\t" || c == "\r" || c == "\n" {
                k += 1
            } else if atComment(k) {
                while k < scalars.count, scalars[k] != "\n" { k += 1 }
            } else {
                return c == "|"
            }
        }
        return false
    }

    private mutating func run(lenient: Bool) throws(QueryError) {
        while let c = peek() {
            let start = i
            if c == " " || c == "\t" || c == "\r" || c == "\u{FEFF}" {
                i += 1
            } else if c == "\n" {
                i += 1
                if depth > 0 || lineContinues() || nextLineStartsWithPipe() { continue }
                if let last = tokens.last, last.kind != .separator { emit(.separator, from: start) }
            } else if atComment(i) {
                while let d = peek(), d != "\n" { i += 1 }
            } else if c == ";" {
                i += 1
                if let last = tokens.last, last.kind != .separator { emit(.separator, from: start) }
            } else if c == "\"" || c == "\u{201C}" {
                try lexString(lenient: lenient)
            } else if c == "`" {
                i += 1
                var name = ""
                while let d = peek(), d != "`", d != "\n" {
                    name.unicodeScalars.append(d)
                    i += 1
                }
                guard peek() == "`" else {
                    if lenient {
                        emit(.identifier(name, quoted: true), from: start)
                        continue
                    }
                    throw QueryError(
                        range(from: start), "this name has no closing backtick `",
                        thai: "ชื่อนี้ไม่มีเครื่องหมาย ` ปิดท้าย")
                }
                i += 1
                guard !name.isEmpty else {
                    throw QueryError(
                        range(from: start), "a name in backticks cannot be empty",
                        thai: "ชื่อในเครื่องหมาย ` ต้องไม่ว่าง")
                }
                emit(.identifier(name, quoted: true), from: start)
            } else if Lexer.isDigit(c) {
                try lexNumber()
            } else if c == "Q" || c == "q", let d = peek(1), ("1"..."4").contains(d),
                peek(2).map({ !Lexer.isIdentifierPart($0) && $0 != "." }) ?? true
            {
                i += 2
                emit(.quarter(Int(d.value - 0x30)), from: start)
            } else if Lexer.isIdentifierStart(c) {
                var name = ""
                while let d = peek(), Lexer.isIdentifierPart(d) {
                    name.unicodeScalars.append(d)
                    i += 1
                }
                emit(.identifier(name, quoted: false), from: start)
            } else {
                try lexSymbol(c, lenient: lenient)
            }
        }
        if depth > 0 && !lenient {
            let open = tokens.last { $0.isSymbol("(") }?.range ?? SourceRange(offsets[i], offsets[i])
            throw QueryError(
                open, "this bracket is never closed: expected `)`",
                thai: "วงเล็บนี้ไม่ได้ปิด: ต้องมี `)`")
        }
        tokens.append(Token(kind: .end, range: SourceRange(offsets[i], offsets[i])))
    }

    private mutating func lexSymbol(_ c: Unicode.Scalar, lenient: Bool) throws(QueryError) {
        let start = i
        let two: String = peek(1).map { String(c) + String($0) } ?? ""
        if ["!=", "<>", "<=", ">="].contains(two) {
            i += 2
            emit(.symbol(two == "<>" ? "!=" : two), from: start)
            return
        }
        if !lenient, let word = Self.otherLanguages[two] {
            i += 2
            throw QueryError(
                range(from: start), "`\(two)` is not part of the language: write `\(word)`",
                thai: "ภาษานี้ไม่มี `\(two)` ให้เขียน `\(word)`",
                suggestion: "e.g. `where strategy = \"S2\" \(word == "=" ? "and" : word) budget > 100_000`")
        }
        if c == "-", peek(1) == "-", !lenient {
            while peek() == "-" { i += 1 }
            if peek() != nil { i += 1 }
            throw QueryError(
                range(from: start), "`--` starts a comment only when a space or the end of the line follows it",
                thai: "`--` เริ่มหมายเหตุเฉพาะเมื่อตามด้วยช่องว่างหรือจบบรรทัด",
                suggestion: "a comment: `-- note`; to subtract a negative number: `- (-1)`")
        }
        switch c {
        case "(":
            depth += 1
        case ")":
            if depth == 0 && !lenient {
                i += 1
                throw QueryError(range(from: start), "this `)` closes no bracket", thai: "`)` นี้ไม่มีวงเล็บเปิดคู่กัน")
            }
            depth = max(0, depth - 1)
        case "|", "=", "<", ">", "+", "-", "*", "/", "%", ",", ".":
            break
        default:
            i += 1
            throw QueryError(
                range(from: start), "unexpected character `\(c)`", thai: "ไม่รู้จักอักขระ `\(c)`",
                suggestion: Self.hint(for: c))
        }
        i += 1
        emit(.symbol(String(c)), from: start)
    }

    /// The power of ten in `e5` or `E6` after a number, if that is what follows it.
    static func exponent(_ rest: String) -> Int? {
        guard let first = rest.first, first == "e" || first == "E", rest.count > 1, rest.count <= 3 else { return nil }
        return Int(rest.dropFirst())
    }

    /// `100_000`: a whole number grouped as the language writes it.
    static func grouped(_ n: Int64) -> String { DigitGrouping.grouped(n, separator: "_") }

    /// Operators of other languages users bring with them, and the word this one uses instead.
    static let otherLanguages = ["==": "=", "&&": "and", "||": "or"]

    /// What to write instead of a character the language does not use.
    static func hint(for c: Unicode.Scalar) -> String? {
        switch c {
        case "'":
            "write text in double quotes: \"S2\" (ข้อความต้องอยู่ในเครื่องหมายคำพูด)"
        case "~":
            "to find text inside text use `contains`: `name contains \"อบรม\"` (ค้นหาข้อความด้วย `contains`)"
        case "\u{0E50}"..."\u{0E59}":
            "write numbers with the digits 0–9: \(c.value - 0x0E50) (เขียนตัวเลขด้วยเลขอารบิก 0–9)"
        default:
            nil
        }
    }

    private mutating func lexString(lenient: Bool) throws(QueryError) {
        let start = i
        let closing: Unicode.Scalar = scalars[i] == "\u{201C}" ? "\u{201D}" : "\""
        i += 1
        var text = ""
        while let d = peek() {
            if d == closing {
                i += 1
                emit(.string(text), from: start)
                return
            }
            if d == "\\", let e = peek(1), e == "\"" || e == "\\" {
                text.unicodeScalars.append(e)
                i += 2
                continue
            }
            text.unicodeScalars.append(d)
            i += 1
        }
        if lenient {
            openStringStart = offsets[start + 1]
            emit(.string(text), from: start)
            return
        }
        throw QueryError(
            range(from: start), "this text has no closing quote `\"`",
            thai: "ข้อความนี้ไม่มีเครื่องหมาย \" ปิดท้าย")
    }

    /// Digits, `_` between digits, and (outside brackets) comma groups of three.
    private mutating func lexNumber() throws(QueryError) {
        let start = i
        var digits = ""
        func takeDigits(_ lexer: inout Lexer, into s: inout String) {
            while let d = lexer.peek() {
                if Lexer.isDigit(d) {
                    s.unicodeScalars.append(d)
                } else if d == "_", Lexer.isDigit(lexer.peek(1)), !s.isEmpty {
                    // a separator between digits
                } else {
                    break
                }
                lexer.i += 1
            }
        }
        takeDigits(&self, into: &digits)
        // A date: NNNN-NN-NN with nothing between.
        if digits.count == 4, i - start == 4, peek() == "-", Lexer.isDigit(peek(1)), Lexer.isDigit(peek(2)),
            peek(3) == "-", Lexer.isDigit(peek(4)), Lexer.isDigit(peek(5)), !Lexer.isDigit(peek(6))
        {
            i += 6
            let text = String(String.UnicodeScalarView(scalars[start..<i]))
            guard let day = Day.parse(text) else {
                throw QueryError(
                    range(from: start), "there is no such date as \(text)",
                    thai: "ไม่มีวันที่ \(text)")
            }
            emit(.date(day), from: start)
            return
        }
        if depth == 0, digits.count <= 3, i - start == digits.count {
            while peek() == ",", Lexer.isDigit(peek(1)), Lexer.isDigit(peek(2)), Lexer.isDigit(peek(3)),
                !Lexer.isDigit(peek(4)), peek(4) != "_"
            {
                for k in 1...3 { digits.unicodeScalars.append(scalars[i + k]) }
                i += 4
            }
        }
        var fraction: String?
        if peek() == ".", Lexer.isDigit(peek(1)) {
            i += 1
            var f = ""
            takeDigits(&self, into: &f)
            fraction = f
        }
        if let d = peek(), Lexer.isIdentifierStart(d) {
            var rest = ""
            while let d = peek(), Lexer.isIdentifierPart(d) {
                rest.unicodeScalars.append(d)
                i += 1
            }
            if let power = Self.exponent(rest) {
                let whole =
                    fraction == nil && digits.count + power <= 18
                    ? Int64(digits + String(repeating: "0", count: power)) : nil
                let written = whole.map(Self.grouped) ?? "the digits in full"
                throw QueryError(
                    range(from: start), "numbers are not written with an exponent",
                    thai: "ไม่รองรับการเขียนตัวเลขแบบยกกำลัง",
                    suggestion: "write \(written) (เขียนตัวเลขเต็ม)")
            }
            throw QueryError(
                range(from: start), "a name cannot start with a digit",
                thai: "ชื่อต้องไม่ขึ้นต้นด้วยตัวเลข",
                suggestion: "write odd names in backticks: `2nd_round` (ชื่อแปลกๆ ให้ใส่ในเครื่องหมาย ` `)")
        }
        let number = fraction.map { digits + "." + $0 } ?? digits
        if peek() == "%", !(peek(1).map { Lexer.isIdentifierPart($0) || $0 == "(" } ?? false) {
            i += 1
            emit(.percent(number), from: start)
            return
        }
        if fraction != nil {
            emit(.decimal(number), from: start)
            return
        }
        guard let value = Int64(digits) else {
            throw QueryError(range(from: start), "this number is too large", thai: "ตัวเลขนี้ใหญ่เกินไป")
        }
        emit(.integer(value), from: start)
    }
}
