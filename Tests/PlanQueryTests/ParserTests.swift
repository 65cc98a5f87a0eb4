import PlanModel
import Testing

@testable import PlanQuery

@Suite struct ParserTests {
    func one(_ text: String) throws -> Statement {
        let parsed = try Parser.parse(text)
        try #require(parsed.count == 1)
        return parsed[0].statement
    }

    @Test func pipelineSteps() throws {
        let text = """
            disbursements
              | where date <= end_of(Q2) and kind in ("disbursement", "เบิกจ่าย")
              | derive paid = amount * 2
              | select project, paid, s = project.strategy.name
              | sort paid desc, project
              | take 5
              | group s | agg n = count(), total = sum(paid)
              | distinct
              | join strategies on s = name
              | chart bar total by s
            """
        guard case .query(let p) = try one(text) else {
            Issue.record()
            return
        }
        #expect(p.steps.count == 10)
        guard case .select(let items, _) = p.steps[2] else {
            Issue.record()
            return
        }
        #expect(items.map(\.name) == ["project", "paid", "s"])
        guard case .column(["project", "strategy", "name"], _) = items[2].expr else {
            Issue.record()
            return
        }
        guard case .sort(let keys, _) = p.steps[3] else {
            Issue.record()
            return
        }
        #expect(keys.map(\.descending) == [true, false])
        guard case .join("strategies", let on, _) = p.steps[8] else {
            Issue.record()
            return
        }
        #expect(on.count == 1 && on[0].left == ["s"] && on[0].right == "name")
        guard case .chart(.bar, _, _, _) = p.steps[9] else {
            Issue.record()
            return
        }
        guard case .export("x.csv", _) = try pipelineStep("projects | export \"x.csv\"") else {
            Issue.record()
            return
        }
    }

    func pipelineStep(_ text: String) throws -> Step {
        guard case .query(let p) = try one(text), let s = p.steps.last else {
            throw QueryError(SourceRange(0, 0), "", thai: "")
        }
        return s
    }

    @Test func expressionsAndPrecedence() throws {
        guard case .filter(let e, _) = try pipelineStep("t | where a = 1 or b > 2 and not c") else {
            Issue.record()
            return
        }
        guard case .binary(.or, _, .binary(.and, _, .unary(.not, _, _), _), _) = e else {
            Issue.record()
            return
        }
        guard case .filter(let m, _) = try pipelineStep("t | where x + 2 * 3 between 1 and 10") else {
            Issue.record()
            return
        }
        guard case .between(.binary(.add, _, .binary(.mul, _, _, _), _), _, _, negated: false, _) = m else {
            Issue.record()
            return
        }
        guard case .filter(let n, _) = try pipelineStep("t | where x not in (1, 2) and y is not null") else {
            Issue.record()
            return
        }
        guard case .binary(.and, .inList(_, let items, negated: true, _), .isNull(_, negated: true, _), _) = n,
            items.count == 2
        else {
            Issue.record()
            return
        }
        guard case .filter(.binary(.lt, _, .literal(.percent(let f), _), _), _) = try pipelineStep("t | where p < 52%")
        else {
            Issue.record()
            return
        }
        #expect(f == 52)
        guard case .select(let named, _) = try pipelineStep("t | select round(budget / 3, 2), `CROSS_FUNC?`") else {
            Issue.record()
            return
        }
        #expect(named.map(\.name) == ["round(budget / 3, 2)", "CROSS_FUNC?"])
    }

    @Test func windowsLineEndingsAndSmartQuotes() throws {
        let parsed = try Parser.parse("projects\r\n  | where name = \u{201C}อบรม\u{201D}\r\ntables\r\n")
        #expect(parsed.count == 2)
        guard case .query(let p) = parsed[0].statement,
            case .filter(.binary(.eq, _, .literal(.text("อบรม"), _), _), _) = p.steps[0]
        else {
            Issue.record()
            return
        }
    }

    @Test func groupAndSortAcceptSQLHabits() throws {
        guard case .query(let p) = try one("t | group by a, b | agg n = count() | sort by n") else {
            Issue.record()
            return
        }
        guard case .group(let keys, _) = p.steps[0] else {
            Issue.record()
            return
        }
        #expect(keys.map(\.name) == ["a", "b"])
        guard case .sort(let sortKeys, _) = p.steps[2] else {
            Issue.record()
            return
        }
        #expect(sortKeys.count == 1)
    }
}
