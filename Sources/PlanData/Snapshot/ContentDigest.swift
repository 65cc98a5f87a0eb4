#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A fast 64-bit digest of bytes, for knowing that a file is byte for byte the one a snapshot was made from, and
/// that a snapshot is whole (not a cryptographic hash: the plan's SHA-256 fingerprint stays that). Four lanes of
/// 8-byte words, each lane's step `x ↦ rotl(x ^ word, 29) × K` (K odd) a bijection of its state, so that any one
/// changed word changes its lane's result; the lanes and the length are mixed at the end. Bytes are digested in
/// chunks of `chunkBytes`, each on its own, then the chunk digests in order, so that two threads can share a file.
enum ContentDigest {
    static let chunkBytes = 1 << 20

    /// The digest of `bytes`, chunk by chunk.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var combined = Combiner()
        var start = 0
        while start < bytes.count {
            let end = min(start + chunkBytes, bytes.count)
            combined.add(chunk(UnsafeRawBufferPointer(rebasing: bytes[start..<end])))
            start = end
        }
        return combined.value(length: bytes.count)
    }

    /// The digest of a buffer's bytes, each `ByteBuffer.releaseStep` of a mapped file released once digested (so
    /// that a large file is never resident all at once).
    static func of(_ buffer: ByteBuffer, releasing: Bool) -> UInt64 {
        var combined = Combiner()
        var start = 0
        var released = 0
        while start < buffer.count {
            let end = min(start + chunkBytes, buffer.count)
            combined.add(chunk(UnsafeRawBufferPointer(buffer.slice(start, end))))
            if releasing && (end - released >= ByteBuffer.releaseStep || end == buffer.count) {
                buffer.release(released, end)
                released = end
            }
            start = end
        }
        return combined.value(length: buffer.count)
    }

    /// The digest of the first `size` bytes of the open file `fd`, read a chunk at a time; `nil` if they cannot
    /// all be read.
    static func ofFile(_ fd: Int32, size: Int) -> UInt64? {
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunkBytes, alignment: 16)
        defer { buffer.deallocate() }
        var combined = Combiner()
        var offset = 0
        while offset < size {
            let want = min(chunkBytes, size - offset)
            var got = 0
            while got < want {
                let n = pread(fd, buffer + got, want - got, off_t(offset + got))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return nil }
                got += n
            }
            combined.add(chunk(UnsafeRawBufferPointer(start: buffer, count: want)))
            offset += want
        }
        return combined.value(length: size)
    }

    /// Chunk digests folded in order.
    struct Combiner {
        private var state: UInt64 = 0x243F_6A88_85A3_08D3

        mutating func add(_ chunk: UInt64) {
            state = mix((state ^ chunk) &* 0x9E37_79B9_7F4A_7C15)
        }

        func value(length: Int) -> UInt64 { mix(state ^ UInt64(length)) }
    }

    /// The digest of one chunk.
    static func chunk(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let k: UInt64 = 0x9FB2_1C65_1E98_DF25
        var a: UInt64 = 0x1319_8A2E_0370_7344
        var b: UInt64 = 0xA409_3822_299F_31D0
        var c: UInt64 = 0x082E_FA98_EC4E_6C89
        var d: UInt64 = 0x4528_21E6_38D0_1377
        let n = bytes.count
        var i = 0
        if let base = bytes.baseAddress {
            while i + 32 <= n {
                // The rotation before the product, so that the compiler cannot fold it into a second product.
                a = rotl(a ^ UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))) &* k
                b = rotl(b ^ UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))) &* k
                c = rotl(c ^ UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self))) &* k
                d = rotl(d ^ UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self))) &* k
                i += 32
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                // The tail's bytes in order, eight to a word folded into lane a.
                tail |= UInt64(base.load(fromByteOffset: i, as: UInt8.self)) << shift
                shift += 8
                i += 1
                if shift == 64 || i == n {
                    a = rotl(a ^ tail) &* k
                    tail = 0
                    shift = 0
                }
            }
        }
        return mix(mix(a) ^ rotl(mix(b)) ^ mix(c) &* 3 ^ mix(d) &* 5 ^ UInt64(n))
    }

    @inline(__always)
    private static func rotl(_ x: UInt64) -> UInt64 { x << 29 | x >> 35 }

    /// A finalizer that spreads every bit over the word (MurmurHash3's).
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var h = x
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }
}
