import Foundation
import PlanModel
import PlanQuery

/// `tutorial` lists the lessons with those done ticked; `tutorial N` starts lesson N as exercises;
/// `tutorial "folder/"` lists a trainer's lessons and `tutorial "folder/" N` (or `tutorial "file.phaen"`) starts
/// one; `tutorial off` leaves the lesson.
struct TutorialStatement: WordStatement {
    /// A trainer's folder or lesson file, as written; the bundled lessons in `set lang`'s language when nil.
    var folder: String?
    var lesson: Int?
    var off = false

    static let words = ["tutorial"]
    static let help = HelpTopic(
        name: "tutorial", syntax: "tutorial [\"folder/\"] [N] | tutorial off",
        english: "Lists the lessons (✓ done), or starts lesson N: you type, Phaen checks the result.",
        thai: "แสดงรายการบทเรียน (✓ ทำแล้ว) หรือเริ่มบทที่ N: คุณพิมพ์ Phaen ตรวจผล", example: "tutorial 2")

    static func parse(_ p: inout TokenParser) throws(QueryError) -> TutorialStatement {
        var statement = TutorialStatement()
        if case .identifier(let word, quoted: false) = p.current.kind, word.lowercased() == "off" {
            _ = p.advance()
            statement.off = true
            return statement
        }
        if case .string = p.current.kind {
            statement.folder = try p.string("a folder of lessons", thai: "โฟลเดอร์บทเรียน")
        }
        if !p.atStatementEnd {
            statement.lesson = Int(try p.integer("a lesson number", thai: "หมายเลขบทเรียน", in: 1...999))
        }
        return statement
    }

    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] { before.count == 1 ? ["off"] : [] }

    var pipedHint: String? { nil }
    var isReplayable: Bool { false }
    var isJournaled: Bool { true }
    var effects: [Effect] { folder.map { [.reads($0)] } ?? [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        if off {
            guard session.lessonMode != nil else {
                _ = try session.currentLesson()
                return .nothing
            }
            session.lessonMode = nil
            return .message("left the lesson; `tutorial` lists them", thai: "ออกจากบทเรียนแล้ว พิมพ์ `tutorial` เพื่อดูรายการ")
        }
        let language = session.settings.language
        var place = Tutorial.folder(language)
        var files = Tutorial.lessons(in: place)
        var number = lesson
        if let folder {
            place = session.resolve(folder)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: place, isDirectory: &isFolder) else {
                throw Diagnostic(message: "no such folder or lesson: \(folder)", thai: "ไม่พบโฟลเดอร์หรือบทเรียน \(folder)")
            }
            if !isFolder.boolValue {
                files = Tutorial.lessons(in: (place as NSString).deletingLastPathComponent)
                if !files.contains(place) { files.append(place) }
                number = (files.firstIndex(of: place) ?? 0) + 1
            } else {
                files = Tutorial.lessons(in: place)
            }
        }
        guard let number else {
            let start = folder.map { "tutorial \"\($0)\" 1" } ?? "tutorial 1"
            let done = LessonProgress.done(in: session.options.lessonProgress)
            return .text(try Tutorial.listing(files, in: folder ?? place, start: start, done: done, language))
        }
        try session.startLesson(number, of: files, &workspace)
        return .nothing
    }
}
