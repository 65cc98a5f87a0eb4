/// Terminal display width of text, measured per Unicode scalar: combining marks (Thai vowels above and
/// below, tone marks), enclosing marks and format characters take no column; East Asian wide characters take
/// two; everything else one. SARA AM (U+0E33) takes one column although Swift counts it in the same
/// `Character` as the consonant before it, which is why width is never counted in `Character`s.
public enum DisplayWidth {
    /// Columns a single scalar takes.
    @inlinable
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
        // Thai: the marks above and below the line.
        if v >= 0x0E00 && v <= 0x0E7F {
            return v == 0x0E31 || (v >= 0x0E34 && v <= 0x0E3A) || (v >= 0x0E47 && v <= 0x0E4E) ? 0 : 1
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// Columns a string takes.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var w = 0
        for s in text.unicodeScalars { w += of(s) }
        return w
    }

    /// East Asian Wide and Fullwidth ranges, plus emoji presentation blocks.
    @usableFromInline
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension StringProtocol {
    /// Columns this text takes on a terminal; see `DisplayWidth`.
    public var displayWidth: Int { DisplayWidth.of(self) }

    /// The text padded with spaces to `width` columns, on the right (`left: true`) or the left.
    public func padded(to width: Int, left: Bool = true) -> String {
        let pad = Swift.max(0, width - displayWidth)
        let spaces = String(repeating: " ", count: pad)
        return left ? String(self) + spaces : spaces + String(self)
    }

    /// The longest prefix that fits in `width` columns, cut at a `Character` boundary, with `…` when cut.
    public func truncated(toWidth width: Int) -> String {
        guard displayWidth > width else { return String(self) }
        guard width >= 1 else { return "" }
        var out = ""
        var used = 0
        for ch in self {
            let w = DisplayWidth.of(String(ch))
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }
}
