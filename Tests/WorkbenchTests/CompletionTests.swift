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
        #expect(
            h.session.complete("disbursements | where project.strategy = \"S").candidates
                == ["S1", "S2", "S3", "S4", "S5", "S6"])
    }

    /// Statement words, and what each statement offers inside it, come from the statement's own file.
    @Test func statementsOfferTheirOwnWords() {
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        func complete(_ text: String) -> [String] { h.session.complete(text).candidates }
        #expect(complete("").contains("simulate"))
        #expect(complete("tables; des") == ["describe"])
        #expect(h.session.complete("tables; des").start == 8)
        #expect(complete("describe st") == ["strategies"])
        #expect(complete("set fo") == ["format"])
        #expect(complete("set format m") == ["markdown"])
        #expect(complete("set ec") == ["echo"])
        #expect(complete("help end") == ["end_of"])
        #expect(complete("help progress_") == ["progress_by_strategy"])
        #expect(complete("load c") == ["csv"])
        #expect(complete("report ") == ["Q1", "Q2", "Q3", "Q4"])
        #expect(complete("simulate from Q") == ["Q1", "Q2", "Q3"])
        #expect(complete("simulate from Q2 r") == ["runs"])
        #expect(complete("allocate 100 over u") == ["units"])
    }

    @Test func theEndOfAStatementIsExpected() {
        let h = SessionHarness()
        #expect(h.run("tables extra").0 == .failed)
        #expect(h.errors.contains("expected the end of the statement"))
    }
}
