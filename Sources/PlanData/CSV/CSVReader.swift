/// Reads RFC 4180 records from UTF-8 bytes without making `String`s: fields separated by commas, records by
/// LF, CRLF or CR, fields optionally in double quotes with `""` for a quote and line breaks allowed inside.
/// Blank lines are skipped. A field's bytes stay valid until the next call to `next()`.
struct CSVReader {
    /// Something wrong with the file's structure, at a byte offset.
    struct Malformed: Error {
        var offset: Int
        var line: Int
        var message: String
        var thai: String
    }

    let buffer: ByteBuffer
    private(set) var position = 0
    /// The physical line (1-based) at `position`.
    private(set) var line = 1
    /// Where the last record starts: its byte offset and physical line.
    private(set) var recordStart = 0
    private(set) var recordLine = 1
    /// The last record's fields and, parallel, the byte offset where each field starts (its opening quote if
    /// quoted).
    let fields = GrowableBuffer<UnsafeBufferPointer<UInt8>>()
    let fieldStarts = GrowableBuffer<Int>()
    /// A byte offset where a record starts at which `next()` ends the input early, so that another reader can
    /// read the rest; -1 for none. A reader that passes it inside a record (a quoted field holding line breaks)
    /// reads on to the end.
    var stopAt = -1
    /// Unescaped copies of quoted fields that held `""`, reset for each record.
    private let scratch: UnsafeMutablePointer<UInt8>
    private var scratchUsed = 0
    private let scratchOwner: ByteBuffer

    /// A reader at byte `offset` of `buffer`, which is on physical line `line`.
    init(_ buffer: ByteBuffer, at offset: Int = 0, line: Int = 1) {
        self.buffer = buffer
        scratchOwner = ByteBuffer(count: buffer.count)
        scratch = scratchOwner.base
        position = offset
        self.line = line
    }

    /// Reads the next record into `fields`; `false` at the end of the input.
    mutating func next() throws(Malformed) -> Bool {
        let base = buffer.base
        let end = buffer.count
        // Skip blank lines.
        while position < end && (base[position] == 0x0A || base[position] == 0x0D) {
            if base[position] == 0x0D && position + 1 < end && base[position + 1] == 0x0A { position += 1 }
            position += 1
            line += 1
        }
        guard position < end, position != stopAt else { return false }
        fields.removeAll()
        fieldStarts.removeAll()
        scratchUsed = 0
        recordStart = position
        recordLine = line
        while true {
            let fieldStart = position
            guard fields.count < ColumnNames.limit else {
                throw Malformed(
                    offset: fieldStart, line: line, message: ColumnNames.tooManyCells.message,
                    thai: ColumnNames.tooManyCells.thai)
            }
            fieldStarts.append(fieldStart)
            if position < end && base[position] == 0x22 {
                fields.append(try quotedField())
            } else {
                var p = CSVReader.endOfUnquoted(base, from: position, end: end)
                while p < end {
                    let c = base[p]
                    if c == 0x2C || c == 0x0A || c == 0x0D { break }
                    p += 1
                }
                fields.append(UnsafeBufferPointer(start: base + position, count: p - position))
                position = p
            }
            if position >= end { return true }
            let c = base[position]
            position += 1
            if c == 0x2C {
                continue
            }
            if c == 0x0D && position < end && base[position] == 0x0A { position += 1 }
            line += 1
            return true
        }
    }

    /// How far an unquoted field starting at `p` surely goes, eight bytes at a time: the offset of its first
    /// comma, CR or LF if one is in the whole words read, else of the first byte left for the caller to scan
    /// one by one (fewer than eight remain before `end`).
    @inline(__always)
    static func endOfUnquoted(_ base: UnsafeMutablePointer<UInt8>, from start: Int, end: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var p = start
        while p + 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
            // A byte of `x` is zero where `word` holds the delimiter; the classic test marks the lowest such byte
            // exactly (a borrow can only mark bytes above a true zero byte).
            let comma = word ^ (ones &* 0x2C)
            let lf = word ^ (ones &* 0x0A)
            let cr = word ^ (ones &* 0x0D)
            let found =
                ((comma &- ones) & ~comma | (lf &- ones) & ~lf | (cr &- ones) & ~cr) & highs
            if found != 0 { return p + found.trailingZeroBitCount >> 3 }
            p += 8
        }
        return p
    }

    /// A quoted field starting at `position` (on its opening quote); leaves `position` after the closing quote.
    private mutating func quotedField() throws(Malformed) -> UnsafeBufferPointer<UInt8> {
        let base = buffer.base
        let end = buffer.count
        let openLine = line
        let open = position
        let start = position + 1
        var p = start
        var copyStart = -1  // where in `scratch` the unescaped copy begins, once a `""` was seen
        while true {
            guard p < end else {
                throw Malformed(
                    offset: open, line: openLine, message: "a quoted field is not closed",
                    thai: "เครื่องหมายคำพูดเปิดแล้วไม่ได้ปิด")
            }
            let c = base[p]
            if c == 0x22 {
                if p + 1 < end && base[p + 1] == 0x22 {
                    if copyStart < 0 {
                        copyStart = scratchUsed
                        (scratch + scratchUsed).initialize(from: base + start, count: p - start)
                        scratchUsed += p - start
                    }
                    scratch[scratchUsed] = 0x22
                    scratchUsed += 1
                    p += 2
                    continue
                }
                break
            }
            if c == 0x0A || (c == 0x0D && !(p + 1 < end && base[p + 1] == 0x0A)) { line += 1 }
            if copyStart >= 0 {
                scratch[scratchUsed] = c
                scratchUsed += 1
            }
            p += 1
        }
        position = p + 1
        if position < end {
            let after = base[position]
            guard after == 0x2C || after == 0x0A || after == 0x0D else {
                throw Malformed(
                    offset: position, line: line, message: "unexpected text after a closing quote",
                    thai: "มีข้อความต่อท้ายเครื่องหมายคำพูดปิด")
            }
        }
        if copyStart >= 0 { return UnsafeBufferPointer(start: scratch + copyStart, count: scratchUsed - copyStart) }
        return UnsafeBufferPointer(start: base + start, count: p - start)
    }

    /// The 1-based column of a byte offset, in characters counted from the start of the record that holds it.
    func column(ofOffset offset: Int, recordStart: Int) -> Int {
        buffer.characterCount(recordStart, offset) + 1
    }
}
