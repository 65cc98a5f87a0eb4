import Foundation
import Testing

/// Saved sessions replay exactly, transcripts are checked, `--safe` refuses what it must.
@Suite(.enabled(if: PhaenProcess.binary != nil, "build phaen first: swift build --product phaen"))
struct ScriptsAndSafetyTests {
    @Test func savedSessionReplaysToTheSameOutput() throws {
        let dir = try PhaenProcess.temporaryFolder()
        let statements = """
            load "\(PhaenProcess.example)"
            projects | group strategy | agg n = count(), total = sum(budget) | sort strategy
            let big = projects | where budget >= 300000
            big | select code, name, budget | sort budget desc | take 5
            """
        let first = try PhaenProcess.run(["-c", statements + "\nsave session \"s.phaen\""], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        let saved = try String(contentsOfFile: dir + "/s.phaen", encoding: .utf8)
        #expect(saved.hasPrefix("-- Phaen "))
        #expect(saved.contains("sha256 "))
        let replay = try PhaenProcess.run(["s.phaen"], in: dir)
        #expect(replay.status == 0, "\(replay.stderr)")
        let original = try PhaenProcess.run(["-c", statements], in: dir)
        #expect(replay.stdout == original.stdout)
    }

    @Test func checkPassesFailsWithADiffAndUpdates() throws {
        let dir = try PhaenProcess.temporaryFolder()
        let path = dir + "/t.phaen"
        try "set format csv\nload csv \"x.csv\" as x\nx | agg total = sum(v)\n--> total\n--> 999\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        try "v\n1\n2\n".write(toFile: dir + "/x.csv", atomically: true, encoding: .utf8)
        let fail = try PhaenProcess.run(["--check", path])
        #expect(fail.status == 1)
        #expect(fail.stdout.contains("--> 999"))
        #expect(fail.stdout.contains("+--> 3"))
        let update = try PhaenProcess.run(["--check", "--update", path])
        #expect(update.status == 0)
        let pass = try PhaenProcess.run(["--check", path])
        #expect(pass.status == 0, "\(pass.stdout)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("--> 3"))
    }

    @Test func safeModeRefusesWritesReadsOutsideAllowAndRun() throws {
        let dir = try PhaenProcess.temporaryFolder()
        try "v\n1\n".write(toFile: dir + "/x.csv", atomically: true, encoding: .utf8)
        let cases: [(String, String)] = [
            ("load csv \"\(dir)/x.csv\" as x\nx | export \"out.csv\"", "writes a file"),
            ("save session \"s.phaen\"", "writes a file"),
            ("load \"\(PhaenProcess.example)\"", "outside the folders"),
            ("run \"other.phaen\"", "may not start another"),
        ]
        for (text, reason) in cases {
            let r = try PhaenProcess.run(["--safe", "--allow", dir, "-c", text], in: dir)
            #expect(r.status == 1, "\(text)")
            #expect(r.stderr.contains("--safe"), "\(text): \(r.stderr)")
            #expect(r.stderr.contains(reason), "\(text): \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.csv"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/s.phaen"))
        let allowed = try PhaenProcess.run(["--safe", "--allow", dir, "-c", "load csv \"x.csv\" as x\nx"], in: dir)
        #expect(allowed.status == 0, "\(allowed.stderr)")
    }

    @Test func failedLoadLeavesThePlanAsItWas() throws {
        let dir = try PhaenProcess.temporaryFolder()
        let r = try PhaenProcess.run(
            [
                "--keep-going", "-c",
                "load \"\(PhaenProcess.example)\"\nload \"\(dir)/missing\"\nstrategies | agg n = count()",
            ])
        #expect(r.status == 1)
        #expect(r.stderr.contains("missing"))
        #expect(r.stdout.contains("─"))
    }
}
