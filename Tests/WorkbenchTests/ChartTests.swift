import Foundation
import Testing

@testable import Workbench

/// Charts as a user sees them in the shell.
@Suite struct ChartTests {
    /// A session with a small table `t` of labels and amounts, some of them negative.
    static func session(_ csv: String) throws -> SessionHarness {
        let path = NSTemporaryDirectory() + "phaen-chart-" + UUID().uuidString + ".csv"
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let h = SessionHarness()
        #expect(h.run("load csv \"\(path)\" as t").0 == .succeeded, "\(h.errors)")
        return h
    }

    @Test func negativeBarsGoLeftOfTheAxisInAnotherBlock() throws {
        let h = try Self.session("code,d\nP1,300.00\nP2,-100.00\nP3,0.00\n")
        let (outcome, text) = h.run("t | chart bar d by code")
        #expect(outcome == .succeeded)
        #expect(
            text == """
                P1           │██████████████████████████████ 300.00
                P2 ░░░░░░░░░░│ -100.00
                P3           │ 0.00
                """)
    }

    @Test func barsWithoutNegativesStartAtTheAxis() throws {
        let h = try Self.session("code,n\nA,4\nB,2\n")
        #expect(
            h.run("t | chart bar n by code").1 == """
                A │████████████████████████████████████████ 4
                B │████████████████████ 2
                """)
    }

    /// 40 columns span 0–80%: a target of 50% sits at column 25, over a bar that passes it or beyond one that
    /// falls short; each row has its own target, and a line under the chart names the mark.
    @Test func aPercentageBarMarksEachRowsTarget() throws {
        let h = try Self.session("code,disbursed_pct,target_pct\nP1,80.0,50.0\nP2,20.0,50.0\nP3,40.0,20.0\n")
        #expect(
            h.run("t | chart bar disbursed_pct by code").1 == """
                P1 │████████████████████████┃███████████████ 80.00
                P2 │██████████              ┃ 20.00
                P3 │█████████┃██████████ 40.00
                   ┃ target_pct
                """)
        #expect(!h.run("t | chart bar target_pct by code").1.contains("┃"), "no mark on the target itself")
    }

    @Test func aLineChartJoinsPointsAcrossTheRange() throws {
        let h = try Self.session("q,v\nQ1,0\nQ2,40\nQ3,20\nQ4,20\n")
        let (outcome, text) = h.run("t | chart line v by q")
        #expect(outcome == .succeeded)
        let blank = { (n: Int) in String(repeating: " ", count: n) }
        let dash = { (n: Int) in String(repeating: "─", count: n) }
        #expect(
            text.components(separatedBy: "\n") == [
                "Q1 │●" + blank(40) + " 0",
                "Q2 │╰" + dash(39) + "● 40",
                "Q3 │" + blank(20) + "●" + dash(19) + "╯ 20",
                "Q4 │" + blank(20) + "●" + blank(20) + " 20",
            ])
        #expect(text != h.run("t | chart bar v by q").1, "a line chart is not a bar chart")
    }
}
