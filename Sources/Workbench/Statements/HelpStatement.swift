import PlanModel
import PlanQuery

/// `help` or `help TOPIC`: every statement, step, function and table function, in English or Thai.
struct HelpStatement: WordStatement {
    var topic: String?

    static let words = ["help"]
    static let help = HelpTopic(
        name: "help", syntax: "help [TOPIC]", english: "Explains a statement, step or function.",
        thai: "อธิบายคำสั่ง ขั้นตอน หรือฟังก์ชัน", example: "help where")

    static func parse(_ p: inout TokenParser) throws(QueryError) -> HelpStatement {
        if p.atStatementEnd { return HelpStatement() }
        let t = p.advance()
        if case .identifier(let s, _) = t.kind { return HelpStatement(topic: s.lowercased()) }
        return HelpStatement(topic: p.text(t.range))
    }

    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] {
        before.count == 1 ? HelpText.topics.map(\.name) : []
    }

    var pipedHint: String? { nil }
    var isReplayable: Bool { false }
    var isJournaled: Bool { false }
    var effects: [Effect] { [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        .text(try HelpText.text(topic, language: session.settings.language, width: session.settings.terminalWidth))
    }
}
