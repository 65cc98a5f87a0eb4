import LineBreaking
import PlanModel
import PlanQuery

/// `help` and `help TOPIC`, in English or Thai: the statements' own help, the table functions', and the
/// language's steps, functions and operators.
enum HelpText {
    /// Every topic, statements first.
    static var topics: [HelpTopic] {
        StatementRegistry.helpTopics + TableFunctions.all.map(\.help) + LanguageHelp.topics
    }

    /// The topic a word names: a statement by any of its words (`exit` is `quit`), then the rest.
    static func topic(_ name: String) -> HelpTopic? {
        if name.lowercased() == "let" { return Let.help }
        if let statement = StatementRegistry.statement(startingWith: name) { return statement.help }
        if let function = TableFunctions.named(name) { return function.help }
        return LanguageHelp.topic(name)
    }

    /// The help text; given a terminal's `width`, the overview's summaries wrap under themselves.
    static func text(_ topic: String?, language: Settings.Language, width: Int? = nil) throws -> String {
        guard let topic else { return overview(topics, language: language, width: width) }
        guard let t = Self.topic(topic) else {
            throw Diagnostic(
                message: "no help for `\(topic)`; `help` lists the topics",
                thai: "ไม่มีคำอธิบายหัวข้อ `\(topic)` พิมพ์ help เพื่อดูหัวข้อทั้งหมด",
                notes: Suggestion.didYouMean(topic, in: topics.map(\.name)).map { [$0] } ?? [])
        }
        let body = language == .th ? t.thai : t.english
        let exampleTitle = language == .th ? "ตัวอย่าง" : "Example"
        return [
            t.syntax, "", body, "", "\(exampleTitle):", "  " + t.example.replacingOccurrences(of: "\n", with: "\n  "),
        ]
        .joined(separator: "\n")
    }

    static func overview(_ topics: [HelpTopic], language: Settings.Language, width: Int? = nil) -> String {
        let nameWidth = topics.map { $0.name.count }.max() ?? 0
        let head =
            language == .th
            ? "พิมพ์ help ตามด้วยหัวข้อ เช่น help where  ·  tutorial เริ่มบทเรียน  ·  Ctrl-D ออก"
            : "Type help TOPIC, e.g. help where  ·  tutorial starts the lessons  ·  Ctrl-D quits"
        let lines = topics.map { t -> String in
            let summary = (language == .th ? t.thai : t.english).split(separator: "\n").first.map(String.init) ?? ""
            let line = "  " + t.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  " + summary
            guard let width else { return line }
            return LineWrapping.wrap(line: line, width: width, indent: nameWidth + 4).joined(separator: "\n")
        }
        return ([head, ""] + lines).joined(separator: "\n")
    }
}
