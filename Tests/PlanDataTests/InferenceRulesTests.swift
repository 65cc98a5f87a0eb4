import Foundation
import PlanData
import PlanModel
import Testing

/// The rules by which a file with no schema gets its column types (docs/LANGUAGE.md, "Loading any file"): how
/// amounts are written in real budget files, when a column is a float rather than money, why a column is text,
/// and types given at load.
@Suite struct InferenceRulesTests {
    private func load(_ csv: String, types: [TableLoader.GivenType] = []) throws -> Table {
        let path = try Support.temporaryFolder() + "/t.csv"
        try Support.write(csv, to: path)
        return try TableLoader.loadCSV(path: path, name: "t", types: types)
    }

    @Test func amountsAsBudgetDocumentsWriteThemAreMoney() throws {
        let t = try load(
            """
            amount
            "4,360,000,000"
            "2,446,200.0"
            "(1,000.00)"
            "-1,000.50"
            -
            "25,"
            000

            """)
        #expect(t.column("amount")?.type == .money)
        let baht: [Value] = [
            .money(Money(baht: 4_360_000_000)), .money(Money(baht: 2_446_200)), .money(Money(baht: -1_000)),
            .money(Money(satang: -100_050)), .money(Money(satang: 0)), .money(Money(baht: 25)),
            .money(Money(satang: 0)),
        ]
        #expect((0..<7).map { t.column("amount")![$0] } == baht)
        #expect(t.columnNotes["amount"]?.english == "money: 1 cell `-` read as 0.00")
    }

    @Test func moreThanTwoDecimalsRoundToTheSatangHalfAwayFromZero() throws {
        let t = try load("amount\n\"23,566,666.666666668\"\n1.005\n-2.115\n3.1049\n")
        #expect(t.column("amount")?.type == .money)
        #expect(
            (0..<4).map { t.column("amount")![$0] } == [
                .money(Money(satang: 2_356_666_667)), .money(Money(satang: 101)), .money(Money(satang: -212)),
                .money(Money(satang: 310)),
            ])
        #expect(
            t.columnNotes["amount"]?.english
                == "money: 4 cells with more than two decimals rounded to the satang (first: line 2, column 1: `23,566,666.666666668`)"
        )
    }

    @Test func decimalsWithNoSignOfMoneyStayAFloat() throws {
        let t = try load("ratio\n0.125\n1.5\n2\n")
        #expect(t.column("ratio")?.type == .float)
        #expect(t.column("ratio")?[0] == .float(0.125))
        #expect(t.columnNotes["ratio"]?.english.hasPrefix("float: no cell shows money") == true)
    }

    @Test func twoDecimalsOrASeparatorMakeMoneyAndWholeNumbersAnInt() throws {
        let t = try load("a,b,c\n1.50,\"1,000\",7\n2,3,8\n")
        #expect(t.columns.map(\.type) == [.money, .money, .int])
        #expect(t.columnNotes.isEmpty)
    }

    @Test func aTextColumnOfNumbersSaysWhichCellIsNot() throws {
        let t = try load("id,amount\n1,\"1,000\"\n2,12-34\n3,\"2,000\"\n")
        #expect(t.column("amount")?.type == .text)
        #expect(t.columnNotes["amount"]?.english == "text: 2 cells are numbers, 1 is not — line 3, column 3: `12-34`")
        #expect(t.columnNotes["amount"]?.thai.contains("บรรทัด 3") == true)
    }

    @Test func anAmountTooLargeForMoneyIsTextAndSaysSo() throws {
        let t = try load("a\n\"92,233,720,368,547,758.08\"\n1.50\n")
        #expect(t.column("a")?.type == .text)
        #expect(
            t.columnNotes["a"]?.english.hasPrefix("text: line 2, column 1: `92,233,720,368,547,758.08` is too large")
                == true)
        let largest = try load("a\n\"92,233,720,368,547,758.07\"\n(92233720368547758.07)\n")
        #expect(largest.column("a")?[0] == .money(Money(satang: .max)))
        #expect(largest.column("a")?[1] == .money(Money(satang: -.max)))
    }

    @Test func aGivenTypeIsUsedAndSaid() throws {
        let t = try load(
            "FISCAL_YEAR,AMOUNT,code\n2021,1000,007\n2022,-,010\n",
            types: [.init(column: "AMOUNT", type: .money), .init(column: "code", type: .int)])
        #expect(t.column("AMOUNT")?.type == .money)
        #expect(t.column("AMOUNT")?[0] == .money(Money(baht: 1000)))
        #expect(t.column("code")?[1] == .int(10))
        #expect(t.column("FISCAL_YEAR")?.type == .int)
        #expect(t.columnNotes["AMOUNT"]?.english == "money: given at load")
    }

    @Test func aCellNotOfItsGivenTypeIsLocatedAndNothingLoads() throws {
        #expect {
            try load("unit,AMOUNT\nก,1000\nข,12-34\n", types: [.init(column: "AMOUNT", type: .money)])
        } throws: { error in
            let d = (error as? Diagnostics)?.items.first ?? (error as? Diagnostic)
            return d?.line == 3 && d?.column == 3
                && d?.message.hasPrefix("`12-34` in `AMOUNT` is not an amount") == true
        }
    }

    @Test func aGivenTypeForNoColumnIsAnError() throws {
        #expect {
            try load("a,b\n1,2\n", types: [.init(column: "AMOUNT", type: .money)])
        } throws: { error in
            (error as? Diagnostic)?.message
                == "`with` names `AMOUNT`, which is not a column of this file (its columns: a, b)"
        }
    }

    /// A cell of a few megabytes is looked at once, in one pass (it took seconds a megabyte before); the
    /// timings are in the report, not asserted here.
    @Test func cellsOfMegabytesAreTypedRight() throws {
        let text = String(repeating: "ก", count: 1_000_000)
        let digits = String(repeating: "1", count: 3_000_000)
        let grouped = "1" + String(repeating: ",000", count: 4)
        var csv = "id,words,digits,amount\n"
        for i in 0..<8 { csv += "\(i),\"\(text)\",\(digits),\"\(grouped)\"\n" }
        let t = try load(csv)
        #expect(t.columns.map(\.type) == [.int, .text, .text, .money])
        #expect(t.column("words")?[7] == .text(text))
        #expect(t.column("amount")?[0] == .money(Money(baht: 1_000_000_000_000)))
        #expect(t.columnNotes["digits"]?.english.contains("too large for money") == true)
    }
}
