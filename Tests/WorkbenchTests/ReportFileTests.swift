import Foundation
import PlanData
import PlanModel
import PlanSim
import TestSupport
import Testing

@testable import Workbench

/// Reports and results written to files, read back the way a person's tools read them: the HTML printed to PDF
/// by headless Chromium and read with pdftotext, the workbook read with Python's openpyxl, the figures checked
/// against ones worked out by hand (and rechecked with sqlite3) from the example's CSV files.
@Suite struct ReportFileTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static let pdftotext =
        FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") ? "/usr/bin/pdftotext" : nil
    /// Debian's own Python, which `python3-openpyxl` installs into (not whatever `python3` is first on PATH).
    static let python = "/usr/bin/python3"
    static let openpyxl = (try? ChildProcess.run(python, ["-c", "import openpyxl"]).status) == 0
    static let sqlite = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// The example's Q2 by hand: 8,430,000.00 allocated; by 31 March P16 gave 150,000.00 back to the reserve, the
    /// reserve gave P28 120,000.00, P09 gave P07 30,000.00 (the 25,000.00 to P19 is dated May); 2,418,174.09
    /// disbursed (README); P28's two contracts of 28 March obligate 208,800.00 + 271,200.00.
    static let budgetAfter = "8,400,000.00", disbursed = "2,418,174.09", obligated = "480,000.00"
    static let used = "2,898,174.09", remaining = "5,501,825.91"

    static func folder() throws -> String { try TemporaryFolder.make("report") }

    static func session(lang: String) -> SessionHarness {
        let h = SessionHarness()
        #expect(h.run("load \"\(SessionHarness.example)\"").0 == .succeeded)
        h.run("set lang \(lang)")
        return h
    }

    /// Text without any white space, so that words pdftotext split or joined across lines still match.
    static func squeezed(_ s: String) -> String {
        String(s.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    @Test(.enabled(if: chromium != nil && pdftotext != nil, "chromium or pdftotext is not installed"))
    func theHTMLReportPrintsToAPDFWithTheThaiHeadingsAndTheTotals() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let h = Self.session(lang: "th")
        #expect(h.run("report Q2 to \"\(folder)/q2.html\"").0 == .succeeded, "\(h.errors)")
        let html = try String(contentsOfFile: folder + "/q2.html", encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<html lang=\"th\">"))
        #expect(html.contains("@page { size: A4 landscape"))
        #expect(html.components(separatedBy: "<svg ").count == 3, "two inline charts")
        for fetch in ["<link", "<script", "src=", "url(", "@import"] {
            #expect(!html.contains(fetch), "fetches \(fetch)")
        }

        let pdf = folder + "/q2.pdf"
        let printed = try ChildProcess.run(
            Self.chromium!,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)",
                "file://\(folder)/q2.html",
            ],
            environment: ["HOME": folder, "PATH": "/usr/bin:/bin"])
        #expect(printed.status == 0, "\(printed.stderr)")
        let info = try ChildProcess.run("/usr/bin/pdfinfo", [pdf]).stdout
        #expect(info.contains("841.92 x 594.96 pts (A4)"), "A4 landscape: \(info)")
        let text = Self.squeezed(try ChildProcess.run(Self.pdftotext!, [pdf, "-"]).stdout)
        for heading in [
            "รายงานผลการดำเนินงานตามแผนปฏิบัติการ รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2561", "สรุปตามประเภทงบประมาณ",
            "ตามกลยุทธ์", "ตามกลุ่มผู้รับผิดชอบ", "ตามประเภทงบรายจ่าย", "งบประมาณหลังโอน", "ก่อหนี้ผูกพัน (PO)",
            "ปัญหาอุปสรรค", "ข้อเสนอแนะ", "ข้อมูล ณ วันที่ 31 มีนาคม พ.ศ. 2561", "ผู้ขายส่งมอบชุดทดลองล่าช้ากว่าสัญญา",
        ] {
            #expect(text.contains(Self.squeezed(heading)), "the PDF lacks \(heading)")
        }
        let total = Self.squeezed(
            "รวม 31 8,430,000.00 150,000.00 180,000.00 \(Self.budgetAfter) \(Self.obligated) \(Self.disbursed)")
        #expect(text.contains(total), "the total row of the summary")
        #expect(text.contains(Self.squeezed("\(Self.used) \(Self.remaining) 28.79% 34.50% 52.00% -23.21%")))
    }

    /// Each sheet as openpyxl reads it: its name, frozen cell, and rows of [value, type, number format].
    static func readWorkbook(_ path: String) throws -> [[String: Any]] {
        let script = """
            import json, sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            out = []
            for sheet in book.worksheets:
                rows = [[[c.value, c.data_type, c.number_format] for c in row] for row in sheet.iter_rows()]
                out.append({"name": sheet.title, "freeze": sheet.freeze_panes, "rows": rows,
                            "widths": {k: v.width for k, v in sheet.column_dimensions.items()}})
            print(json.dumps(out, ensure_ascii=False, default=str))
            """
        let result = try ChildProcess.run(Self.python, ["-c", script, path])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test(.enabled(if: openpyxl, "python3-openpyxl is not installed"))
    func theWorkbookHoldsEveryTotalAsANumberToTheSatang() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let h = Self.session(lang: "th")
        #expect(h.run("report Q2 to \"\(folder)/q2.xlsx\"").0 == .succeeded, "\(h.errors)")
        let sheets = try Self.readWorkbook(folder + "/q2.xlsx")
        let report = try QuarterlyReport.make(
            try BundleLoader.load(path: SessionHarness.example), quarter: 2, language: .th)
        #expect(sheets.map { $0["name"] as? String } == ["สรุป"] + report.sections.map(\.title))
        let cover = try #require(sheets.first?["rows"] as? [[[Any]]])
        #expect(cover[0][0][0] as? String == report.heading)

        var checked = 0
        for (sheet, (_, table)) in zip(sheets.dropFirst(), report.sections) {
            let rows = try #require(sheet["rows"] as? [[[Any]]])
            #expect(sheet["freeze"] as? String == "A3", "title and header rows stay in view")
            #expect(rows[1].map { $0[0] as? String } == table.columnNames.map(report.label), "Thai headers")
            #expect(rows.count == table.rowCount + 2)
            for (k, column) in table.columns.enumerated() where column.type == .money {
                for row in 0..<table.rowCount {
                    guard case .money(let m) = column[row] else { continue }
                    let cell = rows[row + 2][k]
                    #expect(
                        cell[1] as? String == "n" && cell[2] as? String == "#,##0.00", "money is a formatted number")
                    let value = try #require(cell[0] as? Double, "\(table.name) \(table.columnNames[k]) row \(row)")
                    #expect(
                        Int64((value * 100).rounded()) == m.satang, "\(table.name).\(table.columnNames[k]) row \(row)")
                    checked += 1
                }
            }
            let widths = sheet["widths"] as? [String: Double] ?? [:]
            #expect(widths.values.allSatisfy { $0 >= 8 }, "columns wide enough to read")
        }
        #expect(checked > 400)

        let summary = try #require(sheets[1]["rows"] as? [[[Any]]])
        let totalRow = try #require(summary.last)
        #expect(totalRow[0][0] as? String == "total")
        func baht(_ text: String) -> Double { Double(text.replacingOccurrences(of: ",", with: ""))! }
        let header = summary[1].map { $0[0] as? String }
        func total(_ label: String) throws -> Double {
            let k = try #require(header.firstIndex(of: label))
            return try #require(totalRow[k][0] as? Double)
        }
        #expect(try total("งบประมาณหลังโอน") == baht(Self.budgetAfter))
        #expect(try total("เบิกจ่าย") == baht(Self.disbursed))
        #expect(try total("ก่อหนี้ผูกพัน (PO)") == baht(Self.obligated))
        #expect(try total("รวมใช้จ่าย (ผูกพัน + เบิกจ่าย)") == baht(Self.used))
        #expect(try total("คงเหลือ") == baht(Self.remaining))
        #expect(try total("ร้อยละการเบิกจ่าย") == 28.79)
    }

    @Test(.enabled(if: sqlite != nil, "sqlite3 is not installed"))
    func theBudgetAfterTransfersAndTheInvestmentBudgetAgreeWithSqlite() throws {
        let e = SessionHarness.example
        let sql = """
            .mode csv
            .import '\(e)/projects.csv' projects
            .import '\(e)/transfers.csv' transfers
            .import '\(e)/activities.csv' activities
            .import '\(e)/notes.csv' notes
            .mode list
            SELECT (SELECT sum(round(budget * 100)) FROM projects)
              + (SELECT sum(round(amount * 100)) FROM transfers WHERE "to" <> 'reserve' AND date <= '2561-03-31')
              - (SELECT sum(round(amount * 100)) FROM transfers WHERE "from" <> 'reserve' AND date <= '2561-03-31');
            SELECT sum(round(budget * 100)) FROM activities WHERE expense_type = 'งบลงทุน';
            SELECT count(*) FROM notes WHERE quarter = '2';
            """
        let lines = try ChildProcess.run(Self.sqlite!, [":memory:"], input: sql).stdout.split(separator: "\n")
        #expect(lines.map { Double($0).map { Int64($0) } } == [840_000_000, 73_320_000, 4])
        let h = Self.session(lang: "en")
        h.run("set format csv")
        let csv = h.run("report Q2").1
        #expect(csv.contains("total,Total,31,8430000.00,150000.00,180000.00,8400000.00,480000.00,2418174.09"))
        #expect(csv.contains("investment,Investment,4,733200.00,480000.00,0.00,480000.00,0,65.47,40"))
    }

    @Test func markdownAndHTMLOfAQueryAndTheFormatsOfSet() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let h = Self.session(lang: "th")
        #expect(h.run("report Q2 to \"\(folder)/q2.md\"").0 == .succeeded)
        let md = try String(contentsOfFile: folder + "/q2.md", encoding: .utf8)
        #expect(md.hasPrefix("# รายงานผลการดำเนินงานตามแผนปฏิบัติการ รอบ 6 เดือน"))
        #expect(md.contains("## รายละเอียดโครงการ") && md.contains("| ที่ | รหัส | ชื่อ | กลยุทธ์ | กลุ่มผู้รับผิดชอบ |"))
        #expect(h.run("strategies | take 1 | export \"\(folder)/s.html\"").0 == .succeeded)
        let page = try String(contentsOfFile: folder + "/s.html", encoding: .utf8)
        #expect(page.contains("<td class=\"text\">S1</td><td class=\"text long\">จัดการศึกษาเพื่อความมั่นคง</td>"))
        h.run("set format html")
        #expect(h.run("projects | take 1 | select code, budget").1.contains("<td class=\"num\">180,000.00</td>"))
        #expect(h.run("set format xlsx").0 == .failed)
        #expect(h.errors.contains("export \"x.xlsx\""))
        #expect(h.run("set").1.contains("html"))
    }

    @Test(.enabled(if: openpyxl, "python3-openpyxl is not installed"))
    func anyResultIsWrittenAsAWorkbookWithTypedCells() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let h = Self.session(lang: "en")
        let q = "transfers | select date, from, to, amount | derive n = 1"
        #expect(h.run("\(q) | export \"\(folder)/t.xlsx\"").0 == .succeeded, "\(h.errors)")
        let rows = try #require(try Self.readWorkbook(folder + "/t.xlsx").first?["rows"] as? [[[Any]]])
        #expect(rows[1].map { $0[0] as? String } == ["date", "from", "to", "amount", "n"])
        #expect(rows[2][0][1] as? String == "d" && rows[2][0][2] as? String == "yyyy-mm-dd")
        #expect((rows[2][0][0] as? String)?.hasPrefix("2018-01-15") == true)
        #expect(rows[2][1][0] as? String == "P16" && rows[2][1][1] as? String == "s")
        #expect(rows[2][3][0] as? Double == 150_000 && rows[2][3][2] as? String == "#,##0.00")
        #expect(rows[2][4][0] as? Double == 1 && rows[2][4][1] as? String == "n")
    }

    @Test func writingIsRefusedUnderSafe() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var options = Session.Options()
        options.safe = true
        options.allow = [SessionHarness.example]
        let h = SessionHarness(options: options)
        #expect(h.run("load \"\(SessionHarness.example)\"").0 == .succeeded)
        #expect(h.run("report Q2 to \"\(folder)/q2.html\"").0 == .failed)
        #expect(h.errors.contains("writes a file"))
        #expect(h.run("strategies | export \"\(folder)/s.xlsx\"").0 == .failed)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func aTypedNoteIsInTheReportAndItsSavedScriptReplaysIt() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let h = Self.session(lang: "en")
        #expect(h.run("note P10 Q2 problems \"รอผลการประเมินภายนอก\"").0 == .succeeded)
        #expect(h.run("note P10 Q2 ข้อเสนอแนะ \"เลื่อนการตรวจเยี่ยมไปไตรมาส 3\"").0 == .succeeded)
        #expect(h.run("note P99 Q2 problems \"x\"").0 == .failed)
        #expect(h.errors.contains("no project `P99` in the plan"))
        h.run("set format csv")
        let line = h.run("report Q2").1.split(separator: "\n").first { $0.hasPrefix("10,P10,") }
        #expect(line?.hasSuffix("behind,รอผลการประเมินภายนอก,เลื่อนการตรวจเยี่ยมไปไตรมาส 3") == true, "\(line ?? "")")
        #expect(h.run("save session \"\(folder)/s.phaen\"").0 == .succeeded)
        let again = SessionHarness()
        #expect(again.run("run \"\(folder)/s.phaen\"").0 == .succeeded, "\(again.errors)")
        again.run("set format csv")
        #expect(again.run("report Q2").1.contains("รอผลการประเมินภายนอก,เลื่อนการตรวจเยี่ยมไปไตรมาส 3"))
    }
}
