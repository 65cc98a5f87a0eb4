import Foundation
import Testing

@testable import Workbench

/// A lesson shows each statement as the learner would type it from their own working folder.
@Suite struct TutorialDisplayTests {
    @Test func aLessonShowsPathsFromTheWorkingFolder() {
        var options = Session.Options()
        options.directory = SessionHarness.root
        let h = SessionHarness(options: options)
        #expect(h.run("tutorial 1").0 == .succeeded, "\(h.errors)")
        #expect(h.captured.out.contains("phaen> load \"Examples/mahasarakham3-fy2561\""))
        #expect(!h.captured.out.contains { $0.contains("../../") })

        h.run("set lang th")
        #expect(h.run("tutorial 7").0 == .succeeded, "\(h.errors)")
        #expect(h.captured.out.contains { $0.hasSuffix("> run \"Examples/scripts/q2-review.phaen\"") })
    }

    @Test func whatALessonShowsRunsAsTypedFromTheWorkingFolder() throws {
        var options = Session.Options()
        options.directory = SessionHarness.root
        let learner = SessionHarness(options: options)
        learner.run("tutorial 1")
        let shown = try #require(learner.captured.out.first { $0.hasPrefix("phaen> load ") })
        let typed = SessionHarness(options: options)
        #expect(typed.run(String(shown.dropFirst("phaen> ".count))).0 == .succeeded, "\(typed.errors)")
    }
}
