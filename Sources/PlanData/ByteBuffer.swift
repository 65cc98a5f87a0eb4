/// Bytes in memory that stay put, so that readers can hand out pointers into them; freed with the last
/// reference.
final class ByteBuffer {
    let base: UnsafeMutablePointer<UInt8>
    let count: Int

    /// An uninitialised buffer of `count` bytes, to fill.
    init(count: Int) {
        self.count = count
        base = .allocate(capacity: max(count, 1))
    }

    convenience init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(count: bytes.count)
        if let source = bytes.baseAddress { base.initialize(from: source, count: count) }
    }

    deinit { base.deallocate() }

    var all: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Bytes `start..<end`.
    func slice(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + start, count: end - start)
    }

    /// The number of characters (Unicode scalars: each ASCII or UTF-8 lead byte) in `start..<end`.
    func characterCount(_ start: Int, _ end: Int) -> Int {
        var n = 0
        for i in start..<end where base[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }
}
