import PlanModel
import PlanQuery

/// `quit` / `exit`: leaves the workbench.
struct Quit: WordStatement {
    static let words = ["quit", "exit"]
    static let help = HelpTopic(
        name: "quit", syntax: "quit | exit", english: "Leaves the workbench.", thai: "ออกจากโปรแกรม", example: "quit")

    static func parse(_ p: inout TokenParser) throws(QueryError) -> Quit { Quit() }
    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] { [] }

    var pipedHint: String? { nil }
    var isReplayable: Bool { false }
    var isJournaled: Bool { false }
    var effects: [Effect] { [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput { .quit }
}
