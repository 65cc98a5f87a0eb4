import PlanModel
import Testing

@testable import PlanQuery

@Suite struct LexerTests {
    func kinds(_ text: String) throws -> [Token.Kind] {
        try Lexer.tokenize(text).map(\.kind).dropLast()
    }

    @Test func numbersWithUnderscoresAndCommaGroups() throws {
        #expect(try kinds("1_000_000") == [.integer(1_000_000)])
        #expect(try kinds("1,000,000") == [.integer(1_000_000)])
        #expect(try kinds("1,250,000.50") == [.decimal("1250000.50")])
        // Inside brackets a comma always separates.
        #expect(try kinds("(1,000)") == [.symbol("("), .integer(1), .symbol(","), .integer(0), .symbol(")")])
        // Not groups of three: a separator.
        #expect(try kinds("12,34") == [.integer(12), .symbol(","), .integer(34)])
        #expect(try kinds("1, 000") == [.integer(1), .symbol(","), .integer(0)])
    }

    @Test func percentDatesQuarters() throws {
        #expect(try kinds("52%") == [.percent("52")])
        #expect(try kinds("12.5%") == [.percent("12.5")])
        #expect(try kinds("7 % 2") == [.integer(7), .symbol("%"), .integer(2)])
        #expect(try kinds("2561-03-31") == [.date(Day(year: 2018, month: 3, day: 31)!)])
        #expect(try kinds("2018-03-31") == [.date(Day(year: 2018, month: 3, day: 31)!)])
        #expect(try kinds("2561 - 03") == [.integer(2561), .symbol("-"), .integer(3)])
        #expect(try kinds("Q2 q4 Q5") == [.quarter(2), .quarter(4), .identifier("Q5", quoted: false)])
    }

    @Test func thaiStringsAndBacktickNames() throws {
        #expect(
            try kinds("name contains \"อบรม\"") == [
                .identifier("name", quoted: false),
                .identifier("contains", quoted: false), .string("อบรม"),
            ])
        #expect(try kinds("`CROSS_FUNC?`") == [.identifier("CROSS_FUNC?", quoted: true)])
        #expect(try kinds("งบประมาณ") == [.identifier("งบประมาณ", quoted: false)])
        #expect(try kinds("\"say \\\"hi\\\"\"") == [.string("say \"hi\"")])
    }

    @Test func rangesAreUTF8Offsets() throws {
        let tokens = try Lexer.tokenize("name = \"อบรม\" x")
        #expect(tokens[2].range == SourceRange(7, 21))  // 4 Thai letters × 3 bytes + 2 quotes
        #expect(tokens[3].range == SourceRange(22, 23))
    }

    @Test func commentsAndContinuation() throws {
        #expect(
            try kinds("tables -- what is loaded\n--> strategies 3") == [
                .identifier("tables", quoted: false), .separator,
            ])
        let continued = try kinds("projects\n  | take 5\nprojects |\n take 1\nagg(\n1)")
        #expect(continued.filter { $0 == .separator }.count == 2)
        #expect(try kinds("a; b") == [.identifier("a", quoted: false), .separator, .identifier("b", quoted: false)])
        // Dashes before anything but a space are neither a comment nor a guess (docs/LANGUAGE.md, "Lines").
        #expect(throws: QueryError.self) { try kinds("3 --4") }
        #expect(try kinds("3 - -4") == [.integer(3), .symbol("-"), .symbol("-"), .integer(4)])
    }

    @Test func errors() {
        #expect(throws: QueryError.self) { try Lexer.tokenize("\"open") }
        #expect(throws: QueryError.self) { try Lexer.tokenize("(a") }
        #expect(throws: QueryError.self) { try Lexer.tokenize("a)") }
        #expect(throws: QueryError.self) { try Lexer.tokenize("99999999999999999999") }
        #expect(throws: QueryError.self) { try Lexer.tokenize("2561-02-30") }
        #expect(throws: QueryError.self) { try Lexer.tokenize("a # b") }
    }

    @Test func completeness() {
        #expect(StatementSplitter.isComplete("projects | take 5"))
        #expect(!StatementSplitter.isComplete("projects |"))
        #expect(!StatementSplitter.isComplete("projects | where name = \"อบ"))
        #expect(!StatementSplitter.isComplete("projects | select round(budget,"))
        #expect(!StatementSplitter.isComplete("projects | -- more to come"))
        #expect(StatementSplitter.isComplete(""))
        #expect(StatementSplitter.isComplete("tables -- (not open"))
    }

    @Test func aLineEndingWithACommaOrAnOperatorGoesOn() throws {
        #expect(!StatementSplitter.isComplete("projects | select code,"))
        #expect(!StatementSplitter.isComplete("projects | where budget >"))
        #expect(!StatementSplitter.isComplete("projects | where budget > 1 and"))
        #expect(!StatementSplitter.isComplete("let big ="))
        #expect(StatementSplitter.isComplete("help and"))
        #expect(StatementSplitter.isComplete("projects | select code,;"))
        // One statement over two lines: no separator at the line break, and the second line's tokens keep
        // their place in the text, so an error there points into that line.
        let tokens = try Lexer.tokenize("projects | select code,\n  budget")
        #expect(!tokens.contains { $0.kind == .separator })
        #expect(try Lexer.tokenize("help or\nprojects").contains { $0.kind == .separator })
    }
}
