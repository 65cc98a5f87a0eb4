/// Dictionary order for Thai text, as a Thai reader expects it: a leading vowel (เ แ โ ใ ไ) sorts after the
/// consonant it is written before (ไก่ comes under ก), and tone marks and other signs above or below only break
/// ties. Other text keeps Unicode code point order.
enum ThaiCollation {
    /// A key that compares in dictionary order: the primary letters, then a 0, then the marks.
    static func key(_ text: String) -> [UInt32] {
        let scalars = Array(text.unicodeScalars)
        var primary: [UInt32] = []
        var secondary: [UInt32] = []
        primary.reserveCapacity(scalars.count + 1)
        var i = 0
        while i < scalars.count {
            let v = scalars[i].value
            if isLeadingVowel(v), i + 1 < scalars.count, isConsonant(scalars[i + 1].value) {
                primary.append(scalars[i + 1].value)
                primary.append(v)
                i += 2
                continue
            }
            if isToneOrSign(v) {
                secondary.append(v)
            } else {
                primary.append(v)
            }
            i += 1
        }
        return primary + [0] + secondary
    }

    /// −1, 0 or 1: dictionary order, then code point order for texts whose keys tie.
    static func order(_ a: String, _ keyA: [UInt32], _ b: String, _ keyB: [UInt32]) -> Int {
        if a == b { return 0 }
        if keyA != keyB { return keyA.lexicographicallyPrecedes(keyB) ? -1 : 1 }
        return a < b ? -1 : 1
    }

    /// −1, 0 or 1 for two texts in dictionary order.
    static func order(_ a: String, _ b: String) -> Int { order(a, key(a), b, key(b)) }

    private static func isLeadingVowel(_ v: UInt32) -> Bool { v >= 0x0E40 && v <= 0x0E44 }
    private static func isConsonant(_ v: UInt32) -> Bool { v >= 0x0E01 && v <= 0x0E2E }
    /// Tone marks, the thanthakhat and the nikhahit-like signs: they never decide the order alone.
    private static func isToneOrSign(_ v: UInt32) -> Bool { (v >= 0x0E47 && v <= 0x0E4E) }
}
