import SystemCalls

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The little-endian bytes of a snapshot, written in one go and read back with every length and offset checked
/// against what is there: a snapshot cut short or overwritten is found out (`SnapshotBytes.Damaged`), never
/// read past its end.
///
/// A snapshot is a header, then the large arrays' bytes back to back (the data), then the index: every other
/// value, and for each array in the data its count and its `ContentDigest`, in the order the arrays lie there.
/// The index says where each array is only by that order, so that the arrays cover the data exactly: each byte
/// of the data belongs to one array and is checked by its digest.
enum SnapshotBytes {
    /// A snapshot that is not what a writer wrote: cut short, or holding a value that cannot be.
    struct Damaged: Error {
        var reason: String

        /// A snapshot whose bytes could not all be read: `code` is the `errno` `System.readAll` gave (`EIO`: the
        /// file ended early).
        static func unread(_ code: Int32) -> Damaged {
            Damaged(reason: code == EIO ? "it ends early" : "it cannot be read: \(System.describe(code))")
        }
    }

    /// Builds the index, and the list of the arrays that make the data, without copying them: each is written
    /// from where it is (`SnapshotBytes.Writer.arrays`) when the snapshot is written.
    struct Writer {
        /// The index, to follow the data.
        var index: [UInt8] = []
        /// What writes each array of the data to an open file, in order: 0, or the `errno` of the write that
        /// failed.
        private(set) var arrays: [(Int32) -> Int32] = []
        /// Where the data ends so far (an offset in the file, after the header).
        private(set) var dataEnd: Int

        init(dataStart: Int) { dataEnd = dataStart }

        mutating func integer<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { index.append(contentsOf: $0) }
        }

        mutating func string(_ value: String) {
            var value = value
            value.withUTF8 { utf8 in
                integer(UInt32(utf8.count))
                index.append(contentsOf: utf8)
            }
        }

        /// A small array of plain values, in the index: its count, then its bytes as they are in memory (this
        /// writer assumes a little-endian machine, as `Reader` does).
        mutating func inlineArray<T: BitwiseCopyable>(_ values: [T]) {
            integer(UInt64(values.count))
            values.withUnsafeBytes { index.append(contentsOf: $0) }
        }

        /// A large array of plain values, in the data, with its count and digest in the index.
        mutating func array<T: BitwiseCopyable>(_ values: [T]) {
            integer(UInt64(values.count))
            values.withUnsafeBytes { raw in
                integer(ContentDigest.of(raw))
                dataEnd += raw.count
            }
            arrays.append { fd in values.withUnsafeBytes { System.writeAll(fd, $0) } }
        }
    }

    /// Reads the index back, in the order written, and where each array lies in the data.
    struct Reader {
        let bytes: UnsafeRawBufferPointer
        private(set) var position: Int
        /// Where the next array of the data starts, and where the data ends (offsets in the snapshot file).
        private(set) var dataPosition: Int
        let dataEnd: Int

        init(_ bytes: UnsafeRawBufferPointer, data: Range<Int> = 0..<0) {
            self.bytes = bytes
            position = 0
            dataPosition = data.lowerBound
            dataEnd = data.upperBound
        }

        /// Whether every array of the data has been read, so that none of its bytes went unchecked.
        var coversTheData: Bool { dataPosition == dataEnd }

        private mutating func take(_ count: Int) throws(Damaged) -> Int {
            guard count >= 0, count <= bytes.count - position else { throw Damaged(reason: "it ends early") }
            defer { position += count }
            return position
        }

        mutating func integer<T: FixedWidthInteger>(_: T.Type = T.self) throws(Damaged) -> T {
            let at = try take(MemoryLayout<T>.size)
            return T(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: T.self))
        }

        mutating func count(limit: Int) throws(Damaged) -> Int {
            let n = try integer(UInt64.self)
            guard n <= UInt64(limit) else { throw Damaged(reason: "a count of \(n) cannot be") }
            return Int(n)
        }

        mutating func string() throws(Damaged) -> String {
            let n = Int(try integer(UInt32.self))
            let at = try take(n)
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<(at + n)]), as: UTF8.self)
        }

        /// The bytes of `count` values of `stride` bytes each, in the index.
        mutating func raw(count: Int, stride: Int) throws(Damaged) -> UnsafeRawBufferPointer {
            let at = try take(count * stride)
            return UnsafeRawBufferPointer(rebasing: bytes[at..<(at + count * stride)])
        }

        /// A small array written by `Writer.inlineArray`.
        mutating func inlineArray<T: BitwiseCopyable>(_: T.Type = T.self) throws(Damaged) -> [T] {
            let stride = MemoryLayout<T>.stride
            let n = try count(limit: (bytes.count - position) / stride)
            let raw = try raw(count: n, stride: stride)
            return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
                if n > 0 {
                    UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(
                        from: raw.baseAddress!, byteCount: raw.count)
                }
                initialized = n
            }
        }

        /// Where the next array of the data lies, of values of `kind`, as `Writer.array` wrote it.
        mutating func array(_ kind: SnapshotArrays.Kind) throws(Damaged) -> SnapshotArrays.Reference {
            let n = try count(limit: (dataEnd - dataPosition) / kind.stride)
            let digest = try integer(UInt64.self)
            defer { dataPosition += n * kind.stride }
            return SnapshotArrays.Reference(kind: kind, offset: dataPosition, count: n, digest: digest)
        }
    }
}
