import Foundation
import Testing

@testable import Workbench

@Suite struct SessionTests {
    @Test func loadShowsTheOfficeInThePrompt() {
        let h = SessionHarness()
        #expect(h.session.prompt == "phaen> ")
        let (outcome, text) = h.run("load \"\(SessionHarness.example)\"")
        #expect(outcome == .succeeded, "\(h.errors)")
        #expect(text.hasPrefix("loaded "))
        #expect(h.session.prompt.contains("2561"))
        #expect(h.session.prompt.contains("มหาสารคาม"))
    }

    @Test func aFailedLoadLeavesThePlanAsItWas() throws {
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        let before = h.run("tables").1
        let broken = NSTemporaryDirectory() + "phaen-broken-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: broken, withIntermediateDirectories: true)
        for f in try FileManager.default.contentsOfDirectory(atPath: SessionHarness.example)
        where f.hasSuffix(".csv") || f.hasSuffix(".json") {
            try FileManager.default.copyItem(atPath: SessionHarness.example + "/" + f, toPath: broken + "/" + f)
        }
        var projects = try String(contentsOfFile: broken + "/projects.csv", encoding: .utf8)
        projects += "PX,โครงการเสีย,S9,กลุ่มนโยบายและแผน,basic,abc\n"
        try projects.write(toFile: broken + "/projects.csv", atomically: true, encoding: .utf8)
        let (outcome, _) = h.run("load \"\(broken)\"")
        #expect(outcome == .failed)
        #expect(h.errors.contains("projects.csv:"))
        #expect(h.run("tables").1 == before)
    }

    @Test func errorsPointAtTheTextWithASuggestion() {
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        let (outcome, _) = h.run("projects | where budgt > 0")
        #expect(outcome == .failed)
        #expect(h.errors.hasPrefix("1:18: error:"))
        #expect(h.errors.contains("budget"))
        #expect(h.errors.contains("^"))
    }

    @Test func formatsChangeHowTablesAreWritten() {
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        h.run("set format csv")
        let csv = h.run("strategies | select code | take 2").1
        #expect(csv.split(separator: "\n").first == "code")
        h.run("set format json")
        #expect(h.run("strategies | select code | take 1").1.hasPrefix("["))
        h.run("set format markdown")
        #expect(h.run("strategies | select code | take 1").1.hasPrefix("| code |"))
        #expect(h.run("set format yaml").0 == .failed)
        #expect(h.errors.contains("table, csv, json, markdown"))
    }

    @Test func letNamesAResultForLaterStatements() {
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        #expect(h.run("let big = projects | where budget >= 300_000").0 == .succeeded)
        #expect(h.run("tables").1.contains("big"))
        #expect(h.run("big | agg n = count()").0 == .succeeded)
    }

    @Test func savedSessionHoldsWhatSucceededInOrder() throws {
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        h.run("projects | where nope = 1")
        h.run("strategies | take 2")
        h.run("help where")
        let path = NSTemporaryDirectory() + "phaen-saved-" + UUID().uuidString + ".phaen"
        #expect(h.run("save session \"\(path)\"").0 == .succeeded)
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        let statements = saved.split(separator: "\n").filter { !$0.hasPrefix("--") && !$0.isEmpty }
        #expect(statements == ["load \"\(SessionHarness.example)\"", "strategies | take 2"])
        #expect(saved.contains("-- bundle: "))
    }

    @Test func helpExistsInBothLanguages() {
        let h = SessionHarness()
        let en = h.run("help where").1
        h.run("set lang th")
        let th = h.run("help where").1
        #expect(!en.isEmpty && !th.isEmpty && en != th)
        #expect(h.run("help wher").0 == .failed)
        #expect(h.errors.contains("where"))
    }
}

/// The plan's tables cannot be stood in for: the links between them (a project's strategy) name them.
@Suite struct PlanTableNameTests {
    @Test func aTableNamedLikeAPlanTableIsRefusedAndChangesNothing() {
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        let before = h.run("projects | select code, strategy.name | take 1").1
        let refused = h.run("load csv \"\(SessionHarness.example)/strategies.csv\" as projects")
        #expect(refused.0 == .failed)
        #expect(h.errors.contains("`projects` is a table of the loaded plan"))
        #expect(h.run("let strategies = strategies | where code = \"S6\"").0 == .failed)
        #expect(h.run("projects | select code, strategy.name | take 1").1 == before)
        #expect(before.contains("จัดการศึกษาเพื่อความมั่นคง"))
    }

    @Test func aPlanLoadedLaterTakesItsNamesBack() {
        let h = SessionHarness()
        #expect(h.run("load csv \"\(SessionHarness.example)/strategies.csv\" as projects").0 == .succeeded)
        h.run("load \"\(SessionHarness.example)\"")
        #expect(h.run("projects | agg n = count()").1.hasSuffix("31"))
        let listing = h.run("tables").1
        #expect(listing.components(separatedBy: "\nprojects ").count == 2, "listed once: \(listing)")
    }
}

/// `load csv` lists every bad row at once, as a bundle load does, so a user can fix them in one pass.
@Suite struct TableLoadProblemTests {
    @Test func everyRowWithTooManyCellsIsReportedWithFileLineAndColumn() throws {
        let path = NSTemporaryDirectory() + "phaen-rows-" + UUID().uuidString + ".csv"
        try "a,b\n1,2,3\n4\n5,6\n7,8,9,10\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let h = SessionHarness()
        #expect(h.run("load csv \"\(path)\" as t").0 == .failed)
        #expect(h.errors.contains("\(path):2:5: error: this row has 3 cells but the header has 2"), "\(h.errors)")
        #expect(h.errors.contains("\(path):5:5: error: this row has 4 cells but the header has 2"), "\(h.errors)")
        #expect(h.run("tables").1.contains("t ") == false)
    }

    @Test func theLoadersLimitOfFiftyProblemsHolds() throws {
        let path = NSTemporaryDirectory() + "phaen-rows-" + UUID().uuidString + ".csv"
        try ("a,b\n" + String(repeating: "1,2,3\n", count: 60)).write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let h = SessionHarness()
        #expect(h.run("load csv \"\(path)\" as t").0 == .failed)
        #expect(h.errors.components(separatedBy: "error: this row has 3 cells").count - 1 == 50)
        #expect(h.errors.contains("\(path):51:5:"))
        #expect(h.errors.contains("10 more"), "\(h.errors)")
    }
}

/// A CSV amount too large for money shows every digit it was written with.
@Suite struct LargeAmountDisplayTests {
    @Test func anAmountBeyondMoneyIsShownAsWritten() throws {
        let path = NSTemporaryDirectory() + "phaen-large-" + UUID().uuidString + ".csv"
        try "code,amount\nA,1.25\nB,92233720368547758.08\nC,100000000000000000.01\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let h = SessionHarness()
        #expect(h.run("load csv \"\(path)\" as t").0 == .succeeded, "\(h.errors)")
        let shown = h.run("t | select amount").1
        #expect(shown.contains("92233720368547758.08"), "\(shown)")
        #expect(shown.contains("100000000000000000.01"), "\(shown)")
    }
}

/// The hints under an error carry the Thai in brackets, as "did you mean" does.
@Suite struct ThaiHintTests {
    @Test func everyQueryHintHasItsThai() {
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        let cases: [(String, String)] = [
            ("zzzzzzzz", "tables (ตารางที่มี): `strategies`, `projects`"),
            ("projects | group strategy", "(เช่น `| group strategy | agg n = count(), total = sum(budget)`)"),
            ("progress", "(เช่น `progress(Q2)`)"),
            ("projects | select code, code", "(ตั้งชื่อใหม่: `other_name = …`)"),
            ("projects | group strategy | agg n = count(), n = count()", "(ตั้งชื่อใหม่: `other_name = …`)"),
            ("projects | group strategy | agg budget", "(รวมค่าด้วย เช่น `total = sum(budget)` หรือเพิ่มลงใน `group`)"),
        ]
        for (statement, thai) in cases {
            #expect(h.run(statement).0 == .failed, "\(statement)")
            #expect(h.errors.contains(thai), "\(statement): \(h.errors)")
        }
        let empty = SessionHarness()
        empty.run("zzzzzzzz")
        #expect(empty.errors.contains("(ยังไม่ได้โหลดตาราง: `load \"plan-folder\"`)"), "\(empty.errors)")
    }
}

/// A quarter written out of range is explained as a quarter, not as a name.
@Suite struct QuarterOutOfRangeTests {
    @Test func progressOfQ0SaysQuartersAreQ1ToQ4() {
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        for q in ["Q0", "Q5"] {
            #expect(h.run("progress(\(q))").0 == .failed)
            #expect(h.errors.contains("error: `\(q)` is not a quarter: quarters are `Q1`…`Q4`"), "\(h.errors)")
            #expect(!h.errors.contains("not names"), "\(h.errors)")
        }
        h.run("set lang th")
        h.run("progress(Q0)")
        #expect(h.errors.contains("`Q0` ไม่ใช่ไตรมาส ไตรมาสคือ `Q1`…`Q4`"), "\(h.errors)")
    }

    @Test func aQuarterOutOfRangeInAnExpressionIsNoted() {
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        #expect(h.run("disbursements | where quarter(date) = Q0").0 == .failed)
        #expect(h.errors.contains("quarters are `Q1`…`Q4`, not `Q0` (ไตรมาสคือ `Q1`…`Q4` ไม่ใช่ `Q0`)"), "\(h.errors)")
    }
}
