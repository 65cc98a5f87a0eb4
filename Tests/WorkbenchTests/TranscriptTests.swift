import Foundation
import Testing
import TextWidth

@testable import Workbench

@Suite struct TranscriptTests {
    @Test func splitsStatementsFromExpectedOutput() {
        let t = Transcript(text: "-- note\nset format csv\n--> a\n-->\nload csv \"x\" as x\n")
        #expect(t.chunks.count == 2)
        #expect(t.chunks[0].source == ["-- note", "set format csv"])
        #expect(t.chunks[0].expected == ["a", ""])
        #expect(t.chunks[1].firstLine == 5)
        #expect(t.text == "-- note\nset format csv\n--> a\n-->\nload csv \"x\" as x\n")
    }

    @Test func anUpdatedTranscriptChecksCleanAtOnceWithErrorsNamingItsOwnLines() throws {
        let path = NSTemporaryDirectory() + "phaen-update-" + UUID().uuidString + ".phaen"
        try "describe nothing\nset format xml\n".write(toFile: path, atomically: true, encoding: .utf8)
        let first = try Transcript.check(path: path)
        #expect(!first.matches)
        // The first error takes four lines (message, source, caret, hint), so `set format xml` moves to line 6.
        #expect(first.updated.contains("\nset format xml\n--> \((path as NSString).lastPathComponent):6:1: error:"))
        try first.updated.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Transcript.check(path: path).matches)
    }

    @Test func aTranscriptWithWindowsLineEndingsChecksStatementByStatement() throws {
        let path = NSTemporaryDirectory() + "phaen-crlf-" + UUID().uuidString + ".phaen"
        try "set format xml\r\nset lang xx\r\n".write(toFile: path, atomically: true, encoding: .utf8)
        let name = (path as NSString).lastPathComponent
        let first = try Transcript.check(path: path)
        #expect(first.updated.hasPrefix("set format xml\n--> \(name):1:1: error: format must be"))
        #expect(first.updated.contains("\nset lang xx\n--> \(name):3:1: error: lang must be"))
        try first.updated.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Transcript.check(path: path).matches)
    }

    @Test func unifiedDiffShowsOnlyWhatChanged() {
        let a = (1...20).map { "line \($0)" }.joined(separator: "\n")
        let b = a.replacingOccurrences(of: "line 10", with: "line ten")
        let d = UnifiedDiff.make(a, b, fromName: "x", toName: "y")
        #expect(d.contains("-line 10\n+line ten"))
        #expect(d.contains("@@ -7,7 +7,7 @@"))
        #expect(!d.contains("line 2\n"))
        #expect(UnifiedDiff.make(a, a, fromName: "x", toName: "y").isEmpty)
    }
}

@Suite struct JournalTests {
    @Test func recoversEveryStatementThatRanAndTheUnfinishedOne() throws {
        let folder = NSTemporaryDirectory() + "phaen-journal-" + UUID().uuidString
        let journal = try #require(Journal(folder: folder))
        journal.begin("load \"x\"")
        journal.end(.succeeded)
        journal.begin("projects |\n  take 2")
        journal.end(.succeeded)
        journal.begin("bad")
        journal.end(.failed)
        journal.begin("simulate from Q2 runs 100000")
        let entries = Recovery.list(folder: folder)
        #expect(entries.count == 1)
        #expect(entries[0].succeeded == ["load \"x\"", "projects |\n  take 2"])
        #expect(entries[0].failed == 1)
        #expect(entries[0].unfinished == "simulate from Q2 runs 100000")
    }

    @Test func aShellKilledBeforeAnythingRanIsNotListed() throws {
        let folder = NSTemporaryDirectory() + "phaen-journal-" + UUID().uuidString
        let ran = try #require(Journal(folder: folder, now: Date(timeIntervalSince1970: 1_000_000)))
        ran.begin("tables")
        ran.end(.succeeded)
        _ = try #require(Journal(folder: folder, now: Date(timeIntervalSince1970: 2_000_000)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 2)
        #expect(Recovery.list(folder: folder).map(\.succeeded) == [["tables"]])
    }
}

@Suite struct TableRendererTests {
    @Test func columnsAlignByDisplayWidthNotCharacters() {
        let t = TestTables.thaiNames()
        let lines = TableRenderer.render(t, rowLimit: 0, language: .en).split(separator: "\n").map(String.init)
        // Every row's amount ends at the same terminal column.
        let ends = lines.dropFirst(2).map { $0.displayWidth }
        #expect(Set(ends).count == 1, "\(lines)")
        #expect(lines[2].contains("1,250,000.50"))
    }

    @Test func longResultsAreCut() {
        let t = TestTables.numbers(100)
        let text = TableRenderer.render(t, rowLimit: 10, language: .en)
        #expect(text.hasSuffix("… 90 more rows"))
        #expect(TableRenderer.render(t, rowLimit: 10, language: .th).hasSuffix("… อีก 90 แถว"))
    }
}
