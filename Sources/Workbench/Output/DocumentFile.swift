import Foundation
import PlanData
import PlanModel
import PlanSim

/// What `export "file.EXT"` and `report … to "file.EXT"` write: a result table or a report, in the format the
/// file's extension names (`Format`).
enum DocumentFile {
    case table(Table)
    case report(Report)

    /// The format of `path`'s extension, or an error listing the ones there are.
    static func format(of path: String) throws -> Format {
        let ext = (path as NSString).pathExtension
        guard let format = Format(fileExtension: ext) else {
            let list = Format.extensionList
            throw Diagnostic(
                message: "a file's extension names its format: \(list), not \(path)",
                thai: "นามสกุลไฟล์บอกรูปแบบ: \(list) ไม่ใช่ \(path)",
                notes: ["e.g. export \"result.xlsx\" or report Q2 to \"q2.html\" (เช่น report Q2 to \"q2.html\")"])
        }
        return format
    }

    /// Writes the document at `path` (already resolved) so that a failure never leaves half a file.
    func write(as format: Format, to path: String, writer: OutputWriter) throws {
        switch (self, format) {
        case (.table(let t), .xlsx): try XLSXDocument.write(t, to: path)
        case (.report(let r), .xlsx): try XLSXDocument.write(r, to: path)
        // A BOM first, as Excel's own "CSV UTF-8" writes, so that Excel on a Thai Windows reads the Thai.
        case (.table(let t), .csv): try AtomicFile.write("\u{FEFF}" + TableWriter.csv(t), to: path)
        case (.table(let t), .html):
            try AtomicFile.write(HTMLDocument.page(t, language: writer.settings.language), to: path)
        case (.table(let t), _): try AtomicFile.write(writer.renderTable(t, as: format) + "\n", to: path)
        case (.report(let r), .csv):
            try AtomicFile.write("\u{FEFF}" + writer.renderReport(r, as: format) + "\n", to: path)
        case (.report(let r), _): try AtomicFile.write(writer.renderReport(r, as: format) + "\n", to: path)
        }
    }
}
