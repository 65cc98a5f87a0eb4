/// Brings the bytes of a text file to UTF-8: a UTF-8 byte-order mark is dropped, valid UTF-8 is kept as is, and
/// anything else is read as Windows-874 (TIS-620 plus a few punctuation marks at 0x80–0x9F), the code page Thai
/// spreadsheets export.
enum TextEncoding {
    /// The encodings a file can be read in.
    enum Detected: Equatable {
        case utf8
        case windows874
    }

    /// A file's bytes as UTF-8 without a byte-order mark, and the encoding they were found in.
    static func utf8(from buffer: ByteBuffer) -> (bytes: ByteBuffer, encoding: Detected) {
        let b = buffer.all
        if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
            return (ByteBuffer(UnsafeBufferPointer(rebasing: b[3...])), .utf8)
        }
        if isValidUTF8(releasing: buffer) { return (buffer, .utf8) }
        let decoded = decodeWindows874(b)
        return (decoded.withUnsafeBufferPointer { ByteBuffer($0) }, .windows874)
    }

    /// A buffer at least this large is checked on two threads, half each.
    static let splitBytes = 16 << 20

    /// `isValidUTF8` of a whole buffer, checked in steps cut before a character's lead byte, each step's pages
    /// released once checked (a large mapped file is then never resident all at once). A large buffer's second
    /// half is checked on a second thread meanwhile.
    static func isValidUTF8(releasing buffer: ByteBuffer) -> Bool {
        guard buffer.count >= splitBytes else { return isValidUTF8(releasing: buffer, from: 0, to: buffer.count) }
        let middle = cut(buffer, near: buffer.count / 2)
        let second = BackgroundTask { isValidUTF8(releasing: buffer, from: middle, to: buffer.count) }
        let first = isValidUTF8(releasing: buffer, from: 0, to: middle)
        return second.wait() && first
    }

    /// `isValidUTF8` of `buffer`'s bytes `from..<to`, where `from` and `to` are not inside a character.
    private static func isValidUTF8(releasing buffer: ByteBuffer, from: Int, to: Int) -> Bool {
        var start = from
        while start < to {
            let end = cut(buffer, near: min(start + ByteBuffer.releaseStep, to))
            guard isValidUTF8(buffer.slice(start, end)) else { return false }
            buffer.release(start, end)
            start = end
        }
        return true
    }

    /// `offset`, or up to three bytes before it so as not to cut a character (before a continuation byte).
    private static func cut(_ buffer: ByteBuffer, near offset: Int) -> Int {
        var end = offset
        var backed = 0
        while end < buffer.count && backed < 3 && buffer.base[end] & 0xC0 == 0x80 {
            end -= 1
            backed += 1
        }
        return end
    }

    /// Whether `bytes` is well-formed UTF-8 (ASCII runs are skipped eight bytes at a time).
    static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            if i + 8 <= n {
                let word = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
            }
            let lead = b[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            let lowest: UInt32
            switch lead {
            case 0xC2...0xDF:
                length = 2
                lowest = 0x80
            case 0xE0...0xEF:
                length = 3
                lowest = 0x800
            case 0xF0...0xF4:
                length = 4
                lowest = 0x10000
            default: return false
            }
            guard i + length <= n else { return false }
            var scalar = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length {
                let c = b[i + k]
                guard c & 0xC0 == 0x80 else { return false }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            guard scalar >= lowest, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return false }
            i += length
        }
        return true
    }

    /// Windows-874 → UTF-8. Thai letters 0xA1–0xFB map to U+0E01–U+0E5B (U+0E00 + byte − 0xA0); 0xA0 is a
    /// no-break space; the extras at 0x80–0x9F are € … ‘ ’ “ ” • – —; bytes with no character become U+FFFD.
    static func decodeWindows874(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 3)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
                continue
            }
            let scalar = windows874Scalar(byte)
            if scalar < 0x800 {
                out.append(UInt8(0xC0 | (scalar >> 6)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (scalar >> 12)))
                out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        return out
    }

    /// The Unicode scalar of a Windows-874 byte at or above 0x80.
    static func windows874Scalar(_ byte: UInt8) -> UInt32 {
        switch byte {
        case 0x80: return 0x20AC  // €
        case 0x85: return 0x2026  // …
        case 0x91: return 0x2018  // ‘
        case 0x92: return 0x2019  // ’
        case 0x93: return 0x201C  // “
        case 0x94: return 0x201D  // ”
        case 0x95: return 0x2022  // •
        case 0x96: return 0x2013  // –
        case 0x97: return 0x2014  // —
        case 0xA0: return 0x00A0
        case 0xA1...0xDA, 0xDF...0xFB: return 0x0E00 + UInt32(byte) - 0xA0
        default: return 0xFFFD
        }
    }
}
