import Foundation
import TestSupport
import Testing

/// `Scripts/install` from a fresh clone into a temporary prefix gives a `phaen` that works from anywhere: it opens
/// the example, finds its lessons beside itself, names its commit, and comes with a man page and completions.
/// It builds Phaen in release mode from nothing (minutes), so it runs when `PHAEN_TEST_INSTALL=1`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["PHAEN_TEST_INSTALL"] == "1", "set PHAEN_TEST_INSTALL=1"))
struct InstallTests {
    @Test func aFreshCloneInstallsAWorkingPhaen() throws {
        let folder = try PhaenProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let clone = folder + "/phaen"
        let cloned = try ChildProcess.run("/usr/bin/env", ["git", "clone", "-q", PhaenProcess.root, clone])
        #expect(cloned.status == 0, "\(cloned.stderr)")
        let prefix = folder + "/prefix"
        let installed = try ChildProcess.run(clone + "/Scripts/install", [prefix], directory: clone)
        #expect(installed.status == 0, "\(installed.stderr)")
        // The clone goes: the installed phaen must need nothing from the tree it was built in.
        try FileManager.default.removeItem(atPath: clone)

        let phaen = prefix + "/bin/phaen"
        let example = prefix + "/share/phaen/Examples/mahasarakham3-fy2561"
        let opened = try ChildProcess.run(
            phaen, ["--plan", example, "-c", "strategies | agg n = count()"], directory: folder)
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(opened.stdout.hasPrefix("loaded สพป.มหาสารคาม เขต 3, fiscal year 2561"), "\(opened.stdout)")
        #expect(opened.stdout.contains("\n6\n") || opened.stdout.hasSuffix(" 6\n"), "\(opened.stdout)")

        let lessons = try ChildProcess.run(phaen, ["-c", "tutorial"], directory: folder)
        #expect(
            lessons.stdout.hasPrefix("Lessons (✓ done; type tutorial 1 to start):"),
            "\(lessons.stdout)\(lessons.stderr)")
        #expect(lessons.stdout.contains("8. Lesson 8: asking \"what if\""), "\(lessons.stdout)")
        let commit = try ChildProcess.run(
            "/usr/bin/env", ["git", "-C", PhaenProcess.root, "rev-parse", "--short=12", "HEAD"])
        let version = try ChildProcess.run(phaen, ["--version"])
        #expect(version.stdout.contains("(commit \(commit.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))"))

        let man = try String(contentsOfFile: prefix + "/share/man/man1/phaen.1", encoding: .utf8)
        #expect(man.contains(".Nm phaen") && man.contains("keep-going"))
        for file in [
            "bash-completion/completions/phaen", "zsh/site-functions/_phaen", "fish/vendor_completions.d/phaen.fish",
        ] {
            let script = try String(contentsOfFile: prefix + "/share/" + file, encoding: .utf8)
            #expect(script.contains("plan") && script.contains("keep-going"), "\(file)")
        }
    }
}
