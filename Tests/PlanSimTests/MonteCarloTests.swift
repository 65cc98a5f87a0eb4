import PlanModel
import Testing

@testable import PlanSim

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

@Suite struct MonteCarloTests {
    let plan = TestPlans.mahasarakham

    /// The exact distribution of one item's payments, by enumerating which quarters slip: the expected amount
    /// paid by the end of each quarter, and the probability that nothing is left after Q4.
    static func enumerate(due: ArraySlice<Int64>, from a: Int, slip p: Double) -> (paid: [Double], fullySpent: Double) {
        var paid = [Double](repeating: 0, count: 4)
        var fullySpent = 0.0
        for mask in 0..<(1 << (4 - a)) {
            let slips = (a..<4).map { mask & (1 << ($0 - a)) != 0 }
            let probability = slips.reduce(1.0) { $0 * ($1 ? p : 1 - p) }
            var carry: Int64 = 0
            var running: Int64 = 0
            for k in a..<4 {
                let owed = carry + due[due.startIndex + k]
                if slips[k - a] {
                    carry = owed
                } else {
                    carry = 0
                    running += owed
                }
                paid[k] += probability * Double(running)
            }
            if carry == 0 { fullySpent += probability }
        }
        return (paid, fullySpent)
    }

    /// The enumeration summed over a model: expected paid to date per quarter, and per project P(fully spent).
    static func oracle(_ model: SlipModel) -> (paid: [Double], fullySpent: [Double]) {
        var paid = [Double](repeating: 0, count: 4)
        var fullySpent = [Double](repeating: 1, count: model.projectCount)
        for p in 0..<model.projectCount {
            if model.fixedUnspent[p] > 0 { fullySpent[p] = 0 }
            for item in model.itemStart[p]..<model.itemStart[p + 1] {
                let e = enumerate(due: model.due[item * 4..<item * 4 + 4], from: model.fromQuarter, slip: model.slip[p])
                for k in 0..<4 { paid[k] += e.paid[k] }
                fullySpent[p] *= e.fullySpent
            }
        }
        return (paid, fullySpent)
    }

    @Test func handComputedClosedForm() throws {
        // One project of 100.00 planned 25.00 a quarter, slipping with p = 0.5, simulated from 1 October.
        let projects = TestPlans.table(
            "projects",
            [
                ("code", .text, [.text("P1")]), ("name", .text, [.text("โครงการเดียว")]),
                ("strategy", .text, [.text("S1")]),
                ("source", .text, [.text("basic")]), ("budget", .money, [money("100")]),
                ("plan_q1", .money, [money("25")]), ("plan_q2", .money, [money("25")]),
                ("plan_q3", .money, [money("25")]), ("plan_q4", .money, [money("25")]),
            ])
        let one = TestPlans.plan(strategies: TestPlans.strategies, projects: projects)
        let result = try MonteCarlo.run(one, options: .init(fromQuarter: 0, runs: 10, seed: 1, slip: ["basic": 0.5]))
        // Q1: 25 × ½; Q2: 25 × ¾ + 25 × ½; Q3: 25 × (⅞ + ¾ + ½); Q4: 25 × (15/16 + ⅞ + ¾ + ½).
        let expected: [Value] = [.percent(12.5), .percent(31.25), .percent(53.13), .percent(76.56)]
        #expect(result.byQuarter.values("expected_pct") == expected)
        // Unspent: 25 × (1/16 + ⅛ + ¼ + ½) = 23.4375.
        #expect(result.byProject.value("expected_unspent", 0) == money("23.44"))
    }

    @Test(arguments: [0, 1, 2, 3])
    func closedFormMatchesEnumeration(from a: Int) throws {
        for plan in [plan, TestPlans.synthetic(projects: 40, activitiesPerProject: 3)] {
            let options = SimulationOptions(fromQuarter: a, runs: 1, seed: 1, slip: ["basic": 0.3, "strategic": 0.6])
            let model = try MonteCarlo.model(plan, options: options).slip
            let oracle = Self.oracle(model)
            let closed = model.expectedPaidToDate()
            for k in 0..<4 { #expect(abs(closed[k] - oracle.paid[k]) <= 1e-6 * max(1, oracle.paid[k])) }
            let total = model.due.reduce(0, +)
            let unspent = model.expectedUnspent().reduce(0, +) - Double(model.fixedUnspent.reduce(0, +))
            #expect(abs(unspent - (Double(total) - oracle.paid[3])) <= 1e-6 * Double(max(1, total)))
        }
    }

    @Test func backlogsAsOfQ2() throws {
        let model = try MonteCarlo.model(plan, options: .init(fromQuarter: 2)).slip
        // P1: A1 is on plan; A2 planned 35,000, paid 10,000, so 25,000 is carried into Q3's 17,500.
        #expect(Array(model.due[0..<4]) == [0, 0, 0, 0])
        #expect(Array(model.due[4..<8]) == [0, 0, 4_250_000, 1_750_000])
        // P2: planned 20,000, paid 15,000.25; P3 is cancelled (no items); P4: planned 10,000, paid 500.
        #expect(Array(model.due[8..<12]) == [0, 0, 2_499_975, 1_000_050])
        #expect(Array(model.due[12..<16]) == [0, 0, 1_450_000, 500_001])
        #expect(model.itemStart == [0, 2, 3, 3, 4])
        #expect(model.fixedUnspent == [0, 0, 3_000_000, 0])
        #expect(model.actualToDate == [2_500_000, 5_550_025])
    }

    @Test func paidAheadOfPlanIsCredited() throws {
        // P1 (no activities) plans 25 a quarter and paid 60 in Q1. P2's activities plan 10 and 15 a quarter; it
        // paid 50 naming no activity: 25 fills both Q1 plans, the other 25 pays A1's plan ahead.
        let projects = TestPlans.table(
            "projects",
            [
                ("code", .text, [.text("P1"), .text("P2")]), ("name", .text, [.text("ล่วงหน้า"), .text("ไม่ระบุกิจกรรม")]),
                ("strategy", .text, [.text("S1"), .text("S1")]), ("source", .text, [.text("basic"), .text("basic")]),
                ("budget", .money, [money("100"), money("100")]),
                ("plan_q1", .money, [money("25"), .null]), ("plan_q2", .money, [money("25"), .null]),
                ("plan_q3", .money, [money("25"), .null]), ("plan_q4", .money, [money("25"), .null]),
            ])
        let activities = TestPlans.table(
            "activities",
            [
                ("code", .text, [.text("A1"), .text("A2")]), ("project", .text, [.text("P2"), .text("P2")]),
                ("name", .text, [.text("ก"), .text("ข")]), ("budget", .money, [money("40"), money("60")]),
                ("plan_q1", .money, [money("10"), money("15")]), ("plan_q2", .money, [money("10"), money("15")]),
                ("plan_q3", .money, [money("10"), money("15")]), ("plan_q4", .money, [money("10"), money("15")]),
            ])
        let disbursements = TestPlans.table(
            "disbursements",
            [
                ("project", .text, [.text("P1"), .text("P2")]), ("activity", .text, [.null, .null]),
                ("date", .date, [TestPlans.d("2017-11-01"), TestPlans.d("2017-12-01")]),
                ("amount", .money, [money("60"), money("50")]),
            ])
        let ahead = TestPlans.plan(
            strategies: TestPlans.strategies, projects: projects, activities: activities, disbursements: disbursements)
        let model = try MonteCarlo.model(ahead, options: .init(fromQuarter: 1)).slip
        #expect(Array(model.due[0..<4]) == [0, 0, 1_500, 2_500])
        #expect(Array(model.due[4..<8]) == [0, 0, 0, 500])
        #expect(Array(model.due[8..<12]) == [0, 1_500, 1_500, 1_500])
        let result = try MonteCarlo.run(ahead, options: .init(fromQuarter: 1, runs: 10, slip: ["basic": 0]))
        #expect(result.byQuarter.values("mean_pct") == [.percent(55), .percent(62.5), .percent(77.5), .percent(100)])
    }

    /// Percentages are of the budget after the transfers dated up to each quarter's end, as in `progress` and the
    /// reports (`QuarterlyReportTests.plan`: 1,000.00 from the reserve in Q2, 3,000.00 back to it in Q3), so the
    /// quarters already past read as `progress_by_strategy` reads them.
    @Test func quartersArePercentagesOfTheBudgetAfterTransfersAsProgressIs() throws {
        let plan = QuarterlyReportTests.plan
        let result = try MonteCarlo.run(plan, options: .init(fromQuarter: 2, runs: 50, seed: 1))
        let simulated = result.byQuarter.values("mean_pct")
        for q in 1...2 {
            let total = try Progress.byStrategy(plan, quarter: q).values("disbursed_pct").last
            #expect(simulated[q - 1] == total, "Q\(q): \(simulated[q - 1]) against \(String(describing: total))")
        }
        let model = try MonteCarlo.model(plan, options: .init(fromQuarter: 2)).slip
        let allocated = try PlanIndex(plan).projectBudget.reduce(0, +)
        #expect(model.budgetAtQuarterEnd == [allocated, allocated + 100_000, allocated - 200_000, allocated - 200_000])
    }

    @Test func convergesToTheClosedForm() throws {
        let options = SimulationOptions(fromQuarter: 1, runs: 20_000, seed: 2561)
        let (index, model) = try MonteCarlo.model(plan, options: options)
        let outcome = try MonteCarlo.simulate(model, runs: 20_000, seed: 2561, workers: 2, shouldStop: { false })
        let stats = MonteCarlo.quarterStatistics(model, outcome, targets: plan.targets)
        for k in 1..<4 {
            #expect(stats[k].standardError > 0)
            #expect(abs(stats[k].mean - stats[k].expected) <= 4 * stats[k].standardError, "Q\(k + 1)")
            #expect(stats[k].p10 <= stats[k].p50 && stats[k].p50 <= stats[k].p90)
        }
        // Q1 is known: 25,000 of 200,000.51.
        #expect(stats[0].mean == stats[0].expected && stats[0].p10 == stats[0].p90)
        let oracle = Self.oracle(model)
        for p in 0..<index.projectCount {
            let estimate = Double(outcome.fullySpent[p]) / 20_000
            let exact = oracle.fullySpent[p]
            #expect(abs(estimate - exact) <= 4 * (exact * (1 - exact) / 20_000).squareRoot() + 1e-12, "P\(p + 1)")
        }
    }

    @Test func convergesOnAGeneratedPlanFromTheStartOfTheYear() throws {
        let generated = TestPlans.synthetic(projects: 40, activitiesPerProject: 3)
        let options = SimulationOptions(fromQuarter: 0, runs: 20_000, seed: 7, slip: ["basic": 0.3, "strategic": 0.6])
        let model = try MonteCarlo.model(generated, options: options).slip
        let outcome = try MonteCarlo.simulate(model, runs: 20_000, seed: 7, workers: 2, shouldStop: { false })
        let stats = MonteCarlo.quarterStatistics(model, outcome, targets: generated.targets)
        for k in 0..<4 {
            #expect(stats[k].standardError > 0)
            #expect(abs(stats[k].mean - stats[k].expected) <= 4 * stats[k].standardError, "Q\(k + 1)")
        }
    }

    @Test func sameSeedSameResult() throws {
        let options = SimulationOptions(fromQuarter: 2, runs: 2_000, seed: 42)
        let a = try MonteCarlo.run(plan, options: options)
        let b = try MonteCarlo.run(plan, options: options)
        for name in a.byQuarter.columnNames { #expect(a.byQuarter.values(name) == b.byQuarter.values(name)) }
        for name in a.byProject.columnNames { #expect(a.byProject.values(name) == b.byProject.values(name)) }
        let model = try MonteCarlo.model(plan, options: options).slip
        let one = try MonteCarlo.simulate(model, runs: 2_000, seed: 42, workers: 2, shouldStop: { false })
        let other = try MonteCarlo.simulate(model, runs: 2_000, seed: 43, workers: 2, shouldStop: { false })
        #expect(one == (try MonteCarlo.simulate(model, runs: 2_000, seed: 42, workers: 2, shouldStop: { false })))
        #expect(one != other)
    }

    @Test func independentOfHowTheWorkIsSplit() throws {
        // Enough work for several batches, so batching and splitting both vary.
        let big = TestPlans.synthetic(projects: 300, activitiesPerProject: 5)
        let model = try MonteCarlo.model(big, options: .init(fromQuarter: 1)).slip
        let runs = 4_000
        let reference = try MonteCarlo.simulate(model, runs: runs, seed: 9, workers: 2, shouldStop: { false })
        for workers in [1, 3, 8] {
            #expect(
                try MonteCarlo.simulate(model, runs: runs, seed: 9, workers: workers, shouldStop: { false })
                    == reference)
        }
    }

    @Test func neverSlipping() throws {
        let result = try MonteCarlo.run(
            plan, options: .init(fromQuarter: 2, runs: 500, seed: 3, slip: ["basic": 0, "strategic": 0]))
        let q = result.byQuarter
        // Q3: 55,500.25 paid + every amount due in Q3 (42,500 + 24,999.75 + 14,500) = 137,500 of 200,000.51.
        #expect(q.values("mean_pct") == [.percent(12.5), .percent(27.75), .percent(68.75), .percent(85)])
        for name in ["p10_pct", "p50_pct", "p90_pct", "expected_pct"] {
            #expect(q.values(name) == q.values("mean_pct"))
        }
        #expect(q.values("p_meet_target_pct") == [.percent(0), .percent(0), .percent(0), .percent(0)])
        let p = result.byProject
        #expect(p.values("expected_unspent") == [money("0"), money("0"), money("30,000"), money("0")])
        #expect(p.values("p_fully_spent_pct") == [.percent(100), .percent(100), .percent(0), .percent(100)])
    }

    @Test func alwaysSlipping() throws {
        let result = try MonteCarlo.run(
            plan, options: .init(fromQuarter: 2, runs: 500, seed: 3, slip: ["พื้นฐาน": 1, "กลยุทธ์": 1]))
        let q = result.byQuarter
        #expect(q.values("mean_pct") == [.percent(12.5), .percent(27.75), .percent(27.75), .percent(27.75)])
        #expect(q.values("p90_pct") == q.values("mean_pct"))
        #expect(q.values("expected_pct") == q.values("mean_pct"))
        let p = result.byProject
        #expect(
            p.values("expected_unspent") == [
                money("60,000"), money("35,000.25"), money("30,000"), money("19,500.01"),
            ])
        #expect(p.values("p_fully_spent_pct") == [.percent(0), .percent(0), .percent(0), .percent(0)])
    }

    @Test func meetingTheTarget() throws {
        // Targets the plan always meets when nothing slips, and never when everything does.
        var easy = plan
        easy.targets = [10, 20, 60, 80]
        let never = try MonteCarlo.run(
            easy, options: .init(fromQuarter: 2, runs: 100, slip: ["basic": 0, "strategic": 0]))
        #expect(
            never.byQuarter.values("p_meet_target_pct") == [.percent(100), .percent(100), .percent(100), .percent(100)])
        let always = try MonteCarlo.run(
            easy, options: .init(fromQuarter: 2, runs: 100, slip: ["basic": 1, "strategic": 1]))
        #expect(
            always.byQuarter.values("p_meet_target_pct") == [.percent(100), .percent(100), .percent(0), .percent(0)])
        #expect(always.byQuarter.values("target_pct") == [.percent(10), .percent(20), .percent(60), .percent(80)])
    }

    @Test func resultTablesHaveTheDocumentedColumns() throws {
        let result = try MonteCarlo.run(plan, options: .init(fromQuarter: 0, runs: 100))
        #expect(
            result.byQuarter.columnNames == [
                "quarter", "mean_pct", "p10_pct", "p50_pct", "p90_pct", "target_pct", "p_meet_target_pct",
                "expected_pct",
            ])
        #expect(result.byQuarter.values("quarter") == [.int(1), .int(2), .int(3), .int(4)])
        #expect(
            result.byProject.columnNames == [
                "code", "name", "source", "budget", "expected_unspent", "p_fully_spent_pct",
            ])
        #expect(result.byProject.column("expected_unspent")!.type == .money)
    }

    @Test func badOptions() throws {
        let cases: [(SimulationOptions, String)] = [
            (.init(fromQuarter: 4), "quarter 4"), (.init(fromQuarter: -1), "quarter -1"),
            (.init(runs: 0), "runs"), (.init(runs: 1_000_001), "runs"),
            (.init(slip: ["basic": 1.5]), "between 0 and 1"), (.init(slip: ["strategic": -0.1]), "between 0 and 1"),
            (.init(slip: ["basic": .nan]), "between 0 and 1"), (.init(slip: ["capital": 0.2]), "unknown budget source"),
        ]
        for (options, text) in cases {
            let error = try #require(throws: Diagnostic.self) { try MonteCarlo.run(plan, options: options) }
            #expect(error.message.contains(text), "\(error.message)")
            #expect(error.thai?.isEmpty == false)
        }
    }

    @Test func stopsWhenAsked() throws {
        let error = try #require(throws: Diagnostic.self) {
            try MonteCarlo.run(plan, options: .init(runs: 100), shouldStop: { true })
        }
        #expect(error.message.contains("stopped"))
    }
}
