import PlanModel

/// A sheet of a workbook as rows of cells, for the same readers as CSV (`RecordSource`): its first row with a
/// cell is the header, from the first column any row uses (so an unnamed first column, as in CSV exports, is
/// `column1`) to the header's last cell; every later row with a cell is a row. A
/// location's line is the sheet's row number and its column the sheet's column number (A is 1); the file is
/// shown as `book.xlsx[sheet]`.
struct SheetRecordSource: RecordSource {
    let file: String
    let header: [String]
    private let grid: SheetGrid
    /// The grid's bytes, held where a cell's pointer stays valid.
    private let bytes: ByteBuffer
    private let firstColumn: Int
    private var index = 0
    /// The current row's cells by position (start, count in the grid's bytes); count 0 for an empty cell.
    private var cells: [(start: Int, count: Int)]
    private(set) var rowProblem: Diagnostic?

    /// The rows of `grid`; a merged cell in the header row, or a cell that cannot be read, is an error.
    init(_ grid: SheetGrid, workbook: String) throws(Diagnostic) {
        file = "\(workbook)[\(grid.name)]"
        guard let first = grid.rows.first else {
            throw Diagnostic(
                file: file, line: 1, column: 1, message: "the sheet is empty: no header row",
                thai: "ชีตว่าง ไม่มีแถวหัวตาราง")
        }
        for ref in grid.merged {
            guard let rows = SheetGrid.rows(ofRange: ref), rows.contains(first.number) else { continue }
            throw Diagnostic(
                file: file, line: first.number, column: SheetGrid.columnNumber(ref) ?? 1,
                message: "the header row has merged cells \(ref): give each column its own name in its own cell",
                thai: "แถวหัวตารางมีช่องที่ผสานกัน \(ref): แต่ละคอลัมน์ต้องมีชื่อในช่องของตัวเอง")
        }
        if let problem = grid.problems.first {
            throw Diagnostic(
                file: file, line: problem.row, column: problem.column, message: problem.message, thai: problem.thai)
        }
        self.grid = grid
        bytes = grid.bytes.withUnsafeBufferPointer { ByteBuffer($0) }
        firstColumn = grid.rows.lazy.compactMap { $0.cells.first?.column }.min()!
        let width = first.cells.last!.column - firstColumn + 1
        var names = [String](repeating: "", count: width)
        for cell in first.cells {
            names[cell.column - firstColumn] = grid.text(cell)
        }
        header = names
        cells = Array(repeating: (0, 0), count: width)
    }

    var estimatedRowCount: Int { grid.rows.count - 1 }

    var fractionRead: Double { grid.rows.count <= 1 ? 1 : Double(index) / Double(grid.rows.count - 1) }

    mutating func next() throws(Diagnostic) -> Bool {
        guard index + 1 < grid.rows.count else { return false }
        index += 1
        let row = grid.rows[index]
        for k in cells.indices { cells[k] = (0, 0) }
        rowProblem = nil
        for cell in row.cells {
            let k = cell.column - firstColumn
            if k >= 0 && k < cells.count {
                cells[k] = (cell.start, cell.count)
            } else if rowProblem == nil {
                rowProblem = Diagnostic(
                    file: file, line: row.number, column: cell.column,
                    message:
                        "this row has a cell in column \(SheetGrid.columnLetters(cell.column)), outside the header",
                    thai: "แถวนี้มีข้อมูลในคอลัมน์ \(SheetGrid.columnLetters(cell.column)) ซึ่งอยู่นอกหัวตาราง")
            }
        }
        return true
    }

    var cellCount: Int { cells.count }

    func cell(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let (start, count) = cells[i]
        guard count > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
        return bytes.slice(start, start + count)
    }

    func location(ofCell i: Int) -> (line: Int, column: Int) { (grid.rows[index].number, firstColumn + i) }

    func locator() -> CellLocator {
        Locator(file: file, rowNumbers: grid.rows.dropFirst().map(\.number), firstColumn: firstColumn)
    }

    mutating func rewind() {
        index = 0
        rowProblem = nil
    }

    /// Finds a cell by its row's number on the sheet.
    struct Locator: CellLocator {
        let file: String
        let rowNumbers: [Int]
        let firstColumn: Int

        func locate(row: Int, field: Int) -> (line: Int, column: Int) { (rowNumbers[row], firstColumn + field) }
    }
}
