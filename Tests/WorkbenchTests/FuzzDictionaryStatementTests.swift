import Foundation
import Testing

@testable import Workbench

/// The fuzzers' dictionary (Fuzz/phaen.dict) holds every word that starts a statement.
@Suite struct FuzzDictionaryStatementTests {
    @Test func everyStatementWordIsInTheFuzzDictionary() throws {
        let text = try String(contentsOfFile: SessionHarness.root + "/Fuzz/phaen.dict", encoding: .utf8)
        let entries = Set(text.split(separator: "\n").filter { $0.hasPrefix("\"") }.map { $0.dropFirst().dropLast() })
        let missing = StatementRegistry.all.flatMap { $0.words }.filter { !entries.contains(Substring($0)) }
        #expect(missing.isEmpty, "add to Fuzz/phaen.dict: \(missing)")
    }
}
