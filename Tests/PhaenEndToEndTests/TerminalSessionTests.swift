import Foundation
import LineBreaking
import Testing

/// Sessions typed in the real shell: saved and replayed to the same output, and recovered after `kill -9`.
@Suite(.enabled(if: TerminalHarness.isAvailable, "needs tmux and a built phaen"))
struct TerminalSessionTests {
    let statements = [
        "load \"\(TerminalHarness.example)\"",
        "strategies | select code | take 3",
        "projects | group source | agg n = count()",
    ]

    /// Types a statement and waits until it has finished: a fresh, empty prompt below it.
    static func run(_ statement: String, in terminal: TerminalHarness) {
        terminal.type(statement)
        terminal.press("Enter")
        _ = terminal.waitFor { rows in
            let lines = rows.filter { !$0.isEmpty }
            guard let at = lines.lastIndex(where: { $0.hasSuffix("> " + statement) }) else { return false }
            return lines.last.map { $0.hasPrefix("phaen") && $0.hasSuffix(">") } == true && lines.count > at + 1
        }
    }

    @Test func aTypedSessionSavedAndReplayedGivesTheSameOutput() throws {
        let terminal = TerminalHarness()
        terminal.start()
        _ = try #require(terminal.waitForPrompt())
        for s in statements { Self.run(s, in: terminal) }
        let folder = try PhaenProcess.temporaryFolder()
        terminal.type("save session \"\(folder)/typed.phaen\"")
        terminal.press("Enter")
        let saved = terminal.waitFor { rows in rows.contains("saved 3 statements to \(folder)/typed.phaen") }
        #expect(saved.satisfied, "\(saved.screen)")

        // What the shell showed between the first statement and the save, less the prompt lines.
        let rows = terminal.screen(joiningWrapped: true)
        let first = try #require(rows.firstIndex { $0.hasSuffix("> " + statements[0]) })
        let last = try #require(rows.firstIndex { $0.contains("> save session") })
        let shown = rows[first..<last].filter { !$0.hasPrefix("phaen") }

        let replay = try PhaenProcess.run([folder + "/typed.phaen"])
        #expect(replay.status == 0, "\(replay.stderr)")
        // The shell wraps text to its 100 columns between words; the replay, not on a terminal, does not.
        let replayed = replay.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { String($0.reversed().drop { $0 == " " }.reversed()) }
            .flatMap { LineWrapping.wrap(line: $0, width: 100) }
        #expect(Array(shown) == replayed)
        #expect(replayed.count > 8)
    }

    @Test func killedShellLosesNoStatementThatRan() throws {
        let terminal = TerminalHarness()
        terminal.start()
        _ = try #require(terminal.waitForPrompt())
        for s in statements { Self.run(s, in: terminal) }
        // The last statement's output is on screen: it has run.
        #expect(terminal.waitFor { rows in rows.contains { $0.hasPrefix("strategic") } }.satisfied)
        let pid = try #require(terminal.shellProcess())
        #expect(kill(pid, SIGKILL) == 0)
        #expect(terminal.waitForRow("EXIT:137").satisfied)

        let environment = ["XDG_STATE_HOME": terminal.stateHome]
        let listing = try PhaenProcess.run(["--recover"], environment: environment)
        #expect(listing.status == 0)
        // The listing cuts a long first statement with "…"; how long depends on where the package is checked out.
        #expect(listing.stdout.contains(String(statements[0].prefix(40))))
        let recovered = try PhaenProcess.run(["--recover", "1"], environment: environment)
        #expect(recovered.status == 0)
        #expect(recovered.stdout == statements.joined(separator: "\n") + "\n")
    }

    @Test func aRecoveredSessionFindsItsRelativePathsFromAnyFolder() throws {
        let terminal = TerminalHarness()
        terminal.start()
        _ = try #require(terminal.waitForPrompt())
        Self.run("load \"Examples/mahasarakham3-fy2561\"", in: terminal)
        #expect(terminal.waitFor { rows in rows.contains { $0.hasPrefix("loaded สพป.มหาสารคาม เขต 3") } }.satisfied)
        let pid = try #require(terminal.shellProcess())
        #expect(kill(pid, SIGKILL) == 0)
        #expect(terminal.waitForRow("EXIT:137").satisfied)

        terminal.start(["--no-rc", "--recover", "1"], in: try PhaenProcess.temporaryFolder())
        let recovered = terminal.waitFor { rows in rows.contains { $0.hasPrefix("phaen[สพป.มหาสารคาม เขต 3 2561]>") } }
        #expect(recovered.satisfied, "\(recovered.screen)")
        #expect(recovered.screen.contains { $0.hasPrefix("working in ") && $0.hasSuffix(", as the session did") })
        #expect(!recovered.screen.contains { $0.contains("error:") })
    }

    @Test func theStartupFileRunsWhenTheShellOpens() throws {
        let terminal = TerminalHarness()
        let config = terminal.stateHome + "/config/phaen"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try "set rows 2\nset lang th\n".write(toFile: config + "/phaenrc", atomically: true, encoding: .utf8)
        terminal.start(["--plan", TerminalHarness.example])
        _ = try #require(terminal.waitForPrompt())
        Self.run("strategies", in: terminal)
        #expect(terminal.waitForRow("… อีก 4 แถว").satisfied, "\(terminal.screen())")
    }
}
