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

        /// The round constants K, shared with the hardware rounds (`CSHA256`).
        private static var k: UnsafeBufferPointer<UInt32> {
            UnsafeBufferPointer(start: phaen_sha256_round_constants(), count: 64)
        }

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
                let k = Hasher.k
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
