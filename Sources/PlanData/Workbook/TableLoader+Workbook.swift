import PlanModel

extension TableLoader {
    /// Sheet `sheet` (the first when nil) of the Excel workbook at `path` as a table named `name`, read as
    /// `loadCSV` reads a file (`access` judging it): the first row is the header, types are inferred (or given in
    /// `types`), and every cell that does not fit is a located error (`book.xlsx[sheet]:ROW:COLUMN`), with nothing
    /// loaded.
    public static func loadXLSX(
        path: String, sheet: String?, name: String, types: [GivenType] = [], access: ReadAccess = .anything
    ) throws -> Table {
        let workbook = try XLSXWorkbook(path: path, display: path, access: access)
        guard let chosen = sheet ?? workbook.sheetNames.first else {
            throw Diagnostic(file: path, message: "the workbook has no sheet", thai: "เวิร์กบุ๊กไม่มีชีต")
        }
        var source = try SheetRecordSource(try workbook.sheet(chosen), workbook: path)
        return try load(&source, name: name, types: types)
    }
}
