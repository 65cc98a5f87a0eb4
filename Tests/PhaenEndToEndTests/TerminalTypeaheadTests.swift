import Foundation
import Testing

/// Keys typed while a statement runs: they are not echoed into its output, and at the next prompt they edit
/// the line exactly as they would have if typed there, Thai, arrows and Backspace alike.
@Suite(
    .serialized,
    .enabled(if: TerminalHarness.isAvailable, "needs tmux and a built .build/debug/phaen (run swift build first)"))
struct TerminalTypeaheadTests {
    @Test func keysTypedWhileAStatementRunsEditTheNextLine() throws {
        let terminal = TerminalHarness()
        terminal.start(["--plan", TerminalHarness.example])
        let prompt = try #require(terminal.waitForPrompt())
        // A million Monte Carlo runs: seconds in a debug build, long enough to type ahead.
        let slow = "simulate from Q2 runs 1000000 seed 7"
        terminal.type(slow)
        terminal.press("Enter")
        try #require(terminal.waitForRow(prompt + " " + slow).satisfied)

        terminal.type("\"ก่อสร้าง")
        terminal.press("Left", "Left")
        terminal.type("ที่")
        terminal.press("End", "BSpace")  // in the terminal's usual mode, this Backspace would erase End's `~`
        terminal.type("ข\"")
        let running = terminal.screen().last { !$0.isEmpty }
        try #require(running == prompt + " " + slow, "the keys were typed while the statement ran, unechoed")

        let expected = "\"ก่อสร้ที่าข\""
        // Under AddressSanitizer the million runs take minutes; the wait ends as soon as the line is drawn.
        let drawn = terminal.waitFor(seconds: 600) { $0.last { !$0.isEmpty } == prompt + " " + expected }
        #expect(drawn.satisfied, "the next line is what the keys make of it: \(drawn.screen)")
        let echoed = drawn.screen.filter { $0.contains("^[") || $0.contains("ก่อ") }
        #expect(echoed == [prompt + " " + expected], "nothing was echoed into the statement's output")

        terminal.press("Enter")
        let ran = terminal.waitFor { _ in terminal.historyFile().last == expected }
        #expect(ran.satisfied, "what runs is what the screen showed: \(terminal.historyFile())")
    }
}
