import PlanModel
import PlanQuery

/// `quit` / `exit`: leaves the workbench.
struct Quit: BareWordStatement {
    static let words = ["quit", "exit"]
    static let help = HelpTopic(
        name: "quit", syntax: "quit | exit", english: "Leaves the workbench.", thai: "ออกจากโปรแกรม", example: "quit")

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput { .quit }
}
