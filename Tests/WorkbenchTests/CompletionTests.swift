import Foundation
import PlanModel
import Testing
@testable import Workbench

/// Completion in a session: the columns of a table function's result are known without running it.
@Suite struct CompletionTests {
    @Test func tableFunctionSchemasAreTheColumnsTheFunctionsReturn() throws {
        let h = SessionHarness()
        #expect(h.session.workspace.tableFunctionSchema("progress") == nil, "no plan, no schema")
        h.run("load \"\(SessionHarness.example)\"")
        let workspace = h.session.workspace
        for name in workspace.tableFunctionNames {
            let schema = try #require(workspace.tableFunctionSchema(name))
            let real = try #require(try workspace.tableFunction(name, arguments: [.int(2)]))
            #expect(schema.columnNames == real.columnNames)
            #expect(schema.columns.map(\.type) == real.columns.map(\.type))
        }
    }

    @Test func columnsAfterATableFunctionAreOffered() {
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        #expect(h.session.complete("progress(Q2) | where disb").candidates == ["disbursed_to_date", "disbursed_pct"])
        #expect(h.session.complete("progress_by_strategy(Q3) | sort tar").candidates == ["target_pct"])
        #expect(h.session.complete("disbursements | where project.strategy = \"S").candidates
            == ["S1", "S2", "S3", "S4", "S5", "S6"])
    }
}
