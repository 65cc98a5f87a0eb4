import Foundation
import PlanData
import Testing

@testable import Workbench

/// Scenarios as a user types them: defined, listed, used, compared, simulated, saved and replayed, with the
/// loaded plan never changed.
@Suite struct ScenarioSessionTests {
    static func loaded() -> SessionHarness {
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        return h
    }

    /// Every table of the loaded plan as CSV text: what a byte-for-byte check compares.
    static func snapshot(_ h: SessionHarness) -> [String: String] {
        (h.session.workspace.plan?.tables ?? [:]).mapValues { TableWriter.csv($0) }
    }

    static let p11 = "progress(Q2) | where code = \"P11\" | select code, budget, planned_to_date"
    static let p07 = "progress(Q2) | where code = \"P07\" | select code, budget, planned_to_date"

    @Test func aQueryInAScenarioSeesTheChangedPlanAndTheLoadedOneStaysAsItWas() throws {
        let h = Self.loaded()
        let before = Self.snapshot(h)
        let q1 = h.run("progress(Q1) | where code = \"P11\" | select planned_to_date").1
        #expect(q1.contains("149,800.00"))
        #expect(h.run("scenario late = delay P11 1 quarter, cut S2 10%").1 == "scenario late: 2 changes")
        #expect(Self.snapshot(h) == before)
        let late = h.run(Self.p11 + " in late").1
        // P11's plan moves a quarter later: Q1's 149,800 is what is planned to the end of Q2. It has disbursed
        // its whole budget, so S2's cut of 10% (297,000) comes from its other projects.
        #expect(late.contains("P11   750,000.00       149,800.00"), "\(late)")
        let s2 = h.run("progress_by_strategy(Q2) | where strategy = \"S2\" | select strategy, budget in late").1
        #expect(s2.contains("S2        2,673,000.00"), "\(s2)")
        #expect(Self.snapshot(h) == before)
        #expect(h.run(Self.p11).1.contains("750,000.00"))
    }

    @Test func useChangesThePromptAndBaselineEndsIt() {
        let h = Self.loaded()
        h.run("scenario late = cut P07 10%")
        let prompt = h.session.prompt
        #expect(h.run("use late").0 == .succeeded)
        #expect(h.session.prompt.contains("· late]"), "\(h.session.prompt)")
        // P07's 280,000 allocated is cut 10%; by Q2 it has received 30,000 from P09 (progress measures the budget
        // after transfers).
        #expect(h.run(Self.p07).1.contains("282,000.00"))
        #expect(h.run(Self.p07 + " in baseline").1.contains("310,000.00"))
        h.run("use baseline")
        #expect(h.session.prompt == prompt)
        #expect(h.run(Self.p07).1.contains("310,000.00"))
    }

    @Test func scenariosBuildOnEachOtherAndAreListed() {
        let h = Self.loaded()
        h.run("scenario late = delay P11 1 quarter")
        h.run("scenario late2 = late + cut S2 10%, slip strategic 40%")
        #expect(h.run(Self.p11 + " in late2").1.contains("750,000.00       149,800.00"))
        let listing = h.run("scenarios").1
        #expect(listing.contains("late                 delay project P11 by 1 quarter"), "\(listing)")
        #expect(listing.contains("late2     late       cut strategy S2 by 10%"), "\(listing)")
        #expect(listing.contains("late2     late       slip source strategic 40%"), "\(listing)")
    }

    @Test func compareShowsEachScenarioAndTheDifference() {
        let h = Self.loaded()
        h.run("scenario late = cut S2 10%")
        let (outcome, shown) = h.run(
            "compare baseline, late on progress_by_strategy(Q4) | select strategy, budget | take 2")
        #expect(outcome == .succeeded, "\(h.errors)")
        #expect(shown.hasPrefix("compare baseline, late\n"), "\(shown)")
        #expect(shown.contains("Strategy  baseline_budget   late_budget  diff_budget"), "\(shown)")
        #expect(shown.contains("S2           2,970,000.00  2,673,000.00  -297,000.00"), "\(shown)")
        #expect(h.run("comparison | select strategy, diff_budget | take 1").1.contains("S1"))
        // The chart: a bar a scenario on one scale, S2's cut 10% shorter than baseline's.
        #expect(shown.contains("chart: budget in each scenario"), "\(shown)")
        #expect(shown.contains("S2   baseline  " + String(repeating: "█", count: 30) + "  2,970,000.00"), "\(shown)")
        #expect(shown.contains("     late      " + String(repeating: "█", count: 27) + "     2,673,000.00"), "\(shown)")
    }

    /// A percentage differs between scenarios like any measure: it is compared, not used to match rows (a cut
    /// changes S2's disbursed_pct, and its row must still pair up).
    @Test func percentColumnsAreComparedNotMatchedOn() {
        let h = Self.loaded()
        h.run("scenario cut = cut S2 10%")
        let (outcome, shown) = h.run(
            "compare baseline, cut on progress_by_strategy(Q2) | select strategy, disbursed_pct | take 2")
        #expect(outcome == .succeeded, "\(h.errors)")
        #expect(shown.contains("Strategy  baseline_disbursed_pct  cut_disbursed_pct  diff_disbursed_pct"), "\(shown)")
        #expect(shown.contains("S2                        24.51%             27.23%               2.72%"), "\(shown)")
        #expect(shown.contains("chart: disbursed_pct in each scenario"), "\(shown)")
        #expect(h.run("comparison | where strategy = \"S2\" | select diff_disbursed_pct").1.contains("2.72%"))
    }

    @Test func badChangesAreLocatedAndLeaveNothingHalfMade() {
        let h = Self.loaded()
        h.run("scenario late = cut P07 10%")
        let before = h.run("scenarios").1
        let cases: [(String, String)] = [
            ("scenario late = cut P07 10%, delay P99 1", "1:36: error: the plan has no project, strategy, activity"),
            (
                "scenario late = raise P07 1000, cut P11 10%",
                "1:33: error: cannot take 75,000.00 from project P11: it has already disbursed 750,000.00"
            ),
            ("scenario late = cut P11 10%", "take at most 0.00 from it"),
            ("scenario late = transfer 200000 from P07 to P12", "only 120,857.32 of its budget is left to cut"),
            ("scenario late = shift 1000000 from Q2 to Q3 in P11", "shift at most 224,800.00 out of Q2"),
            ("scenario late = driver \"freeze\" 130% delays strategic Q3", "a probability must be from 0 to 1"),
            ("scenario late = delay P11 4 quarters", "passes Q4"),
            ("scenario late = cut S2 101%", "more than the whole budget"),
            ("scenario late = shift 1000000 from Q2 to Q3 in P11", "project P11 plans only 224,800.00 in Q2"),
            ("scenario late = slip basic 120%", "a probability must be from 0 to 1"),
            ("scenario late = late + cut S1 1%", "cannot build on itself"),
            ("scenario other = nope + cut S1 1%", "there is no scenario nope"),
        ]
        for (text, message) in cases {
            #expect(h.run(text).0 == .failed, "\(text)")
            #expect(h.errors.contains(message), "\(text): \(h.errors)")
        }
        #expect(h.run("scenarios").1 == before)
        // Through another scenario: late2 builds on late, so late cannot build on late2.
        h.run("scenario late2 = late + delay P07 1")
        let listed = h.run("scenarios").1
        #expect(h.run("scenario late = late2 + cut S1 1%").0 == .failed)
        #expect(h.errors.contains("1:17: error: scenario late cannot build on itself (through late2)"), "\(h.errors)")
        #expect(h.errors.contains("build on baseline or on a scenario that does not build on late"), "\(h.errors)")
        #expect(h.run("scenarios").1 == listed)
        #expect(h.run("scenario late = delay P99 1").0 == .failed)
        #expect(h.errors.contains("did you mean `P09`?"), "\(h.errors)")
        #expect(h.run("use nope").0 == .failed)
        #expect(h.errors.contains("there is no scenario nope"))
    }

    @Test func simulateTakesAProjectCodeForSlipAndRunsInAScenario() {
        let h = Self.loaded()
        let (outcome, shown) = h.run("simulate from Q2 runs 200 slip P11 100%")
        #expect(outcome == .succeeded, "\(h.errors)")
        #expect(
            h.run("simulation_projects | where code = \"P11\" | select p_fully_spent_pct").1.contains("0.00"),
            "\(shown)")
        #expect(h.run("simulate from Q2 runs 10 slip P99 10%").0 == .failed)
        #expect(h.errors.contains("did you mean `P09`?"))
        h.run("scenario late = driver \"late release of Q3 funds\" 30% delays strategic Q3")
        let answer = h.run("simulate from Q2 runs 200 in late").1
        // The headline comes first: P(meet target) in % with its standard error, which 200 runs put at ± 0.7.
        #expect(answer.hasPrefix("P(disbursed ≥ 96% by 30 September 2561) = 1% (± 0.7, 200 runs)\n"), "\(answer)")
        #expect(answer.contains("from Q2, 200 runs, seed 1, scenario late"))
        #expect(answer.contains("driver   D1    late release of Q3 funds"), "\(answer)")
        h.run("set lang th")
        #expect(
            h.run("simulate from Q2 runs 200").1.hasPrefix(
                "โอกาสเบิกจ่ายได้ ≥ 96% ภายใน 30 กันยายน 2561 = 1% (± 0.7, 200 รอบ)"))
    }

    @Test func aSavedSessionReplaysTheScenarios() throws {
        let folder = NSTemporaryDirectory() + "phaen-scenarios-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let h = Self.loaded()
        h.run("scenario late = delay P11 1 quarter, cut S2 10%")
        h.run("use late")
        let typed = h.run(Self.p11).1
        h.run("use baseline")
        let compared = h.run("compare baseline, late on " + Self.p11).1
        #expect(h.run("save session \"\(folder)/s.phaen\"").0 == .succeeded)
        let replay = SessionHarness()
        #expect(replay.run("run \"\(folder)/s.phaen\"").0 == .succeeded, "\(replay.errors)")
        #expect(replay.captured.out.contains(typed))
        #expect(replay.captured.out.last == compared)
    }

    @Test func aSimulationShowsItsProgressAndCtrlCStopsIt() {
        let h = Self.loaded()
        var shown: [String] = []
        h.session.progress = { shown.append($0) }
        #expect(h.run("simulate from Q1 runs 100").0 == .succeeded)
        #expect(shown.suffix(2) == ["simulating 100%", ""], "\(shown)")
        h.session.shouldStop = { true }
        #expect(h.run("simulate from Q1 runs 100").0 == .failed)
        #expect(h.errors.contains("the simulation was stopped"), "\(h.errors)")
    }
}
