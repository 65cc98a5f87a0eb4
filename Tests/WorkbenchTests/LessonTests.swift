import Foundation
import Testing

@testable import Workbench

/// A trainee does a lesson: each result is compared with the model answer's on the plan loaded now, hints and
/// answers on asking, progress kept in the state folder across sessions.
@Suite struct LessonTests {
    /// A session in the package's folder keeping its progress in a temporary file.
    static func trainee(progress: String = NSTemporaryDirectory() + "phaen-lessons-\(UUID().uuidString)/done")
        -> SessionHarness
    {
        var options = Session.Options()
        options.directory = SessionHarness.root
        options.lessonProgress = progress
        return SessionHarness(options: options)
    }

    /// A trainer's folder holding `lessons` (name → text).
    static func folder(_ lessons: [String: String]) throws -> String {
        let path = NSTemporaryDirectory() + "phaen-our-lessons-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in lessons { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
        return path
    }

    @Test func aWrongAnswerSaysWhatDiffersAndTheRightOneGoesOn() {
        let h = Self.trainee()
        let (_, start) = h.run("tutorial 1")
        #expect(start.contains("Task 1 of 3:\n  Type `tables` to see what the plan holds"), "\(start)")

        let (outcome, wrong) = h.run("strategies")
        #expect(outcome == .succeeded)
        #expect(
            wrong.contains(
                "Not yet:\n  missing columns: table, kind, rows, columns\n  columns not asked for: code, name"),
            "\(wrong)")
        #expect(h.run("hint").1 == "Hint: Just the word: tables")
        #expect(h.run("show").1.contains("  tables"))

        let (_, right) = h.run("tables")
        #expect(right.contains("Right.\nEvery question you ask starts from one of these tables."), "\(right)")
        #expect(right.contains("Task 2 of 3:\n  Show the strategies"), "\(right)")
    }

    @Test func aLongAnswerIsShownInLinesTheShellReadsBack() throws {
        let h = Self.trainee()
        h.run("tutorial 5")
        h.run("skip")
        let (_, shown) = h.run("show")
        #expect(
            shown == """
                The answer (type it to go on):
                  progress(Q2) | where disbursed_pct < target_pct and state != "cancelled" |
                    select code, owner, disbursed_pct, target_pct | sort disbursed_pct
                """)
        let typed = shown.split(separator: "\n").dropFirst().joined(separator: "\n")
        let (_, answered) = h.run(typed)
        #expect(answered.contains("Right.\nThis is the list a director asks for"), "\(h.errors)")
    }

    @Test func theDifferenceNamesRowsOrderAndTheFirstValue() {
        let h = Self.trainee()
        h.run("tutorial 4")
        #expect(
            h.run("projects | where source = \"strategic\" | take 5 | select code, name, budget").1
                .contains("Not yet:\n  code in row 1 is P02, the answer has P11\n"))
        #expect(
            h.run("projects | where source = \"strategic\" | sort budget desc | take 4 | select code, name, budget")
                .1.contains("Not yet:\n  your result has 4 rows; the answer has 5 rows"))
        #expect(
            h.run("projects | where source = \"strategic\" | sort budget desc | take 5 | select code, budget, name")
                .1.contains("Not yet:\n  the columns should come in this order: code, name, budget"))
        #expect(
            h.run("projects | where source = \"strategic\" | sort budget desc | take 5 | select code, name, budget")
                .1.contains("Right."))
    }

    @Test func theAnswerIsComputedOnThePlanLoadedNotReadFromTheLesson() throws {
        // The lesson's recorded output is of some other plan; the trainee's own plan decides what is right.
        let lessons = try Self.folder([
            "01-count.phaen": """
            -- Count the projects
            -- task: How many projects are there? One row, n.
            projects | agg n = count()
            --> n
            --> -
            --> 9
            """
        ])
        let h = Self.trainee()
        h.run("load \"\(SessionHarness.example)\"")
        #expect(h.run("tutorial \"\(lessons)\" 1").1.contains("Task 1 of 1:"))
        #expect(h.run("projects | agg n = count()").1.contains("Right."), "\(h.errors)")
    }

    @Test func progressSurvivesARestartAndIsListedInBothLanguages() throws {
        let progress = NSTemporaryDirectory() + "phaen-lessons-\(UUID().uuidString)/lessons-done"
        let first = Self.trainee(progress: progress)
        first.run("tutorial 1")
        first.run("tables")
        first.run("strategies")
        let (_, last) = first.run("projects | where strategy = \"S3\" | select code, name, budget")
        #expect(last.contains("Lesson 1 done."), "\(last)")
        #expect(last.contains("Type `next` for: Lesson 2: the two budgets"))
        #expect(try String(contentsOfFile: progress, encoding: .utf8) == "tutorial/01-the-plan.phaen\n")

        let again = Self.trainee(progress: progress)
        let (_, listing) = again.run("tutorial")
        #expect(listing.contains("  ✓ 1. Lesson 1: the plan and where it comes from"), "\(listing)")
        #expect(listing.contains("    2. Lesson 2: the two budgets"))
        again.run("set lang th")
        let (_, thai) = again.run("tutorial")
        #expect(thai.hasPrefix("บทเรียน (✓ ทำแล้ว; พิมพ์ tutorial 1 เพื่อเริ่ม):"))
        #expect(thai.contains("  ✓ 1. บทที่ 1: แผนปฏิบัติการและที่มา"), "\(thai)")
        #expect(thai.contains("    2. บทที่ 2: งบประมาณสองประเภท"))
    }

    @Test func aSkippedTaskLeavesTheLessonNotDoneUntilItIsAnswered() throws {
        let progress = NSTemporaryDirectory() + "phaen-lessons-\(UUID().uuidString)/lessons-done"
        let h = Self.trainee(progress: progress)
        h.run("tutorial 3")
        #expect(h.run("skip").1.contains("Task 2 of 2:"))
        let (_, finished) = h.run(
            "disbursements | where kind = \"disbursement\" and date <= end_of(Q2) | agg paid = sum(amount)")
        #expect(finished.contains("Lesson 3 finished with 1 skipped"), "\(finished)")
        #expect(!FileManager.default.fileExists(atPath: progress))
        #expect(h.run("back").1.contains("Task 2 of 2:"))
        #expect(h.run("back").1.contains("Task 1 of 2:"))
        let (_, done) = h.run(
            "disbursements | where kind = \"disbursement\" | group q = quarter(date) | agg paid = sum(amount)")
        #expect(done.contains("Right.") && done.contains("Task 2 of 2:"))
        let (_, again) = h.run(
            "disbursements | where kind = \"disbursement\" and date <= end_of(Q2) | agg paid = sum(amount)")
        #expect(again.contains("Lesson 3 done."), "\(again)")
        #expect(try String(contentsOfFile: progress, encoding: .utf8) == "tutorial/03-the-fiscal-year.phaen\n")
    }

    @Test func nextStartsTheNextLessonAndOffLeaves() {
        let h = Self.trainee()
        h.run("tutorial 7")
        let (_, next) = h.run("next")
        #expect(next.contains("Lesson 8: asking \"what if\""), "\(next)")
        #expect(h.run("next").0 == .failed)
        #expect(h.errors.contains("this is the last lesson"))
        #expect(h.run("tutorial off").1 == "left the lesson; `tutorial` lists them")
        #expect(h.run("hint").0 == .failed)
        #expect(h.errors.contains("no lesson is running; type `tutorial` to choose one"))
        // With no lesson running a result is only a result.
        #expect(h.run("tables").1.hasPrefix("table "))
    }

    @Test func aTrainersFolderIsListedAndItsLessonsStartByNumberOrFile() throws {
        let lessons = try Self.folder([
            "01-first.phaen": "-- Our first lesson\n-- task: List the strategies.\nstrategies\n",
            "02-second.phaen": "-- Our second lesson\n-- task: List the units.\nunits\n",
        ])
        let h = Self.trainee()
        h.run("load \"\(SessionHarness.example)\"")
        let (_, listing) = h.run("tutorial \"\(lessons)/\"")
        #expect(
            listing == """
                Lessons (✓ done; type tutorial "\(lessons)/" 1 to start):
                    1. Our first lesson
                    2. Our second lesson
                """)
        #expect(h.run("tutorial \"\(lessons)/02-second.phaen\"").1.contains("List the units."))
        #expect(h.run("units").1.contains("Lesson 2 done."))
    }

    @Test func aBrokenModelAnswerIsNamedByFileAndLine() throws {
        let lessons = try Self.folder([
            "01-broken.phaen": """
            -- A lesson with a typo
            load "\(SessionHarness.example)"
            -- task: Show each project's code and budget.
            -- hint: select code, budget
            projects | select code, budgt
            """
        ])
        let path = lessons + "/01-broken.phaen"
        let problems = LessonCheck.problems(path: path)
        #expect(problems.count == 1)
        #expect(
            problems.first?.hasPrefix("\(path):5:25: error: the model answer does not work: no column `budgt`") == true,
            "\(problems)")
    }
}
