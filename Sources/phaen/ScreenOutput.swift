import Foundation
import LineEditing
import TextWidth

/// What one statement writes in the shell, held until the statement ends, then shown on the terminal as it
/// came, or through the pager (`Pager`) when it takes more rows than the screen has above the prompt.
final class ScreenOutput {
    private var blocks: [(text: String, fd: Int32)] = []
    private var holding = false

    /// Writes `text` to `fd`, or keeps it while a statement runs.
    func write(_ text: String, to fd: Int32) {
        if holding { blocks.append((text, fd)) } else { Output.write(text, to: fd) }
    }

    /// Keeps everything written from now until `show`.
    func hold() { holding = true }

    /// Shows what was kept: through the pager when `paging` and it is taller than `size` (less a row for the
    /// prompt), otherwise each block on its own descriptor, in order.
    func show(on size: TerminalSize?, paging: Bool) {
        holding = false
        defer { blocks = [] }
        let text = blocks.map(\.text).joined()
        if paging, let size, Self.rows(text, columns: size.columns) > size.rows - 1,
            Pager.show(text, wide: Self.isWider(text, than: size.columns))
        {
            return
        }
        for block in blocks { Output.write(block.text, to: block.fd) }
    }

    /// The rows `text` takes on a terminal `columns` wide, counting the lines the terminal wraps.
    static func rows(_ text: String, columns: Int) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().reduce(0) { rows, line in
            rows + max(1, (visibleWidth(line) + columns - 1) / max(1, columns))
        }
    }

    static func isWider(_ text: String, than columns: Int) -> Bool {
        text.split(separator: "\n").contains { visibleWidth($0) > columns }
    }

    /// Columns a line takes, colour sequences (`ESC [ … m`) taking none.
    static func visibleWidth(_ line: Substring) -> Int {
        guard line.contains("\u{1B}") else { return line.displayWidth }
        var width = 0
        var inEscape = false
        for scalar in line.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                width += DisplayWidth.of(scalar)
            }
        }
        return width
    }
}
