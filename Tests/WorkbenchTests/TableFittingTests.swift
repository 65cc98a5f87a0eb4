import Foundation
import Testing
import TextWidth

@testable import Workbench

/// Results fitted to a terminal's width (`Settings.terminalWidth`), as the shell shows them.
@Suite struct TableFittingTests {
    /// A session on the example plan, as the shell at `width` columns would run it.
    static func session(width: Int?) -> SessionHarness {
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        h.session.settings.terminalWidth = width
        return h
    }

    static func numbers(_ text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "-?[0-9][0-9,]*(\\.[0-9]+)?")
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range, in: text).map { String(text[$0]) }
        }
    }

    @Test(arguments: [Settings.Wide.auto, .cut, .expanded, .wrap], [40, 80, 120])
    func everyLineFitsAndEveryNumberIsWhole(wide: Settings.Wide, width: Int) throws {
        let full = Self.session(width: nil).run("progress(Q2)").1
        let whole = Set(Self.numbers(full))
        let h = Self.session(width: width)
        h.session.settings.wide = wide
        for statement in ["progress(Q2)", "report Q2", "projects"] {
            let (outcome, text) = h.run(statement)
            #expect(outcome == .succeeded)
            for line in text.split(separator: "\n") {
                #expect(line.displayWidth <= width, "\(wide) \(width) \(statement): \(line)")
                // A record's heading `─[ 7 ]` numbers the record, not a figure of it.
                guard statement == "progress(Q2)" && !line.hasPrefix("─[ ") else { continue }
                for n in Self.numbers(String(line)) {
                    let isWhole = whole.contains(n)
                    #expect(isWhole, "split number \(n): \(line)")
                }
            }
        }
    }

    @Test func cutNamesTheColumnsLeftOut() {
        let h = Self.session(width: 80)
        h.session.settings.wide = .cut
        let text = h.run("progress(Q2)").1
        #expect(text.contains("… 19 more columns (set wide expanded): budget, planned_to_date,"), "\(text)")
        #expect(text.split(separator: "\n").first?.hasPrefix("code  name") == true)
        h.session.settings.language = .th
        #expect(h.run("progress(Q2)").1.contains("… อีก 19 คอลัมน์ (set wide expanded)"))
    }

    @Test func expandedShowsEveryColumnOfEveryRowAsARecord() {
        let h = Self.session(width: 80)
        h.session.settings.wide = .expanded
        let lines = h.run("progress(Q2) | take 2").1.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("─[ ") }.count == 2)
        #expect(lines.contains("disbursed_to_date      │ 11,091.81"), "\(lines)")
        #expect(lines.filter { $0.hasPrefix("state ") }.count == 2)
    }

    @Test func autoShowsAFewRowsAsRecordsAndManyWithColumnsLeftOut() {
        let h = Self.session(width: 80)
        #expect(h.run("progress(Q2) | take 3").1.hasPrefix("─[ 1 ]"))
        #expect(h.run("progress(Q2)").1.contains("more columns (set wide expanded)"))
        // A table that fits once its text is narrowed keeps every column.
        let strategies = h.run("strategies").1
        #expect(!strategies.contains("more columns") && strategies.contains("…"), "\(strategies)")
    }

    @Test func wrapKeepsAllTheTextOnFurtherLines() {
        let h = Self.session(width: 40)
        h.session.settings.wide = .wrap
        let text = h.run("strategies | where code = \"S2\"").1
        #expect(!text.contains("…"), "\(text)")
        #expect(
            text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\n", with: "")
                .contains("พัฒนาหลักสูตรกระบวนการเรียนการสอนการวัดและประเมินผล"), "\(text)")
    }

    @Test func filesPipesAndScriptsGetFullWidth() {
        let wide = Self.session(width: nil).run("progress(Q2)").1
        #expect(wide.split(separator: "\n").contains { $0.displayWidth > 200 })
        #expect(!wide.contains("more columns"))
    }

    @Test func lastShowsTheLastResultInFull() {
        let h = Self.session(width: 80)
        h.run("set rows 2")
        let cut = h.run("progress(Q2)").1
        #expect(cut.contains("… 29 more rows"))
        let (outcome, whole) = h.run("last")
        #expect(outcome == .succeeded)
        #expect(!whole.contains("more rows") && !whole.contains("more columns"))
        #expect(
            whole.contains("P31") && whole.split(separator: "\n").contains { $0.hasSuffix("needed_by_next_quarter") })
        #expect(SessionHarness().run("last").0 == .failed)
    }

    @Test func helpWrapsAtTheTerminalWidth() {
        let h = Self.session(width: 60)
        let text = h.run("help").1
        #expect(text.split(separator: "\n").allSatisfy { $0.displayWidth <= 60 })
        #expect(text.contains("\n" + String(repeating: " ", count: 24)), "summaries continue under themselves")
    }

    @Test func newOptionsAreSetAndChecked() {
        let h = SessionHarness()
        #expect(h.run("set wide expanded").0 == .succeeded)
        #expect(h.session.settings.wide == .expanded)
        #expect(h.run("set pager off").0 == .succeeded && !h.session.settings.pager)
        #expect(h.run("set prompt short").0 == .succeeded && h.session.settings.prompt == .short)
        #expect(h.run("set wide sideways").0 == .failed)
        #expect(h.errors.contains("wide must be one of auto, cut, expanded, wrap"))
    }

    @Test func thePromptIsShortOnANarrowTerminal() {
        let h = Self.session(width: 80)
        #expect(h.session.prompt == "phaen[2561]> ")
        h.session.settings.terminalWidth = 120
        #expect(h.session.prompt == "phaen[สพป.มหาสารคาม เขต 3 2561]> ")
        h.run("set prompt short")
        #expect(h.session.prompt == "phaen[2561]> ")
        #expect(Self.session(width: nil).session.prompt == "phaen[สพป.มหาสารคาม เขต 3 2561]> ")
    }
}
