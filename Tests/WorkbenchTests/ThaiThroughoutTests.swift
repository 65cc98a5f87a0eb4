import Foundation
import PlanQuery
import Testing

@testable import Workbench

/// With `set lang th`, what the workbench says is Thai: every message, error, hint and heading. English may
/// appear only as codes, names (of tables, columns, statements, functions, files) and the user's own text.
@Suite struct ThaiThroughoutTests {
    /// Statements of every kind, each right and each wrong, run one by one in Thai.
    static let statements = [
        "projects | where budgt > 1", "projects | where code = \"P1\"", "projets | take 1",
        "progress(Q2) | where disbursed_pct < 52", "progress(Q2) | where disbursed_pct >= 0.9",
        "projects | select x = if(budget > 1, budget, 0.5)", "projects | select x = case budget end",
        "reprot Q2", "simulte from Q2", "simulate from Q2 slip xyz 0.1",
        "let behind = progress(Q2) | where gap_pct < 0",
        "describe behind", "describe nothing", "describe projects | export \"x.csv\"", "set format xml", "set lang xx",
        "help nosuchthing", "load \"no/such/folder\"", "load csv \"no-such.csv\" as t", "run \"no-such.phaen\"",
        "simulate from Q2 runs 10 seed 1", "allocate 1_000_000 over units by students 60%, teachers 30%",
        "allocate 1_000_000 over units by nothing 100%", "projects | chart bar name by code", "tutorial 99",
        "projects | where budget > 1 and", "let projects = strategies",
    ]

    /// Words a Thai user may see in English: names of the language and of the plan.
    static func allowedWords(_ h: SessionHarness) -> Set<String> {
        var words = Set(["Q1", "Q2", "Q3", "Q4", "seed", "csv", "json", "md", "phaen", "UTF"])
        let vocabulary =
            ["let", "load", "tables", "describe", "set", "help", "save", "run", "report", "simulate"]
            + ["allocate", "history", "tutorial", "quit", "exit", "where", "select", "derive", "sort", "take"]
            + ["group", "agg", "distinct", "join", "chart", "export", "simulation", "simulation_projects", "as"]
        words.formUnion(vocabulary)
        // Options and their values are typed as they are (`set format csv`, `set lang th`).
        for (option, values) in [
            ("format", ["table", "csv", "json", "markdown", "html", "xlsx"]), ("lang", ["en", "th"]),
        ] {
            words.insert(option)
            words.formUnion(values)
        }
        for name in h.session.workspace.tableNames {
            words.insert(name)
            if let t = h.session.workspace.table(named: name) { words.formUnion(t.columnNames) }
        }
        for name in ["progress", "progress_by_strategy"] {
            words.insert(name)
            if let t = h.session.workspace.tableFunctionSchema(name) { words.formUnion(t.columnNames) }
        }
        return words
    }

    /// The English words of a line, leaving out what is quoted (`…`, "…") and paths.
    static func englishWords(_ line: String, allowed: Set<String>) -> [String] {
        var text = line
        for quote in ["`", "\""] {
            let parts = text.components(separatedBy: quote)
            text = parts.enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
        }
        return text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ":" || $0 == "(" || $0 == ")" })
            .map(String.init)
            .filter { !$0.contains("/") && !$0.contains(".") && !$0.contains("=") && !$0.contains("_pct") }
            .map { $0.trimmingCharacters(in: .punctuationCharacters) }
            .filter { word in
                word.count >= 3 && word.allSatisfy { $0.isASCII && $0.isLetter } && !allowed.contains(word)
            }
    }

    @Test func everyStatementKindSpeaksThai() {
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        h.run("set lang th")
        let allowed = Self.allowedWords(h)
        var found: [String] = []
        for statement in Self.statements {
            let (_, out) = h.run(statement)
            let statementLines = Set(statement.split(separator: "\n").map(String.init))
            // What was said: the errors, and the output's lines that are not a table (headings, messages).
            var said = h.errors.split(separator: "\n").map(String.init)
            said += out.split(separator: "\n").map(String.init).prefix { !$0.contains("──") }.dropLast()
            for line in said where !statementLines.contains(line) && !line.allSatisfy({ " ^\t".contains($0) }) {
                let english = Self.englishWords(line, allowed: allowed)
                if !english.isEmpty { found.append("\(statement) → \(line)  [\(english.joined(separator: " "))]") }
            }
        }
        #expect(found.isEmpty, "English in Thai:\n\(found.joined(separator: "\n"))")
    }
}
