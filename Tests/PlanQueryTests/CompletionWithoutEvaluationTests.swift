import Foundation
import PlanModel
import Testing

@testable import PlanQuery

/// A catalog that notices evaluation: its `payments` amounts overflow when added to themselves (so a pipeline
/// deriving `amount + amount` fails if run), and its `flow(…)` table function counts its calls and throws.
final class TrapCatalog: Catalog, @unchecked Sendable {
    private(set) var functionCalls = 0
    let tables: [String: Table]
    let fiscalYear: FiscalYear? = FiscalYear(2561)

    init() {
        let regions = TestPlan.table("regions", [("code", .text), ("name", .text)], [[.text("R1"), .text("เหนือ")]])
        var projects = TestPlan.table(
            "projects", [("code", .text), ("region", .text)],
            [[.text("P1"), .text("R1")], [.text("P2"), .text("R1")], [.text("Q9"), .text("R1")]])
        TestPlan.link(&projects, "region", to: regions)
        let huge = Value.money(Money(satang: Int64.max / 2 + 1))
        var payments = TestPlan.table(
            "payments", [("project", .text), ("amount", .money), ("note", .text)],
            [[.text("P1"), huge, .text("x")], [.text("P2"), huge, .null]])
        TestPlan.link(&payments, "project", to: projects)
        tables = ["regions": regions, "projects": projects, "payments": payments]
    }

    var tableNames: [String] { tables.keys.sorted() }
    var tableFunctionNames: [String] { ["flow"] }

    func table(named name: String) -> Table? { tables[name] }

    func tableFunction(_ name: String, arguments: [Value]) throws -> Table? {
        functionCalls += 1
        throw Diagnostic(message: "flow was run", thai: "flow ถูกเรียก")
    }

    func tableFunctionSchema(_ name: String) -> Table? {
        name == "flow" ? TestPlan.table("flow", [("code", .text), ("paid_pct", .float)], []) : nil
    }
}

@Suite struct CompletionWithoutEvaluationTests {
    @Test func aDerivedColumnIsOfferedEvenWhereRunningThePipelineWouldFail() throws {
        let catalog = TrapCatalog()
        let text = "payments | derive twice = amount + amount | where "
        // Running the pipeline so far fails, so these columns can only come from the schema.
        #expect(throws: QueryError.self) { try TestPlan.run("payments | derive twice = amount + amount", catalog) }
        let candidates = Completer.complete(text, catalog: catalog).candidates
        #expect(Array(candidates.prefix(5)) == ["project", "amount", "note", "twice", "project."])
    }

    @Test func stepsChangeTheColumnList() {
        let catalog = TrapCatalog()
        func columns(_ text: String) -> [String] {
            Array(Completer.complete(text + " | where ", catalog: catalog).candidates.prefix { !$0.hasSuffix("(") })
        }
        #expect(columns("payments | select project, a = amount * 2") == ["project", "a", "project."])
        #expect(
            columns("payments | derive amount = amount + 1, n = 1") == ["project", "amount", "note", "n", "project."])
        #expect(columns("payments | group project.region | agg t = sum(amount)") == ["region", "t", "region."])
        #expect(columns("payments | agg n = count()") == ["n"])
        #expect(
            columns("payments | where amount > 0 | sort note | take 1 | distinct")
                == ["project", "amount", "note", "project."])
        #expect(
            columns("payments | join projects") == [
                "project", "amount", "note", "code", "region", "project.", "region.",
            ])
        #expect(
            columns("payments | join projects | join regions")
                == ["project", "amount", "note", "code", "region", "regions.code", "name", "project.", "region."])
        #expect(columns("flow(Q2)") == ["code", "paid_pct"])
        #expect(catalog.functionCalls == 0)
    }

    @Test func anAggAfterAGroupReadsTheColumnsBeforeIt() {
        let catalog = TrapCatalog()
        let candidates = Completer.complete("payments | group project | agg t = sum(am", catalog: catalog).candidates
        #expect(candidates == ["amount"])
    }

    @Test func pathsAndEntityCodesComeFromTheSchemaAndDictionaries() {
        let catalog = TrapCatalog()
        let grouped = "payments | derive twice = amount + amount | group project | agg n = count() | select "
        #expect(
            Completer.complete(grouped + "project.re", catalog: catalog).candidates == [
                "project.region", "project.region.",
            ])
        #expect(
            Completer.complete(grouped + "project.region.n", catalog: catalog).candidates == ["project.region.name"])
        // Codes straight from the text column's dictionary, also along a path and after steps that would fail.
        #expect(Completer.complete("payments | where project = \"P", catalog: catalog).candidates == ["P1", "P2"])
        #expect(
            Completer.complete("payments | derive t = amount + amount | where project.region = \"", catalog: catalog)
                .candidates == ["R1\""])
        #expect(Completer.complete("flow(Q3) | where code = \"", catalog: catalog).candidates.isEmpty)
        #expect(catalog.functionCalls == 0)
    }
}
