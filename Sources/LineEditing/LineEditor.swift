import CLibEdit
import Foundation
import Glibc

/// The interactive line editor: libedit's emacs key bindings, history (Up arrow, Ctrl-R), Tab completion and
/// continuation lines, with the line drawn by Phaen so that Thai text shows exactly as it will run.
///
/// libedit edits and keeps history; its own display goes to a memory stream. Before each key is read, when
/// no more input is waiting, the reader hook draws the prompt and the line laid out by `LineLayout`. Cursor
/// keys, Backspace and Delete are bound to functions that work by grapheme cluster (`GraphemeEditing`).
public final class LineEditor {
    private let store = HistoryStore()
    private let display: MemoryStream
    private let editLine: EditLine
    private let historyFile: String?
    private let completer: (String) -> CompletionResult

    /// The prompt of the line being read.
    private var prompt = ""
    /// What was drawn last: where its first row is, and whether to draw again.
    private var drawn: LineLayout?
    private var clearScreenRequested = false
    /// Holds keys typed while a statement runs for the next line (`readStatement` enters it, `readLine` leaves).
    private var typeahead = TypeaheadMode()
    /// Set when the terminal was resized: the line is drawn again even if its layout did not change.
    private var redrawRequested = false
    /// When the line was last written, when the terminal was first seen resized after that (0: not yet), and
    /// when it was last seen resized (monotonic nanoseconds).
    private var drawnAt: UInt64 = 0
    private var firstResizedAt: UInt64 = 0
    private var resizedAt: UInt64 = 0
    /// How long the size must stay the same before the line is drawn again, and how soon after a drawing a
    /// resize may have crossed it on its way to the terminal. A dragged window resizes many times a second, and
    /// tmux rewraps its screen at once but tells the program the new size up to 250 ms later.
    private static let resizeSettleTime: UInt64 = 300_000_000
    private static let crossingTime: UInt64 = 500_000_000
    private var interrupted = false

    /// nil when stdin or stdout is not a terminal. historyFile: path of the persisted history (created with
    /// its folder).
    public init?(historyFile: String?, completer: @escaping (String) -> CompletionResult) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return nil }
        Self.useUTF8Locale()
        guard let display = MemoryStream(), let editLine = EditLine(history: store, output: display.file) else {
            return nil
        }
        self.display = display
        self.editLine = editLine
        self.historyFile = historyFile
        self.completer = completer
        if let historyFile { store.load(from: historyFile) }
        Interrupt.install()
        editLine.setClientData(Unmanaged.passUnretained(self).toOpaque())
        editLine.setReader { pointer, character in
            guard let character, let editor = LineEditor.editor(of: pointer) else { return -1 }
            return editor.readCharacter(into: character)
        }
        bindKeys()
    }

    deinit {
        typeahead.leave()
    }

    /// The editor a libedit callback was called for.
    static func editor(of pointer: OpaquePointer?) -> LineEditor? {
        EditLine.clientData(of: pointer).map { Unmanaged<LineEditor>.fromOpaque($0).takeUnretainedValue() }
    }

    /// Reads one whole statement: reads a line with `prompt`; while `isComplete(textSoFar)` is false, reads more
    /// lines with `continuationPrompt` and joins them with "\n". Ctrl-C → .interrupted (line abandoned),
    /// Ctrl-D on an empty line → .endOfFile (on a continuation line too, abandoning the statement). Adds the
    /// statement to history (a repeat of the one before is not stored again) and saves it. Until the next read,
    /// keys typed are kept for the next line, unechoed (`TypeaheadMode`).
    public func readStatement(prompt: String, continuationPrompt: String, isComplete: (String) -> Bool)
        -> ReadResult
    {
        Interrupt.reset()
        var lines: [String] = []
        while true {
            guard let line = readLine(prompt: lines.isEmpty ? prompt : continuationPrompt) else {
                return interrupted ? .interrupted : .endOfFile
            }
            lines.append(line)
            let statement = lines.joined(separator: "\n")
            if isComplete(statement) {
                if !statement.allSatisfy(\.isWhitespace) {
                    store.add(statement)
                    saveHistory()
                }
                typeahead.enter()
                return .text(statement)
            }
        }
    }

    /// The statements typed, oldest first.
    public var history: [String] { store.entries }

    /// Writes the history to the history file, if there is one.
    public func saveHistory() {
        if let historyFile { store.save(to: historyFile) }
    }

    /// One line, without its newline; nil on Ctrl-C (`interrupted` is then set) or Ctrl-D.
    private func readLine(prompt: String) -> String? {
        typeahead.leave()
        self.prompt = prompt
        interrupted = false
        drawn = nil
        Interrupt.catchStop(true)
        let line = editLine.readLine()
        Interrupt.catchStop(false)
        let text = line.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }
        let scalars = text.map { Array($0.unicodeScalars) } ?? editLine.line.text
        finishLine(scalars)
        return interrupted ? nil : text
    }

    /// Draws the line with the cursor after its end and moves to the next row.
    private func finishLine(_ text: [Unicode.Scalar]) {
        draw(text: text, cursor: text.count)
        write("\r\n")
        drawn = nil
    }

    // MARK: Reading keys

    /// libedit's character reader: draws the line when no input is waiting, then reads one character.
    /// Returns 1 with a character, 0 at end of input or on Ctrl-C, -1 on a read error.
    private func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        while true {
            if Interrupt.isRequested {
                interrupted = true
                return 0
            }
            if Interrupt.takeResize() {
                editLine.resize()
                redrawRequested = true
                resizedAt = Self.now()
                if firstResizedAt == 0 { firstResizedAt = resizedAt }
            }
            if Interrupt.takeStop() {
                let text = editLine.line.text
                draw(text: text, cursor: text.count)
                editLine.leaveEditingMode()
                Interrupt.stopNow()
            }
            if Interrupt.takeContinue() {
                editLine.restoreEditingMode()
                drawn = nil
            }
            if display.takeBell() { write("\u{7}") }
            if !inputIsWaiting() {
                let settled = resizedAt + Self.resizeSettleTime
                let now = Self.now()
                if redrawRequested && now < settled {
                    waitForInput(milliseconds: Int32((settled - now) / 1_000_000) + 1)
                    continue
                }
                drawCurrentLine()
            }
            var lead: UInt8 = 0
            let count = read(STDIN_FILENO, &lead, 1)
            if count == 0 { return 0 }
            if count < 0 {
                if errno == EINTR { continue }
                return -1
            }
            character.pointee = wchar_t(bitPattern: readScalar(startingWith: lead).value)
            return 1
        }
    }

    /// The scalar whose UTF-8 encoding starts with `lead`, reading its continuation bytes.
    private func readScalar(startingWith lead: UInt8) -> Unicode.Scalar {
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        var bytes = [lead]
        while bytes.count < length {
            var next: UInt8 = 0
            let count = read(STDIN_FILENO, &next, 1)
            if count < 0 && errno == EINTR { continue }
            guard count == 1 else { break }
            bytes.append(next)
        }
        return String(decoding: bytes, as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
    }

    private func inputIsWaiting() -> Bool {
        waitForInput(milliseconds: 0)
    }

    /// Waits up to `milliseconds` for input (less if a signal arrives); whether there is some.
    @discardableResult
    private func waitForInput(milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds) > 0
    }

    private static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    // MARK: Drawing

    private var terminalWidth: Int {
        let columns = Int(phaen_terminal_columns(STDOUT_FILENO))
        return columns > 0 ? columns : 80
    }

    /// Draws the line being edited, after moving its cursor out of the middle of a cluster (libedit's word
    /// motions and search move by scalar).
    private func drawCurrentLine() {
        let (text, cursor) = editLine.line
        let snapped = GraphemeEditing(text).snapped(cursor)
        editLine.moveCursor(by: snapped - cursor)
        draw(text: text, cursor: snapped)
    }

    /// Erases what was drawn and draws the prompt and `text` with the cursor at `cursor`.
    ///
    /// After a resize the terminal may have rewrapped what was drawn, or, when the resize came just after the
    /// drawing, taken the drawing at its new width; so the rows to move up to its first row are counted for the
    /// worst case (`LineLayout.cursorRow(afterResizeTo:outputMayHaveCrossed:)`), and everything from there down
    /// is erased: no stale copy of the line stays on the screen.
    private func draw(text: [Unicode.Scalar], cursor: Int) {
        let width = terminalWidth
        let layout = LineLayout(prompt: prompt, text: text, cursor: cursor, width: width)
        if layout == drawn && !clearScreenRequested && !redrawRequested { return }
        var output = ""
        if clearScreenRequested {
            output = "\u{1B}[H\u{1B}[2J"
            clearScreenRequested = false
        } else {
            output = "\r"
            let crossed = firstResizedAt != 0 && firstResizedAt - drawnAt < Self.crossingTime
            let rowsUp = drawn?.cursorRow(afterResizeTo: width, outputMayHaveCrossed: crossed) ?? 0
            if rowsUp > 0 { output += "\u{1B}[\(rowsUp)A" }
            output += "\u{1B}[J"
        }
        redrawRequested = false
        output += layout.output
        write(output)
        drawnAt = Self.now()
        firstResizedAt = 0
        drawn = layout
    }

    /// Writes `text` to the terminal at once.
    private func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    // MARK: Editor functions

    private func bindKeys() {
        editLine.add(
            function: "phaen-backward-char", help: "Move back one character", keys: ["^B", "^[[D", "^[OD"]
        ) { pointer, _ in LineEditor.editor(of: pointer)?.moveLeft() ?? UInt8(CC_ERROR) }
        editLine.add(
            function: "phaen-forward-char", help: "Move forward one character", keys: ["^F", "^[[C", "^[OC"]
        ) { pointer, _ in LineEditor.editor(of: pointer)?.moveRight() ?? UInt8(CC_ERROR) }
        editLine.add(
            function: "phaen-delete-prev-char", help: "Delete the mark or character before the cursor",
            keys: ["^?", "^H"]
        ) { pointer, _ in LineEditor.editor(of: pointer)?.backspace() ?? UInt8(CC_ERROR) }
        editLine.add(function: "phaen-delete-next-char", help: "Delete the character at the cursor", keys: ["^[[3~"]) {
            pointer, _ in LineEditor.editor(of: pointer)?.deleteForward(orEndOfFile: false) ?? UInt8(CC_ERROR)
        }
        editLine.add(
            function: "phaen-delete-or-eof", help: "Delete the character at the cursor, or end input", keys: ["^D"]
        ) { pointer, _ in LineEditor.editor(of: pointer)?.deleteForward(orEndOfFile: true) ?? UInt8(CC_ERROR) }
        editLine.add(function: "phaen-clear-screen", help: "Clear the screen and redraw the line", keys: ["^L"]) {
            pointer, _ in LineEditor.editor(of: pointer)?.clearScreen() ?? UInt8(CC_ERROR)
        }
        editLine.add(function: "phaen-complete", help: "Complete the word before the cursor", keys: ["^I"]) {
            pointer, _ in LineEditor.editor(of: pointer)?.complete() ?? UInt8(CC_ERROR)
        }
        editLine.bind(["^A", "^[[H", "^[OH", "^[[1~", "^[[7~"], to: "ed-move-to-beg")
        editLine.bind(["^E", "^[[F", "^[OF", "^[[4~", "^[[8~"], to: "ed-move-to-end")
        editLine.bind(["^[[A", "^[OA"], to: "ed-prev-history")
        editLine.bind(["^[[B", "^[OB"], to: "ed-next-history")
        editLine.bind(["^R"], to: "em-inc-search-prev")
    }

    private func moveLeft() -> UInt8 {
        let (text, cursor) = editLine.line
        guard cursor > 0 else { return bell() }
        editLine.moveCursor(by: GraphemeEditing(text).left(of: cursor) - cursor)
        return UInt8(CC_CURSOR)
    }

    private func moveRight() -> UInt8 {
        let (text, cursor) = editLine.line
        guard cursor < text.count else { return bell() }
        editLine.moveCursor(by: GraphemeEditing(text).right(of: cursor) - cursor)
        return UInt8(CC_CURSOR)
    }

    private func backspace() -> UInt8 {
        let (text, cursor) = editLine.line
        guard cursor > 0 else { return bell() }
        editLine.deleteBeforeCursor(GraphemeEditing(text).backspaceCount(at: cursor))
        return UInt8(CC_REFRESH)
    }

    private func deleteForward(orEndOfFile: Bool) -> UInt8 {
        let (text, cursor) = editLine.line
        if orEndOfFile && text.isEmpty { return UInt8(CC_EOF) }
        guard cursor < text.count else { return bell() }
        let count = GraphemeEditing(text).deleteCount(at: cursor)
        editLine.moveCursor(by: count)
        editLine.deleteBeforeCursor(count)
        return UInt8(CC_REFRESH)
    }

    private func clearScreen() -> UInt8 {
        clearScreenRequested = true
        return UInt8(CC_REFRESH)
    }

    private func bell() -> UInt8 {
        write("\u{7}")
        return UInt8(CC_NORM)
    }

    /// Tab: asks the completer about the text before the cursor; inserts a unique match, or the candidates'
    /// common prefix and then lists them under the line.
    private func complete() -> UInt8 {
        let (text, cursor) = editLine.line
        var before = String.UnicodeScalarView()
        before.append(contentsOf: text[..<cursor])
        let textBefore = String(before)
        let result = completer(textBefore)
        guard !result.candidates.isEmpty else { return bell() }
        let start = min(max(result.start, 0), textBefore.utf8.count)
        let word = String(decoding: textBefore.utf8.dropFirst(start), as: UTF8.self)
        let replacement =
            result.candidates.count == 1 ? result.candidates[0] : CompletionList.commonPrefix(result.candidates)
        if replacement != word && (result.candidates.count == 1 || !replacement.isEmpty) {
            editLine.deleteBeforeCursor(word.unicodeScalars.count)
            editLine.insert(replacement)
        }
        if result.candidates.count > 1 {
            let line = editLine.line.text
            finishLine(line)
            let rows = CompletionList.rows(result.candidates, width: terminalWidth)
            write(rows.map { $0 + "\r\n" }.joined())
        }
        return UInt8(CC_REFRESH)
    }

    /// Makes LC_CTYPE the environment's locale, or C.UTF-8 when that is not UTF-8: libedit drops typed Thai
    /// otherwise.
    private static func useUTF8Locale() {
        setlocale(LC_CTYPE, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET))).uppercased()
        if codeset != "UTF-8" && codeset != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}
