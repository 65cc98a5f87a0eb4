import Foundation
import PlanModel
import TestSupport
import Testing

@testable import Workbench

/// `simulate … to "FILE"`: the answer written as a page a person opens, its fan chart and tornado drawn from the
/// same figures as the tables beside them.
@Suite struct SimulationFileTests {
    static func folder() throws -> String { try TemporaryFolder.make("simulation") }

    static func session(lang: String) -> SessionHarness {
        let h = SessionHarness()
        #expect(h.run("load \"\(SessionHarness.example)\"").0 == .succeeded)
        h.run("set lang \(lang)")
        h.run("scenario risk = driver \"late release of Q3 funds\" 30% delays strategic Q3")
        return h
    }

    /// A percentage cell of a kept table as the charts write it.
    static func text(_ h: SessionHarness, _ table: String, _ column: String, _ row: Int) -> String {
        guard case .percent(let v)? = h.session.workspace.table(named: table)?.column(column)?[row] else { return "?" }
        return TableRenderer.formatFloat(v)
    }

    @Test func theThaiPageDrawsTheFanChartAndTheTornadoFromTheKeptTables() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let h = Self.session(lang: "th")
        let (outcome, shown) = h.run("simulate from Q2 runs 500 seed 1 to \"\(folder)/sim.html\" in risk")
        #expect(outcome == .succeeded, "\(h.errors)")
        #expect(shown == "เขียนผลการจำลองลง \(folder)/sim.html")
        let html = try String(contentsOfFile: folder + "/sim.html", encoding: .utf8)
        #expect(html.contains("<html lang=\"th\">") && html.contains("<h1>โอกาสเบิกจ่ายได้ ≥ 96% ภายใน 30 กันยายน 2561"))
        #expect(html.components(separatedBy: "<svg ").count == 3, "a fan chart and a tornado")
        #expect(html.contains("การเบิกจ่ายสะสมที่จำลองได้รายไตรมาส (P10–P90)"))
        #expect(html.contains(">ไตรมาส 4</text>") && html.contains("ช่วง P10–P90") && html.contains("ค่ากลาง P50"))
        // Each quarter's point carries its P50, P10 and P90 as the `simulation` table holds them.
        for q in 0..<4 {
            let p50 = Self.text(h, "simulation", "p50_pct", q)
            let p10 = Self.text(h, "simulation", "p10_pct", q)
            let p90 = Self.text(h, "simulation", "p90_pct", q)
            #expect(html.contains("<title>ไตรมาส \(q + 1): P50 \(p50)% (P10 \(p10)%, P90 \(p90)%)</title>"))
        }
        #expect(html.contains("<polygon "), "the P10–P90 band")
        // The tornado's bars are the rows of `simulation_shortfall`, the driver among them.
        #expect(html.contains("ที่มาของส่วนที่คาดว่าจะขาดจากเป้าหมาย (จุดร้อยละของงบประมาณ)"))
        let first = Self.text(h, "simulation_shortfall", "shortfall_pct", 0)
        #expect(html.contains("</title></rect>\n<text") && html.contains(">\(first)</text>"))
        #expect(html.contains("D1 late release of Q3 fund"))
        // The fan chart in text is the terminal's; the page has the SVG one instead.
        #expect(!html.contains("fan_0_to_100_pct") && !html.contains("═"))
    }

    @Test func theEnglishPageLabelsTheQuartersInEnglish() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let h = Self.session(lang: "en")
        #expect(h.run("simulate from Q1 runs 200 to \"\(folder)/sim.html\"").0 == .succeeded, "\(h.errors)")
        let html = try String(contentsOfFile: folder + "/sim.html", encoding: .utf8)
        #expect(html.contains("Simulated cumulative disbursement by quarter (P10–P90)"))
        #expect(html.contains(">Q1</text>") && html.contains("median P50") && html.contains(">target</text>"))
        #expect(html.contains("<title>target \(TableRenderer.formatFloat(96))%</title>"))
    }

    @Test func aFileOfNoKnownFormatIsRefusedAndNothingIsKept() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let h = Self.session(lang: "en")
        let (outcome, _) = h.run("simulate from Q2 runs 100 to \"\(folder)/sim.txt\"")
        #expect(outcome == .failed)
        #expect(h.errors.contains("a file's extension names its format"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        #expect(h.session.workspace.table(named: "simulation") == nil)
    }
}
