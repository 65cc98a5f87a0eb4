import Foundation
import Testing

@testable import Workbench

/// Loading real files in a session: types given with `with`, `describe` saying why a column got its type (in
/// the session's language), and a failed load leaving the plan as it was.
@Suite struct RealFileLoadTests {
    private func file(_ name: String, _ text: String) throws -> String {
        let folder = NSTemporaryDirectory() + "phaen-realfile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func describeSaysWhyAColumnIsText() throws {
        let path = try file("items.csv", "unit,AMOUNT\nก,\"1,000\"\nข,12-34\nค,\"2,000.50\"\n")
        let h = SessionHarness()
        h.run("set format csv")
        #expect(h.run("load csv \"\(path)\" as items").0 == .succeeded)
        let (_, out) = h.run("describe items")
        #expect(out.contains("AMOUNT,text,0,,\"text: 2 cells are numbers, 1 is not — line 3, column 3: `12-34`\""))
        h.run("set lang th")
        #expect(h.run("describe items").1.contains("ข้อความ: 2 ช่องเป็นตัวเลข 1 ช่องไม่ใช่ — บรรทัด 3 คอลัมน์ 3"))
    }

    @Test func aTypeGivenAtLoadIsUsedOrTheLoadFailsWhereTheCellIs() throws {
        let path = try file("items.csv", "unit,AMOUNT\nก,\"1,000\"\nข,-\nค,\"2,000.50\"\n")
        let h = SessionHarness()
        #expect(h.run("load csv \"\(path)\" as items with AMOUNT money").0 == .succeeded)
        #expect(h.run("items | agg total = sum(AMOUNT)").1.contains("3,000.50"))
        #expect(h.run("load csv \"\(path)\" as other with unit int").0 == .failed)
        #expect(h.errors.contains("\(path):2:1: error: `ก` in `unit` is not a whole number"))
        #expect(!h.run("tables").1.contains("other"))
    }

    @Test func aBrokenWorkbookLeavesThePlanAsItWas() throws {
        let fake = try file("plan.xlsx", "not a zip")
        let h = SessionHarness()
        #expect(h.run("load \"\(SessionHarness.example)\"").0 == .succeeded)
        let before = h.run("projects | count").1
        #expect(h.run("load \"\(fake)\"").0 == .failed)
        #expect(h.errors.contains("not an Excel workbook (.xlsx)"))
        #expect(h.run("projects | count").1 == before)
        #expect(h.run("load xlsx \"\(fake)\" as t").0 == .failed)
        #expect(!h.run("tables").1.contains("file"))
    }
}
