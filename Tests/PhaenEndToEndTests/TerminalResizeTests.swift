import Foundation
import Testing

/// Resizing the terminal while a long line is edited: whatever the terminal did to the rows already drawn
/// (tmux rewraps them), the screen shows the prompt and the line exactly once, laid out at the new width, and
/// what runs on Enter is what was typed.
@Suite(
    .serialized,
    .enabled(if: TerminalHarness.isAvailable, "needs tmux and a built .build/debug/phaen (run swift build first)"))
struct TerminalResizeTests {
    /// Thai and English, 127 columns: with the prompt, two rows at 100 columns, three at 60.
    let text =
        "\"ก่อสร้างอาคารเรียน English words and more ข้าราชการ ทดสอบภาษาไทย with some more English text here"
        + " to wrap past ที่ทำการ and the end\""

    /// Starts the shell and presses Enter on empty lines, so that the line is not on the screen's first row
    /// (tmux rewraps by pushing rows above the cursor up, out of sight when the line starts at the top).
    static func startBelowEmptyPrompts() throws -> (terminal: TerminalHarness, prompt: String) {
        let terminal = TerminalHarness()
        terminal.start()
        let prompt = try #require(terminal.waitForPrompt())
        terminal.press("Enter", "Enter", "Enter")
        try #require(terminal.waitFor { $0.filter { $0 == prompt }.count == 4 }.satisfied, "\(terminal.screen())")
        return (terminal, prompt)
    }

    /// Waits until the screen holds nothing but empty prompt rows and then `prompt`, a space and `line`, drawn
    /// by the editor at `width` columns: every row but the last filled to the width (a row the terminal
    /// rewrapped would not be). A stale copy, or part of one, would be a row more. The widths used are ones
    /// where no row ends in a space, which the trimmed rows would lose.
    static func waitForOneCopy(of line: String, after prompt: String, width: Int, in terminal: TerminalHarness)
        -> (satisfied: Bool, screen: [String])
    {
        terminal.waitFor { rows in
            let drawn = rows.filter { !$0.isEmpty }.drop { $0 == prompt }
            return drawn.joined() == prompt + " " + line && drawn.first?.hasPrefix(prompt + " ") == true
                && drawn.dropLast().allSatisfy { $0.displayColumns == width } && drawn.count > 1
        }
    }

    @Test func shrinkingAndGrowingRedrawsTheWrappedLineOnce() throws {
        let (terminal, prompt) = try Self.startBelowEmptyPrompts()
        terminal.type(text)
        let typed = Self.waitForOneCopy(of: text, after: prompt, width: 100, in: terminal)
        try #require(typed.satisfied, "the line wraps at 100 columns: \(typed.screen)")

        terminal.resize(columns: 60, rows: 20)
        let narrow = Self.waitForOneCopy(of: text, after: prompt, width: 60, in: terminal)
        #expect(narrow.satisfied, "one copy, at 60 columns: \(narrow.screen)")

        terminal.resize(columns: 120, rows: 30)
        let wide = Self.waitForOneCopy(of: text, after: prompt, width: 120, in: terminal)
        #expect(wide.satisfied, "one copy, at 120 columns: \(wide.screen)")

        terminal.resize(columns: 45, rows: 12)
        let narrower = Self.waitForOneCopy(of: text, after: prompt, width: 45, in: terminal)
        #expect(narrower.satisfied, "one copy, at 45 columns: \(narrower.screen)")

        terminal.press("Enter")
        let ran = terminal.waitFor { _ in terminal.historyFile().last == text }
        #expect(ran.satisfied, "what runs is what was typed: \(terminal.historyFile())")
    }

    @Test func editingMidLineAfterAResizeShowsExactlyWhatRuns() throws {
        let (terminal, prompt) = try Self.startBelowEmptyPrompts()
        terminal.type(text)
        try #require(Self.waitForOneCopy(of: text, after: prompt, width: 100, in: terminal).satisfied)

        // The cursor on the second row, in the middle of the line, while the terminal narrows.
        terminal.press("Left", "Left", "Left", "Left", "Left", "Left", "Left", "Left", "Left", "Left")
        terminal.resize(columns: 50, rows: 30)
        let narrow = Self.waitForOneCopy(of: text, after: prompt, width: 50, in: terminal)
        #expect(narrow.satisfied, "one copy, at 50 columns: \(narrow.screen)")
        terminal.type("แก้ไข")
        var characters = Array(text)
        characters.insert(contentsOf: "แก้ไข", at: characters.count - 10)
        let inserted = String(characters)
        let edited = Self.waitForOneCopy(of: inserted, after: prompt, width: 50, in: terminal)
        #expect(edited.satisfied, "the insertion is drawn where the cursor is: \(edited.screen)")

        // Near the start, on the first row, while the terminal widens.
        terminal.press("C-a", "Right", "Right", "Right", "Right", "Right")
        terminal.resize(columns: 90, rows: 30)
        #expect(Self.waitForOneCopy(of: inserted, after: prompt, width: 90, in: terminal).satisfied)
        terminal.press("BSpace")  // the tone mark of ร้ goes first
        terminal.type("ที่")
        characters = Array(inserted)
        characters[4] = "ร"
        characters.insert("ที่", at: 5)
        let expected = String(characters)
        let final = Self.waitForOneCopy(of: expected, after: prompt, width: 90, in: terminal)
        #expect(final.satisfied, "one copy of the edited line, at 90 columns: \(final.screen)")

        terminal.press("Enter")
        let ran = terminal.waitFor { _ in terminal.historyFile().last == expected }
        #expect(ran.satisfied, "what runs is what the screen showed: \(terminal.historyFile())")
    }

    @Test func aDragThroughManyWidthsEndsWithOneCopy() throws {
        let (terminal, prompt) = try Self.startBelowEmptyPrompts()
        terminal.type(text)
        try #require(Self.waitForOneCopy(of: text, after: prompt, width: 100, in: terminal).satisfied)
        let end = terminal.cursor()
        terminal.press("Left", "Left", "Left", "Left", "Left", "Left", "Left", "Left", "Left", "Left")
        let moved = terminal.waitFor { _ in
            guard let end, let now = terminal.cursor() else { return false }
            return now.row == end.row && now.column == end.column - 10
        }
        try #require(moved.satisfied, "the cursor moved 10 characters back before the drag")

        // Resizes in quick succession, as a window's corner is dragged: the shell may see several as one.
        for columns in stride(from: 95, through: 40, by: -5) { terminal.resize(columns: columns, rows: 30) }
        let narrow = Self.waitForOneCopy(of: text, after: prompt, width: 40, in: terminal)
        #expect(narrow.satisfied, "one copy, at 40 columns: \(narrow.screen)")
        for columns in stride(from: 50, through: 120, by: 10) { terminal.resize(columns: columns, rows: 30) }
        let wide = Self.waitForOneCopy(of: text, after: prompt, width: 120, in: terminal)
        #expect(wide.satisfied, "one copy, at 120 columns: \(wide.screen)")

        terminal.type("X")
        var characters = Array(text)
        characters.insert("X", at: characters.count - 10)
        let expected = String(characters)
        let edited = Self.waitForOneCopy(of: expected, after: prompt, width: 120, in: terminal)
        #expect(edited.satisfied, "the cursor stayed where it was: \(edited.screen)")
        terminal.press("Enter")
        #expect(terminal.waitFor { _ in terminal.historyFile().last == expected }.satisfied)
    }
}
