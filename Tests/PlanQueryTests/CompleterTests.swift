import Foundation
import PlanModel
import Testing

@testable import PlanQuery

@Suite struct CompleterTests {
    let catalog = TestPlan.catalog
    func complete(_ text: String) -> (start: Int, candidates: [String]) { Completer.complete(text, catalog: catalog) }

    @Test func statementStart() {
        let r = complete("pro")
        #expect(r.start == 0)
        #expect(r.candidates == ["projects", "progress", "progress_by_strategy"])
    }

    @Test func tablesAfterJoinDescribeAndLet() {
        #expect(complete("projects | join s").candidates == ["strategies"])
        #expect(complete("let x = dis").candidates == ["disbursements"])
    }

    @Test func stepsAfterPipe() {
        #expect(complete("projects | ").candidates == Vocabulary.steps)
        #expect(complete("projects | s").candidates == ["select", "sort"])
        #expect(complete("projects | s").start == 11)
    }

    @Test func columnsOfThePipelinesTable() {
        #expect(complete("projects | where bu").candidates == ["budget"])
        #expect(complete("projects | sort plan_q").candidates == ["plan_q1", "plan_q2", "plan_q3", "plan_q4"])
        // After a group, the columns are the group's.
        let afterGroup = complete("projects | group strategy | agg total = sum(budget) | sort t")
        #expect(afterGroup.candidates == ["total"])
        #expect(complete("projects | agg t = su").candidates == ["sum("])
        #expect(complete("projects | where r").candidates == ["round("])
        #expect(complete("projects | sort budget d").candidates.first == "desc")
    }

    @Test func relationPaths() {
        #expect(complete("disbursements | group pro").candidates == ["project", "project."])
        let r = complete("disbursements | group project.str")
        #expect(r.candidates == ["project.strategy", "project.strategy."])
        #expect(r.start == 22)
        #expect(complete("disbursements | select project.strategy.n").candidates == ["project.strategy.name"])
        #expect(complete("disbursements | select project.").candidates.contains("project.budget"))
    }

    @Test func entityCodesInsideAString() {
        let r = complete("projects | where strategy = \"S")
        #expect(r.candidates == ["S1", "S2", "S3"])
        #expect(r.start == 29)  // just after the quote
        #expect(complete("disbursements | where project.strategy = \"S3").candidates == ["S3\""])
        #expect(complete("projects | where code in (\"P01\", \"P0").candidates == ["P01", "P02", "P03", "P04", "P05"])
        #expect(complete("projects | where name = \"อบ").candidates == ["อบรมครูภาษาอังกฤษ\""])
    }

    @Test func filePathsInsideLoadAndRun() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("phaen-complete-\(getpid())")
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("plan-2561"), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: dir.appendingPathComponent("review.phaen").path, contents: Data())
        defer { try? FileManager.default.removeItem(at: dir) }
        let base = dir.path + "/"
        let load = complete("load \"\(base)pl")
        #expect(load.candidates == [base + "plan-2561/"])
        #expect(load.start == 6)
        #expect(complete("run \"\(base)re").candidates == [base + "review.phaen\""])
    }

    @Test func aPlanBundlesFolderCompletesWithTheClosingQuote() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("phaen-bundle-\(getpid())")
        let bundle = dir.appendingPathComponent("plan-2561")
        try FileManager.default.createDirectory(at: bundle, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: bundle.appendingPathComponent("plan.json").path, contents: Data())
        defer { try? FileManager.default.removeItem(at: dir) }
        let base = dir.path + "/"
        #expect(complete("load \"\(base)pl").candidates == [base + "plan-2561\""])
        #expect(complete("load csv \"\(base)pl").candidates == [base + "plan-2561/"])
    }
}
