import Foundation
import PlanModel
import ZIPFoundation

/// An Excel workbook (`.xlsx`: Office Open XML in a zip container, read with ZIPFoundation) opened for
/// reading its sheets: their names in order, the shared strings, and which cell styles show dates.
struct XLSXWorkbook {
    /// The file's name as messages show it.
    let file: String
    /// The sheets' names, in the workbook's order.
    let sheetNames: [String]
    private let archive: Archive
    private let sheetParts: [String: String]
    let sharedStrings: [String]
    /// For each cell style (`s="N"`), how its number format shows a number.
    let cellStyles: [NumberShape]
    /// Whether serial numbers count from 1904 (old Mac workbooks) rather than 1900.
    let date1904: Bool

    /// The largest part read (uncompressed), so that a small hostile file cannot fill memory.
    static let largestPart = 1 << 30

    /// Opens the workbook at `path`; `display` names it in messages. The file is read as every load reads one
    /// (a FIFO or a device refused before a byte is read, `access` judging the open file) and unzipped in memory.
    init(path: String, display: String, access: ReadAccess = .anything) throws(Diagnostic) {
        file = display
        let bytes = try FileBytes.readBuffer(path, access: access)
        let opened: Archive
        do {
            opened = try Archive(data: Data(bytes.all), accessMode: .read)
        } catch {
            throw Diagnostic(
                file: display, line: 0, column: 0, message: "not an Excel workbook (.xlsx): it is not a zip archive",
                thai: "ไม่ใช่เวิร์กบุ๊ก Excel (.xlsx): ไม่ใช่ไฟล์ zip")
        }
        archive = opened
        var names: [String] = []
        var ids: [String: String] = [:]
        var uses1904 = false
        try WorkbookXML.parse(
            try Self.part("xl/workbook.xml", of: opened, file: display), part: "xl/workbook.xml", file: display,
            .init(open: { name, attributes in
                if name == "sheet", let sheet = attributes["name"] {
                    names.append(sheet)
                    ids[sheet] = attributes["id"] ?? ""
                } else if name == "workbookPr", let flag = attributes["date1904"] {
                    uses1904 = flag == "1" || flag == "true"
                }
            }))
        var targets: [String: String] = [:]
        try WorkbookXML.parse(
            try Self.part("xl/_rels/workbook.xml.rels", of: opened, file: display), part: "xl/_rels/workbook.xml.rels",
            file: display,
            .init(open: { name, attributes in
                if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] {
                    targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
                }
            }))
        sheetNames = names
        sheetParts = ids.compactMapValues { targets[$0] }
        date1904 = uses1904
        sharedStrings = try Self.sharedStrings(opened, file: display)
        cellStyles = try Self.cellStyles(opened, file: display)
    }

    /// The cells of sheet `name`.
    func sheet(_ name: String) throws(Diagnostic) -> SheetGrid {
        guard let part = sheetParts[name] else {
            throw Diagnostic(
                file: file, message: "the workbook has no sheet \"\(name)\" (its sheets: \(quotedSheetNames))",
                thai: "เวิร์กบุ๊กไม่มีชีต \"\(name)\" (ชีตที่มี: \(quotedSheetNames))")
        }
        return try SheetGrid.read(try Self.part(part, of: archive, file: file), name: name, workbook: self)
    }

    var quotedSheetNames: String { sheetNames.map { "\"\($0)\"" }.joined(separator: ", ") }

    /// The uncompressed bytes of the part at `path`; an error when it is missing or broken.
    static func part(_ path: String, of archive: Archive, file: String, optional: Bool = false) throws(Diagnostic)
        -> Data
    {
        guard let entry = archive[path] else {
            if optional { return Data() }
            throw Diagnostic(
                file: file, message: "not an Excel workbook (.xlsx): it has no \(path)",
                thai: "ไม่ใช่เวิร์กบุ๊ก Excel (.xlsx): ไม่มี \(path)")
        }
        guard entry.uncompressedSize <= UInt64(largestPart) else {
            throw Diagnostic(
                file: file, message: "\(path) of the workbook is larger than 1 GB", thai: "\(path) ในเวิร์กบุ๊กใหญ่เกิน 1 GB")
        }
        var data = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                guard data.count + chunk.count <= largestPart else { throw ArchiveTooLarge() }
                data.append(chunk)
            }
        } catch {
            throw Diagnostic(
                file: file, message: "cannot read \(path) of the workbook: the archive is damaged",
                thai: "อ่าน \(path) ในเวิร์กบุ๊กไม่ได้: ไฟล์เสียหาย")
        }
        return data
    }

    private struct ArchiveTooLarge: Error {}

    /// `xl/sharedStrings.xml`: each `<si>`'s text (a plain `<t>` or rich-text runs; phonetic guides left out).
    private static func sharedStrings(_ archive: Archive, file: String) throws(Diagnostic) -> [String] {
        let path = "xl/sharedStrings.xml"
        var strings: [String] = []
        var current = ""
        var phonetic = 0
        try WorkbookXML.parse(
            try part(path, of: archive, file: file, optional: true), part: path, file: file,
            .init(
                open: { name, _ in
                    if name == "si" { current = "" } else if name == "rPh" { phonetic += 1 }
                },
                close: { name, text in
                    switch name {
                    case "t" where phonetic == 0: current += text
                    case "rPh": phonetic -= 1
                    case "si": strings.append(current)
                    default: break
                    }
                }, collectsText: { $0 == "t" }))
        return strings
    }

    /// `xl/styles.xml`: for each cell format of `<cellXfs>`, how its number format shows a number.
    private static func cellStyles(_ archive: Archive, file: String) throws(Diagnostic) -> [NumberShape] {
        let path = "xl/styles.xml"
        var codes: [Int: String] = [:]
        var styles: [NumberShape] = []
        var inCellFormats = false
        try WorkbookXML.parse(
            try part(path, of: archive, file: file, optional: true), part: path, file: file,
            .init(
                open: { name, attributes in
                    if name == "numFmt", let id = attributes["numFmtId"].flatMap(Int.init) {
                        codes[id] = attributes["formatCode"]
                    } else if name == "cellXfs" {
                        inCellFormats = true
                    } else if name == "xf" && inCellFormats {
                        let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
                        styles.append(NumberShape(formatID: id, code: codes[id]))
                    }
                },
                close: { name, _ in if name == "cellXfs" { inCellFormats = false } }))
        return styles
    }
}
