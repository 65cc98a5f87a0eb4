import Foundation
import PlanQuery
import Testing

@testable import Workbench

/// What the one-file-a-statement shape promises: every way in splits statements alike, a failed statement
/// changes nothing, and what each statement declares is what the session does.
@Suite struct StatementShapeTests {
    static let commentedPipeline = "projects | where budget > 700000\n-- keep the big ones\n| agg n = count()"

    @Test func aCommentInsideAPipelineIsOneStatementInAScriptAndWithKeepGoing() {
        let plain = SessionHarness()
        plain.run("load \"\(SessionHarness.example)\"")
        #expect(plain.run(Self.commentedPipeline).1.hasSuffix("2"), "\(plain.errors)")

        var options = Session.Options()
        options.keepGoing = true
        let going = SessionHarness(options: options)
        going.run("load \"\(SessionHarness.example)\"")
        let (outcome, out) = going.run(Self.commentedPipeline + "\nprojects | wher x\nstrategies | agg n = count()")
        #expect(outcome == .failed)
        #expect(out.split(separator: "\n") == ["n", "─", "2", "n", "─", "6"], "\(out)")
        #expect(going.errors.hasPrefix("4:12: error:"), "\(going.errors)")
    }

    @Test func aStatementThatDoesNotParseStopsTheScriptBeforeAnythingRuns() {
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        let (outcome, out) = h.run("strategies | agg n = count()\nprojects | wher x")
        #expect(outcome == .failed && out.isEmpty)
        #expect(h.errors.hasPrefix("2:12: error:"))
    }

    @Test func aFailedStatementLeavesTheWorkspaceAsItWas() {
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        let before = h.run("tables").1
        #expect(h.run("allocate 100 over projects by name 100%").0 == .failed)
        #expect(h.run("let x = projects | where nosuch > 1").0 == .failed)
        #expect(h.run("tables").1 == before)
    }

    @Test func echoPrintsEachStatementBeforeItsResult() {
        var options = Session.Options()
        options.echo = true
        let h = SessionHarness(options: options)
        let load = "load \"\(SessionHarness.example)\""
        h.run(load + "\nstrategies | agg n = count()")
        #expect(Array(h.captured.out.prefix(3)) == [load, h.captured.out[1], "strategies | agg n = count()"])
        #expect(h.captured.out[1].hasPrefix("loaded "))
        h.run("set echo off")
        h.run("strategies | agg n = count()")
        #expect(h.captured.out == ["n\n─\n6"])
    }

    @Test func aChangedBundleIsWarnedAboutBeforeTheResults() throws {
        let folder = NSTemporaryDirectory() + "phaen-changed-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plan = folder + "/plan"
        try FileManager.default.copyItem(atPath: SessionHarness.example, toPath: plan)
        let saver = SessionHarness()
        saver.run("load \"\(plan)\"\nstrategies | agg n = count()\nsave session \"\(folder)/s.phaen\"")
        let strategies = plan + "/strategies.csv"
        try (String(contentsOfFile: strategies, encoding: .utf8) + "S7,กลยุทธ์ใหม่\n").write(
            toFile: strategies, atomically: true, encoding: .utf8)

        var order: [String] = []
        let session = Session(out: { order.append("out: " + $0) }, err: { order.append("err: " + $0) })
        #expect(session.runScript(at: folder + "/s.phaen") == .succeeded)
        let warning = try #require(order.firstIndex { $0.hasPrefix("err: warning: the data in") })
        let result = try #require(order.firstIndex { $0.hasPrefix("out: n\n") })
        #expect(warning < result, "\(order)")
        #expect(order[result].hasSuffix("7"))
    }

    @Test func whatAStatementDeclaresIsWhatSafeModeAndSavingRead() throws {
        let grammar = StatementRegistry.grammar
        func effects(_ text: String) throws -> [Effect] {
            StatementRegistry.sessionStatement(try Parser.parse(text, grammar: grammar)[0].statement).effects
        }
        #expect(try effects("save session \"s.phaen\"") == [.writes("s.phaen")])
        #expect(try effects("projects | export \"p.csv\"") == [.writes("p.csv")])
        #expect(try effects("run \"r.phaen\"") == [.runs("r.phaen")])
        #expect(try effects("load csv \"t.csv\" as t") == [.reads("t.csv")])
        #expect(try effects("projects | take 1").isEmpty)
        var options = Session.Options()
        options.safe = true
        let h = SessionHarness(options: options)
        #expect(h.run("projects | export \"never.csv\"").0 == .failed)
        #expect(h.errors.contains("refused in --safe mode: writing never.csv"))
    }

    /// Every registered word belongs to exactly one statement, and every statement has help in both languages.
    @Test func theRegistryListsEachWordOnceWithHelp() {
        var seen = Set<String>()
        for kind in StatementRegistry.all {
            for word in kind.words { #expect(seen.insert(word).inserted, "`\(word)` registered twice") }
            #expect(!kind.help.english.isEmpty && !kind.help.thai.isEmpty, "\(kind)")
            #expect(HelpText.topic(kind.words[0])?.name == kind.help.name)
        }
    }
}
