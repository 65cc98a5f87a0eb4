import Foundation
import Testing

@testable import Workbench

/// A saved session replays to the same output wherever it is saved, and holds only what the user typed.
@Suite struct SavedSessionReplayTests {
    static func freshFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "phaen-replay-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    static func statements(_ script: String) -> [String] {
        script.split(separator: "\n").filter { !$0.hasPrefix("--") && !$0.isEmpty }.map(String.init)
    }

    @Test func relativePathsStillReachTheirFilesFromTheScriptsFolder() throws {
        let work = try Self.freshFolder()
        let elsewhere = try Self.freshFolder()
        try FileManager.default.createSymbolicLink(atPath: work + "/plan", withDestinationPath: SessionHarness.example)
        var options = Session.Options()
        options.directory = work
        let h = SessionHarness(options: options)
        h.run("load \"plan\"")
        let typed = h.run("strategies | take 2").1
        #expect(h.run("save session \"\(elsewhere)/review.phaen\"").0 == .succeeded)
        let saved = try String(contentsOfFile: elsewhere + "/review.phaen", encoding: .utf8)
        let statements = Self.statements(saved)
        // The written path reaches the same bundle from the script's folder (relative or absolute, depending
        // on where the package and the temporary folder are).
        let written = try #require(statements.first?.split(separator: "\"").dropFirst().first.map(String.init))
        let reached = written.hasPrefix("/") ? written : elsewhere + "/" + written
        #expect(
            (reached as NSString).resolvingSymlinksInPath
                == (SessionHarness.example as NSString).resolvingSymlinksInPath, "\(statements)")
        #expect(statements.dropFirst() == ["strategies | take 2"])

        let replay = SessionHarness()
        #expect(replay.run("run \"\(elsewhere)/review.phaen\"").0 == .succeeded, "\(replay.errors)")
        #expect(replay.captured.out.last == typed)
    }

    @Test func pathsUnderTheScriptsFolderStayRelative() throws {
        let work = try Self.freshFolder()
        var options = Session.Options()
        options.directory = work
        let h = SessionHarness(options: options)
        h.run("load \"\(SessionHarness.example)\"")
        try FileManager.default.createDirectory(atPath: work + "/out", withIntermediateDirectories: true)
        #expect(h.run("strategies | export \"out/strategies.csv\"").0 == .succeeded)
        #expect(h.run("save session \"review.phaen\"").0 == .succeeded)
        let saved = try String(contentsOfFile: work + "/review.phaen", encoding: .utf8)
        #expect(Self.statements(saved).last == "strategies | export \"out/strategies.csv\"")
    }

    @Test func aFileBesideTheScriptsFolderIsReachedWithDotDot() {
        #expect(RecordedStatement.relativePath(to: "/w/shared/x.csv", from: "/w/project") == "../shared/x.csv")
        #expect(RecordedStatement.relativePath(to: "/w/project/a/b.csv", from: "/w/project") == "a/b.csv")
        #expect(RecordedStatement.relativePath(to: "/w/project", from: "/w/project/scripts") == "..")
        #expect(RecordedStatement.relativePath(to: "/data/x.csv", from: "/tmp/s") == "/data/x.csv")
        #expect(RecordedStatement.relativePath(to: "/w/plan", from: "/w/plan") == ".")
    }

    @Test func aScriptRunInsideTheSessionIsSavedOnceAsItsRunStatement() throws {
        let folder = try Self.freshFolder()
        try "strategies | take 1\n".write(toFile: folder + "/inner.phaen", atomically: true, encoding: .utf8)
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        #expect(h.run("run \"\(folder)/inner.phaen\"").0 == .succeeded)
        h.run("tutorial 4")
        #expect(h.run("save session \"\(folder)/saved.phaen\"").1 == "saved 2 statements to \(folder)/saved.phaen")
        let saved = try String(contentsOfFile: folder + "/saved.phaen", encoding: .utf8)
        #expect(Self.statements(saved) == ["load \"\(SessionHarness.example)\"", "run \"\(folder)/inner.phaen\""])
        let history = h.run("history").1
        #expect(!history.contains("strategies | take 1"))
        #expect(!history.contains("อบรม"))
    }

    @Test func oneStatementIsSavedInTheSingular() throws {
        let folder = try Self.freshFolder()
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        #expect(h.run("save session \"\(folder)/one.phaen\"").1 == "saved 1 statement to \(folder)/one.phaen")
    }
}
