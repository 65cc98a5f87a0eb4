import Foundation
import PlanModel
import PlanQuery

/// A lesson as the trainee does it: setup steps run as if typed, each task shown and waited for, and every
/// result the trainee's statements give compared with the model answer's result on the plan loaded now.
extension Session {
    /// Starts lesson `number` of `files`: shows its opening and runs its setup steps up to its first task.
    /// The steps run in the session's own workspace, so `workspace` is handed over and taken back.
    func startLesson(_ number: Int, of files: [String], _ workspace: inout Workspace) throws {
        let lesson = try Lesson.read(try Tutorial.lesson(number, of: files))
        lessonMode = LessonMode(files: files, number: number, lesson: lesson)
        inSessionWorkspace(&workspace) { runLesson(from: 0) }
    }

    /// The lesson being done, or the error a lesson statement gives when there is none.
    func currentLesson() throws -> LessonMode {
        guard let lessonMode else {
            throw Diagnostic(
                message: "no lesson is running; type `tutorial` to choose one",
                thai: "ยังไม่ได้เริ่มบทเรียน พิมพ์ `tutorial` เพื่อเลือกบทเรียน")
        }
        return lessonMode
    }

    /// Runs `body` with the session's own workspace set to `workspace`, then hands it back.
    func inSessionWorkspace(_ workspace: inout Workspace, _ body: () -> Void) {
        self.workspace = workspace
        body()
        workspace = self.workspace
    }

    /// Shows and runs the setup steps from `step` on, up to the next exercise (whose task it shows) or the
    /// lesson's end. A setup step that fails ends the lesson: what follows would not make sense.
    func runLesson(from step: Int) {
        guard var mode = lessonMode else { return }
        let lesson = mode.lesson
        var i = step
        while i < lesson.steps.count, !lesson.steps[i].isExercise {
            let setup = lesson.steps[i]
            if !setup.prose.isEmpty { out(setup.prose.joined(separator: "\n")) }
            if !setup.statement.isEmpty && !runSetup(setup, of: lesson) {
                lessonMode = nil
                err(say("the lesson stopped: its step failed on this plan", "บทเรียนหยุด: ขั้นตอนนี้ใช้กับแผนนี้ไม่ได้"))
                return
            }
            i += 1
        }
        mode.step = i
        lessonMode = mode
        if mode.exercise != nil { showTask() } else { finishLesson() }
    }

    /// Shows the task being asked, with the prose before it.
    func showTask() {
        guard let mode = lessonMode, let task = mode.exercise else { return }
        let count = mode.lesson.exercises.count
        var lines = task.prose
        lines.append(say("Task \(mode.exerciseNumber) of \(count):", "งานที่ \(mode.exerciseNumber) จาก \(count):"))
        lines += task.task.map { "  " + $0 }
        lines.append(
            say(
                "(type a statement; or hint, show, skip, back, next, tutorial off)",
                "(พิมพ์คำสั่ง หรือ hint, show, skip, back, next, tutorial off)"))
        out(lines.joined(separator: "\n"))
    }

    /// After a statement the trainee typed: when it gave a table and a task is being asked, compares the table
    /// with the model answer's and says what differs, or why it matters and goes on.
    func checkLessonAnswer(_ output: StatementOutput) {
        guard replaying == 0, let mode = lessonMode, let task = mode.exercise else { return }
        let yours: Table
        switch output {
        case .table(let t), .chart(_, table: let t, value: _, label: _): yours = t
        case .report(let r) where r.result != nil: yours = r.result!
        default: return
        }
        let expected: Table
        do {
            expected = try modelAnswer(task, of: mode.lesson)
        } catch {
            report(error as? Diagnostic ?? Diagnostic(message: "\(error)"))
            err(
                say(
                    "the lesson's answer does not run on this plan; type `skip`",
                    "คำตอบของบทเรียนใช้กับแผนนี้ไม่ได้ พิมพ์ `skip`"))
            return
        }
        if let difference = TableDifference.between(yours, expected) {
            let lines = say(difference.english, difference.thai).split(separator: "\n").map { "  " + $0 }
            out(
                ([say("Not yet:", "ยังไม่ถูก:")] + lines + [
                    say("Type `hint` for a hint, or `show` for the answer.", "พิมพ์ `hint` เพื่อดูคำใบ้ หรือ `show` เพื่อดูคำตอบ")
                ]).joined(separator: "\n"))
            return
        }
        out(([say("Right.", "ถูกต้อง")] + task.why).joined(separator: "\n"))
        lessonMode?.skipped.remove(mode.step)
        runLesson(from: mode.step + 1)
    }

    /// The result of an exercise's model answer on a copy of the session's workspace, shown nowhere. Its errors
    /// name the lesson's file and line.
    func modelAnswer(_ task: Lesson.Step, of lesson: Lesson) throws -> Table {
        let file = shownPath(lesson.path)
        let parsed = Parser.statements(task.source, grammar: StatementRegistry.grammar)
        guard parsed.count == 1 else {
            throw Diagnostic(
                file: file, line: task.markerLine,
                message: "an exercise needs one statement after its task, its model answer (it has \(parsed.count))",
                thai: "แบบฝึกหัดต้องมีคำสั่งเดียวหลังโจทย์ คือคำตอบตัวอย่าง (มี \(parsed.count))")
        }
        let statement: ParsedStatement
        switch parsed[0].result {
        case .failure(let error): throw error.located(in: task.source, file: file, lineOffset: task.firstLine - 1)
        case .success(let s): statement = s
        }
        let answer = StatementRegistry.sessionStatement(statement.statement)
        guard answer.effects.allSatisfy({ if case .reads = $0 { true } else { false } }) else {
            throw Diagnostic(
                file: file, line: task.markerLine, message: "a model answer may not write files or run scripts",
                thai: "คำตอบตัวอย่างต้องไม่เขียนไฟล์หรือเรียกสคริปต์")
        }
        var copy = workspace
        paths.enter((lesson.path as NSString).deletingLastPathComponent)
        replaying += 1
        defer {
            replaying -= 1
            paths.leave()
        }
        let output: StatementOutput
        do {
            output = try answer.perform(in: self, &copy)
        } catch let error as Diagnostic {
            throw error.located(
                in: task.source, file: file, lineOffset: task.firstLine - 1, statementStart: statement.range.start)
        } catch let error as Diagnostics {
            throw error.items.first ?? Diagnostic(file: file, line: task.markerLine, message: "\(error)")
        }
        switch output {
        case .table(let t), .chart(_, table: let t, value: _, label: _): return t
        case .report(let r) where r.result != nil: return r.result!
        default:
            throw Diagnostic(
                file: file, line: task.markerLine, message: "a model answer must give a table (a query, `tables`, …)",
                thai: "คำตอบตัวอย่างต้องให้ผลเป็นตาราง (คำค้น, `tables`, …)")
        }
    }

    /// Ends the lesson: done (and kept so) when no task was skipped, then points to the next lesson.
    func finishLesson() {
        guard let mode = lessonMode else { return }
        var lines: [String] = []
        if mode.skipped.isEmpty {
            lines.append(say("Lesson \(mode.number) done.", "จบบทที่ \(mode.number) แล้ว"))
            do {
                try LessonProgress.markDone(mode.lesson.path, in: options.lessonProgress)
            } catch {
                report(error as? Diagnostic ?? Diagnostic(message: "\(error)"))
            }
        } else {
            lines.append(
                say(
                    "Lesson \(mode.number) finished with \(mode.skipped.count) skipped (not marked done; `back` returns).",
                    "จบบทที่ \(mode.number) แต่ข้ามไป \(mode.skipped.count) งาน (ยังไม่นับว่าทำแล้ว พิมพ์ `back` เพื่อกลับไป)"))
        }
        if mode.number < mode.files.count {
            let next = Tutorial.title(mode.files[mode.number])
            lines.append(say("Type `next` for: \(next)", "พิมพ์ `next` เพื่อไปต่อ: \(next)"))
        } else {
            lines.append(
                say("That was the last lesson; `tutorial` lists them.", "นี่คือบทสุดท้าย พิมพ์ `tutorial` เพื่อดูรายการ"))
        }
        out(lines.joined(separator: "\n"))
    }

    /// English or Thai, per `set lang`.
    func say(_ english: String, _ thai: String) -> String { settings.language == .th ? thai : english }

    /// Shows a setup step as if typed, then runs it from the lesson's folder, not recorded as typed.
    private func runSetup(_ setup: Lesson.Step, of lesson: Lesson) -> Bool {
        let folder = (lesson.path as NSString).deletingLastPathComponent
        let shown = asTyped(setup.statementText, from: folder)
        paths.enter(folder)
        replaying += 1
        defer {
            replaying -= 1
            paths.leave()
        }
        out(prompt + shown.replacingOccurrences(of: "\n", with: "\n" + continuationPrompt))
        let code = setup.source.components(separatedBy: "\n").map { $0.hasPrefix("--") ? "" : $0 }
        return execute(code.joined(separator: "\n"), file: shownPath(lesson.path), lineOffset: setup.firstLine - 1)
            == .succeeded
    }

    /// A lesson's statement as the trainee would type it: paths in a lesson start from the lesson's folder, so
    /// each is shown as it is reached from the working folder (`load "Examples/mahasarakham3-fy2561"`).
    func asTyped(_ text: String, from folder: String) -> String {
        guard let parsed = try? Parser.parse(text, grammar: StatementRegistry.grammar) else { return text }
        paths.enter(folder)
        defer { paths.leave() }
        return parsed.reduce(text) { shown, p in
            let effects = StatementRegistry.sessionStatement(p.statement).effects
            return RecordedStatement(text: shown, effects: effects, resolve: resolve).text(savedIn: options.directory)
        }
    }
}
