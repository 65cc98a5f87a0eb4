#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes in memory that stay put, so that readers can hand out pointers into them; freed (or unmapped) with the
/// last reference.
final class ByteBuffer {
    let base: UnsafeMutablePointer<UInt8>
    let count: Int
    private let mapped: Bool

    /// An uninitialised buffer of `count` bytes, to fill.
    init(count: Int) {
        self.count = count
        base = .allocate(capacity: max(count, 1))
        mapped = false
    }

    /// The first `count` bytes of an open file, mapped copy-on-write rather than read; `nil` if it cannot be.
    init?(mapping fd: Int32, count: Int) {
        guard count > 0, let p = mmap(nil, count, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0), p != MAP_FAILED
        else { return nil }
        self.count = count
        base = p.assumingMemoryBound(to: UInt8.self)
        mapped = true
    }

    convenience init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(count: bytes.count)
        if let source = bytes.baseAddress { base.initialize(from: source, count: count) }
    }

    deinit {
        if mapped { munmap(base, count) } else { base.deallocate() }
    }

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
