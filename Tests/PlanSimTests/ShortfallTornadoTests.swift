import PlanModel
import Testing

@testable import PlanSim

/// The tornado (`simulation_shortfall`): what the expected shortfall against the year-end target comes from.
@Suite struct ShortfallTornadoTests {
    let generated = TestPlans.synthetic(projects: 40, activitiesPerProject: 3)

    @Test func theTornadoSharesTheShortfallAgainstTheTargetByHand() throws {
        // Never slipping on its own, P1 leaves Q4's 25.00 unspent in the runs where the Q4 driver happens: those
        // runs end at 75% against the 96% target (21 points short), the others meet it. Both P1 and the driver
        // account for the whole expected shortfall, 21 points × the share of runs with the driver.
        let q4 = RiskDriver(name: "late Q4 funds", probability: 0.3, quarter: 4, touches: .everything)
        let result = try MonteCarlo.run(
            RiskDriverTests.oneProject, options: .init(runs: 50, slip: ["basic": 0], drivers: [q4]))
        guard case .percent(let fullySpent) = result.byProject.value("p_fully_spent_pct", 0) else {
            Issue.record("p_fully_spent_pct is not a percentage")
            return
        }
        let expected = 21 * (100 - fullySpent) / 100
        #expect(fullySpent > 0 && fullySpent < 100)
        #expect(abs(result.expectedShortfall - expected) < 1e-9)
        #expect(result.shortfall.values("kind") == [.text("driver"), .text("project")])
        let shown = Value.percent((expected * 100).rounded() / 100)
        #expect(result.shortfall.values("shortfall_pct") == [shown, shown])
    }

    @Test func aTargetOfTheWholeBudgetMakesEachProjectsPartItsExpectedUnspent() throws {
        // At 100% every satang left unspent is short of the target, so a project's part is its mean unspent
        // amount and the expected shortfall the plan's: both against the closed form, within 4 standard errors.
        var plan = generated
        plan.targets = [30, 52, 77, 100]
        let driver = RiskDriver(name: "late Q4 funds", probability: 0.4, quarter: 4, touches: .everything)
        let runs = 4_000
        let options = SimulationOptions(fromQuarter: 1, runs: runs, drivers: [driver])
        let result = try MonteCarlo.run(plan, options: options)
        let model = try MonteCarlo.model(plan, options: options).slip
        let budget = Double(model.yearEndBudget)
        let unspent = model.expectedUnspent()
        let expectedTotal = unspent.reduce(0, +) / budget * 100
        let spread = Double(model.due.reduce(0, +)) / budget * 100 / (2 * Double(runs).squareRoot())
        #expect(abs(result.expectedShortfall - expectedTotal) <= 4 * spread)
        let codes = PlanIndex.texts(plan["projects"]!, "code")
        var projects = 0
        for row in 0..<result.shortfall.rowCount where result.shortfall.value("kind", row) == .text("project") {
            guard case .text(let code) = result.shortfall.value("code", row),
                case .percent(let points) = result.shortfall.value("shortfall_pct", row),
                let p = codes.firstIndex(of: code)
            else { continue }
            let most = Double(model.due[model.itemStart[p] * 4..<model.itemStart[p + 1] * 4].reduce(0, +)) / budget
            #expect(abs(points - unspent[p] / budget * 100) <= 4 * most * 100 / (2 * Double(runs).squareRoot()) + 0.01)
            projects += 1
        }
        #expect(projects >= ShortfallSources.shown - 1)
        // The driver's part: the closed form's expected payments without it less those with it.
        let share = (model.withoutDriver(0).expectedPaidToDate()[3] - model.expectedPaidToDate()[3]) / budget * 100
        let row = try #require(result.shortfall.values("kind").firstIndex(of: .text("driver")))
        guard case .percent(let points) = result.shortfall.value("shortfall_pct", row) else {
            Issue.record("shortfall_pct is not a percentage")
            return
        }
        #expect(abs(points - share) <= 4 * spread + 0.01)
        let all = result.shortfall.values("shortfall_pct").map { v -> Double in
            if case .percent(let x) = v { x } else { .nan }
        }
        #expect(all.count == ShortfallSources.shown)
        #expect(all == all.sorted(by: >))
    }

    @Test func aTargetMetInEveryRunLeavesNoShortfall() throws {
        var plan = generated
        plan.targets = [0, 0, 0, 0]
        let result = try MonteCarlo.run(plan, options: .init(fromQuarter: 1, runs: 200))
        #expect(result.expectedShortfall == 0)
        #expect(result.shortfall.rowCount == 0)
    }
}
