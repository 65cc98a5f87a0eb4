import Foundation
import Testing

@testable import PlanQuery

/// The fuzzers' dictionary (Fuzz/phaen.dict) keeps up with the language: every word of `Vocabulary` is in it.
@Suite struct FuzzDictionaryTests {
    @Test func everyWordOfTheLanguageIsInTheFuzzDictionary() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("Fuzz/phaen.dict"), encoding: .utf8)
        let entries = Set(text.split(separator: "\n").filter { $0.hasPrefix("\"") }.map { $0.dropFirst().dropLast() })
        let words =
            Vocabulary.statements + Vocabulary.steps + Array(Vocabulary.stepAliases.keys)
            + Vocabulary.functions + Vocabulary.expressionWords + Vocabulary.options.flatMap { [$0.name] + $0.values }
        let missing = words.filter { !entries.contains(Substring($0)) }
        #expect(missing.isEmpty, "add to Fuzz/phaen.dict: \(missing)")
    }
}
