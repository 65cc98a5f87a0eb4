import Foundation
import Testing

@testable import PlanQuery

/// The fuzzers' dictionary (Fuzz/phaen.dict) keeps up with the language: every word of `Vocabulary` is in it
/// (`FuzzDictionaryStatementTests` checks the statements' words).
@Suite struct FuzzDictionaryTests {
    @Test func everyWordOfTheLanguageIsInTheFuzzDictionary() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("Fuzz/phaen.dict"), encoding: .utf8)
        let entries = Set(text.split(separator: "\n").filter { $0.hasPrefix("\"") }.map { $0.dropFirst().dropLast() })
        var words = Vocabulary.steps + Vocabulary.functions + Vocabulary.expressionWords
        words += Vocabulary.stepAliases.keys
        let missing = words.filter { !entries.contains(Substring($0)) }
        #expect(missing.isEmpty, "add to Fuzz/phaen.dict: \(missing)")
    }
}
