import Foundation
import PlanData
import PlanModel
import Testing

@testable import PlanSim

@Suite struct ScenarioTests {
    let plan = TestPlans.mahasarakham

    func apply(_ changes: ScenarioChange...) throws -> Plan { try AppliedScenario.apply(changes, to: plan).plan }

    func plans(_ plan: Plan, _ table: String, _ code: String) -> [Value] {
        let t = plan[table]!
        let row = t.row("code", code)!
        return ["budget", "plan_q1", "plan_q2", "plan_q3", "plan_q4"].map { t.value($0, row) }
    }

    func percent(_ text: String) -> ScenarioAmount { .proportion(Proportion(percentText: text)!) }

    @Test func delayMovesPlannedAmountsLaterAndKeepsTheBudget() throws {
        let delayed = try apply(.delay(.project("P2"), quarters: 1))
        #expect(
            plans(delayed, "projects", "P2") == [
                money("50,000.50"), money("0"), money("0"), money("20,000"), money("30,000.50"),
            ])
        let twice = try apply(.delay(.project("P1"), quarters: 2))
        #expect(
            plans(twice, "activities", "A1") == [
                money("30,000"), money("0"), money("0"), money("20,000"), money("10,000"),
            ])
        // A2 has no plan_q*: its even spread of 17,500 a quarter moves, the last three piling into Q4.
        #expect(
            plans(twice, "activities", "A2") == [
                money("70,000"), money("0"), money("0"), money("17,500"), money("52,500"),
            ])
        #expect(
            plans(twice, "projects", "P1") == [
                money("100,000"), money("0"), money("0"), money("37,500"), money("62,500"),
            ])
    }

    @Test func aDelayOfAStrategyMovesEachOfItsProjects() throws {
        let delayed = try apply(.delay(.strategy("S1"), quarters: 3))
        #expect(
            plans(delayed, "projects", "P4") == [
                money("20,000.01"), money("0"), money("0"), money("0"), money("20,000.01"),
            ])
        #expect(plans(delayed, "projects", "P1") == plans(plan, "projects", "P1"))
    }

    @Test func aCutIsSpreadOverWhatIsNotYetDisbursedAndOverQuartersExactly() throws {
        // A1 has disbursed its whole 30,000 (25,000 + 5,000): money paid cannot be cut, so all of P1's 10%
        // (10,000) comes from A2, which has 70,000 − 19,999 left, spread over its even 17,500 a quarter.
        let cut = try apply(.cut(.project("P1"), percent("10")))
        #expect(plans(cut, "activities", "A1") == plans(plan, "activities", "A1"))
        #expect(
            plans(cut, "activities", "A2") == [
                money("60,000"), money("15,000"), money("15,000"), money("15,000"), money("15,000"),
            ])
        #expect(plans(cut, "projects", "P1")[0] == money("90,000"))
    }

    @Test func aCutOfMoreThanIsLeftToDisburseIsRefusedWithWhatIsLeft() throws {
        // P1 has 100,000 of budget and 49,999 disbursed to its activities: 50,001 is left to cut.
        #expect {
            try AppliedScenario.apply([.cut(.project("P1"), .money(Money.parse("50,001.01")!))], to: plan)
        } throws: { error in
            guard let error = error as? ScenarioChangeError else { return false }
            return error.changeIndex == 0
                && error.diagnostic.message
                    == "cannot take 50,001.01 from project P1: it has already disbursed 49,999.00, and only"
                    + " 50,001.00 of its budget is left to cut"
                && error.diagnostic.suggestion == "take at most 50,001.00 from it (ลดได้ไม่เกิน 50,001.00)"
        }
        let all = try AppliedScenario.apply([.cut(.project("P1"), .money(Money.parse("50,001")!))], to: plan).plan
        #expect(plans(all, "activities", "A2")[0] == money("19,999"))
    }

    @Test func aStrategyCutRoundsHalfToEvenAndKeepsEverySumExact() throws {
        // S1 = P2 50,000.50 + P3 30,000 + P4 20,000.01 = 100,000.51; 10% = 10,000.051 → 10,000.05.
        let cut = try apply(.cut(.strategy("S1"), percent("10")))
        let rows = ["P2", "P3", "P4"].map { plans(cut, "projects", $0) }
        let budgets = rows.map { row -> Int64 in if case .money(let m) = row[0] { m.satang } else { -1 } }
        #expect(budgets.reduce(0, +) == 9_000_046)
        for row in rows {
            let quarters = row.dropFirst().map { v -> Int64 in if case .money(let m) = v { m.satang } else { 0 } }
            #expect(
                quarters.reduce(0, +)
                    == (row[0] == .null ? -1 : { if case .money(let m) = row[0] { m.satang } else { -1 } }()))
        }
        #expect(plans(cut, "projects", "P1") == plans(plan, "projects", "P1"))
    }

    @Test func raiseByAnAmountAndATransferBetweenProjects() throws {
        let raised = try apply(.raise(.project("P4"), .money(Money.parse("4,000")!)))
        #expect(
            plans(raised, "projects", "P4") == [
                money("24,000.01"), money("6,000"), money("6,000"), money("6,000"), money("6,000.01"),
            ])
        let moved = try apply(.transfer(Money.parse("10,000.50")!, from: .project("P2"), to: .project("P4")))
        #expect(
            plans(moved, "projects", "P2") == [
                money("40,000"), money("0"), money("15,999.84"), money("15,999.84"), money("8,000.32"),
            ])
        #expect(plans(moved, "projects", "P4")[0] == money("30,000.51"))
    }

    @Test func shiftBetweenQuarters() throws {
        let shifted = try apply(.shift(Money.parse("5,000")!, from: 2, to: 4, within: .project("P2")))
        #expect(
            plans(shifted, "projects", "P2") == [
                money("50,000.50"), money("0"), money("15,000"), money("20,000"), money("15,000.50"),
            ])
    }

    /// The index of the change that `changes` fail on and the message, or nil when they apply.
    func failure(_ changes: ScenarioChange...) -> (Int, String)? {
        do {
            _ = try AppliedScenario.apply(changes, to: plan)
            return nil
        } catch let error as ScenarioChangeError {
            return (error.changeIndex, error.diagnostic.message)
        } catch {
            return (-1, "\(error)")
        }
    }

    @Test func slipsAndDriversNameOnlyWhatThePlanHas() throws {
        func driver(_ touches: ScenarioTarget) -> ScenarioChange {
            .driver(RiskDriver(name: "late", probability: 0.3, quarter: 3, touches: touches))
        }
        #expect(
            failure(.slip(.project("P4"), probability: 0.5), driver(.strategy("S2")), driver(.source("basic"))) == nil)
        #expect(failure(.slip(.project("P5"), probability: 0.5)).map { $0.1 } == "the plan has no project P5")
        #expect(failure(driver(.strategy("S1")), driver(.strategy("S3")))?.0 == 1)
        #expect(failure(driver(.strategy("S3")))?.1 == "the plan has no strategy S3")
        #expect(failure(.slip(.source("capital"), probability: 0.5))?.1 == "the plan has no source capital")
        #expect(failure(driver(.everything)) == nil)
    }

    @Test func badChangesAreRefusedNamingTheChange() throws {
        #expect(failure(.delay(.project("P2"), quarters: 4))?.1.contains("passes Q4") == true)
        #expect(failure(.delay(.project("P2"), quarters: 1), .cut(.project("P2"), percent("101")))?.0 == 1)
        #expect(failure(.cut(.project("P2"), percent("101")))?.1.contains("more than the whole budget") == true)
        #expect(failure(.cut(.project("P9"), percent("1")))?.1 == "the plan has no project P9")
        #expect(
            failure(.cut(.project("P4"), .money(Money.parse("20,000.02")!)))?.1.contains("its budget is 20,000.01")
                == true)
        #expect(
            failure(.shift(Money.parse("20,000.01")!, from: 2, to: 3, within: .project("P2")))?.1
                == "cannot shift 20,000.01 out of Q2: project P2 plans only 20,000.00 in Q2")
        #expect(failure(.slip(.project("P2"), probability: 1.5))?.1.contains("from 0% to 100%") == true)
        #expect(failure(.slip(.activity("A1"), probability: 0.5))?.1.contains("not for activity A1") == true)
    }

    @Test func theLoadedPlanIsUnchangedByteForByte() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("phaen-scenario-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func written(_ plan: Plan, _ name: String) throws -> [String: Data] {
            let path = folder + "/" + name
            try BundleWriter.write(plan, to: path)
            var out: [String: Data] = [:]
            for file in try FileManager.default.contentsOfDirectory(atPath: path) {
                out[file] = FileManager.default.contents(atPath: path + "/" + file)
            }
            return out
        }
        let before = try written(plan, "before")
        let changed = try AppliedScenario.apply(
            [
                .delay(.strategy("S1"), quarters: 1), .cut(.project("P1"), percent("12.5")),
                .transfer(Money.parse("1,000")!, from: .activity("A2"), to: .project("P2")),
                .shift(Money.parse("100")!, from: 3, to: 1, within: .everything),
            ], to: plan)
        let after = try written(plan, "after")
        #expect(before == after)
        #expect(try written(changed.plan, "changed") != before)
    }

    @Test func scenariosBuildOnEachOtherAndNeverOnThemselves() throws {
        var book = ScenarioBook()
        book = try book.defining(
            ScenarioDefinition(
                name: "late", base: nil, changes: [.delay(.project("P2"), quarters: 1)], texts: ["delay P2 1 quarter"]))
        book = try book.defining(
            ScenarioDefinition(
                name: "late2", base: "late", changes: [.cut(.strategy("S2"), percent("10"))], texts: ["cut S2 10%"]))
        #expect(
            try book.changes(of: "late2") == [
                .delay(.project("P2"), quarters: 1), .cut(.strategy("S2"), percent("10")),
            ])
        #expect(try book.changes(of: "baseline") == [])
        #expect(throws: Diagnostic.self) {
            try book.defining(ScenarioDefinition(name: "late", base: "late", changes: [], texts: []))
        }
        #expect(throws: Diagnostic.self) {
            try book.defining(ScenarioDefinition(name: "late", base: "late2", changes: [], texts: []))
        }
        #expect(throws: Diagnostic.self) {
            try book.defining(ScenarioDefinition(name: "x", base: "nope", changes: [], texts: []))
        }
        #expect(throws: Diagnostic.self) {
            try book.defining(ScenarioDefinition(name: "baseline", base: nil, changes: [], texts: []))
        }
    }

    @Test func exactSplitKeepsTheTotal() {
        #expect(ExactSplit.spread(100, over: [1, 1, 1]) == [33, 34, 33])
        #expect(ExactSplit.spread(-7, over: [2, 3]) == [-3, -4])
        #expect(ExactSplit.scaled(Int64.max, by: 3, over: 2) == nil)
        #expect(ExactSplit.scaled(900_000_000_000_000_000, by: 125, over: 1000) == 112_500_000_000_000_000)
        #expect(ExactSplit.scaled(5, by: 1, over: 2) == 2)
        #expect(ExactSplit.scaled(7, by: 1, over: 2) == 4)
    }
}
