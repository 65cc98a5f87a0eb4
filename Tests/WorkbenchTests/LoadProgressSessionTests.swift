import Foundation
import Testing

@testable import Workbench

/// `load` shows a status line per file through `Session.progress`, clears it at the end, and Ctrl-C (a
/// `shouldStop` that says yes) abandons the load with the plan left as it was.
@Suite struct LoadProgressSessionTests {
    @Test func loadShowsEachFileThenClearsTheLine() {
        let h = SessionHarness()
        var shown: [String] = []
        h.session.progress = { shown.append($0) }
        let (outcome, _) = h.run("load \"\(SessionHarness.example)\"")
        #expect(outcome == .succeeded, "\(h.errors)")
        #expect(shown.contains("loading disbursements.csv 100%"), "\(shown)")
        #expect(shown.contains("loading strategies.csv 100%"), "\(shown)")
        #expect(shown.last == "", "the line is cleared when the load ends: \(shown)")
    }

    @Test func anInterruptedLoadFailsAndKeepsThePlan() {
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        let prompt = h.session.prompt
        var shown: [String] = []
        h.session.progress = { shown.append($0) }
        h.session.shouldStop = { true }
        let (outcome, _) = h.run("load \"\(SessionHarness.example)\"")
        #expect(outcome == .failed)
        #expect(h.errors.contains("interrupted"), "\(h.errors)")
        #expect(h.session.prompt == prompt)
        #expect(shown == [""], "nothing was read, and the line is cleared: \(shown)")
    }
}
