#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Interns byte strings to dense codes 0, 1, 2, … without making a `String` per cell: an open-addressing
/// hash table over an arena of the distinct values. `strings()` makes each distinct value a `String` once.
struct TextInterner {
    private var arena: [UInt8] = []
    private var starts: [Int] = []
    private var lengths: [Int32] = []
    private var hashes: [UInt64] = []
    /// Slots hold a code + 1; 0 is empty.
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    private var mask = 63

    /// The number of distinct values.
    var count: Int { starts.count }

    /// The code of `bytes`, adding it if new.
    @inline(__always)
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if last >= 0 && matches(last, bytes) { return Int32(last) }
        let code = lookUp(bytes)
        last = Int(code)
        return code
    }

    /// The code most recently returned: a file sorted by a column repeats each value on consecutive rows.
    private var last = -1

    @inline(__always)
    private mutating func lookUp(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let h = TextInterner.hash(bytes)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let code = Int(entry - 1)
            if hashes[code] == h && matches(code, bytes) { return Int32(code) }
            slot = (slot + 1) & mask
        }
        let code = Int32(starts.count)
        starts.append(arena.count)
        lengths.append(Int32(bytes.count))
        hashes.append(h)
        arena.append(contentsOf: bytes)
        slots[slot] = code + 1
        if starts.count * 2 > slots.count { grow() }
        return code
    }

    /// Every distinct value as a `String`, indexed by code.
    func strings() -> [String] {
        arena.withUnsafeBufferPointer { a in
            (0..<starts.count).map { k in
                String(
                    decoding: UnsafeBufferPointer(rebasing: a[starts[k]..<(starts[k] + Int(lengths[k]))]), as: UTF8.self
                )
            }
        }
    }

    private func matches(_ code: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = Int(lengths[code])
        guard n == bytes.count else { return false }
        let s = starts[code]
        guard n > 0 else { return true }
        return arena.withUnsafeBufferPointer { a in memcmp(a.baseAddress! + s, bytes.baseAddress!, n) == 0 }
    }

    private mutating func grow() {
        let size = slots.count * 2
        mask = size - 1
        slots = Array(repeating: 0, count: size)
        for code in 0..<starts.count {
            var slot = Int(truncatingIfNeeded: hashes[code]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(code + 1)
        }
    }

    /// A fast 64-bit hash of a byte string, eight bytes at a time.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var i = 0
        let n = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
                h ^= h >> 32
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                tail |= UInt64(base[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        }
        h ^= h >> 29
        return h
    }
}
