/// The notes under an error are written once for both languages, English first and the Thai in brackets at
/// the end: "did you mean `budget`? (หมายถึง `budget` หรือไม่)". In Thai the Thai alone is shown.
public enum BilingualNote {
    /// The Thai of a note written `English (ไทย)`; the note unchanged when it has no Thai ending.
    public static func thai(_ note: String) -> String {
        guard note.hasSuffix(")") else { return note }
        var depth = 0
        var index = note.endIndex
        while index > note.startIndex {
            index = note.index(before: index)
            switch note[index] {
            case ")": depth += 1
            case "(":
                depth -= 1
                if depth == 0 {
                    let inside = note[note.index(after: index)..<note.index(before: note.endIndex)]
                    return inside.unicodeScalars.contains(where: isThai) ? String(inside) : note
                }
            default: break
            }
        }
        return note
    }

    private static func isThai(_ s: Unicode.Scalar) -> Bool { (0x0E00...0x0E7F).contains(s.value) }
}
