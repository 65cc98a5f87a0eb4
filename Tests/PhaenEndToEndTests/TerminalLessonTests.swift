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

    /// Starts the shell without a startup file at 80x24 (taller results through `pager`, `cat` by default) and
    /// waits for its prompt.
    static func start(_ terminal: TerminalHarness, pager: String? = "cat") throws {
        terminal.start(["--no-rc"], columns: 80, rows: 24, pager: pager)
        _ = try #require(terminal.waitForPrompt())
    }

    @Test func aTraineeAnswersWronglyReadsTheHintAnswersRightlyAndGoesOn() throws {
        let terminal = TerminalHarness()
        try Self.start(terminal)

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

        try Self.start(terminal)
        Self.enter("tutorial", in: terminal)
        let listing = terminal.waitFor { $0.contains("  ✓ 1. Lesson 1: the plan and where it comes from") }
        #expect(listing.satisfied, "\(listing.screen)")
        #expect(listing.screen.contains("    2. Lesson 2: the two budgets"))
    }

    /// An answer taller than the screen goes through the pager; the verdict comes after it, so a trainee who
    /// leaves the pager on its first page with `q` still reads "Right." and what is next.
    @Test func theVerdictOnALongAnswerComesAfterThePager() throws {
        let folder = try PhaenProcess.temporaryFolder() + "/our-lessons"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let lesson = """
            -- Our lesson: every project
            load "\(TerminalHarness.example)"
            -- task: List every project's code and name.
            -- why: Thirty-one projects make up the plan.
            projects | select code, name

            """
        try lesson.write(toFile: folder + "/01-every-project.phaen", atomically: true, encoding: .utf8)
        let terminal = TerminalHarness()
        try Self.start(terminal, pager: nil)
        Self.enter("tutorial \"\(folder)/\" 1", in: terminal)
        #expect(terminal.waitForRow("  List every project's code and name.").satisfied)

        Self.enter("projects | select code, name", in: terminal)
        let paged = terminal.waitFor { rows in rows.last { !$0.isEmpty } == ":" }
        #expect(paged.satisfied, "\(paged.screen)")
        #expect(!paged.screen.contains("Right."), "\(paged.screen)")
        terminal.press("q")
        let after = terminal.waitFor { $0.contains("Lesson 1 done.") }
        #expect(after.satisfied, "\(after.screen)")
        #expect(after.screen.contains("Right."))
        #expect(after.screen.contains("Thirty-one projects make up the plan."))
    }
}
