import Foundation
import PlanData
import PlanModel
import PlanQuery
import Testing

@testable import Workbench

/// `docs/LANGUAGE.md` and `help` stay true: every example parses, those over the plan's tables run, and every
/// statement, step and function has a help topic and a place in the document.
@Suite struct DocsTests {
    static let languageDoc: String? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try? String(contentsOf: root.appendingPathComponent("docs/LANGUAGE.md"), encoding: .utf8)
    }()

    /// The `phaen` code blocks, and the code spans of the last cell of each table row in the Statements, Steps
    /// and Functions sections, `\|` read as `|`.
    static func examples(_ doc: String) -> [String] {
        var out: [String] = []
        var block: [String]?
        var section = ""
        for line in doc.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") { section = String(line.dropFirst(3)) }
            if line.hasPrefix("```phaen") {
                block = []
                continue
            }
            if line.hasPrefix("```"), let b = block {
                out.append(b.joined(separator: "\n"))
                block = nil
                continue
            }
            if block != nil {
                block!.append(String(line))
                continue
            }
            guard ["Statements", "Steps", "Functions"].contains(section), line.hasPrefix("|"), !line.hasPrefix("|---")
            else { continue }
            let cells = line.replacingOccurrences(of: "\\|", with: "\u{1}").split(separator: "|")
            guard let last = cells.last else { continue }
            let spans = last.split(separator: "`", omittingEmptySubsequences: false)
            for k in stride(from: 1, to: spans.count, by: 2) {
                out.append(spans[k].replacingOccurrences(of: "\u{1}", with: "|"))
            }
        }
        return out
    }

    /// The bundled example plan, as the examples' catalog.
    nonisolated(unsafe) static let workspace: Workspace = {
        var w = Workspace()
        w.plan = try? BundleLoader.load(path: SessionHarness.example)
        return w
    }()

    /// Parses an example with the session's grammar and runs it when it is a pipeline over the plan's tables.
    static func check(_ example: String) throws -> Bool {
        var ran = false
        for statement in try Parser.parse(example, grammar: StatementRegistry.grammar) {
            switch statement.statement {
            case .query(let p), .assign(_, let p):
                if case .table(let name, _) = p.source, workspace.table(named: name) == nil { continue }
                if p.exportPath != nil { continue }
                _ = try Evaluator.run(p, in: workspace)
                ran = true
            default:
                continue
            }
        }
        return ran
    }

    @Test func everyExampleInTheDocumentParsesAndRuns() throws {
        let doc = try #require(DocsTests.languageDoc, "docs/LANGUAGE.md is missing")
        let examples = DocsTests.examples(doc)
        #expect(examples.count > 40)
        var ran = 0
        for example in examples where !example.contains("CROSS_FUNC") {
            do {
                if try DocsTests.check(example) { ran += 1 }
            } catch {
                Issue.record("docs example `\(example)`: \(error)")
            }
        }
        #expect(ran > 30)
    }

    @Test func everyHelpExampleParsesAndRuns() {
        for topic in HelpText.topics {
            do {
                _ = try DocsTests.check(topic.example)
            } catch {
                Issue.record("help \(topic.name) example `\(topic.example)`: \(error)")
            }
            #expect(!topic.thai.isEmpty && !topic.english.isEmpty && !topic.syntax.isEmpty)
        }
    }

    @Test func everyWordHasHelpAndADocumentEntry() throws {
        let doc = try #require(DocsTests.languageDoc)
        let words =
            StatementRegistry.grammar.statementWords + Vocabulary.steps + Vocabulary.functions
            + TableFunctions.all.map(\.name)
        for word in words {
            #expect(HelpText.topic(word) != nil, "no help topic for `\(word)`")
            #expect(doc.contains("`\(word)"), "docs/LANGUAGE.md does not mention `\(word)`")
        }
        #expect(HelpText.topic("EXIT")?.name == "quit")
        #expect(HelpText.topic("filter")?.name == "where")
        #expect(HelpText.topic("save")?.name == "save")
    }
}
