import Foundation
import Testing

/// `--safe` writes nothing at all: no transcript update, no history, no journal.
@Suite(.enabled(if: PhaenProcess.binary != nil, "build phaen first: swift build --product phaen"))
struct SafeModeWritesNothingTests {
    @Test func safeUpdateIsRefusedAndTheTranscriptStaysAsItWas() throws {
        let dir = try PhaenProcess.temporaryFolder()
        let transcript = "load csv \"x.csv\" as x\nx | agg total = sum(v)\n--> total\n--> 999\n"
        try transcript.write(toFile: dir + "/t.phaen", atomically: true, encoding: .utf8)
        try "v\n1\n2\n".write(toFile: dir + "/x.csv", atomically: true, encoding: .utf8)
        let r = try PhaenProcess.run(["--safe", "--allow", dir, "--check", "--update", "t.phaen"], in: dir)
        #expect(r.status == 2, "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.contains("--safe writes nothing"), "\(r.stderr)")
        #expect(try String(contentsOfFile: dir + "/t.phaen", encoding: .utf8) == transcript)
    }

    @Test(.enabled(if: TerminalHarness.isAvailable, "needs tmux"))
    func theShellUnderSafeKeepsNoHistoryAndNoJournal() throws {
        let terminal = TerminalHarness()
        terminal.start(["--safe", "--no-rc"])
        _ = try #require(terminal.waitForPrompt())
        TerminalSessionTests.run("help", in: terminal)
        terminal.press("C-d")
        #expect(terminal.waitForRow("EXIT:0").satisfied, "\(terminal.screen())")
        let written = FileManager.default.enumerator(atPath: terminal.stateHome)?.allObjects as? [String] ?? []
        #expect(!written.contains { $0.hasSuffix("history") || $0.hasSuffix(".phaen") }, "\(written)")
    }
}

/// `--check --update` does not write a failure in as expected output without being asked.
@Suite(.enabled(if: PhaenProcess.binary != nil, "build phaen first: swift build --product phaen"))
struct TranscriptUpdateTests {
    @Test func anUpdateThatTurnsASuccessIntoAFailureSaysSoAndFails() throws {
        let dir = try PhaenProcess.temporaryFolder()
        let transcript = """
            load csv "x.csv" as x
            --> x: 2 rows, 1 column from x.csv
            -- the total
            x | agg total = sum(v)
            --> total
            --> ─────
            -->     3

            """
        try transcript.write(toFile: dir + "/t.phaen", atomically: true, encoding: .utf8)
        try "v\n1\n2\n".write(toFile: dir + "/y.csv", atomically: true, encoding: .utf8)
        let refused = try PhaenProcess.run(["--check", "--update", "t.phaen"], in: dir)
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("not updated t.phaen: statements that succeeded now fail"), "\(refused.stdout)")
        #expect(refused.stdout.contains("t.phaen:1: load csv \"x.csv\" as x"), "\(refused.stdout)")
        #expect(refused.stdout.contains("t.phaen:4: x | agg total = sum(v)"), "\(refused.stdout)")
        #expect(try String(contentsOfFile: dir + "/t.phaen", encoding: .utf8) == transcript)

        let accepted = try PhaenProcess.run(["--check", "--update", "--accept-failures", "t.phaen"], in: dir)
        #expect(accepted.status == 0, "\(accepted.stdout)")
        #expect(try String(contentsOfFile: dir + "/t.phaen", encoding: .utf8).contains("error: cannot read x.csv"))
    }

    @Test func anUpdateOfAStatementThatFailedBeforeIsAnOrdinaryUpdate() throws {
        let dir = try PhaenProcess.temporaryFolder()
        try "nosuch\n--> 1:1: error: old text\n".write(toFile: dir + "/t.phaen", atomically: true, encoding: .utf8)
        let r = try PhaenProcess.run(["--check", "--update", "t.phaen"], in: dir)
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("updated t.phaen"))
    }

    /// An error recorded in Thai (`ข้อผิดพลาด:`) is a failure before, as one in English is.
    @Test func aStatementThatFailedBeforeInThaiIsAnOrdinaryUpdate() throws {
        let dir = try PhaenProcess.temporaryFolder()
        try "set lang th\nnosuch\n--> t.phaen:2:1: ข้อผิดพลาด: ข้อความเก่า\n".write(
            toFile: dir + "/t.phaen", atomically: true, encoding: .utf8)
        let r = try PhaenProcess.run(["--check", "--update", "t.phaen"], in: dir)
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("updated t.phaen"), "\(r.stdout)")
    }

    @Test func recoverWithoutATerminalPrintsWritesAndScriptsCommentedOut() throws {
        let state = try PhaenProcess.temporaryFolder()
        let sessions = state + "/phaen/sessions"
        try FileManager.default.createDirectory(atPath: sessions, withIntermediateDirectories: true)
        let statements = ["tables", "tables | export \"t.csv\"", "x = \"a\n-- ok\nb\""]
        var journal = "-- phaen journal, started 2026-01-01T00-00-00Z, in /tmp\n"
        for s in statements { journal += "-- statement \(s.utf8.count) bytes\n\(s)\n-- ok\n" }
        journal += "-- statement 6 bytes\nreport\n"
        try journal.write(toFile: sessions + "/2026-01-01T00-00-00Z-1.phaen", atomically: true, encoding: .utf8)
        let r = try PhaenProcess.run(["--recover", "1"], environment: ["XDG_STATE_HOME": state])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout == """
                tables
                x = "a
                -- ok
                b"
                -- not run again (it wrote a file):
                -- tables | export "t.csv"
                -- not run again (it was running when the shell stopped, and did not finish):
                -- report

                """)
    }
}
