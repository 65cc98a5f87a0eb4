import Foundation
import Testing

@testable import Workbench

/// `phaen --recover`: the journal's framing cannot be fooled by a statement's own text, and recovering
/// restores state without writing files or running scripts again.
@Suite struct RecoveryTests {
    func journal() throws -> (Journal, String) {
        let folder = NSTemporaryDirectory() + "phaen-recovery-" + UUID().uuidString
        return (try #require(Journal(folder: folder)), folder)
    }

    @Test func anOutcomeLineInsideAMultiLineStringIsPartOfTheStatement() throws {
        let (j, folder) = try journal()
        let tricky = "let t = projects | derive note = \"first\n-- ok\n-- failed\nlast\""
        j.begin(tricky)
        j.end(.succeeded)
        j.begin("tables")
        j.end(.succeeded)
        let entry = try #require(Recovery.list(folder: folder).first)
        #expect(entry.succeeded == [tricky, "tables"])
        #expect(entry.failed == 0)
        #expect(entry.unfinished == nil)
    }

    @Test func aMultiLineStatementRunningWhenTheShellDiedIsUnfinished() throws {
        let (j, folder) = try journal()
        j.begin("load \"x\"")
        j.end(.succeeded)
        j.begin("simulate from Q2\n-- ok\nruns 100000")
        let entry = try #require(Recovery.list(folder: folder).first)
        #expect(entry.succeeded == ["load \"x\""])
        #expect(entry.unfinished == "simulate from Q2\n-- ok\nruns 100000")
    }

    @Test func recoveringListsWritesAndScriptsInsteadOfRepeatingThem() throws {
        let entry = Recovery.Entry(
            path: "j.phaen",
            succeeded: [
                "load \"plan\"", "projects | export \"out.csv\"", "let big = projects | where budget > 1",
                "save session \"s.phaen\"", "run \"other.phaen\"", "big | take 1",
            ],
            unfinished: "simulate from Q2 runs 100000", failed: 0)
        let replay = Recovery.Replay(entry, repeatingEffects: false)
        #expect(replay.statements == ["load \"plan\"", "let big = projects | where budget > 1", "big | take 1"])
        #expect(
            replay.listed.map(\.statement) == [
                "projects | export \"out.csv\"", "save session \"s.phaen\"", "run \"other.phaen\"",
                "simulate from Q2 runs 100000",
            ])
        #expect(replay.script.contains("-- not run again (it wrote a file):\n-- projects | export \"out.csv\""))
        #expect(replay.script.contains("-- not run again (it ran a script):\n-- run \"other.phaen\""))
        #expect(replay.script.contains("(it was running when the shell stopped, and did not finish):"))
        #expect(replay.notes.count == 4)
        let everything = Recovery.Replay(entry, repeatingEffects: true)
        #expect(everything.statements == entry.succeeded)
        #expect(everything.listed.map(\.statement) == ["simulate from Q2 runs 100000"])
    }

    @Test func aRecoveredSessionDoesNotRewriteItsSavedSession() throws {
        let dir = NSTemporaryDirectory() + "phaen-recovery-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "v\n1\n".write(toFile: dir + "/x.csv", atomically: true, encoding: .utf8)
        let entry = Recovery.Entry(
            path: "j.phaen", succeeded: ["load csv \"x.csv\" as x", "save session \"s.phaen\""], unfinished: nil,
            failed: 0, folder: dir)
        var options = Session.Options()
        options.directory = dir
        let h = SessionHarness(options: options)
        h.run(Recovery.Replay(entry, repeatingEffects: false).statements.joined(separator: "\n"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/s.phaen"))
        #expect(h.run("x").0 == .succeeded)
    }
}
