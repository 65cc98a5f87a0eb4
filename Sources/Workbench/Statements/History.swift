import PlanModel
import PlanQuery

/// `history`: the statements typed in this session.
struct History: BareWordStatement {
    static let words = ["history"]
    static let help = HelpTopic(
        name: "history", syntax: "history", english: "Lists the statements typed so far.",
        thai: "แสดงคำสั่งที่พิมพ์มาแล้ว", example: "history")

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        var n = ColumnBuilder(type: .int)
        var text = ColumnBuilder(type: .text)
        for (i, s) in session.ran.enumerated() {
            n.append(.int(Int64(i + 1)))
            text.appendText(s)
        }
        return .table(Table(name: "history", columnNames: ["n", "statement"], columns: [n.build(), text.build()]))
    }
}
