import Foundation
import Testing

/// `phaen -c`, `phaen FILE…`, piped stdin: results on stdout, `FILE:LINE:COL: error:` on stderr, exit status.
@Suite(.enabled(if: PhaenProcess.binary != nil, "build phaen first: swift build --product phaen"))
struct NonTerminalModesTests {
    let load = "load \"\(PhaenProcess.example)\""

    @Test func commandTextRunsAndSucceeds() throws {
        let r = try PhaenProcess.run(["-c", "\(load)\nstrategies | take 2"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("loaded สพป.มหาสารคาม เขต 3") == true)
        #expect(lines.count == 5)  // the load message, header, rule, two rows
        #expect(lines[1].hasPrefix("code"))
    }

    @Test func syntaxErrorIsReportedWithLineAndColumn() throws {
        let r = try PhaenProcess.run(["-c", "tables\nprojects | sort"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("-c:2:"))
        #expect(r.stderr.contains("error:"))
        // Nothing ran: a syntax error stops the whole text before it starts.
        #expect(!r.stdout.contains("table"))
    }

    @Test func scriptStopsAtFirstErrorUnlessKeepGoing() throws {
        let dir = try PhaenProcess.temporaryFolder()
        let script = dir + "/review.phaen"
        try """
        -- a review
        load "\(PhaenProcess.example)"
        projects | where budgit > 0
        strategies | agg n = count()
        """.write(toFile: script, atomically: true, encoding: .utf8)
        let stop = try PhaenProcess.run([script])
        #expect(stop.status == 1)
        #expect(stop.stderr.contains("review.phaen:3:18:"))
        #expect(stop.stderr.contains("budget"))  // did you mean `budget`?
        #expect(!stop.stdout.contains("n\n"))
        let go = try PhaenProcess.run(["--keep-going", script])
        #expect(go.status == 1)
        #expect(go.stdout.contains("─"))  // the last statement's table was drawn
    }

    @Test func keepGoingRunsTheStatementsAroundOneThatDoesNotParse() throws {
        let input = """
            \(load)
            projects | where name ~ "ครู"
            strategies
              | agg n = count()
            simulate
            """
        let stop = try PhaenProcess.run([], input: input)
        #expect(stop.status == 1)
        #expect(stop.stdout.isEmpty)  // without --keep-going a syntax error stops the whole text first
        let go = try PhaenProcess.run(["--keep-going"], input: input)
        #expect(go.status == 1)
        #expect(go.stdout.hasPrefix("loaded สพป.มหาสารคาม เขต 3"))
        #expect(go.stdout.hasSuffix("n\n─\n6\n"))
        #expect(go.stderr.hasPrefix("<stdin>:2:23: error: unexpected character `~`"))
        #expect(go.stderr.contains("<stdin>:5:9: error: expected `from` after `simulate`"))
    }

    @Test func aPlanThatFailsToLoadFailsTheRun() throws {
        let command = try PhaenProcess.run(["--plan", "no-such-bundle", "-c", "tables"])
        #expect(command.status == 1)
        #expect(command.stdout.isEmpty)  // nothing ran on a plan that is not there
        #expect(command.stderr.hasPrefix("--plan:1:1: error: cannot read no-such-bundle"))
        let piped = try PhaenProcess.run(["--plan", "no-such-bundle"], input: "tables\n")
        #expect(piped.status == 1)
        #expect(piped.stdout.isEmpty)
        let going = try PhaenProcess.run(["--plan", "no-such-bundle", "--keep-going", "-c", "tables"])
        #expect(going.status == 1)
        #expect(going.stdout.hasPrefix("table"))
    }

    @Test func inputThatIsNotUTF8IsRefusedNotRunGarbled() throws {
        // `strategies | where name = "ครู"` saved in Windows-874, where each Thai letter is one byte from 0xA1:
        // read as UTF-8 the Thai became U+FFFD and the statement ran, matching nothing.
        let cp874 = Data(Array("strategies | where name = \"".utf8) + [0xA4, 0xC3, 0xD9] + Array("\"\n".utf8))
        let piped = try PhaenProcess.run(["--plan", PhaenProcess.example], inputBytes: cp874)
        #expect(piped.status == 1)
        #expect(piped.stderr.hasPrefix("<stdin>: error: the input is not UTF-8 text; save it as UTF-8"))
        #expect(!piped.stdout.contains("code"))
        let dir = try PhaenProcess.temporaryFolder()
        try cp874.write(to: URL(fileURLWithPath: dir + "/cp874.phaen"))
        let file = try PhaenProcess.run([dir + "/cp874.phaen"])
        #expect(file.status == 1)
        #expect(file.stderr.contains("iconv -f CP874 -t UTF-8"))
    }

    @Test func aMisspeltScriptNameGetsTheNameMeant() throws {
        let r = try PhaenProcess.run(["Examples/scripts/q2-reveiw.phaen"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: cannot read the script\ndid you mean \"Examples/scripts/q2-review.phaen\"?"))
    }

    @Test func standardInputIsAScript() throws {
        let r = try PhaenProcess.run([], input: "\(load)\nprojects | take\n")
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("<stdin>:2:"))
        let ok = try PhaenProcess.run([], input: "\(load)\nstrategies | agg n = count()\n")
        #expect(ok.status == 0)
        #expect(!ok.stdout.contains("\u{1B}["))  // no colour when not a terminal
    }

    @Test func relativePathsResolveAgainstTheScriptsFolder() throws {
        let dir = try PhaenProcess.temporaryFolder()
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        try "code,amount\nA,\"1,000.50\"\nB,2\n".write(
            toFile: dir + "/sub/items.csv", atomically: true, encoding: .utf8)
        try "load csv \"items.csv\" as items\nitems | agg total = sum(amount)\n"
            .write(toFile: dir + "/sub/s.phaen", atomically: true, encoding: .utf8)
        let r = try PhaenProcess.run(["sub/s.phaen"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("1,002.50"))
    }

    @Test func helpAndVersion() throws {
        let help = try PhaenProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--keep-going"))
        let version = try PhaenProcess.run(["--version"])
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).first?.isNumber == true)
    }

    @Test func badFlagIsAUsageError() throws {
        let r = try PhaenProcess.run(["--no-such-flag"])
        #expect(r.status != 0 && r.status != 1)
        #expect(r.stderr.contains("no-such-flag"))
    }
}
