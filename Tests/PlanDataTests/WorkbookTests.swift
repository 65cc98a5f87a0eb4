import Foundation
import PlanData
import PlanModel
import TestSupport
import Testing

/// Excel workbooks made by python3-openpyxl (as a colleague's spreadsheet would be) load as the CSV files they
/// hold do: a sheet as a table with the same figures, and the example plan as one workbook equal to its folder;
/// a bad date, a missing sheet or a merged header is a located error. Skips when openpyxl is absent.
@Suite(.enabled(if: Workbooks.python != nil, "python3-openpyxl is not installed"))
struct WorkbookTests {
    @Test func theBudgetBillAsAWorkbookTotalsAsItsCSVFile() throws {
        guard FileManager.default.fileExists(atPath: Support.budgetBill) else { return }
        let book = try Support.temporaryFolder() + "/budget.xlsx"
        try Workbooks.make(book, from: [("items", Support.budgetBill)])
        let fromCSV = try TableLoader.loadCSV(path: Support.budgetBill, name: "items")
        let fromBook = try TableLoader.loadXLSX(path: book, sheet: "items", name: "items")
        #expect(fromBook.rowCount == fromCSV.rowCount)
        #expect(fromBook.column("AMOUNT")?.type == .money)
        #expect(fromBook.column("FISCAL_YEAR")?.type == .int)
        #expect(fromBook.column("BUDGETARY_UNIT")?.type == .text)
        func totals(_ t: Table) -> [String: Int64] {
            var totals: [String: Int64] = [:]
            for row in 0..<t.rowCount {
                let unit = Support.text(t, "BUDGETARY_UNIT", row) ?? ""
                if case .money(let m)? = t.column("AMOUNT")?[row] { totals[unit, default: 0] += m.satang }
            }
            return totals
        }
        #expect(totals(fromBook) == totals(fromCSV))
        #expect(Support.satang(fromBook, "AMOUNT") == Support.satang(fromCSV, "AMOUNT"))
    }

    @Test func aSheetKeepsThaiTextDatesBooleansAndEmptyCells() throws {
        let book = try Support.temporaryFolder() + "/kinds.xlsx"
        try Workbooks.python(
            """
            ws = wb.active; ws.title = "งบ"
            ws.append(["หน่วย", "amount", "day", "ok", "note"])
            ws.append(["โรงเรียนบ้านโคก", 1250000.5, datetime.date(2018, 10, 1), True, "ค่าพาหนะ"])
            ws.append(["โรงเรียนหนองบัว", 2000, datetime.date(2019, 3, 31), False, None])
            for c in ("B2", "B3"): ws[c].number_format = "#,##0.00"
            wb.create_sheet("other").append(["x"])
            """, book)
        let t = try TableLoader.loadXLSX(path: book, sheet: nil, name: "t")
        #expect(t.columnNames == ["หน่วย", "amount", "day", "ok", "note"])
        #expect(t.columns.map(\.type) == [.text, .money, .date, .bool, .text])
        #expect(t.column("amount")?[0] == .money(Money(satang: 125_000_050)))
        #expect(t.column("day")?[1] == .date(Day(year: 2019, month: 3, day: 31)!))
        #expect(t.column("หน่วย")?[0] == .text("โรงเรียนบ้านโคก"))
        #expect(t.column("note")?[1] == .null)
        #expect(t.column("ok")?[1] == .bool(false))
    }

    @Test func theExampleAsOneWorkbookLoadsEqualToTheFolder() throws {
        let book = try Support.temporaryFolder() + "/plan.xlsx"
        try Workbooks.makeBundle(book, from: Support.example)
        Support.expectSame(try BundleLoader.load(path: book), try BundleLoader.load(path: Support.example))
    }

    @Test func aBadDateInAWorkbookIsLocatedBySheetRowAndColumn() throws {
        let book = try Support.temporaryFolder() + "/plan.xlsx"
        try Workbooks.makeBundle(book, from: Support.example, then: "wb['disbursements']['C5'] = '2561-02-30'")
        let found = Support.diagnostics(loading: book)
        let date = try #require(found.first { $0.message.contains("`2561-02-30`") }, "\(found)")
        #expect(date.file == "\(book)[disbursements]" && date.line == 5 && date.column == 3)
    }

    @Test func aMissingRequiredSheetIsNamed() throws {
        let book = try Support.temporaryFolder() + "/plan.xlsx"
        try Workbooks.makeBundle(book, from: Support.example, then: "del wb['projects']")
        let found = Support.diagnostics(loading: book)
        #expect(found.contains { $0.file == book && $0.message.hasPrefix("missing required sheet \"projects\"") })
    }

    @Test func aMergedHeaderIsLocated() throws {
        let book = try Support.temporaryFolder() + "/plan.xlsx"
        try Workbooks.makeBundle(book, from: Support.example, then: "wb['strategies'].merge_cells('A1:B1')")
        let found = Support.diagnostics(loading: book)
        #expect(
            found.contains {
                $0.file == "\(book)[strategies]" && $0.line == 1 && $0.column == 1
                    && $0.message.contains("merged cells A1:B1")
            }, "\(found)")
        #expect(throws: Diagnostic.self) { try TableLoader.loadXLSX(path: book, sheet: "strategies", name: "s") }
    }

    @Test func aFileThatIsNotAWorkbookIsAnError() throws {
        let path = try Support.temporaryFolder() + "/fake.xlsx"
        try Support.write("code,name\nS1,x\n", to: path)
        #expect(throws: Diagnostic.self) { try TableLoader.loadXLSX(path: path, sheet: nil, name: "t") }
        #expect(!Support.diagnostics(loading: path).isEmpty)
    }

    @Test func anAbsentSheetIsNamedWithTheSheetsThereAre() throws {
        let book = try Support.temporaryFolder() + "/one.xlsx"
        try Workbooks.python("wb.active.title = 'data'; wb.active.append(['a'])", book)
        do {
            _ = try TableLoader.loadXLSX(path: book, sheet: "nope", name: "t")
            Issue.record("loaded a sheet that is not there")
        } catch let d as Diagnostic {
            #expect(d.message == "the workbook has no sheet \"nope\" (its sheets: \"data\")")
        }
    }
}

/// Makes workbooks with python3-openpyxl.
enum Workbooks {
    /// A python3 that has openpyxl (Debian's python3-openpyxl is for /usr/bin/python3).
    static let python: String? = ["/usr/bin/python3", Support.tool("python3")].compactMap { $0 }.first { path in
        (try? ChildProcess.run(path, ["-c", "import openpyxl"]))?.status == 0
    }

    /// Runs `body` with `wb` a new workbook, then saves it to `path`.
    static func python(_ body: String, _ path: String) throws {
        let script =
            "import openpyxl, datetime, csv, sys\nwb = openpyxl.Workbook()\n" + body
            + "\nwb.save(sys.argv[1])\n"
        try Support.run(python!, ["-c", script, path])
    }

    /// A workbook with a sheet per (name, CSV file): amounts (a header named AMOUNT) as numbers shown with
    /// thousands separators, every other cell as text.
    static func make(_ path: String, from sheets: [(name: String, csv: String)]) throws {
        var body = "wb.remove(wb.active)\n"
        for (name, file) in sheets {
            body += """
                ws = wb.create_sheet(\(literal(name)))
                rows = list(csv.reader(open(\(literal(file)), encoding='utf-8-sig')))
                a = rows[0].index('AMOUNT')
                ws.append(rows[0])
                for r in rows[1:]:
                    v = r[a].replace(',', '')
                    r = [x if x != '' else None for x in r]
                    if v: r[a] = float(v) if '.' in v else int(v)
                    ws.append(r)
                    ws.cell(row=ws.max_row, column=a + 1).number_format = '#,##0.00'

                """
        }
        try python(body, path)
    }

    /// The plan bundle in `folder` as one workbook: a `plan` sheet and a sheet per CSV file, numbers as numbers
    /// (money shown with separators), dates as dates; then `then` (python) changes it.
    static func makeBundle(_ path: String, from folder: String, then change: String = "") throws {
        let body = """
            import json, os, re
            folder = \(literal(folder))
            wb.remove(wb.active)
            header = json.load(open(os.path.join(folder, 'plan.json'), encoding='utf-8'))
            ws = wb.create_sheet('plan')
            ws.append(['office', header['office']])
            ws.append(['fiscal_year', header['fiscal_year']])
            ws.append(['disbursement_targets'] + header['disbursement_targets'])
            for kind, targets in header.get('disbursement_targets_by_type', {}).items():
                ws.append(['disbursement_targets_by_type', kind] + targets)
            for file in sorted(os.listdir(folder)):
                if not file.endswith('.csv'): continue
                ws = wb.create_sheet(file[:-4])
                rows = list(csv.reader(open(os.path.join(folder, file), encoding='utf-8-sig')))
                ws.append(rows[0])
                for r in rows[1:]:
                    out = []
                    for x in r:
                        if x == '': out.append(None)
                        elif re.fullmatch(r'\\d{4}-\\d\\d-\\d\\d', x):
                            y, m, d = map(int, x.split('-')); out.append(datetime.date(y - 543 if y > 2400 else y, m, d))
                        elif re.fullmatch(r'-?(0|[1-9]\\d*)', x): out.append(int(x))
                        elif re.fullmatch(r'-?(0|[1-9]\\d*)\\.\\d+', x): out.append(float(x))
                        else: out.append(x)
                    ws.append(out)
                    for c in ws[ws.max_row]:
                        if isinstance(c.value, float): c.number_format = '#,##0.00'
                        if isinstance(c.value, datetime.date): c.number_format = 'yyyy-mm-dd'

            """ + change
        try python(body, path)
    }

    private static func literal(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
