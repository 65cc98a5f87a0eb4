import PlanModel
import Testing

@testable import PlanQuery

/// `load csv|json|xlsx "file" [sheet "S"] as NAME [with COLUMN TYPE, …]`: parsing, its errors, and completion.
@Suite struct TableLoadSyntaxTests {
    func one(_ text: String) throws -> Statement {
        let parsed = try Parser.parse(text)
        try #require(parsed.count == 1)
        return parsed[0].statement
    }

    @Test func typesGivenWithWith() throws {
        guard
            case .loadTable(let path, "csv", "t", let options) = try one(
                "load csv \"f.csv\" as t with AMOUNT money, FISCAL_YEAR int, `CROSS_FUNC?` bool")
        else {
            Issue.record()
            return
        }
        #expect(path == "f.csv")
        #expect(options.sheet == nil)
        #expect(options.types.map(\.column) == ["AMOUNT", "FISCAL_YEAR", "CROSS_FUNC?"])
        #expect(options.types.map(\.type) == [.money, .int, .bool])
    }

    @Test func aSheetOfAWorkbook() throws {
        guard
            case .loadTable("งบ.xlsx", "xlsx", "items", let options) = try one(
                "LOAD XLSX \"งบ.xlsx\" SHEET \"ปี 2565\" AS items WITH amount MONEY")
        else {
            Issue.record()
            return
        }
        #expect(options == TableLoadOptions(sheet: "ปี 2565", types: [("amount", .money)]))
    }

    @Test func aWrongTypeOrARepeatedColumnIsAnError() {
        #expect {
            try Parser.parse("load csv \"f.csv\" as t with AMOUNT mony")
        } throws: { error in
            let e = error as? QueryError
            return e?.message == "expected a type (int, money, float, date, bool, text) after `AMOUNT`, found `mony`"
                && e?.suggestion?.contains("money") == true
        }
        #expect {
            try Parser.parse("load csv \"f.csv\" as t with a int, a text")
        } throws: { error in
            (error as? QueryError)?.message == "`a` is given a type twice"
        }
        #expect(throws: QueryError.self) { try Parser.parse("load csv \"f.csv\" sheet \"S\" as t") }
    }

    @Test func completionOffersTheWordsOfTheForm() {
        func words(_ text: String) -> [String] { Completer.complete(text, catalog: TestPlan.catalog).candidates }
        #expect(words("load x").contains("xlsx"))
        #expect(words("load xlsx \"f.xlsx\" ") == ["sheet", "as"])
        #expect(words("load xlsx \"f.xlsx\" sheet \"S\" ") == ["as"])
        #expect(words("load csv \"f.csv\" as t w") == ["with"])
        #expect(words("load csv \"f.csv\" as t with AMOUNT m") == ["money"])
        #expect(words("load csv \"f.csv\" as t with AMOUNT money, YEAR ").count == DataType.allCases.count)
    }
}
