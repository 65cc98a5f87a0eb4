import TextWidth

/// Text wrapped to a width in terminal columns (`DisplayWidth`): English breaks at spaces, Thai between the
/// words `ThaiWordBreaker` finds, never inside a word, a number or a character with its marks. A word wider
/// than the whole width is cut between characters, except a number, which is left whole.
public enum LineWrapping {
    /// Each line of `text` wrapped to `width` columns (see `wrap(line:width:indent:)`), joined by newlines.
    public static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { wrap(line: String($0), width: width) }.joined(separator: "\n")
    }

    /// One line wrapped to `width` columns. Continued lines start `indent` columns in (by default as far as the
    /// line's own leading spaces); the first keeps its leading spaces. Trailing spaces of broken lines go.
    public static func wrap(line: String, width: Int, indent: Int? = nil) -> [String] {
        guard width > 0, line.displayWidth > width else { return [line] }
        let pieces = self.pieces(line)
        let hang = String(repeating: " ", count: min(indent ?? leadingSpaces(line), width / 2))
        var lines: [String] = []
        var current = ""
        var used = 0
        var hasText = false
        func newLine() {
            lines.append(current.trimmingTrailingSpaces())
            current = hang
            used = hang.count
            hasText = false
        }
        for piece in pieces {
            let gap = hasText || lines.isEmpty ? piece.gap : ""
            let gapWidth = gap.displayWidth
            if hasText && used + gapWidth + piece.width > width {
                newLine()
            } else {
                current += gap
                used += gapWidth
            }
            if used + piece.width <= width || piece.isNumber {
                current += piece.text
                used += piece.width
                hasText = true
                continue
            }
            for character in piece.text {
                let w = String(character).displayWidth
                if hasText && used + w > width { newLine() }
                current.append(character)
                used += w
                hasText = true
            }
        }
        lines.append(current.trimmingTrailingSpaces())
        return lines
    }

    /// A piece of a line that is never broken, with the spaces before it.
    struct Piece {
        var gap: String
        var text: String
        var width: Int
        var isNumber: Bool
    }

    /// The line cut at every place it may be broken: at spaces, and between Thai words.
    static func pieces(_ line: String) -> [Piece] {
        let scalars = Array(line.unicodeScalars)
        var breakBefore = [Bool](repeating: false, count: scalars.count + 1)
        var start = 0
        while start < scalars.count {
            guard ThaiWordBreaker.isThai(scalars[start]) else {
                start += 1
                continue
            }
            var end = start
            while end < scalars.count && ThaiWordBreaker.isThai(scalars[end]) { end += 1 }
            for offset in ThaiWordBreaker.breaks(in: Array(scalars[start..<end])) { breakBefore[start + offset] = true }
            start = end
        }
        var pieces: [Piece] = []
        var gap = String.UnicodeScalarView()
        var text = String.UnicodeScalarView()
        func finish() {
            guard !text.isEmpty else { return }
            let t = String(text)
            pieces.append(Piece(gap: String(gap), text: t, width: t.displayWidth, isNumber: isNumber(t)))
            gap = String.UnicodeScalarView()
            text = String.UnicodeScalarView()
        }
        for (i, scalar) in scalars.enumerated() {
            if scalar == " " || scalar == "\t" {
                finish()
                gap.append(" ")
            } else {
                if breakBefore[i] { finish() }
                text.append(scalar)
            }
        }
        finish()
        return pieces
    }

    /// Whether a piece is a number (`58,785.65`, `-12%`): left whole even where it does not fit.
    static func isNumber(_ text: String) -> Bool {
        text.unicodeScalars.contains { ("0"..."9").contains($0) }
            && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ",.-+%()฿".unicodeScalars.contains($0) }
    }

    static func leadingSpaces(_ line: String) -> Int { line.prefix { $0 == " " }.count }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
