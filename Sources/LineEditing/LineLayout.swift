import TextWidth

/// The prompt and the line laid out on a terminal `width` columns wide, measured per scalar (Thai marks take
/// no column, East Asian wide characters two), as the bytes that draw it from the first column of its first
/// row and leave the terminal cursor where the editing cursor is.
///
/// Rows break explicitly ("\r\n") before a character that would not fit, so the terminal's own wrapping never
/// decides where a row ends. A newline in the text (a recalled multi-line statement, libedit's search prompt)
/// starts a new row. Control characters show as `^X`, as libedit shows them, except that the prompt may hold
/// escape sequences (`ESC [ … letter`, such as colours), which are written as they are and take no column.
struct LineLayout: Equatable {
    /// The bytes to write, starting at column 0 of the line's first row.
    private(set) var output = ""
    /// The row of the cursor, counted from the line's first row, after `output` is written.
    private(set) var cursorRow = 0
    /// The column of the cursor after `output` is written.
    private(set) var cursorColumn = 0
    /// Rows the prompt and line take.
    private(set) var rows = 1
    /// The columns each row fills, first row first.
    private(set) var rowWidths = [0]
    /// The terminal width the line was laid out for.
    let width: Int

    /// - Parameters:
    ///   - cursor: the editing cursor, as an offset in scalars into `text`.
    init(prompt: String, text: [Unicode.Scalar], cursor: Int, width: Int) {
        let width = max(width, 2)
        self.width = width
        var row = 0
        var column = 0
        var cursorAt: (row: Int, column: Int)?

        func breakRow() {
            output += "\r\n"
            row += 1
            column = 0
            rowWidths.append(0)
        }
        func put(_ scalar: Unicode.Scalar) {
            if scalar == "\n" {
                breakRow()
                return
            }
            if scalar.value < 0x20 || scalar.value == 0x7F {
                put("^")
                put(Unicode.Scalar(UInt8(scalar.value ^ 0x40)))
                return
            }
            let columns = DisplayWidth.of(scalar)
            if columns > 0 && column + columns > width { breakRow() }
            output.unicodeScalars.append(scalar)
            column += columns
            rowWidths[row] = column
        }

        var escape: String.UnicodeScalarView?
        for scalar in prompt.unicodeScalars {
            if var sequence = escape {
                sequence.append(scalar)
                escape = sequence
                let ends = sequence.count > 2 && (0x40...0x7E).contains(scalar.value)
                if ends || (sequence.count == 2 && scalar != "[") {
                    output.unicodeScalars.append(contentsOf: sequence)
                    escape = nil
                }
            } else if scalar == "\u{1B}" {
                escape = String.UnicodeScalarView([scalar])
            } else {
                put(scalar)
            }
        }
        for (offset, scalar) in text.enumerated() {
            if offset == cursor { cursorAt = (row, column) }
            put(scalar)
        }
        if column >= width { breakRow() }
        var target = cursorAt ?? (row, column)
        if target.column >= width { target = (target.row + 1, 0) }

        if target != (row, column) {
            output += "\r"
            if row > target.row { output += "\u{1B}[\(row - target.row)A" }
            if target.column > 0 { output += "\u{1B}[\(target.column)C" }
        }
        cursorRow = target.row
        cursorColumn = target.column
        rows = row + 1
    }

    /// The row of the terminal cursor, counted from the line's first row, once the terminal has been resized to
    /// `newWidth` columns, counted for the worst case so that moving up by it never leaves part of the line
    /// above.
    ///
    /// The rows were ended by explicit line breaks. A terminal that rewraps on resize (tmux, GNOME Terminal,
    /// kitty…) splits each row wider than the new width into as many rows as it needs, and the cursor follows
    /// its character; one that does not (xterm) cuts the rows and leaves the cursor on its row. The rewrapped
    /// count is never the smaller one, so it is the one returned; on a terminal that does not rewrap, the extra
    /// rows it moves up are above the line.
    ///
    /// With `outputMayHaveCrossed`, the terminal may also have been resized before it read `output` (the two
    /// crossed): then its own wrapping made rows of it at `newWidth`, the moves up at its end counted in rows
    /// too few, and the larger of the two counts is returned.
    func cursorRow(afterResizeTo newWidth: Int, outputMayHaveCrossed: Bool = false) -> Int {
        let newWidth = max(newWidth, 1)
        guard newWidth < width else { return cursorRow }
        func rowsNeeded(_ columns: Int) -> Int { max(1, (columns + newWidth - 1) / newWidth) }
        let rewrapped = rowWidths.prefix(cursorRow).map(rowsNeeded).reduce(0, +) + cursorColumn / newWidth
        guard outputMayHaveCrossed else { return rewrapped }
        let wrappedWhileWritten = rowWidths.map(rowsNeeded).reduce(0, +) - rows + cursorRow
        return max(rewrapped, wrappedWhileWritten)
    }
}
