import Foundation
import PlanModel

/// What `phaen --check` adds for a lesson (a transcript with `-- task:` exercises): each exercise has one
/// model answer that runs on the lesson's plan and gives a table. Each problem names the file and line.
public enum LessonCheck {
    /// The problems of the lesson at `path` (as given, which the messages name), run in a fresh session from
    /// the lesson's folder; none for a transcript that has no exercises.
    public static func problems(path: String, options: Session.Options = Session.Options()) -> [String] {
        guard let lesson = try? Lesson.read(path), !lesson.exercises.isEmpty else { return [] }
        var o = options
        o.directory = (path as NSString).deletingLastPathComponent
        if o.directory.isEmpty { o.directory = FileManager.default.currentDirectoryPath }
        o.keepGoing = true
        o.lessonProgress = nil
        let session = Session(options: o, out: { _ in }, err: { _ in })
        var problems: [String] = []
        for step in lesson.steps {
            if step.isExercise {
                do {
                    _ = try session.modelAnswer(step, of: lesson)
                } catch {
                    var d = error as? Diagnostic ?? Diagnostic(message: "\(error)")
                    d.file = path
                    if d.line == 0 { d.line = step.markerLine }
                    d.message = "the model answer does not work: \(d.message)"
                    problems.append(d.formatted())
                }
            } else if !step.statement.isEmpty {
                let code = step.source.components(separatedBy: "\n").map { $0.hasPrefix("--") ? "" : $0 }
                session.execute(code.joined(separator: "\n"), file: path, lineOffset: step.firstLine - 1)
            }
        }
        return problems
    }
}
