import Foundation
import Testing

/// The interactive shell on a real pseudo-terminal: what the screen shows after editing must be exactly the
/// statement that runs (checked against the history file, which holds what ran).
@Suite(
    .serialized,
    .enabled(if: TerminalHarness.isAvailable, "needs tmux and a built .build/debug/phaen (run swift build first)"))
struct TerminalEditingTests {
    @Test func typedThaiEditedMidLineShowsExactlyWhatRuns() throws {
        let terminal = TerminalHarness()
        terminal.start()
        let prompt = try #require(terminal.waitForPrompt())

        terminal.type("\"ก่อสร้าง\"")
        terminal.press("Left")
        terminal.type("ใหม่")
        terminal.press("Home", "Right")
        terminal.type("งาน")
        terminal.press("End", "Left", "BSpace")  // the tone mark of ม่ goes first
        let edited = "\"งานก่อสร้างใหม\""
        #expect(terminal.waitForRow(prompt + " " + edited).satisfied, "\(terminal.screen())")

        terminal.press("Left", "Left", "Left", "Left", "Left", "Left", "DC")  // Delete removes the whole ร้
        let deleted = "\"งานก่อสางใหม\""
        #expect(terminal.waitForRow(prompt + " " + deleted).satisfied, "\(terminal.screen())")

        terminal.press("C-l")
        let cleared = terminal.waitFor { $0.first == prompt + " " + deleted && $0.dropFirst().allSatisfy(\.isEmpty) }
        #expect(cleared.satisfied, "Ctrl-L redraws the line at the top: \(cleared.screen)")

        terminal.press("Enter")
        #expect(terminal.waitFor { _ in terminal.historyFile().last == deleted }.satisfied)
        #expect(terminal.screen().first == prompt + " " + deleted, "the line stays as it ran")
    }

    @Test func aLongThaiLineWrapsAtTheTerminalWidth() throws {
        let terminal = TerminalHarness()
        terminal.start()
        let prompt = try #require(terminal.waitForPrompt())

        let text = "\"" + String(repeating: "ก่อสร้าง", count: 20) + "\""
        terminal.type(text)
        terminal.press("C-a", "Right", "Right")
        terminal.type("ที่")
        let expected = "\"ก่ที่" + String(text.dropFirst(2))
        let drawn = terminal.waitFor { rows in
            guard let row = rows.lastIndex(where: { $0.hasPrefix(prompt + " ") }), row + 1 < rows.count else {
                return false
            }
            return rows[row].dropFirst(prompt.count + 1) + rows[row + 1] == expected && rows[row].displayColumns == 100
        }
        #expect(drawn.satisfied, "the line fills the first row and goes on in the next: \(drawn.screen)")

        terminal.press("Enter")
        #expect(terminal.waitFor { _ in terminal.historyFile().last == expected }.satisfied)
    }

    @Test func tabCompletesATableName() throws {
        let terminal = TerminalHarness()
        terminal.start(["--plan", TerminalHarness.example])
        let prompt = try #require(terminal.waitForPrompt())

        terminal.type("describe proj")
        terminal.press("Tab")
        #expect(terminal.waitForRow(prompt + " describe projects").satisfied, "\(terminal.screen())")

        terminal.press("C-u")
        terminal.type("describe ")
        terminal.press("Tab")
        let listed = terminal.waitFor { rows in
            let line = prompt + " describe"
            guard let first = rows.firstIndex(of: line), let again = rows.lastIndex(of: line), again > first + 1
            else { return false }
            let list = rows[(first + 1)..<again].joined(separator: " ").split(separator: " ")
            return list.contains("projects") && list.contains("strategies")
        }
        #expect(listed.satisfied, "the tables are listed under the line, then the line again: \(listed.screen)")
    }

    @Test func upArrowRecallsAStatementFromTheRunBefore() throws {
        let terminal = TerminalHarness()
        terminal.start()
        let prompt = try #require(terminal.waitForPrompt())
        terminal.type("\"ก่อสร้าง\"")
        terminal.press("Enter")
        #expect(terminal.waitFor { _ in terminal.historyFile() == ["\"ก่อสร้าง\""] }.satisfied)
        // The statement has run once the prompt is back; Ctrl-D then ends the shell.
        #expect(terminal.waitForQuiet() == prompt)
        terminal.press("C-d")
        #expect(terminal.waitForRow("EXIT:0").satisfied)
        terminal.stop()

        terminal.start()
        #expect(terminal.waitForPrompt() == prompt)
        terminal.press("Up")
        #expect(terminal.waitForRow(prompt + " \"ก่อสร้าง\"").satisfied, "\(terminal.screen())")
        terminal.press("Enter")
        #expect(terminal.waitForQuiet() == prompt)
        terminal.press("C-d")
        #expect(terminal.waitForRow("EXIT:0").satisfied)
        #expect(terminal.historyFile() == ["\"ก่อสร้าง\""], "a repeated statement is stored once")
    }

    @Test func ctrlRFindsAnEarlierStatementByAThaiFragment() throws {
        let terminal = TerminalHarness()
        terminal.start()
        let prompt = try #require(terminal.waitForPrompt())
        terminal.type("\"ก่อสร้าง\"")
        terminal.press("Enter")
        terminal.type("\"อบรม\"")
        terminal.press("Enter")
        #expect(terminal.waitFor { _ in terminal.historyFile().count == 2 }.satisfied)
        _ = terminal.waitForQuiet()

        terminal.press("C-r")
        terminal.type("สร้")
        let found = terminal.waitFor { $0.contains(prompt + " \"ก่อสร้าง\"") && $0.contains { $0.hasSuffix("สร้") } }
        #expect(found.satisfied, "the match is drawn whole, with the search under it: \(found.screen)")
        terminal.press("Enter")
        let ran = terminal.waitFor { _ in terminal.historyFile() == ["\"ก่อสร้าง\"", "\"อบรม\"", "\"ก่อสร้าง\""] }
        #expect(ran.satisfied, "\(terminal.historyFile())")
    }

    @Test func ctrlCAbandonsTheLineAndTheShellGoesOn() throws {
        let terminal = TerminalHarness()
        terminal.start()
        let prompt = try #require(terminal.waitForPrompt())
        terminal.type("half typed")
        // Ctrl-C flushes the terminal's unread input: let the typing be drawn first.
        #expect(terminal.waitForRow(prompt + " half typed").satisfied)
        terminal.press("C-c")
        let fresh = terminal.waitFor { rows in
            guard let row = rows.firstIndex(of: prompt + " half typed") else { return false }
            return row + 1 < rows.count && rows[row + 1] == prompt
        }
        #expect(fresh.satisfied, "\(fresh.screen)")

        terminal.type("\"ต่อ\"")
        terminal.press("Enter")
        #expect(terminal.waitFor { _ in terminal.historyFile() == ["\"ต่อ\""] }.satisfied)
    }

    @Test func anOpenQuoteContinuesOnTheNextLine() throws {
        let terminal = TerminalHarness()
        terminal.start()
        _ = try #require(terminal.waitForPrompt())
        terminal.type("\"ก่อ")
        terminal.press("Enter")
        terminal.type("สร้าง\"")
        terminal.press("Enter")
        #expect(terminal.waitFor { _ in terminal.historyFile() == ["\"ก่อ\nสร้าง\""] }.satisfied)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash"), "needs bash for job control"))
    func afterCtrlZAndFgEditingGoesOn() throws {
        let terminal = TerminalHarness()
        terminal.startUnderJobControl()
        #expect(terminal.waitFor { $0.contains { $0.hasPrefix("phaen") } }.satisfied, "\(terminal.screen())")
        let prompt = try #require(terminal.waitForQuiet())
        terminal.type("\"ก่อ")
        #expect(terminal.waitForRow(prompt + " \"ก่อ").satisfied)
        terminal.press("C-z")
        #expect(terminal.waitFor { $0.contains { $0.contains("Stopped") } }.satisfied, "\(terminal.screen())")
        _ = terminal.waitForQuiet()
        terminal.type("fg")
        terminal.press("Enter")
        #expect(terminal.waitFor { $0.last { !$0.isEmpty } == prompt + " \"ก่อ" }.satisfied, "\(terminal.screen())")

        terminal.type("สร้าง\"")
        terminal.press("Left", "Left")
        terminal.type("ที่")
        let expected = "\"ก่อสร้าที่ง\""
        #expect(terminal.waitForRow(prompt + " " + expected).satisfied, "keys are read raw again: \(terminal.screen())")
        terminal.press("Enter")
        #expect(terminal.waitFor { _ in terminal.historyFile() == [expected] }.satisfied)
    }

    @Test func ctrlDOnAnEmptyLineExitsWithStatusZero() throws {
        let terminal = TerminalHarness()
        terminal.start()
        _ = try #require(terminal.waitForPrompt())
        terminal.press("C-d")
        #expect(terminal.waitForRow("EXIT:0").satisfied, "\(terminal.screen())")
    }
}

extension String {
    /// Terminal columns, counting Thai marks (U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E) as none.
    var displayColumns: Int {
        unicodeScalars.filter { s in
            !(s.value == 0x0E31 || (0x0E34...0x0E3A).contains(s.value) || (0x0E47...0x0E4E).contains(s.value))
        }.count
    }
}
