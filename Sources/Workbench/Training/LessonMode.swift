import PlanModel

/// The lesson a trainee is doing. The session owns one from `tutorial N` until `tutorial off`; the lesson
/// statements (`hint`, `show`, `skip`, `back`, `next`) and the check after each result read and move it.
struct LessonMode {
    /// The lesson files of the folder the lesson came from, for `next`.
    var files: [String]
    /// The lesson's number in `files`, from 1.
    var number: Int
    var lesson: Lesson
    /// The step being asked (an exercise), or `lesson.steps.count` once the lesson is over.
    var step = 0
    /// The exercises skipped (their steps): a lesson with one is not marked done.
    var skipped: Set<Int> = []

    /// The exercise being asked, if the lesson is not over.
    var exercise: Lesson.Step? {
        step < lesson.steps.count && lesson.steps[step].isExercise ? lesson.steps[step] : nil
    }

    /// The exercise's number among the lesson's exercises, from 1.
    var exerciseNumber: Int { lesson.exercises.filter { $0 <= step }.count }

    /// The exercise before the one being asked (or the last, once the lesson is over).
    var previousExercise: Int? { lesson.exercises.last { $0 < step } }
}

extension LessonMode {
    /// What `hint`, `show` and `skip` say once the lesson's tasks are over.
    static let noTask = Diagnostic(
        message: "the lesson has no task left; `back` returns to the last, `next` goes on",
        thai: "บทเรียนนี้ไม่มีงานเหลือ พิมพ์ `back` เพื่อกลับ หรือ `next` เพื่อไปต่อ")
}
