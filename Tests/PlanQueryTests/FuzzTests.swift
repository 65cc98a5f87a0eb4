import PlanModel
import Testing

@testable import PlanQuery

/// No input may crash: random, mutated and generated statements each give a result or a QueryError. A trap
/// would end the test process, so reaching the end is the assertion; the counts check the inputs reach the
/// evaluator and not only the parser.
@Suite struct FuzzTests {
    /// Seeded draws, so every run tries the same inputs.
    struct Random {
        var generator: SplitMix64
        init(state: UInt64) { generator = SplitMix64(seed: state) }
        mutating func int(_ n: Int) -> Int { Int(generator.next() % UInt64(max(1, n))) }
        mutating func pick<T>(_ xs: [T]) -> T { xs[int(xs.count)] }
    }

    static let seeds = [
        "projects | where strategy = \"S2\" and budget >= 100_000 | sort budget desc | take 5",
        "projects | group strategy | agg n = count(), total = sum(budget), p = share(budget)",
        "disbursements | where date <= end_of(Q2) | group project.strategy | agg paid = sum(amount)",
        "let behind = progress(Q2) | where disbursed_pct < target_pct",
        "projects | select code, h = round(budget / 3, 2), s = coalesce(status, \"-\") | distinct",
        "disbursements | join projects on project = code | derive r = amount / budget | chart bar r by code",
        "simulate from Q2 runs 1000 seed 7 slip basic 0.1 strategic 30%",
        "allocate 5,000,000 over units by students 40%, teachers 60%",
        "load csv \"a.csv\" as items; describe items; set format json; help where",
        "projects | where name contains \"อบรม\" or budget between 1 and 2,000 | export \"x.csv\"",
    ]

    static let fragments = [
        "projects", "disbursements", "strategies", "activities", "progress(Q2)", "|", "where", "select", "derive",
        "sort", "take", "group", "agg", "distinct", "join", "chart bar", "export", "on", "by", "desc", "=", "!=", "<",
        ">=", "+", "-", "*", "/", "%", "(", ")", ",", ".", ";", "\n", "and", "or", "not", "in", "between", "is null",
        "contains", "budget", "amount", "date", "code", "name", "strategy", "project.strategy", "project.strategy.name",
        "status", "plan_q1", "count()", "sum(", "avg(", "min(", "max(", "share(", "round(", "abs(", "coalesce(",
        "year(", "quarter(", "end_of(", "start_of(", "days_between(", "lower(", "length(", "Q2", "Q5", "0", "-1", "3",
        "1_000", "1,000,000", "2.5", "52%", "2561-03-31", "2018-02-30", "9223372036854775807", "\"S2\"", "\"อบรม\"",
        "\"", "`", "`odd name`", "null", "true", "--", "-->", "let x =", "load", "help", "set", "simulate from",
        "allocate", "over", "ก่", "ํ", "\u{301}", "\u{0}", "😀", " ",
    ]

    /// One statement from the grammar, with random (often wrong) names and types.
    static func generated(_ r: inout Random) -> String {
        let columns = [
            "budget", "amount", "date", "code", "name", "strategy", "status", "plan_q1", "project",
            "project.strategy", "project.strategy.name", "kind", "nosuch", "n", "total",
        ]
        func expr(_ depth: Int) -> String {
            if depth > 2 || r.int(3) == 0 {
                return r.pick(
                    columns + [
                        "1", "0", "2.5", "10%", "\"S1\"", "2561-01-01", "Q3", "null", "-7",
                        "9223372036854775807",
                    ])
            }
            switch r.int(6) {
            case 0: return "\(expr(depth + 1)) \(r.pick(["+", "-", "*", "/", "%"])) \(expr(depth + 1))"
            case 1: return "\(expr(depth + 1)) \(r.pick(["=", "!=", "<", ">=", "contains"])) \(expr(depth + 1))"
            case 2: return "\(expr(depth + 1)) \(r.pick(["and", "or"])) not \(expr(depth + 1))"
            case 3:
                let f = r.pick(Vocabulary.scalars + ["sum", "count"])
                return "\(f)(\((0..<r.int(3)).map { _ in expr(depth + 1) }.joined(separator: ", ")))"
            case 4: return "\(expr(depth + 1)) between \(expr(depth + 1)) and \(expr(depth + 1))"
            default: return "\(expr(depth + 1)) \(r.pick(["in (\"S1\", 2)", "is null", "is not null"]))"
            }
        }
        var text = r.pick(["projects", "disbursements", "strategies", "activities", "progress(Q\(r.int(5)))"])
        for _ in 0..<r.int(5) {
            switch r.int(11) {
            case 0: text += " | where \(expr(0))"
            case 1: text += " | select \(r.pick(columns)), x = \(expr(0))"
            case 2: text += " | derive y = \(expr(0))"
            case 3: text += " | sort \(expr(0)) \(r.pick(["", "desc"]))"
            case 4: text += " | take \(r.int(4))"
            case 5:
                text +=
                    " | group \(r.pick(columns)) | agg n = count(), t = \(r.pick(["sum", "avg", "min", "max", "share"]))(\(expr(1)))"
            case 6: text += " | agg t = \(r.pick(["sum", "max"]))(\(expr(1))) \(r.pick(["", "* 2", "/ count()"]))"
            case 7: text += " | distinct"
            case 8:
                text +=
                    " | join \(r.pick(["strategies", "projects", "units"]))\(r.pick(["", " on project = code", " on code = code"]))"
            case 9: text += " | chart bar \(expr(1)) by \(r.pick(columns))"
            default: text += " | export \"f.csv\""
            }
        }
        return text
    }

    static func mutated(_ r: inout Random) -> String {
        var scalars = Array(r.pick(seeds).unicodeScalars)
        for _ in 0...r.int(4) {
            let at = r.int(scalars.count + 1)
            switch r.int(3) {
            case 0 where !scalars.isEmpty: scalars.remove(at: min(at, scalars.count - 1))
            case 1: scalars.insert(contentsOf: r.pick(fragments).unicodeScalars, at: at)
            default:
                if at < scalars.count { scalars[at] = r.pick(Array("|()\"`,.;%-0Q9ก่ \n".unicodeScalars)) }
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    static func random(_ r: inout Random) -> String {
        (0..<r.int(12)).map { _ in r.pick(fragments) }.joined(separator: r.pick([" ", "", " "]))
    }

    /// Parses, runs every pipeline, renders any error's diagnostic, and asks for completions and continuation.
    static func exercise(_ text: String, _ catalog: TestCatalog) -> (ran: Int, failed: Int) {
        var ran = 0
        var failed = 0
        _ = StatementSplitter.isComplete(text)
        _ = Completer.complete(text, catalog: catalog)
        let scalars = Array(text.unicodeScalars)
        for cut in [scalars.count / 3, scalars.count / 2, scalars.count * 4 / 5] {
            _ = Completer.complete(String(String.UnicodeScalarView(scalars[..<cut])), catalog: catalog)
        }
        do {
            for statement in try Parser.parse(text) {
                guard case .query(let p) = statement.statement else { continue }
                do {
                    _ = try Evaluator.run(p, in: catalog)
                    ran += 1
                } catch {
                    _ = error.diagnostic(in: text, file: nil)
                    failed += 1
                }
            }
        } catch {
            _ = error.diagnostic(in: text, file: "fuzz", lineOffset: 3)
            failed += 1
        }
        return (ran, failed)
    }

    @Test(arguments: [1, 2, 3])
    func randomMutatedAndGeneratedStatements(seed: UInt64) {
        var r = Random(state: seed)
        let catalog = TestPlan.catalog
        var ran = 0
        var failed = 0
        for k in 0..<3000 {
            let text = k % 3 == 0 ? FuzzTests.random(&r) : k % 3 == 1 ? FuzzTests.mutated(&r) : FuzzTests.generated(&r)
            let (a, b) = FuzzTests.exercise(text, catalog)
            ran += a
            failed += b
        }
        #expect(ran > 200)
        #expect(failed > 300)
    }
}

/// Input built to exhaust the stack is an error, not a crash.
@Suite struct DeepInputTests {
    static func deep(_ shape: String) -> String {
        switch shape {
        case "brackets": String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        case "signs": String(repeating: "- ", count: 5000) + "1"
        case "nots": String(repeating: "not ", count: 5000) + "true"
        case "sum": Array(repeating: "1", count: 5000).joined(separator: " + ")
        case "ands": Array(repeating: "true", count: 5000).joined(separator: " and ")
        default: String(repeating: "abs(", count: 3000) + "1" + String(repeating: ")", count: 3000)
        }
    }

    @Test(arguments: ["brackets", "signs", "nots", "sum", "ands", "calls"])
    func tooDeepIsAnError(shape: String) throws {
        let e = try #require(TestPlan.error("projects | select x = " + DeepInputTests.deep(shape)))
        #expect(e.message == "this expression is nested too deeply")
    }

    @Test func deepButReasonableStillWorks() throws {
        let sum = Array(repeating: "1", count: 100).joined(separator: " + ")
        let r = try TestPlan.run(
            "projects | take 1 | select x = " + String(repeating: "(", count: 20) + sum
                + String(repeating: ")", count: 20))
        #expect(TestPlan.values(r, "x") == [.int(100)])
    }
}
