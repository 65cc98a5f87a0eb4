import CXLSXWriter
import Foundation
import PlanModel
import PlanSim
import TextWidth

/// Results and reports as Excel workbooks, through libxlsxwriter: a sheet per section, a title row and a frozen
/// header row, money as numbers formatted `#,##0.00` (never text), percentages to 2 decimals, dates as dates,
/// column widths that fit their (Thai) text. Totals are Phaen's own figures, written as values.
enum XLSXDocument {
    /// Writes `table` as a one-sheet workbook at `path`.
    static func write(_ table: Table, to path: String) throws {
        try write(to: path) { book in
            book.sheet(named: table.name, title: table.name, table: table, headers: table.columnNames)
        }
    }

    /// Writes `report` at `path`: a first sheet with the title, facts and summary, then a sheet per section.
    static func write(_ report: Report, to path: String) throws {
        try write(to: path) { book in
            book.cover(report)
            for (title, table) in report.sections {
                book.sheet(named: title, title: title, table: table, headers: table.columnNames.map(report.label))
            }
        }
    }

    /// Builds a workbook in a temporary file beside `path` and renames it over `path` only when it is complete.
    private static func write(to path: String, _ fill: (inout Book) -> Void) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        guard let workbook = workbook_new(temporary) else { throw AtomicFile.failure(path, errno) }
        var book = Book(workbook: workbook)
        fill(&book)
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR, rename(temporary, path) == 0 else {
            let reason =
                status == LXW_NO_ERROR ? String(cString: strerror(errno)) : String(cString: lxw_strerror(status))
            unlink(temporary)
            throw Diagnostic(
                file: path, message: "cannot write the workbook: \(reason)", thai: "เขียนไฟล์ Excel ไม่ได้: \(reason)")
        }
    }

    /// A workbook being filled, with its cell formats.
    struct Book {
        let workbook: UnsafeMutablePointer<lxw_workbook>
        let title, header, money, percent, whole, date, text, fact: UnsafeMutablePointer<lxw_format>
        private var names: Set<String> = []

        init(workbook: UnsafeMutablePointer<lxw_workbook>) {
            self.workbook = workbook
            func format(_ set: (UnsafeMutablePointer<lxw_format>) -> Void) -> UnsafeMutablePointer<lxw_format> {
                let f = workbook_add_format(workbook)!
                format_set_font_name(f, "Tahoma")
                format_set_font_size(f, 10)
                format_set_align(f, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
                set(f)
                return f
            }
            title = format {
                format_set_bold($0)
                format_set_font_size($0, 14)
            }
            header = format {
                format_set_bold($0)
                format_set_text_wrap($0)
                format_set_bg_color($0, 0xE6ECF5)
                format_set_border($0, UInt8(LXW_BORDER_THIN.rawValue))
            }
            money = format { format_set_num_format($0, "#,##0.00") }
            percent = format { format_set_num_format($0, "0.00") }
            whole = format { format_set_num_format($0, "#,##0") }
            date = format { format_set_num_format($0, "yyyy-mm-dd") }
            text = format { format_set_text_wrap($0) }
            fact = format { format_set_bold($0) }
        }

        /// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique in the workbook.
        mutating func sheetName(_ wanted: String) -> String {
            let clean = String(
                String.UnicodeScalarView(wanted.unicodeScalars.filter { !"[]:*?/\\".unicodeScalars.contains($0) }))
            var base = String(String.UnicodeScalarView(clean.unicodeScalars.prefix(31)))
            if base.isEmpty { base = "Sheet" }
            var name = base
            var n = 2
            while names.contains(name.lowercased()) {
                name = String(String.UnicodeScalarView(base.unicodeScalars.prefix(28))) + " \(n)"
                n += 1
            }
            names.insert(name.lowercased())
            return name
        }

        /// The report's title, facts and summary sentences.
        mutating func cover(_ r: Report) {
            let sheet = workbook_add_worksheet(workbook, sheetName(r.language == .th ? "สรุป" : "Summary"))!
            worksheet_write_string(sheet, 0, 0, r.heading, title)
            var row: UInt32 = 2
            for (label, value) in r.facts {
                worksheet_write_string(sheet, row, 0, label, fact)
                worksheet_write_string(sheet, row, 1, value, nil)
                row += 1
            }
            row += 1
            for sentence in r.paragraphs {
                worksheet_write_string(sheet, row, 0, sentence, nil)
                row += 1
            }
            let labelWidth = r.facts.map { Self.width(of: $0.0) }.max() ?? 10
            worksheet_set_column(sheet, 0, 0, labelWidth, nil)
            worksheet_set_column(sheet, 1, 1, 60, nil)
        }

        /// One table on its own sheet: its title in row 1, the headers in row 2 (frozen), the rows below.
        mutating func sheet(named wanted: String, title heading: String, table t: Table, headers: [String]) {
            let sheet = workbook_add_worksheet(workbook, sheetName(wanted))!
            worksheet_write_string(sheet, 0, 0, heading, title)
            for (k, name) in headers.enumerated() { worksheet_write_string(sheet, 1, UInt16(k), name, header) }
            worksheet_freeze_panes(sheet, 2, 0)
            for (k, column) in t.columns.enumerated() {
                var widest = Self.width(of: headers[k]) / 1.6
                let col = UInt16(k)
                for row in 0..<t.rowCount {
                    let r = UInt32(row + 2)
                    switch column[row] {
                    case .null: break
                    case .money(let m):
                        worksheet_write_number(sheet, r, col, Double(m.satang) / 100, money)
                        widest = max(widest, Double(m.description.count) + 2)
                    case .float(let x), .percent(let x):
                        worksheet_write_number(sheet, r, col, x, percent)
                        widest = max(widest, Double(TableRenderer.formatFloat(x).count) + 2)
                    case .int(let i):
                        worksheet_write_number(sheet, r, col, Double(i), whole)
                        widest = max(widest, Double(String(i).count) + 3)
                    case .date(let d):
                        worksheet_write_number(sheet, r, col, Double(d.ordinal) + 25569, date)
                        widest = max(widest, 12)
                    case .text(let s):
                        worksheet_write_string(sheet, r, col, s, text)
                        widest = max(widest, Self.width(of: s))
                    case .bool(let b):
                        worksheet_write_boolean(sheet, r, col, b ? 1 : 0, nil)
                    }
                }
                worksheet_set_column(sheet, col, col, min(max(widest, 8), 48), nil)
            }
            worksheet_set_row(sheet, 1, 30, nil)
        }

        /// Excel column width for a text: its display width, Thai letters being wider than Latin in Excel's fonts.
        static func width(of s: String) -> Double {
            let thai = s.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) }
            return Double(s.displayWidth) * (thai ? 1.25 : 1.05) + 2
        }
    }
}
