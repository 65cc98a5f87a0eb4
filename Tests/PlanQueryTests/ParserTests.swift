import PlanModel
import Testing

@testable import PlanQuery

@Suite struct ParserTests {
    func one(_ text: String) throws -> Statement {
        let parsed = try Parser.parse(text)
        try #require(parsed.count == 1)
        return parsed[0].statement
    }

    @Test func everyStatementForm() throws {
        guard case .loadBundle(let p) = try one("load \"Examples/mahasarakham3-fy2561\"") else {
            Issue.record()
            return
        }
        #expect(p == "Examples/mahasarakham3-fy2561")
        guard case .loadTable(let f, let format, let n) = try one("LOAD CSV \"a b.csv\" AS items") else {
            Issue.record()
            return
        }
        #expect(f == "a b.csv" && format == "csv" && n == "items")
        guard case .loadTable(_, "json", "j") = try one("load json \"x.json\" as j") else {
            Issue.record()
            return
        }
        guard case .tables = try one("tables") else {
            Issue.record()
            return
        }
        guard case .describe(let table) = try one("describe projects"), case .table("projects", _) = table.source,
            table.steps.isEmpty
        else {
            Issue.record()
            return
        }
        guard case .describe(let made) = try one("describe progress(Q2) | where gap_pct < 0"),
            case .function("progress", _, _) = made.source, made.steps.count == 1
        else {
            Issue.record()
            return
        }
        guard case .set(nil, nil) = try one("set") else {
            Issue.record()
            return
        }
        guard case .set("format", "markdown") = try one("set format markdown") else {
            Issue.record()
            return
        }
        guard case .set("rows", "50") = try one("set rows 50") else {
            Issue.record()
            return
        }
        guard case .help(nil) = try one("help") else {
            Issue.record()
            return
        }
        guard case .help("where") = try one("help WHERE") else {
            Issue.record()
            return
        }
        guard case .help("end_of") = try one("help end_of") else {
            Issue.record()
            return
        }
        guard case .saveSession("review.phaen") = try one("save session \"review.phaen\"") else {
            Issue.record()
            return
        }
        guard case .run("review.phaen") = try one("run \"review.phaen\"") else {
            Issue.record()
            return
        }
        guard case .report(2) = try one("report Q2") else {
            Issue.record()
            return
        }
        guard case .history = try one("history") else {
            Issue.record()
            return
        }
        guard case .tutorial(nil) = try one("tutorial") else {
            Issue.record()
            return
        }
        guard case .tutorial(3) = try one("tutorial 3") else {
            Issue.record()
            return
        }
        guard case .quit = try one("quit") else {
            Issue.record()
            return
        }
        guard case .quit = try one("Exit") else {
            Issue.record()
            return
        }
        guard case .assign("behind", let p2) = try one("let behind = progress(Q2) | where disbursed_pct < target_pct")
        else {
            Issue.record()
            return
        }
        guard case .function("progress", let args, _) = p2.source, args.count == 1 else {
            Issue.record()
            return
        }
        #expect(p2.steps.count == 1)
    }

    @Test func simulateOptions() throws {
        guard case .simulate(let o) = try one("simulate from Q2 runs 1000 seed 7 slip basic 0.1 strategic 30%")
        else {
            Issue.record()
            return
        }
        #expect(o.fromQuarter == 2 && o.runs == 1000 && o.seed == 7)
        #expect(o.slip == ["basic": 0.1, "strategic": 0.3])
        guard case .simulate(let d) = try one("simulate from Q3 slip กลยุทธ์ 0.5") else {
            Issue.record()
            return
        }
        #expect(d.runs == 1000 && d.seed == 1 && d.slip == ["strategic": 0.5])
    }

    @Test func allocate() throws {
        let text =
            "allocate 5,000,000 over units by students 40%, teachers 20%, schools 20%, distance_km 10%, passed_external 10%"
        guard case .allocate(let amount, "units", let weights) = try one(text) else {
            Issue.record()
            return
        }
        #expect(amount == Money(baht: 5_000_000))
        #expect(weights.map(\.column) == ["students", "teachers", "schools", "distance_km", "passed_external"])
        #expect(weights.map(\.percent) == [40, 20, 20, 10, 10])
        let e = #expect(throws: QueryError.self) {
            try Parser.parse("allocate 100 over units by students 40%, teachers 20%")
        }
        #expect(e?.message.contains("60%") == true)
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

    @Test func scriptsSplitOnNewlinesAndSemicolons() throws {
        let script = """
            -- a review
            tables
            --> strategies  3
            projects
              | take 1; describe projects

            help
            """
        let parsed = try Parser.parse(script)
        #expect(parsed.count == 4)
        let text = Array(script.utf8)
        let second = String(decoding: text[parsed[1].range.start..<parsed[1].range.end], as: UTF8.self)
        #expect(second == "projects\n  | take 1")
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
