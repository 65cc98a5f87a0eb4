#if canImport(Glibc)
    import Glibc
#endif

/// The little-endian bytes of a snapshot, written in one go and read back with every length and offset checked
/// against what is there: a snapshot cut short or overwritten is found out (`SnapshotBytes.Damaged`), never
/// read past its end.
enum SnapshotBytes {
    /// A snapshot that is not what a writer wrote: cut short, or holding a value that cannot be.
    struct Damaged: Error {
        var reason: String
    }

    /// Appends values to a growing byte array.
    struct Writer {
        var bytes: [UInt8] = []

        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        mutating func integer<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }

        mutating func double(_ value: Double) { integer(value.bitPattern) }

        mutating func string(_ value: String) {
            var value = value
            value.withUTF8 { utf8 in
                integer(UInt32(utf8.count))
                bytes.append(contentsOf: utf8)
            }
        }

        /// An array of plain values: its count, then its bytes as they are in memory (this writer assumes a
        /// little-endian machine, as `Reader` does).
        mutating func array<T: BitwiseCopyable>(_ values: [T]) {
            integer(UInt64(values.count))
            values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        }
    }

    /// Reads values back, in the order written.
    struct Reader {
        let bytes: UnsafeRawBufferPointer
        private(set) var position: Int

        init(_ bytes: UnsafeRawBufferPointer, at position: Int = 0) {
            self.bytes = bytes
            self.position = position
        }

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

        mutating func double() throws(Damaged) -> Double { Double(bitPattern: try integer(UInt64.self)) }

        mutating func string() throws(Damaged) -> String {
            let n = Int(try integer(UInt32.self))
            let at = try take(n)
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<(at + n)]), as: UTF8.self)
        }

        /// An array of plain values written by `Writer.array`.
        mutating func array<T: BitwiseCopyable>(_: T.Type = T.self) throws(Damaged) -> [T] {
            let n = try count(limit: (bytes.count - position) / max(MemoryLayout<T>.stride, 1))
            let at = try take(n * MemoryLayout<T>.stride)
            return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
                if n > 0 {
                    let target = UnsafeMutableRawPointer(buffer.baseAddress!)
                    Self.prepare(target, byteCount: n * MemoryLayout<T>.stride)
                    target.copyMemory(from: bytes.baseAddress! + at, byteCount: n * MemoryLayout<T>.stride)
                }
                initialized = n
            }
        }

        /// Has the kernel map a large array's new pages in one call before they are written, rather than one
        /// page fault at a time (`MADV_POPULATE_WRITE`, Linux 5.14; elsewhere, or when refused, the faults happen
        /// as before).
        private static func prepare(_ target: UnsafeMutableRawPointer, byteCount: Int) {
            #if os(Linux)
                guard byteCount >= 1 << 20 else { return }
                let page = 4096
                let start = (Int(bitPattern: target) + page - 1) / page * page
                let end = (Int(bitPattern: target) + byteCount) / page * page
                if end > start {
                    _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, 23)  // MADV_POPULATE_WRITE
                }
            #endif
        }

        /// An array of `Bool`s, each byte checked to be 0 or 1 (any other byte is no `Bool`).
        mutating func bools() throws(Damaged) -> [Bool] {
            let n = try count(limit: bytes.count - position)
            let at = try take(n)
            var other: UInt8 = 0
            for k in at..<(at + n) { other |= bytes[k] & 0xFE }
            guard other == 0 else { throw Damaged(reason: "a true-or-false value is neither") }
            return [Bool](unsafeUninitializedCapacity: n) { buffer, initialized in
                if n > 0 {
                    UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: bytes.baseAddress! + at, byteCount: n)
                }
                initialized = n
            }
        }
    }
}
