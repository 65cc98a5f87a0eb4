import CSHA256

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// SHA-256 (FIPS 180-4): the bundle fingerprint a saved session records so that a replay can warn when the data
/// changed. The compression function runs on the CPU's SHA extensions where it has them (x86), in portable Swift
/// elsewhere.
public enum SHA256 {
    /// Which compression function a `Hasher` runs.
    enum Engine: Sendable {
        /// The x86 SHA extensions, through the `CSHA256` C target: about 6 times the portable code's speed.
        case hardware
        /// Portable Swift, about 9.4 cycles a byte.
        case portable

        /// The fastest engine this CPU supports, decided once.
        static let best: Engine = phaen_sha256_hardware_available() != 0 ? .hardware : .portable
    }

    /// The digest of `bytes` as 64 lowercase hex digits.
    public static func hex(_ bytes: [UInt8]) -> String {
        var hasher = Hasher()
        bytes.withUnsafeBufferPointer { hasher.update($0) }
        return hasher.finalizeHex()
    }

    /// The digest of a file's contents as 64 lowercase hex digits; throws a `Diagnostic` if it cannot be read.
    public static func hex(file: String) throws -> String {
        hex(try FileBytes.readBuffer(file))
    }

    /// The digest of a buffer's bytes.
    static func hex(_ buffer: ByteBuffer) -> String {
        var hasher = Hasher()
        withExtendedLifetime(buffer) { hasher.update(buffer.all) }
        return hasher.finalizeHex()
    }

    /// An incremental SHA-256: feed it bytes in any number of pieces, then finalize once.
    struct Hasher {
        private let engine: Engine
        private var h0: UInt32 = 0x6a09_e667, h1: UInt32 = 0xbb67_ae85, h2: UInt32 = 0x3c6e_f372
        private var h3: UInt32 = 0xa54f_f53a, h4: UInt32 = 0x510e_527f, h5: UInt32 = 0x9b05_688c
        private var h6: UInt32 = 0x1f83_d9ab, h7: UInt32 = 0x5be0_cd19
        private var block = [UInt8](repeating: 0, count: 64)
        private var blockCount = 0
        private var totalBytes: UInt64 = 0

        /// A hasher running `engine`'s compression function (`.hardware` only where `Engine.best` is).
        init(engine: Engine = .best) {
            precondition(engine == .portable || Engine.best == .hardware, "this CPU has no SHA extensions")
            self.engine = engine
        }

        mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
            totalBytes &+= UInt64(bytes.count)
            var i = 0
            if blockCount > 0 {
                while i < bytes.count && blockCount < 64 {
                    block[blockCount] = bytes[i]
                    blockCount += 1
                    i += 1
                }
                if blockCount == 64 {
                    block.withUnsafeBufferPointer { compress($0, at: 0) }
                    blockCount = 0
                }
            }
            let blocks = (bytes.count - i) / 64
            if blocks > 0 {
                compress(bytes, at: i, blocks: blocks)
                i += blocks * 64
            }
            while i < bytes.count {
                block[blockCount] = bytes[i]
                blockCount += 1
                i += 1
            }
        }

        mutating func finalizeHex() -> String {
            let bitLength = totalBytes &* 8
            var tail: [UInt8] = [0x80]
            let padding = (64 + 56 - (blockCount + 1) % 64) % 64
            tail += [UInt8](repeating: 0, count: padding)
            for k in (0..<8).reversed() { tail.append(UInt8(truncatingIfNeeded: bitLength >> (UInt64(k) * 8))) }
            let saved = totalBytes
            tail.withUnsafeBufferPointer { update($0) }
            totalBytes = saved
            precondition(blockCount == 0)
            let digits = Array("0123456789abcdef".utf8)
            var out = [UInt8]()
            out.reserveCapacity(64)
            for word in [h0, h1, h2, h3, h4, h5, h6, h7] {
                for k in (0..<8).reversed() { out.append(digits[Int((word >> (UInt32(k) * 4)) & 0xf)]) }
            }
            return String(decoding: out, as: UTF8.self)
        }

        private static let k: [UInt32] = [
            0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
            0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
            0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
            0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
            0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
            0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
            0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
            0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
        ]

        /// Runs the compression function over `blocks` 64-byte blocks starting at `offset`.
        private mutating func compress(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, blocks: Int = 1) {
            switch engine {
            case .hardware: compressWithExtensions(bytes, at: offset, blocks: blocks)
            case .portable: compressPortably(bytes, at: offset, blocks: blocks)
            }
        }

        private mutating func compressWithExtensions(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, blocks: Int) {
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 8) { state in
                (state[0], state[1], state[2], state[3]) = (h0, h1, h2, h3)
                (state[4], state[5], state[6], state[7]) = (h4, h5, h6, h7)
                phaen_sha256_hardware_blocks(state.baseAddress!, bytes.baseAddress! + offset, blocks)
                (h0, h1, h2, h3) = (state[0], state[1], state[2], state[3])
                (h4, h5, h6, h7) = (state[4], state[5], state[6], state[7])
            }
        }

        private mutating func compressPortably(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, blocks: Int) {
            @inline(__always) func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                Hasher.k.withUnsafeBufferPointer { k in
                    for block in 0..<blocks {
                        let p = bytes.baseAddress! + offset + block * 64
                        for t in 0..<16 {
                            let q = p + t * 4
                            w[t] = UInt32(q[0]) << 24 | UInt32(q[1]) << 16 | UInt32(q[2]) << 8 | UInt32(q[3])
                        }
                        for t in 16..<64 {
                            let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                            let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                        }
                        var (a, b, c, d) = (h0, h1, h2, h3)
                        var (e, f, g, h) = (h4, h5, h6, h7)
                        for t in 0..<64 {
                            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                            let ch = g ^ (e & (f ^ g))
                            let t1 = h &+ s1 &+ ch &+ k[t] &+ w[t]
                            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                            let maj = (a & b) | (c & (a | b))
                            (h, g, f, e) = (g, f, e, d &+ t1)
                            (d, c, b, a) = (c, b, a, t1 &+ s0 &+ maj)
                        }
                        h0 &+= a
                        h1 &+= b
                        h2 &+= c
                        h3 &+= d
                        h4 &+= e
                        h5 &+= f
                        h6 &+= g
                        h7 &+= h
                    }
                }
            }
        }
    }
}
