import PlanModel
import Testing

@testable import PlanQuery

/// `select *`: every column not named elsewhere in the list, in the input's order.
@Suite struct SelectAllTests {
    func names(_ s: String) throws -> [String] { try TestPlan.run(s).table.columnNames }

    @Test func keepsAllColumnsWithExtras() throws {
        let all = try names("projects")
        #expect(try names("projects | select *") == all)
        #expect(try names("projects | select *, half = budget / 2") == all + ["half"])
        let r = try TestPlan.run("projects | where code = \"P01\" | select *, half = budget / 2")
        #expect(TestPlan.values(r, "half") == [TestPlan.money("75000.00")])
        #expect(TestPlan.values(r, "budget") == [TestPlan.money("150000.00")])
    }

    @Test func namedColumnsMoveAndTheRestKeepTheirOrder() throws {
        let all = try names("projects")
        let rest = all.filter { $0 != "budget" && $0 != "code" }
        #expect(try names("projects | select budget, code, *") == ["budget", "code"] + rest)
        #expect(try names("projects | select *, budget = budget / 1000") == all.filter { $0 != "budget" } + ["budget"])
    }

    @Test func linksSurviveAndJoinedNamesWork() throws {
        let r = try TestPlan.run("disbursements | select * | select project.strategy")
        #expect(r.table.columnNames == ["strategy"])
        // A column moved under another name is not repeated; the item's name wins over the input's `name`.
        let joined = try names("projects | join strategies | select strategy_name = strategies.name, *")
        #expect(joined.first == "strategy_name")
        #expect(!joined.contains("strategies.name"))
        #expect(joined.contains("name"))
    }

    @Test func misuseIsAnError() {
        #expect(throws: QueryError.self) { try TestPlan.run("projects | select *, *") }
        #expect(throws: QueryError.self) { try TestPlan.run("projects | derive *") }
        #expect(throws: QueryError.self) { try TestPlan.run("projects | group * | agg n = count()") }
    }

    @Test func completionKnowsTheColumns() {
        let c = Completer.complete("projects | select *, half = budget / 2 | sort ha", catalog: TestPlan.catalog)
        #expect(c.candidates == ["half"])
        let all = Completer.complete("projects | select code, * | where stat", catalog: TestPlan.catalog)
        #expect(all.candidates == ["status"])
        #expect(Completer.complete("projects | select ", catalog: TestPlan.catalog).candidates.contains("*"))
        #expect(Completer.complete("projects | select code, ", catalog: TestPlan.catalog).candidates.contains("*"))
        #expect(!Completer.complete("projects | select code + ", catalog: TestPlan.catalog).candidates.contains("*"))
    }
}
