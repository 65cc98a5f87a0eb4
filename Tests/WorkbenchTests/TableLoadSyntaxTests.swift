import PlanData
import PlanModel
import PlanQuery
import Testing

@testable import Workbench

/// `load csv|json|xlsx "file" [sheet "S"] as NAME [with COLUMN TYPE, …]`: parsing, its errors, and completion.
@Suite struct TableLoadSyntaxTests {
    func target(_ text: String) throws -> Load.Target {
        let parsed = try Parser.parse(text, grammar: StatementRegistry.grammar)
        try #require(parsed.count == 1)
        return try #require(StatementRegistry.sessionStatement(parsed[0].statement) as? Load, "\(text)").target
    }

    @Test func typesGivenWithWith() throws {
        guard
            case .table("csv", "t", let options) = try target(
                "load csv \"f.csv\" as t with AMOUNT money, FISCAL_YEAR int, `CROSS_FUNC?` bool")
        else {
            Issue.record()
            return
        }
        #expect(options.sheet == nil)
        #expect(options.types.map(\.column) == ["AMOUNT", "FISCAL_YEAR", "CROSS_FUNC?"])
        #expect(options.types.map(\.type) == [DataType.money, .int, .bool])
    }

    @Test func aSheetOfAWorkbook() throws {
        guard
            case .table("xlsx", "items", let options) = try target(
                "LOAD XLSX \"งบ.xlsx\" SHEET \"ปี 2565\" AS items WITH amount MONEY")
        else {
            Issue.record()
            return
        }
        #expect(options == TableLoadOptions(sheet: "ปี 2565", types: [.init(column: "amount", type: .money)]))
    }

    @Test func aWrongTypeOrARepeatedColumnIsAnError() {
        let grammar = StatementRegistry.grammar
        #expect {
            try Parser.parse("load csv \"f.csv\" as t with AMOUNT mony", grammar: grammar)
        } throws: { error in
            let e = error as? QueryError
            return e?.message
                == "expected a type (int, money, float, percent, date, bool, text) after `AMOUNT`, found `mony`"
                && e?.suggestion?.contains("money") == true
        }
        #expect {
            try Parser.parse("load csv \"f.csv\" as t with a int, a text", grammar: grammar)
        } throws: { error in
            (error as? QueryError)?.message == "`a` is given a type twice"
        }
        #expect(throws: QueryError.self) { try Parser.parse("load csv \"f.csv\" sheet \"S\" as t", grammar: grammar) }
    }

    @Test func completionOffersTheWordsOfTheForm() {
        let h = SessionHarness()
        func words(_ text: String) -> [String] { h.session.complete(text).candidates }
        #expect(words("load x") == ["xlsx"])
        #expect(words("load xlsx \"f.xlsx\" ") == ["sheet", "as"])
        #expect(words("load xlsx \"f.xlsx\" sheet \"S\" ") == ["as"])
        #expect(words("load csv \"f.csv\" a") == ["as"])
        #expect(words("load csv \"f.csv\" as t w") == ["with"])
        #expect(words("load csv \"f.csv\" as t with AMOUNT m") == ["money"])
        #expect(words("load csv \"f.csv\" as t with AMOUNT money, YEAR ").count == DataType.allCases.count)
    }
}
