import Foundation
import Testing

/// A trainee at an 80x24 terminal: a wrong answer, the hint, the right answer and the next task; the lesson
/// done is still ticked after the shell is started again.
@Suite(.enabled(if: TerminalHarness.isAvailable, "needs tmux and a built phaen"))
struct TerminalLessonTests {
    /// Types a statement and presses Enter.
    static func enter(_ statement: String, in terminal: TerminalHarness) {
        terminal.type(statement)
        terminal.press("Enter")
    }

    @Test func aTraineeAnswersWronglyReadsTheHintAnswersRightlyAndGoesOn() throws {
        let terminal = TerminalHarness()
        terminal.start(["--no-rc"])
        terminal.resize(columns: 80, rows: 24)
        _ = try #require(terminal.waitForPrompt())

        Self.enter("tutorial 1", in: terminal)
        let task = terminal.waitFor { $0.contains("  Type `tables` to see what the plan holds") }
        #expect(task.satisfied, "\(task.screen)")
        #expect(task.screen.contains("Task 1 of 3:"))
        #expect(task.screen.contains("phaen> load \"Examples/mahasarakham3-fy2561\""))

        Self.enter("strategies", in: terminal)
        let wrong = terminal.waitFor { $0.contains("Type `hint` for a hint, or `show` for the answer.") }
        #expect(wrong.satisfied, "\(wrong.screen)")
        #expect(wrong.screen.contains("  missing columns: table, kind, rows, columns"))

        Self.enter("hint", in: terminal)
        #expect(terminal.waitForRow("Hint: Just the word: tables").satisfied)

        Self.enter("tables", in: terminal)
        let right = terminal.waitFor { $0.contains("  Show the strategies: type the table's name, `strategies`.") }
        #expect(right.satisfied, "\(right.screen)")
        #expect(right.screen.contains("Right."))
        #expect(right.screen.contains("Every question you ask starts from one of these tables."))
        #expect(right.screen.contains("Task 2 of 3:"))

        Self.enter("strategies", in: terminal)
        #expect(terminal.waitForRow("Task 3 of 3:").satisfied)
        Self.enter("projects | where strategy = \"S3\" | select code, name, budget", in: terminal)
        #expect(terminal.waitForRow("Lesson 1 done.").satisfied)
        Self.enter("quit", in: terminal)
        #expect(terminal.waitForRow("EXIT:0").satisfied)

        terminal.start(["--no-rc"])
        terminal.resize(columns: 80, rows: 24)
        _ = try #require(terminal.waitForPrompt())
        Self.enter("tutorial", in: terminal)
        let listing = terminal.waitFor { $0.contains("  ✓ 1. Lesson 1: the plan and where it comes from") }
        #expect(listing.satisfied, "\(listing.screen)")
        #expect(listing.screen.contains("    2. Lesson 2: the two budgets"))
    }
}
