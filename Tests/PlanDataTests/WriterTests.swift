import Foundation
import PlanData
import PlanModel
import Testing

/// The CSV and JSON writers, and bundles that round-trip through `BundleWriter` and `BundleLoader`.
@Suite struct WriterTests {
    @Test func csvQuotesWhatNeedsQuotingAndWritesPlainMoney() {
        var names = ColumnBuilder(type: .text)
        var amounts = ColumnBuilder(type: .money)
        var days = ColumnBuilder(type: .date)
        names.append(.text("ครู, \"ดีเด่น\"\nปี 61"))
        names.append(.null)
        amounts.append(.money(Money(satang: 125_000_050)))
        amounts.append(.money(Money(satang: -5)))
        days.append(.date(Day(year: 2018, month: 3, day: 31)!))
        days.append(.null)
        let t = Table(
            name: "t", columnNames: ["name", "amount", "day"],
            columns: [names.build(), amounts.build(), days.build()])
        #expect(TableWriter.csv(t) == "name,amount,day\n\"ครู, \"\"ดีเด่น\"\"\nปี 61\",1250000.50,2018-03-31\n,-0.05,\n")
        #expect(
            TableWriter.json(t) == """
                [
                  {"name": "ครู, \\"ดีเด่น\\"\\nปี 61", "amount": 1250000.50, "day": "2018-03-31"},
                  {"name": null, "amount": -0.05, "day": null}
                ]

                """)
    }

    @Test func csvAndJSONRoundTripThroughTheTableLoader() throws {
        let plan = try BundleLoader.load(path: Support.example)
        let folder = try Support.temporaryFolder()
        for name in ["projects", "disbursements", "units"] {
            let table = plan[name]!
            try Support.write(TableWriter.csv(table), to: folder + "/\(name).csv")
            try Support.write(TableWriter.json(table), to: folder + "/\(name).json")
            let fromCSV = try TableLoader.loadCSV(path: folder + "/\(name).csv", name: name)
            let fromJSON = try TableLoader.loadJSON(path: folder + "/\(name).json", name: name)
            for column in table.columnNames {
                for row in 0..<table.rowCount {
                    #expect(fromCSV.column(column)?[row] == fromJSON.column(column)?[row], "\(name).\(column)")
                }
            }
            if name == "disbursements" {
                #expect(fromCSV.column("amount")?.type == .money && fromCSV.column("date")?.type == .date)
                Support.expectSame(
                    Table(
                        name: name, columnNames: ["amount", "date"],
                        columns: [fromCSV.column("amount")!, fromCSV.column("date")!]),
                    Table(
                        name: name, columnNames: ["amount", "date"],
                        columns: [table.column("amount")!, table.column("date")!]))
            }
        }
    }

    @Test func theExampleRoundTripsThroughABundleFolder() throws {
        let plan = try BundleLoader.load(path: Support.example)
        let folder = try Support.temporaryFolder() + "/copy"
        try BundleWriter.write(plan, to: folder)
        let again = try BundleLoader.load(path: folder)
        Support.expectSame(again, plan)
    }

    @Test func extraColumnsAreKeptAsTextAndWrittenBack() throws {
        let folder = try Support.copyOfExample()
        var lines = try Support.read(folder + "/projects.csv").components(separatedBy: "\n")
        lines[0] = lines[0].replacingOccurrences(of: "budget", with: " budget ") + ",remark,"
        lines[1] += ",0042,x"
        try Support.write(lines.joined(separator: "\n"), to: folder + "/projects.csv")
        let plan = try BundleLoader.load(path: folder)
        let projects = plan["projects"]!
        #expect(projects.columnNames.suffix(2) == ["remark", "column13"])
        #expect(projects.column("column13")?[0] == .text("x"))
        #expect(projects.column("remark")?[0] == .text("0042"))
        #expect(projects.column("remark")?[1] == .null)
        #expect(projects.column("office")?.type == .text && projects.column("office")?[0] == .null)
        let out = try Support.temporaryFolder() + "/written"
        try BundleWriter.write(plan, to: out)
        Support.expectSame(try BundleLoader.load(path: out), plan)
    }

    @Test func aOneFileJSONBundleLoadsToTheSameModel() throws {
        let plan = try BundleLoader.load(path: Support.example)
        var members = [
            "\"office\": \"\(plan.office)\"", "\"fiscal_year\": 2561", "\"disbursement_targets\": [30, 52, 77, 96]",
            "\"disbursement_targets_by_type\": {\"งบลงทุน\": [12, 40, 65, 87]}",
        ]
        for name in PlanSchema.tables.map(\.name) {
            members.append("\"\(name)\": " + TableWriter.json(plan[name]!))
        }
        let path = try Support.temporaryFolder() + "/plan.json"
        try Support.write("{\n" + members.joined(separator: ",\n") + "}\n", to: path)
        let fromJSON = try BundleLoader.load(path: path)
        Support.expectSame(fromJSON, plan)
        #expect(fromJSON.source == Plan.Source(path: path, sha256: try SHA256.hex(file: path)))
    }

    @Test func aOneFileJSONBundlesErrorsAreLocated() throws {
        let path = try Support.temporaryFolder() + "/bad.json"
        try Support.write(
            """
            {"office": "x", "fiscal_year": 2561,
             "strategies": [{"code": "S1", "name": "a"}],
             "projects": [{"code": "P1", "name": "b", "strategy": "S2", "source": "basic", "budget": 10}]}
            """, to: path)
        let found = Support.diagnostics(loading: path)
        #expect(found.map(\.message) == ["unknown strategy `S2`: no such code in \(path)"])
        #expect(found.first?.line == 3 && found.first?.column == 55)
    }
}
