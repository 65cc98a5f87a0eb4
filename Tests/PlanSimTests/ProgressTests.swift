import PlanModel
import Testing

@testable import PlanSim

@Suite struct ProgressTests {
    let plan = TestPlans.mahasarakham

    @Test func projectFiguresAsOfQ2() throws {
        let table = try Progress.byProject(plan, quarter: 2)
        #expect(table.rowCount == 4)
        let p1 = try #require(table.row("code", "P1"))
        // Activities: A1 planned 20,000 + 10,000; A2 has no plan_q*, so 70,000 spreads as 17,500 a quarter.
        #expect(table.value("planned_to_date", p1) == money("65,000"))
        // 25,000 + 5,000 + 10,000 on 31 March; the 9,999 of 1 April is after the quarter; the 2,000 is an obligation.
        #expect(table.value("disbursed_to_date", p1) == money("40,000"))
        #expect(table.value("obligated_to_date", p1) == money("2,000"))
        #expect(table.value("disbursed_pct", p1) == .percent(40))
        #expect(table.value("target_pct", p1) == .percent(52))
        #expect(table.value("gap_pct", p1) == .percent(-12))
        #expect(table.value("activities_done_pct", p1) == .percent(50))
        #expect(table.value("state", p1) == .text("behind"))
        #expect(table.value("source", p1) == .text("basic"))

        let p2 = try #require(table.row("code", "P2"))
        #expect(table.value("planned_to_date", p2) == money("20,000"))
        #expect(table.value("disbursed_to_date", p2) == money("15,000.25"))
        #expect(table.value("obligated_to_date", p2) == money("20,000"))
        #expect(table.value("disbursed_pct", p2) == .percent(30))
        #expect(table.value("activities_done_pct", p2) == .null)
        #expect(table.value("status", p2) == .text("on_track"))
        #expect(table.value("state", p2) == .text("behind"))

        let p3 = try #require(table.row("code", "P3"))
        #expect(table.value("source", p3) == .text("basic"))
        #expect(table.value("status", p3) == .text("cancelled"))
        #expect(table.value("state", p3) == .text("cancelled"))
        #expect(table.value("planned_to_date", p3) == money("15,000"))
        #expect(table.value("disbursed_to_date", p3) == money("0"))

        // 20,000.01 spread evenly: ⌊2,000,001 × k / 4⌋ satang to date.
        let p4 = try #require(table.row("code", "P4"))
        #expect(table.value("planned_to_date", p4) == money("10,000"))
        #expect(table.value("disbursed_pct", p4) == .percent(2.5))
    }

    @Test func spreadingEvenlySumsToTheBudget() throws {
        let p4 = try #require(try Progress.byProject(plan, quarter: 4).row("code", "P4"))
        let q3 = try Progress.byProject(plan, quarter: 3)
        #expect(q3.value("planned_to_date", p4) == money("15,000"))
        #expect(try Progress.byProject(plan, quarter: 4).value("planned_to_date", p4) == money("20,000.01"))
        #expect(try Progress.byProject(plan, quarter: 1).value("planned_to_date", p4) == money("5,000"))
    }

    @Test func laterQuarterCountsTheLaterPayment() throws {
        let table = try Progress.byProject(plan, quarter: 3)
        let p1 = try #require(table.row("code", "P1"))
        #expect(table.value("disbursed_to_date", p1) == money("49,999"))
        #expect(table.value("planned_to_date", p1) == money("82,500"))
        #expect(table.value("target_pct", p1) == .percent(77))
    }

    @Test func earnedValueFromIndicators() throws {
        let table = try Progress.byProject(plan, quarter: 2)
        let p1 = try #require(table.row("code", "P1"))
        // I1: 40 of 50 (higher) = 0.8; I2: lower is better, latest result by Q2 is Q1's 20 against 10 = 0.5.
        #expect(table.value("ev", p1) == money("65,000"))
        #expect(table.value("pv", p1) == money("65,000"))
        #expect(table.value("ac", p1) == money("40,000"))
        #expect(table.value("spi", p1) == .float(1))
        #expect(table.value("cpi", p1) == .float(1.63))
        // P2's one indicator has no result yet: nothing earned.
        let p2 = try #require(table.row("code", "P2"))
        #expect(table.value("ev", p2) == money("0"))
        #expect(table.value("spi", p2) == .float(0))
        // No indicators: no earned value.
        let p4 = try #require(table.row("code", "P4"))
        #expect(table.value("ev", p4) == .null)
        #expect(table.value("spi", p4) == .null)
        // By Q3 both of P1's indicators are met (60 ≥ 50; 8 ≤ 10).
        let q3 = try Progress.byProject(plan, quarter: 3)
        #expect(q3.value("ev", p1) == money("100,000"))
    }

    @Test func notStartedDoneAndOnTrack() throws {
        let q1 = try Progress.byProject(plan, quarter: 1)
        // P2 plans nothing for Q1 and has paid nothing by 31 December.
        #expect(q1.value("state", try #require(q1.row("code", "P2"))) == .text("not_started"))
        // P1 paid 25,000 of 37,500 planned by Q1.
        #expect(q1.value("state", try #require(q1.row("code", "P1"))) == .text("behind"))

        var done = plan
        var projects = done.tables["projects"]!
        let status = projects.columnIndex("status")!
        projects.columns[status] =
            TestPlans.table(
                "x",
                [
                    ("status", .text, [TestPlans.null, .text("done"), .text("cancelled"), .text("เสร็จสิ้น")])
                ]
            ).columns[0]
        done.tables["projects"] = projects
        let table = try Progress.byProject(done, quarter: 2)
        #expect(table.values("state") == [.text("behind"), .text("done"), .text("cancelled"), .text("done")])
    }

    @Test func strategiesRollUpExactly() throws {
        let table = try Progress.byStrategy(plan, quarter: 2)
        #expect(table.values("strategy") == [.text("S1"), .text("S2"), .text("total")])
        #expect(table.value("name", 2) == .text("รวม"))
        #expect(table.values("projects") == [.int(3), .int(1), .int(4)])
        #expect(table.values("budget") == [money("100,000.51"), money("100,000"), money("200,000.51")])
        #expect(table.values("planned_to_date") == [money("45,000"), money("65,000"), money("110,000")])
        #expect(table.values("obligated_to_date") == [money("20,000"), money("2,000"), money("22,000")])
        #expect(table.values("disbursed_to_date") == [money("15,500.25"), money("40,000"), money("55,500.25")])
        #expect(table.values("disbursed_pct") == [.percent(15.5), .percent(40), .percent(27.75)])
        #expect(table.values("target_pct") == [.percent(52), .percent(52), .percent(52)])
        #expect(table.column("budget")!.type == .money)
    }

    @Test func plansThatStateTheirOwnTargets() throws {
        var own = plan
        own.targets = [25, 50, 75, 100]
        let table = try Progress.byProject(own, quarter: 2)
        #expect(table.value("target_pct", 0) == .percent(50))
        #expect(table.value("gap_pct", 0) == .percent(-10))
    }

    @Test(arguments: [0, 5, -1])
    func quarterOutOfRange(_ q: Int) throws {
        let error = try #require(throws: Diagnostic.self) { try Progress.byProject(plan, quarter: q) }
        #expect(error.message.contains("quarter \(q)"))
        #expect(error.thai?.contains("ไตรมาส") == true)
        #expect(throws: Diagnostic.self) { try Progress.byStrategy(plan, quarter: q) }
        #expect(throws: Diagnostic.self) { try QuarterlyReport.make(plan, quarter: q) }
    }

    @Test func withoutRelationsCodesAreLookedUp() throws {
        var plain = plan
        for name in plain.tables.keys { plain.tables[name]!.relations = [] }
        let a = try Progress.byProject(plan, quarter: 2)
        let b = try Progress.byProject(plain, quarter: 2)
        for name in a.columnNames { #expect(a.values(name) == b.values(name), "\(name)") }
    }

    @Test func unknownProjectInDisbursementsIsReported() throws {
        var broken = plan
        broken.tables["disbursements"]!.relations = []
        var d = broken.tables["disbursements"]!
        d.columns[0] =
            TestPlans.table("x", [("project", .text, Array(repeating: .text("P9"), count: d.rowCount))])
            .columns[0]
        broken.tables["disbursements"] = d
        let error = try #require(throws: Diagnostic.self) { try Progress.byProject(broken, quarter: 2) }
        #expect(error.message.contains("P9"))
    }

    @Test func atTheStartOfTheYearWithoutActuals() throws {
        let bare = TestPlans.plan(strategies: TestPlans.strategies, projects: plan["projects"]!)
        let table = try Progress.byProject(bare, quarter: 1)
        #expect(table.values("disbursed_to_date").allSatisfy { $0 == money("0") })
        #expect(table.values("ev").allSatisfy { $0 == .null })
        // Without its activities P1 spreads its budget evenly; P2 plans nothing for Q1.
        #expect(table.values("planned_to_date") == [money("25,000"), money("0"), money("7,500"), money("5,000")])
        #expect(table.values("state") == [.text("behind"), .text("not_started"), .text("cancelled"), .text("behind")])
        #expect(table.values("activities_done_pct").allSatisfy { $0 == .null })
    }

    @Test func aStrategyMissingFromTheStrategiesTableStillAddsUp() throws {
        var odd = plan
        var projects = odd.tables["projects"]!
        projects.relations = []
        projects.columns[projects.columnIndex("strategy")!] =
            TestPlans.table("x", [("strategy", .text, [.text("S9"), .text("S1"), .text("S1"), .text("S1")])])
            .columns[0]
        odd.tables["projects"] = projects
        let table = try Progress.byStrategy(odd, quarter: 2)
        #expect(table.values("strategy") == [.text("S1"), .text("S2"), .text("S9"), .text("total")])
        #expect(table.values("name")[2] == .null)
        #expect(table.values("projects") == [.int(3), .int(0), .int(1), .int(4)])
        #expect(table.value("budget", 3) == money("200,000.51"))
    }

    @Test func theLastResultOfAQuarterCountsAndThaiDirections() throws {
        let indicators = TestPlans.table(
            "indicators",
            [
                ("code", .text, [.text("K1")]), ("name", .text, [.text("อัตราการออกกลางคัน")]),
                ("project", .text, [.text("P4")]), ("unit", .text, [.text("ร้อยละ")]),
                ("target", .float, [.float(2)]), ("direction", .text, [.text("ต่ำกว่า")]),
            ])
        let results = TestPlans.table(
            "results",
            [
                ("indicator", .text, [.text("K1"), .text("K1"), .text("K1")]),
                ("quarter", .int, [.int(2), .int(2), .int(4)]),
                ("value", .float, [.float(8), .float(4), .float(1)]),
            ])
        let source = plan
        let withK1 = TestPlans.plan(
            strategies: TestPlans.strategies, projects: source["projects"]!, activities: source["activities"]!,
            disbursements: source["disbursements"]!, indicators: indicators, results: results)
        // Lower is better: 2 / 4 (the second Q2 result) = 0.5 of 20,000.01, rounded to the satang.
        let p4 = try #require(try Progress.byProject(withK1, quarter: 2).row("code", "P4"))
        #expect(try Progress.byProject(withK1, quarter: 2).value("ev", p4) == money("10,000.01"))
        #expect(try Progress.byProject(withK1, quarter: 1).value("ev", p4) == money("0"))
        #expect(try Progress.byProject(withK1, quarter: 4).value("ev", p4) == money("20,000.01"))
    }
}
