import PlanModel

/// Rows of cells read from a file, header first: a CSV file or a JSON array of objects. The readers above it
/// see bytes and locations only, whatever the file's format.
protocol RecordSource {
    /// The file's name as messages show it.
    var file: String { get }
    /// Column names from the header row (or the objects' keys, in order of first appearance).
    var header: [String] { get }
    /// About how many rows there are, to reserve room for (an estimate; 0 if unknown).
    var estimatedRowCount: Int { get }
    /// How much of the source the rows read so far cover, from 0 to 1.
    var fractionRead: Double { get }
    /// Moves to the next row; `false` at the end.
    mutating func next() throws(Diagnostic) -> Bool
    /// What is wrong with the current row as a whole (a CSV row with more cells than the header), if anything;
    /// the reader reports it and goes on, so that one load lists every such row.
    var rowProblem: Diagnostic? { get }
    /// How many cells the current row has, at most the header's count (a short CSV row has fewer).
    var cellCount: Int { get }
    /// The bytes of cell `i` of the current row (`i < cellCount`); empty for a null.
    func cell(_ i: Int) -> UnsafeBufferPointer<UInt8>
    /// Where cell `i` of the current row is.
    func location(ofCell i: Int) -> (line: Int, column: Int)
    /// Finds rows again after reading, for checks that run over whole columns.
    func locator() -> CellLocator
    /// Starts again at the first row.
    mutating func rewind()
}

/// Where a cell of a row read earlier is, to point a message at it.
protocol CellLocator {
    var file: String { get }
    /// Line and column of cell `field` (an index into the header) of row `row`.
    func locate(row: Int, field: Int) -> (line: Int, column: Int)
}

extension CellLocator {
    /// A diagnostic pointing at a cell; `field` < 0 points at the row's first character.
    func diagnostic(row: Int, field: Int, _ message: String, thai: String) -> Diagnostic {
        let (line, column) = locate(row: row, field: max(field, 0))
        return Diagnostic(file: file, line: line, column: field < 0 ? 1 : column, message: message, thai: thai)
    }
}
