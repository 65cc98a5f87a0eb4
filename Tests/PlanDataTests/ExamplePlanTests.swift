import PlanData
import PlanModel
import Testing

/// The bundled example loads cleanly and its totals equal those computed independently with sqlite3 (README).
@Suite struct ExamplePlanTests {
    let plan: Plan

    init() throws { plan = try BundleLoader.load(path: Support.example) }

    @Test func headerAndTableSizes() {
        #expect(plan.office == "สพป.มหาสารคาม เขต 3")
        #expect(plan.fiscalYear.buddhistEra == 2561)
        #expect(plan.targets == [30, 52, 77, 96])
        let rows = plan.tables.mapValues(\.rowCount)
        #expect(
            rows == [
                "strategies": 6, "projects": 31, "activities": 76, "disbursements": 147,
                "indicators": 31, "results": 90, "units": 15, "transfers": 4, "notes": 5,
            ])
    }

    @Test func totalBudgetIsTheReadmeFigure() {
        #expect(Support.satang(plan["projects"]!, "budget") == 843_000_000)
        #expect(Support.satang(plan["activities"]!, "budget") == 843_000_000)
        let projects = plan["projects"]!
        #expect(Support.satang(projects, "budget") { Support.text(projects, "source", $0) == "basic" } == 364_000_000)
    }

    @Test func disbursedToDateByQuarterMatchesSqlite() {
        let d = plan["disbursements"]!
        guard case .date(let days)? = d.column("date")?.storage else {
            Issue.record("date is not a date column")
            return
        }
        func paid(by quarter: Int) -> Int64 {
            let end = plan.fiscalYear.endOf(quarter: quarter).ordinal
            return Support.satang(d, "amount") { Support.text(d, "kind", $0) == "disbursement" && days[$0] <= end }
        }
        #expect(paid(by: 1) == 61_917_441)
        #expect(paid(by: 2) == 241_817_409)
        #expect(paid(by: 3) == 582_047_873)
        #expect(Support.satang(d, "amount") { Support.text(d, "kind", $0) == "obligation" } == 73_320_000)
    }

    @Test func disbursedPerStrategyFollowsRelations() throws {
        let d = plan["disbursements"]!
        let projects = plan["projects"]!
        let strategies = plan["strategies"]!
        let toProject = try #require(d.relation(from: "project"))
        let toStrategy = try #require(projects.relation(from: "strategy"))
        #expect(toProject.target == "projects" && toStrategy.target == "strategies")
        var perStrategy: [String: Int64] = [:]
        guard case .money(let amounts)? = d.column("amount")?.storage else { return }
        for row in 0..<d.rowCount where Support.text(d, "kind", row) == "disbursement" {
            let s = Int(toStrategy.targetRows[Int(toProject.targetRows[row])])
            perStrategy[Support.text(strategies, "code", s)!, default: 0] += amounts[row]
        }
        #expect(
            perStrategy == [
                "S1": 64_392_189, "S2": 230_784_840, "S3": 80_875_354, "S4": 78_475_642,
                "S5": 31_505_199, "S6": 96_014_649,
            ])
    }

    @Test func enumerationsAreCanonicalAndThaiAliasesAccepted() {
        let projects = plan["projects"]!
        let d = plan["disbursements"]!
        let sources = Set((0..<projects.rowCount).compactMap { Support.text(projects, "source", $0) })
        #expect(sources == ["basic", "strategic"])
        let kinds = Set((0..<d.rowCount).compactMap { Support.text(d, "kind", $0) })
        #expect(kinds == ["disbursement", "obligation"])
    }

    @Test func theCancelledProjectHasNothingPaid() throws {
        let projects = plan["projects"]!
        let d = plan["disbursements"]!
        let cancelled = (0..<projects.rowCount).filter { Support.text(projects, "status", $0) == "cancelled" }
        #expect(cancelled.count == 1)
        let link = try #require(d.relation(from: "project"))
        #expect(!link.targetRows.contains(Int32(cancelled[0])))
    }

    @Test func sourceIsTheFolderAndItsFingerprint() throws {
        let source = try #require(plan.source)
        #expect(source.path == Support.example)
        let names = [
            "activities.csv", "disbursements.csv", "indicators.csv", "notes.csv", "plan.json", "projects.csv",
            "results.csv", "strategies.csv", "transfers.csv", "units.csv",
        ]
        var bytes: [UInt8] = []
        for name in names { bytes += Array(try Support.read(Support.example + "/" + name).utf8) }
        #expect(source.sha256 == SHA256.hex(bytes))
    }
}
