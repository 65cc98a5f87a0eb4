import Foundation
import PlanData
import PlanModel
import Testing

/// Any CSV or JSON file as a table: inferred types, usable names, and the real budget bill's OBEC totals.
@Suite struct TableLoaderTests {
    @Test func theBudgetBillsOBECTotalsByCategory() throws {
        guard FileManager.default.fileExists(atPath: Support.budgetBill) else {
            print("skipped: \(Support.budgetBill) is absent")
            return
        }
        let items = try TableLoader.loadCSV(path: Support.budgetBill, name: "items")
        #expect(items.rowCount == 2334)
        #expect(items.columnNames.first == "column1")
        #expect(items.columnNames.contains("CROSS_FUNC?") && items.columnNames.contains("OBLIGED?"))
        #expect(items.column("AMOUNT")?.type == .money)
        #expect(items.column("FISCAL_YEAR")?.type == .int)
        #expect(items.column("CROSS_FUNC?")?.type == .bool)
        #expect(items.column("column1")?.type == .int)
        #expect(items.column("ITEM_ID")?.type == .text)
        let unit = try #require(items.column("BUDGETARY_UNIT"))
        let category = try #require(items.column("CATEGORY_LV1"))
        guard case .money(let amounts)? = items.column("AMOUNT")?.storage else { return }
        var totals: [String: Int64] = [:]
        var rows = 0
        for row in 0..<items.rowCount where unit[row] == .text("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน") {
            rows += 1
            if case .text(let c) = category[row] { totals[c, default: 0] += amounts[row] / 100 }
        }
        #expect(rows == 1019)
        #expect(totals["งบบุคลากร"] == 192_757_366_800)
        #expect(totals["งบดำเนินงาน"] == 12_019_680_800)
        #expect(totals["งบลงทุน"] == 17_424_770_800)
        #expect(totals["งบเงินอุดหนุน"] == 39_089_674_900)
        #expect(totals["งบรายจ่ายอื่น"] == 785_059_400)
        #expect(totals["งบรายจ่ายอิน"] == 161_515_000)
    }

    @Test func typesAreInferredOverAllRows() throws {
        let path = try Support.temporaryFolder() + "/kinds.csv"
        try Support.write(
            """
            id,code,amount,ratio,when,flag,mixed,empty,price
            1,007,"1,000",0.125,2561-01-15,True,1,,12.50
            2,010,200,2,2018-02-01,false,x,,3
            -3,011,"2,500.75",1e3,,FALSE,2,,

            """, to: path)
        let t = try TableLoader.loadCSV(path: path, name: "kinds")
        let types = t.columnNames.map { t.column($0)!.type }
        #expect(types == [.int, .text, .money, .float, .date, .bool, .text, .text, .money])
        #expect(t.column("code")?[0] == .text("007"))
        #expect(t.column("amount")?[2] == .money(Money(satang: 250_075)))
        #expect(t.column("when")?[0] == .date(Day(year: 2018, month: 1, day: 15)!))
        #expect(t.column("when")?[2] == .null)
        #expect(t.column("ratio")?[2] == .float(1000))
        #expect(t.column("empty")?[0] == .null)
    }

    @Test func misgroupedThousandsSeparatorsReadAsASpreadsheetWould() throws {
        let path = try Support.temporaryFolder() + "/slip.csv"
        try Support.write("amount\n\"4,840,0\"\n\"1,000.50\"\n", to: path)
        let t = try TableLoader.loadCSV(path: path, name: "slip")
        #expect(t.column("amount")?[0] == .money(Money(baht: 48_400)))
        #expect(t.column("amount")?[1] == .money(Money(satang: 100_050)))
    }

    @Test func oddHeadersAreMadeUsable() throws {
        let path = try Support.temporaryFolder() + "/odd.csv"
        try Support.write(",a,a,,column2,ชื่อ?\n1,2,3,4,5,6\n", to: path)
        let t = try TableLoader.loadCSV(path: path, name: "odd")
        #expect(t.columnNames == ["column1", "a", "a_2", "column4", "column2", "ชื่อ?"])
    }

    @Test func aJSONArrayOfObjects() throws {
        let path = try Support.temporaryFolder() + "/rows.json"
        try Support.write(
            """
            [
              {"code": "A", "budget": 1250000.5, "ok": true, "when": "2561-10-01"},
              {"code": "B", "budget": "1,000", "extra": "ข้อความ", "when": null}
            ]
            """, to: path)
        let t = try TableLoader.loadJSON(path: path, name: "rows")
        #expect(t.columnNames == ["code", "budget", "ok", "when", "extra"])
        #expect(t.column("budget")?[0] == .money(Money(satang: 125_000_050)))
        #expect(t.column("budget")?[1] == .money(Money(satang: 100_000)))
        #expect(t.column("ok")?[1] == .null)
        #expect(t.column("when")?.type == .date)
        #expect(t.column("extra")?[1] == .text("ข้อความ"))
    }

    @Test func jsonEscapesAndUnicode() throws {
        let path = try Support.temporaryFolder() + "/escapes.json"
        try Support.write(#"[{"s": "a\"b\\c\n\u0e01\u0E32 \ud83d\ude00 ครู"}]"#, to: path)
        let t = try TableLoader.loadJSON(path: path, name: "e")
        #expect(t.column("s")?[0] == .text("a\"b\\c\nกา 😀 ครู"))
    }

    @Test func badJSONIsLocated() throws {
        let path = try Support.temporaryFolder() + "/bad.json"
        try Support.write("[\n  {\"a\": 1,}\n]", to: path)
        #expect {
            try TableLoader.loadJSON(path: path, name: "bad")
        } throws: { error in
            let d = error as? Diagnostic
            return d?.line == 2 && d?.column == 11 && d?.message == "bad JSON: expected a member name"
        }
    }
}

/// Decimal cells read exactly as Swift's own `Double(_:)` reads them.
@Suite struct DecimalParsingTests {
    @Test func decimalsMatchTheStandardLibrary() throws {
        let samples = [
            "0.1", "23.1", "-7.25", "12345678901.234", "1e3", "3.", ".5", "99.999999999999", "0.3",
            "1234567890123456.5", "99999999999999999999999.255", "0.000000000000000000012345",
        ]
        let path = try Support.temporaryFolder() + "/decimals.csv"
        try Support.write("v\n" + samples.joined(separator: "\n") + "\n", to: path)
        let t = try TableLoader.loadCSV(path: path, name: "d")
        for (row, text) in samples.enumerated() {
            #expect(t.column("v")?[row] == .float(Double(text)!), "\(text)")
        }
    }
}

/// An amount too large for money is kept as written, never rounded into a float.
@Suite struct TooLargeAmountTests {
    @Test func anAmountBeyondMoneyMakesItsColumnText() throws {
        let path = try Support.temporaryFolder() + "/large.csv"
        try Support.write("a,b,c\n1.50,7,1.5\n92233720368547758.08,123456789012345678901,2\n", to: path)
        let t = try TableLoader.loadCSV(path: path, name: "large")
        #expect(t.column("a")?.type == .text)
        #expect(t.column("a")?[1] == .text("92233720368547758.08"))
        #expect(t.column("b")?[1] == .text("123456789012345678901"))
        #expect(t.column("c")?.type == .float)
    }

    @Test func theLargestMoneyStillLoadsAsMoney() throws {
        let path = try Support.temporaryFolder() + "/largest.csv"
        try Support.write("a\n1.50\n92233720368547758.07\n", to: path)
        let t = try TableLoader.loadCSV(path: path, name: "largest")
        #expect(t.column("a")?.type == .money)
    }
}
