import Foundation
import PlanData
import PlanModel
import Testing

/// Bundle v1.1's data: expense types on activities, targets by type, transfers and notes — read from the example,
/// written back unchanged, and each kind of broken row a located error that loads nothing.
@Suite struct BundleV11Tests {
    typealias Broken = BrokenBundleTests.Broken

    @Test func theExampleHasEachKindOfRow() throws {
        let plan = try BundleLoader.load(path: Support.example)
        #expect(plan.targetsByType == ["investment": [12, 40, 65, 87]])
        #expect(plan.target(quarter: 4, expenseType: "investment") == 87)
        #expect(plan.target(quarter: 4, expenseType: "operating") == 96)
        let activities = plan["activities"]!
        let types = Set((0..<activities.rowCount).compactMap { Support.text(activities, "expense_type", $0) })
        #expect(types == ["personnel", "operating", "investment", "subsidy", "other"])
        #expect(
            Support.satang(activities, "budget") { Support.text(activities, "expense_type", $0) == "investment" }
                == 73_320_000)
        let transfers = plan["transfers"]!
        #expect(transfers.rowCount == 4)
        #expect(Support.satang(transfers, "amount") == 32_500_000)
        #expect(Support.text(transfers, "from", 0) == "P16" && Support.text(transfers, "to", 0) == "reserve")
        let notes = plan["notes"]!
        #expect(notes.rowCount == 5)
        #expect(Support.text(notes, "problems", 0) == "ผู้ขายส่งมอบชุดทดลองล่าช้ากว่าสัญญา")
    }

    @Test func englishExpenseTypesAndTargetsByThaiNameAreAccepted() throws {
        let folder = try Support.copyOfExample()
        var lines = try Support.read(folder + "/activities.csv").components(separatedBy: "\n")
        lines[1] = lines[1].replacingOccurrences(of: "งบดำเนินงาน", with: "investment")
        try Support.write(lines.joined(separator: "\n"), to: folder + "/activities.csv")
        let header = try Support.read(folder + "/plan.json").replacingOccurrences(of: "งบลงทุน", with: "investment")
        try Support.write(header.replacingOccurrences(of: "12,", with: "10,"), to: folder + "/plan.json")
        let plan = try BundleLoader.load(path: folder)
        #expect(Support.text(plan["activities"]!, "expense_type", 0) == "investment")
        #expect(plan.targetsByType["investment"] == [10, 40, 65, 87])
    }

    @Test func writerRoundTripsTheNewData() throws {
        let plan = try BundleLoader.load(path: Support.example)
        let folder = try Support.temporaryFolder()
        try BundleWriter.write(plan, to: folder)
        let again = try BundleLoader.load(path: folder)
        Support.expectSame(plan, again)
        #expect(again.targetsByType == plan.targetsByType)
    }

    @Test func unknownProjectInATransfer() throws {
        let b = try Broken("transfers.csv") { BrokenBundleTests.setCell(&$0, line: 4, field: 2, to: "P99") }
        BrokenBundleTests.expectOnly(
            b.diagnostics, file: b.path("transfers.csv"), line: 4, column: 16,
            "unknown to `P99`: name a project code of \(b.path("projects.csv")) or `reserve`")
    }

    @Test func negativeTransfer() throws {
        let b = try Broken("transfers.csv") { BrokenBundleTests.setCell(&$0, line: 5, field: 3, to: "-25000.00") }
        BrokenBundleTests.expectOnly(
            b.diagnostics, file: b.path("transfers.csv"), line: 5, column: 24,
            "the amount -25,000.00 is not above zero")
    }

    @Test func transferLargerThanTheBudgetLeft() throws {
        // P09's budget is 310,000.00; a first transfer of 300,000.00 leaves 10,000.00 for the second (30,000.00).
        let b = try Broken("transfers.csv") {
            $0.insert("2561-03-01,P09,reserve,300000.00,", at: 3)
        }
        BrokenBundleTests.expectOnly(
            b.diagnostics, file: b.path("transfers.csv"), line: 5, column: 20,
            "the transfer of 30,000.00 is more than the 10,000.00 left in project `P09` on that date")
    }

    @Test func noteForQuarterFive() throws {
        let b = try Broken("notes.csv") { BrokenBundleTests.setCell(&$0, line: 3, field: 1, to: "5") }
        BrokenBundleTests.expectOnly(
            b.diagnostics, file: b.path("notes.csv"), line: 3, column: 5, "quarter 5 is not 1, 2, 3 or 4")
    }

    @Test func noteForAnUnknownProject() throws {
        let b = try Broken("notes.csv") { BrokenBundleTests.setCell(&$0, line: 2, field: 0, to: "P77") }
        BrokenBundleTests.expectOnly(
            b.diagnostics, file: b.path("notes.csv"), line: 2, column: 1,
            "unknown project `P77`: no such code in \(b.path("projects.csv"))")
    }

    @Test func unknownExpenseTypeAndBadTypeTargets() throws {
        let b = try Broken("activities.csv") { $0[1] = $0[1].replacingOccurrences(of: "งบดำเนินงาน", with: "งบกลาง") }
        #expect(b.diagnostics.first?.message.hasPrefix("unknown expense_type `งบกลาง`") == true)
        let c = try Broken("plan.json") { $0 = $0.map { $0.replacingOccurrences(of: "87", with: "20") } }
        #expect(
            c.diagnostics.map(\.message) == [
                "the targets of `งบลงทุน` must be 4 cumulative percentages, e.g. [30, 52, 77, 87]"
            ])
    }
}
