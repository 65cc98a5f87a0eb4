import TextWidth

/// A small model of a terminal screen, enough to play back what `LineLayout` writes: printable text with
/// zero-width marks joining the cell before them, autowrap at the right margin, CR, LF, cursor up (`ESC[nA`),
/// cursor forward (`ESC[nC`) and erase below (`ESC[J`).
struct TerminalScreen {
    let width: Int
    private(set) var rows: [[String]] = [[]]
    private(set) var row = 0
    private(set) var column = 0

    init(width: Int) {
        self.width = width
    }

    /// Each row's text, trailing blanks removed.
    var lines: [String] {
        rows.map { $0.joined() }.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }

    mutating func play(_ output: String) {
        var scalars = output.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\r": column = 0
            case "\n": moveTo(row: row + 1)
            case "\u{1B}":
                guard scalars.next() == "[" else { continue }
                var digits = ""
                var command: Unicode.Scalar = " "
                while let next = scalars.next() {
                    if ("0"..."9").contains(next) {
                        digits.unicodeScalars.append(next)
                    } else {
                        command = next
                        break
                    }
                }
                let count = Int(digits) ?? 1
                switch command {
                case "A": row = max(0, row - count)
                case "C": column = min(width - 1, column + count)
                case "J": eraseBelow()
                default: break
                }
            default: put(scalar)
            }
        }
    }

    private mutating func put(_ scalar: Unicode.Scalar) {
        let columns = DisplayWidth.of(scalar)
        if columns == 0 {
            guard column > 0 else { return }
            rows[row][column - 1].unicodeScalars.append(scalar)
            return
        }
        if column + columns > width {
            moveTo(row: row + 1)
            column = 0
        }
        while rows[row].count < column + columns { rows[row].append(" ") }
        rows[row][column] = String(scalar)
        if columns == 2 { rows[row][column + 1] = "" }
        column += columns
    }

    private mutating func moveTo(row newRow: Int) {
        row = newRow
        while rows.count <= row { rows.append([]) }
    }

    private mutating func eraseBelow() {
        rows[row] = Array(rows[row].prefix(column))
        rows.removeLast(rows.count - row - 1)
    }
}
