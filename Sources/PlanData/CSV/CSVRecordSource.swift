import PlanModel

/// A CSV file as rows of cells: the header row gives the names; every later record is a row. It remembers where
/// every `Locator.stride`-th row starts (its byte offset and line) so that checks after reading can point at a
/// cell: the rows between are found by reading on from there.
struct CSVRecordSource: RecordSource {
    let file: String
    private(set) var header: [String] = []
    private var reader: CSVReader
    private var rowStarts = GrowableBuffer<Int>()
    private var rowLines = GrowableBuffer<Int32>()
    private var rows = 0
    private var headerEnd = (position: 0, line: 1)
    private(set) var rowProblem: Diagnostic?
    /// Bytes before this have been released (`ByteBuffer.release`).
    private var released = 0

    /// Reads `path` (UTF-8 with or without BOM, or Windows-874) and its header row; `display` names it in
    /// messages; `access` judges the file once open.
    init(path: String, display: String, access: ReadAccess = .anything) throws(Diagnostic) {
        let bytes = try FileBytes.readBuffer(path, access: access)
        try self.init(buffer: TextEncoding.utf8(from: bytes).bytes, display: display)
    }

    /// Reads CSV text already in UTF-8.
    init(buffer: ByteBuffer, display: String) throws(Diagnostic) {
        file = display
        reader = CSVReader(buffer)
        guard try readRecord() else {
            throw Diagnostic(
                file: file, line: 1, column: 1, message: "the file is empty: no header row",
                thai: "ไฟล์ว่าง ไม่มีแถวหัวตาราง")
        }
        header = reader.fields.array.map { String(decoding: $0, as: UTF8.self) }
        headerEnd = (reader.position, reader.line)
    }

    /// The rows of CSV text in UTF-8 from byte `offset` (where a record starts) to the end, under `header`; its
    /// lines are counted from 1 at `offset`.
    init(rest buffer: ByteBuffer, display: String, header: [String], from offset: Int) {
        file = display
        self.header = header
        reader = CSVReader(buffer, at: offset, line: 1)
        headerEnd = (offset, 1)
        released = offset
    }

    /// Ends the rows at byte `offset`, where the rest can be read by a source made `init(rest:…)`, if a record
    /// starts there; otherwise the rows go on to the end (see `reachedStop`).
    mutating func stop(at offset: Int) { reader.stopAt = offset }

    /// Whether the rows ended at the offset given to `stop(at:)`: the rows after it are for another source.
    var reachedStop: Bool { reader.stopAt >= 0 && reader.position == reader.stopAt }

    /// The physical line (1-based) the reader is on.
    var line: Int { reader.line }

    /// The whole file's bytes, and where the rows after the header start.
    var buffer: ByteBuffer { reader.buffer }
    var rowsStart: Int { headerEnd.position }

    private mutating func readRecord() throws(Diagnostic) -> Bool {
        do {
            return try reader.next()
        } catch {
            throw Diagnostic(
                file: file, line: reader.recordLine,
                column: reader.column(ofOffset: error.offset, recordStart: reader.recordStart),
                message: error.message, thai: error.thai)
        }
    }

    mutating func next() throws(Diagnostic) -> Bool {
        guard try readRecord() else { return false }
        if reader.recordStart - released >= ByteBuffer.releaseStep {
            reader.buffer.release(released, reader.recordStart)
            released = reader.recordStart
        }
        if rows % Locator.stride == 0 {
            rowStarts.append(reader.recordStart)
            rowLines.append(Int32(truncatingIfNeeded: reader.recordLine))
        }
        rows += 1
        rowProblem = nil
        if reader.fields.count > header.count {
            let extra = header.count
            rowProblem = Diagnostic(
                file: file, line: reader.recordLine,
                column: reader.column(ofOffset: reader.fieldStarts[extra], recordStart: reader.recordStart),
                message: "this row has \(reader.fields.count) cells but the header has \(header.count)",
                thai: "แถวนี้มี \(reader.fields.count) ช่อง แต่หัวตารางมี \(header.count) ช่อง")
        }
        return true
    }

    /// Line breaks in the first 64 KB after the header, scaled to the file's size.
    var estimatedRowCount: Int {
        let start = headerEnd.position
        let total = reader.buffer.count - headerEnd.position
        let sample = min(total, 1 << 16)
        guard sample > 0 else { return 0 }
        var breaks = 0
        for i in start..<(start + sample) where reader.buffer.base[i] == 0x0A { breaks += 1 }
        return Int(Double(max(breaks, 1)) * Double(total) / Double(sample) * 1.05)
    }

    var fractionRead: Double {
        let end = reader.stopAt >= 0 ? reader.stopAt : reader.buffer.count
        return end == 0 ? 1 : Double(reader.position) / Double(end)
    }

    var cellCount: Int { min(reader.fields.count, header.count) }

    @inline(__always)
    func cell(_ i: Int) -> UnsafeBufferPointer<UInt8> { reader.fields[i] }

    func location(ofCell i: Int) -> (line: Int, column: Int) {
        let offset = i < reader.fieldStarts.count ? reader.fieldStarts[i] : reader.recordStart
        return (reader.recordLine, reader.column(ofOffset: offset, recordStart: reader.recordStart))
    }

    func locator() -> CellLocator {
        Locator(file: file, buffer: reader.buffer, rowStarts: rowStarts.array, rowLines: rowLines.array)
    }

    mutating func rewind() {
        reader = CSVReader(reader.buffer, at: headerEnd.position, line: headerEnd.line)
        rowStarts = GrowableBuffer()
        rowLines = GrowableBuffer()
        rows = 0
        rowProblem = nil
    }

    /// Finds a cell by reading its row again, from the start of the last row remembered before it.
    final class Locator: CellLocator {
        /// Every how many rows one's start is remembered.
        static let stride = 16

        let file: String
        private let buffer: ByteBuffer
        /// The byte offset and line of rows 0, `stride`, 2 × `stride`, …
        private let rowStarts: [Int]
        private let rowLines: [Int32]

        init(file: String, buffer: ByteBuffer, rowStarts: [Int], rowLines: [Int32]) {
            self.file = file
            self.buffer = buffer
            self.rowStarts = rowStarts
            self.rowLines = rowLines
        }

        func locate(row: Int, field: Int) -> (line: Int, column: Int) {
            let mark = row / Self.stride
            var reader = CSVReader(buffer, at: rowStarts[mark], line: Int(rowLines[mark]))
            for _ in 0...(row - mark * Self.stride) { _ = try? reader.next() }
            let start = reader.recordStart
            let offset = field < reader.fieldStarts.count ? reader.fieldStarts[field] : start
            return (reader.recordLine, reader.column(ofOffset: offset, recordStart: start))
        }
    }
}
