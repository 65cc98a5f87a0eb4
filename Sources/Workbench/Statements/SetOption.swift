import PlanModel
import PlanQuery

/// `set OPTION VALUE`: how results are shown and in which language; `set` alone lists the options.
struct SetOption: WordStatement {
    var option: String?
    var value: String?

    static let words = ["set"]
    static let help = HelpTopic(
        name: "set", syntax: "set [OPTION [VALUE]]",
        english: "Sets an option (format table|csv|json|markdown, lang en|th, rows N, echo on|off, …); "
            + "`set` alone lists them.",
        thai: "ตั้งค่าตัวเลือก เช่น รูปแบบผลลัพธ์ ภาษา จำนวนแถว; `set` อย่างเดียวแสดงทั้งหมด", example: "set format markdown")

    static func parse(_ p: inout TokenParser) throws(QueryError) -> SetOption {
        if p.atStatementEnd { return SetOption() }
        let option = try p.name("an option name", thai: "ชื่อตัวเลือก").lowercased()
        if p.atStatementEnd { return SetOption(option: option) }
        switch p.current.kind {
        case .identifier(let s, _), .string(let s), .decimal(let s):
            _ = p.advance()
            return SetOption(option: option, value: s)
        case .integer(let v):
            _ = p.advance()
            return SetOption(option: option, value: String(v))
        default:
            throw p.expected("a value for the option", thai: "ค่าของตัวเลือก")
        }
    }

    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] {
        if before.count == 1 { return Settings.options.map(\.name) }
        guard before.count == 2, let option = before[1].keyword else { return [] }
        return Settings.options.first { $0.name == option }?.choices ?? []
    }

    var pipedHint: String? { nil }
    var isReplayable: Bool { true }
    var isJournaled: Bool { true }
    var effects: [Effect] { [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        guard let option else { return .table(Self.listing(session.settings)) }
        guard let value else { throw Diagnostic(message: "set \(option) needs a value", thai: "set \(option) ต้องมีค่า") }
        if let problem = session.settings.apply(option: option, value: value) {
            throw Diagnostic(message: problem.en, thai: problem.th)
        }
        return .nothing
    }

    /// Each option with its value and choices.
    static func listing(_ settings: Settings) -> Table {
        var name = ColumnBuilder(type: .text)
        var value = ColumnBuilder(type: .text)
        var values = ColumnBuilder(type: .text)
        for option in Settings.options {
            name.appendText(option.name)
            value.appendText(settings.value(of: option.name))
            values.appendText(option.describe)
        }
        return Table(
            name: "set", columnNames: ["option", "value", "choices"],
            columns: [name.build(), value.build(), values.build()])
    }
}
