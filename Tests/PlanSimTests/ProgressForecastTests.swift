import PlanModel
import Testing

@testable import PlanSim

@Suite struct ProgressForecastTests {
    let plan = TestPlans.mahasarakham

    func satang(_ v: Value) -> Int64? { if case .money(let m) = v { m.satang } else { nil } }

    @Test func theAmountNeededByTheNextQuarterRoundsUp() throws {
        let table = try Progress.byProject(plan, quarter: 2)
        let p2 = try #require(table.row("code", "P2"))
        // P2: 50,000.50 × 77% = 38,500.385 → 38,500.39 by 30 June, less 15,000.25 disbursed (the 20,000 is an
        // obligation).
        #expect(table.value("needed_by_next_quarter", p2) == money("23,500.14"))
        let after = try Progress.byProject(plan, quarter: 4)
        #expect(after.values("needed_by_next_quarter").allSatisfy { $0 == .null })
        let strategies = try Progress.byStrategy(plan, quarter: 2)
        let total = try #require(strategies.row("strategy", "total"))
        let budget = try #require(satang(strategies.value("budget", total)))
        let paid = try #require(satang(strategies.value("disbursed_to_date", total)))
        let required = (budget * 77 + 99) / 100
        #expect(satang(strategies.value("needed_by_next_quarter", total)) == max(0, required - paid))
    }

    @Test func earnedValueForecastsFollowTheirDefinitions() throws {
        let table = try Progress.byProject(plan, quarter: 3)
        var checked = 0
        for row in 0..<table.rowCount {
            guard let bac = satang(table.value("budget", row)), let ac = satang(table.value("ac", row)) else {
                continue
            }
            guard let ev = satang(table.value("ev", row)), ev > 0, let eac = satang(table.value("eac", row)) else {
                #expect(table.value("eac", row) == .null)
                continue
            }
            #expect(abs(Double(eac) - Double(bac) * Double(ac) / Double(ev)) <= 0.5)
            #expect(satang(table.value("etc", row)) == eac - ac)
            #expect(satang(table.value("vac", row)) == bac - eac)
            if bac != ac, case .float(let tcpi) = table.value("tcpi", row) {
                #expect(abs(tcpi - Double(bac - ev) / Double(bac - ac)) <= 0.005)
            }
            checked += 1
        }
        #expect(checked >= 1)
    }
}
