import PlanModel
import PlanQuery

/// `last`: the last result shown, again and in full (every row, every column at full width); in the shell it
/// goes through the pager.
struct Last: BareWordStatement {
    static let words = ["last"]
    static let help = HelpTopic(
        name: "last", syntax: "last",
        english: "Shows the last result again in full, every row and column, through the pager.",
        thai: "แสดงผลลัพธ์ล่าสุดอีกครั้งแบบเต็ม ครบทุกแถวทุกคอลัมน์ ผ่านโปรแกรมแบ่งหน้า", example: "last")

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        guard let result = session.lastResult else {
            throw Diagnostic(message: "no result has been shown yet", thai: "ยังไม่มีผลลัพธ์ที่แสดงไว้")
        }
        return .inFull(result)
    }
}
