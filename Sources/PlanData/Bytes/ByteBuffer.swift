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

    /// Lets the kernel drop the whole pages of `start..<end` from memory, when the bytes are a mapped file that
    /// nothing has written to: a later read maps them again from the file, so this only lowers the resident size
    /// while a large file is read once from front to back (by the UTF-8 check, the parser and the fingerprint,
    /// each releasing what it has passed). Does nothing for bytes in ordinary memory.
    func release(_ start: Int, _ end: Int) {
        guard mapped else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let from = (start + page - 1) / page * page
        let to = min(end, count) / page * page
        if to > from { madvise(base + from, to - from, Int32(MADV_DONTNEED)) }
    }

    /// How many bytes a reader passes between releases (1 MiB: the national load peaked 3.5 MiB higher with 4).
    static let releaseStep = 1 << 20

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
