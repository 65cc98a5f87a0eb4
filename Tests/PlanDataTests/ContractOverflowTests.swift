import Foundation
import PlanData
import PlanModel
import Testing

/// The contract's sums never wrap round: amounts whose sum is past the largest amount are a located load error,
/// not a clean load whose wrapped total happens to match (or a negative sum in a message).
@Suite struct ContractOverflowTests {
    typealias Broken = BrokenBundleTests.Broken
    static let largest = "92233720368547758.07"

    @Test func activitiesThatWrapRoundToTheProjectsBudgetAreAnError() throws {
        var line = 0
        var column = 0
        let b = try Broken("activities.csv") { lines in
            if lines.last == "" { lines.removeLast() }
            lines += ["P01-X1,P01,ก,\(Self.largest),,,,", "P01-X2,P01,ข,\(Self.largest),,,,", "P01-X3,P01,ค,0.02,,,,"]
            line = lines.count - 2
            column = BrokenBundleTests.setCell(&lines, line: line, field: 3, to: Self.largest)
        }
        BrokenBundleTests.expectOnly(
            b.diagnostics, file: b.path("activities.csv"), line: line, column: column,
            "the project's activities up to this one add up to more than the largest amount, \(Money(satang: .max))")
    }

    @Test func quarterlyPlansThatWrapRoundToTheBudgetAreAnError() throws {
        var column = 0
        let b = try Broken("projects.csv") { lines in
            BrokenBundleTests.setCell(&lines, line: 2, field: 6, to: Self.largest)
            column = BrokenBundleTests.setCell(&lines, line: 2, field: 7, to: Self.largest)
            BrokenBundleTests.setCell(&lines, line: 2, field: 8, to: "0.02")
            BrokenBundleTests.setCell(&lines, line: 2, field: 9, to: "180000.00")
        }
        BrokenBundleTests.expectOnly(
            b.diagnostics, file: b.path("projects.csv"), line: 2, column: column,
            "plan_q1..plan_q2 add up to more than the largest amount, \(Money(satang: .max))")
    }
}
