import TextWidth

/// Cursor motion and deletion over a line held as Unicode scalars (libedit's own unit), by grapheme cluster
/// (Swift `Character`), so that a Thai consonant and its vowel and tone marks move and delete as one.
struct GraphemeEditing {
    let scalars: [Unicode.Scalar]
    /// Scalar offsets where a cluster starts, plus the end of the line.
    let boundaries: [Int]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        var offsets = [0]
        var offset = 0
        for character in String(view) {
            offset += character.unicodeScalars.count
            offsets.append(offset)
        }
        boundaries = offsets
    }

    init(_ text: String) {
        self.init(Array(text.unicodeScalars))
    }

    /// The cluster boundary before `cursor`, or 0.
    func left(of cursor: Int) -> Int {
        boundaries.last { $0 < cursor } ?? 0
    }

    /// The cluster boundary after `cursor`, or the end of the line.
    func right(of cursor: Int) -> Int {
        boundaries.first { $0 > cursor } ?? scalars.count
    }

    /// `cursor` moved forward to the end of the cluster it is inside, if it is inside one.
    func snapped(_ cursor: Int) -> Int {
        boundaries.contains(cursor) ? cursor : right(of: cursor)
    }

    /// How many scalars Backspace removes before `cursor`: the last mark (a Thai tone mark or vowel above or
    /// below, SARA AM, a combining accent) when the cluster before the cursor ends in one, else the cluster.
    func backspaceCount(at cursor: Int) -> Int {
        let start = left(of: cursor)
        guard cursor - start > 1 else { return cursor - start }
        return Self.isMark(scalars[cursor - 1]) ? 1 : cursor - start
    }

    /// How many scalars Delete removes at `cursor`: the whole cluster after it.
    func deleteCount(at cursor: Int) -> Int {
        right(of: cursor) - cursor
    }

    /// A scalar typed on top of the one before it: zero width, or a spacing mark such as SARA AM.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value == 0x0E33 { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return DisplayWidth.of(scalar) == 0 && scalar.value >= 0x20
        }
    }
}
