import PlanModel
import PlanQuery
import Testing

@testable import Workbench

@Suite struct ScenarioParserTests {
    func one(_ text: String) throws -> Statement {
        let parsed = try Parser.parse(text, grammar: StatementRegistry.grammar)
        #expect(parsed.count == 1)
        return parsed[0].statement
    }

    func failure(_ text: String) -> QueryError? {
        do {
            _ = try Parser.parse(text, grammar: StatementRegistry.grammar)
            return nil
        } catch {
            return error
        }
    }

    @Test func aScenarioWithEveryKindOfChange() throws {
        let text =
            "scenario late2 = late + delay P11 1 quarter, cut strategy S2 12.5%, raise P4 1,000.50, "
            + "shift 5000 from Q2 to Q3 in P11, transfer 100 from P1 to \"P-2\", slip strategic 30%, "
            + "driver \"late release of Q3 funds\" 30% delays strategic Q3"
        guard case .command(let c as DefineScenario) = try one(text) else {
            Issue.record()
            return
        }
        let s = c.syntax
        #expect(s.name == "late2" && s.base == "late" && s.changes.count == 7)
        guard case .delay(let t, 1) = s.changes[0].kind, t.code == "P11", t.kind == nil else {
            Issue.record("\(s.changes[0].kind)")
            return
        }
        guard case .cut(let c, .percent("12.5")) = s.changes[1].kind, c.kind == "strategy", c.code == "S2" else {
            Issue.record("\(s.changes[1].kind)")
            return
        }
        guard case .raise(_, .money(let m)) = s.changes[2].kind else { return }
        #expect(m == Money.parse("1,000.50"))
        guard case .shift(_, 2, 3, let within) = s.changes[3].kind else { return }
        #expect(within.code == "P11")
        guard case .transfer(_, _, let to) = s.changes[4].kind else { return }
        #expect(to.code == "P-2")
        guard case .driver(let name, 0.3, 3, let touches) = s.changes[6].kind else { return }
        #expect(name == "late release of Q3 funds" && touches.code == "strategic")
        #expect(String(text.utf8.dropFirst(s.changes[0].range.start).prefix(19))! == "delay P11 1 quarter")
    }

    @Test func inAScenarioAfterQueriesReportsAndSimulations() throws {
        guard case .command(let q as ScenarioSuffix) = try one("projects | where budget in (1, 2) in late"),
            case .query(let p) = q.inner
        else {
            Issue.record()
            return
        }
        #expect(q.name == "late" && p.steps.count == 1)
        guard case .command(let s as ScenarioSuffix) = try one("simulate from Q2 slip P11 100% in late"),
            case .command(let simulate as Simulate) = s.inner
        else {
            Issue.record()
            return
        }
        #expect(simulate.slip.map(\.name) == ["P11"] && simulate.slip.map(\.probability) == [1])
        guard case .command(let r as ScenarioSuffix) = try one("report Q2 in late"), case .command = r.inner else {
            Issue.record()
            return
        }
        guard case .command(let c as CompareScenarios) = try one("compare baseline, late on progress(Q4)") else {
            Issue.record()
            return
        }
        #expect(c.names.map(\.0) == ["baseline", "late"])
        guard case .command(let u as UseScenario) = try one("use late") else {
            Issue.record()
            return
        }
        #expect(u.name == "late")
    }

    @Test func badScenariosAreLocated() {
        let cases: [(String, Int, String)] = [
            ("scenario x = delay P11 4 quarters", 23, "passes Q4"),
            ("scenario x = cut S2 100.5%", 20, "more than the whole budget"),
            ("scenario x = slip P11 101%", 22, "a probability must be from 0 to 1"),
            ("scenario x = x + cut S2 1%", 13, "cannot build on itself"),
            ("scenario baseline = cut S2 1%", 9, "`baseline` is the plan as loaded"),
            ("scenario x = postpone P11 1", 13, "expected a change"),
            ("compare late on progress(Q4)", 13, "another scenario"),
        ]
        for (text, start, message) in cases {
            let e = failure(text)
            #expect(e?.range?.start == start, "\(text): \(String(describing: e))")
            #expect(e?.message.contains(message) == true, "\(text): \(String(describing: e?.message))")
        }
        #expect(failure("scenario x = postpone P11 1")?.suggestion?.contains("`delay`") == true)
    }
}
