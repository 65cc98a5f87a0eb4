import PlanModel

/// A JSON array of objects as rows of cells: the keys, in order of first appearance, are the columns; a
/// missing key or `null` is an empty cell; strings, numbers (as written) and booleans give the cell's text.
struct JSONRecordSource: RecordSource {
    let file: String
    let header: [String]
    private let arena: ByteBuffer
    /// For row r and column c, cell index r × width + c: where its bytes are and where it was written.
    private let starts: [Int]
    private let lengths: [Int]
    private let lines: [Int32]
    private let columns: [Int32]
    private var row = -1

    /// Rows from `node`, which must be an array of objects with scalar values.
    init(_ node: JSONNode, file: String) throws(Diagnostic) {
        self.file = file
        guard case .array(let items) = node.value else {
            throw Diagnostic(
                file: file, line: node.line, column: node.column,
                message: "expected an array of objects, found \(node.kind)", thai: "ต้องเป็นอาร์เรย์ของออบเจกต์")
        }
        var names: [String] = []
        var index: [String: Int] = [:]
        for item in items {
            guard case .object(let members) = item.value else {
                throw Diagnostic(
                    file: file, line: item.line, column: item.column,
                    message: "expected an object, found \(item.kind)", thai: "ต้องเป็นออบเจกต์")
            }
            for (key, value) in members where index[key] == nil {
                guard names.count < ColumnNames.limit else {
                    throw ColumnNames.tooMany(file: file, line: value.line, column: value.column)
                }
                index[key] = names.count
                names.append(key)
            }
        }
        header = names
        let width = names.count
        var bytes: [UInt8] = []
        var starts = [Int](repeating: 0, count: items.count * width)
        var lengths = [Int](repeating: 0, count: items.count * width)
        var lines = [Int32](repeating: 0, count: items.count * width)
        var columns = [Int32](repeating: 0, count: items.count * width)
        for (r, item) in items.enumerated() {
            for c in 0..<width {
                lines[r * width + c] = Int32(item.line)
                columns[r * width + c] = Int32(item.column)
            }
            guard case .object(let members) = item.value else { continue }
            for (key, value) in members {
                let k = r * width + index[key]!
                lines[k] = Int32(value.line)
                columns[k] = Int32(value.column)
                starts[k] = bytes.count
                switch value.value {
                case .null: break
                case .bool(let b): bytes += Array((b ? "true" : "false").utf8)
                case .number(let text), .string(let text): bytes += Array(text.utf8)
                case .array, .object:
                    throw Diagnostic(
                        file: file, line: value.line, column: value.column,
                        message: "`\(key)` holds \(value.kind); a cell must be a string, number, boolean or null",
                        thai: "ค่าใน `\(key)` ต้องเป็นข้อความ ตัวเลข ค่าจริงเท็จ หรือ null")
                }
                lengths[k] = bytes.count - starts[k]
            }
        }
        arena = bytes.withUnsafeBufferPointer { ByteBuffer($0) }
        self.starts = starts
        self.lengths = lengths
        self.lines = lines
        self.columns = columns
    }

    private var rowCount: Int { header.isEmpty ? 0 : starts.count / header.count }

    var estimatedRowCount: Int { rowCount }

    var fractionRead: Double { rowCount == 0 ? 1 : Double(row + 1) / Double(rowCount) }

    mutating func next() throws(Diagnostic) -> Bool {
        guard row + 1 < rowCount else { return false }
        row += 1
        return true
    }

    var rowProblem: Diagnostic? { nil }

    var cellCount: Int { header.count }

    func cell(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let k = row * header.count + i
        return arena.slice(starts[k], starts[k] + lengths[k])
    }

    func location(ofCell i: Int) -> (line: Int, column: Int) {
        let k = row * header.count + i
        return (Int(lines[k]), Int(columns[k]))
    }

    func locator() -> CellLocator { Locator(file: file, width: header.count, lines: lines, columns: columns) }

    mutating func rewind() { row = -1 }

    /// Cells' positions as the parser found them.
    final class Locator: CellLocator {
        let file: String
        private let width: Int
        private let lines: [Int32]
        private let columns: [Int32]

        init(file: String, width: Int, lines: [Int32], columns: [Int32]) {
            self.file = file
            self.width = width
            self.lines = lines
            self.columns = columns
        }

        func locate(row: Int, field: Int) -> (line: Int, column: Int) {
            let k = row * width + field
            return (Int(lines[k]), Int(columns[k]))
        }
    }
}
