import CLibEdit
import Glibc

/// libedit's `EditLine`, with every `el_*` call of Phaen in this file.
///
/// libedit keeps the editing, the key maps and the history; it writes its own display into a memory stream
/// that nobody shows (its refresh keeps one character per screen cell, which loses Thai marks), and the
/// `LineEditor` draws the line instead.
final class EditLine {
    let pointer: OpaquePointer

    /// An editor on stdin and stdout in emacs mode with `history`, writing its display to `output`.
    init?(history: HistoryStore, output: UnsafeMutablePointer<FILE>) {
        guard let pointer = el_init("phaen", phaen_stdin(), phaen_stdout(), phaen_stderr()) else { return nil }
        self.pointer = pointer
        phaen_el_set_output(pointer, output)
        phaen_el_set_editor(pointer, "emacs")
        phaen_el_set_empty_prompt(pointer)
        phaen_el_set_int(pointer, EL_SIGNAL, 0)
        phaen_el_set_history(pointer, history.handle)
    }

    deinit {
        el_end(pointer)
    }

    /// Makes `data` reachable from a C callback through `clientData(of:)`.
    func setClientData(_ data: UnsafeMutableRawPointer) {
        phaen_el_set_clientdata(pointer, data)
    }

    /// The pointer given to `setClientData` of the editor a callback was called for.
    static func clientData(of pointer: OpaquePointer?) -> UnsafeMutableRawPointer? {
        guard let pointer else { return nil }
        var data: UnsafeMutableRawPointer?
        phaen_el_get_clientdata(pointer, &data)
        return data
    }

    /// Makes libedit read each character through `reader`.
    func setReader(_ reader: el_rfunc_t) {
        phaen_el_set_getcfn(pointer, reader)
    }

    /// Adds an editor function and binds each of `keys` (libedit's notation: `^A`, `^[[D`) to it.
    func add(
        function name: String, help: String, keys: [String],
        _ function: @escaping @convention(c) (OpaquePointer?, Int32) -> UInt8
    ) {
        phaen_el_add_function(pointer, name, help, function)
        bind(keys, to: name)
    }

    /// Binds each of `keys` to the editor function `name`, libedit's own or one added.
    func bind(_ keys: [String], to name: String) {
        for key in keys { phaen_el_bind(pointer, key, name) }
    }

    /// The line being edited and the cursor, as an offset in scalars.
    var line: (text: [Unicode.Scalar], cursor: Int) {
        let info = el_wline(pointer).pointee
        guard let buffer = info.buffer, let last = info.lastchar, let cursor = info.cursor else { return ([], 0) }
        let text = UnsafeBufferPointer(start: buffer, count: last - buffer).map(Self.scalar)
        return (text, cursor - buffer)
    }

    /// Moves the cursor `offset` scalars right (left when negative).
    func moveCursor(by offset: Int) {
        guard offset != 0 else { return }
        el_cursor(pointer, Int32(offset))
    }

    /// Removes `count` scalars before the cursor.
    func deleteBeforeCursor(_ count: Int) {
        guard count > 0 else { return }
        el_deletestr(pointer, Int32(count))
    }

    /// Inserts `text` at the cursor and moves the cursor after it.
    func insert(_ text: String) {
        guard !text.isEmpty else { return }
        var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        el_winsertstr(pointer, wide)
    }

    /// Reads one line with libedit; nil at end of input or when the reader gave up (Ctrl-C). The line ends
    /// with "\n" when Enter ended it.
    func readLine() -> String? {
        var count: Int32 = 0
        guard let wide = el_wgets(pointer, &count), count > 0 else { return nil }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: UnsafeBufferPointer(start: wide, count: Int(count)).map(Self.scalar))
        return String(text)
    }

    /// Puts the terminal back in the mode it had before editing (to stop the process with it so).
    func leaveEditingMode() {
        phaen_el_set_int(pointer, EL_PREP_TERM, 0)
    }

    /// Puts the terminal back in libedit's editing mode after a job-control shell restored its own modes (the
    /// process was stopped with Ctrl-Z and continued); libedit may believe it is still in that mode, so it is
    /// left first.
    func restoreEditingMode() {
        phaen_el_set_int(pointer, EL_PREP_TERM, 0)
        phaen_el_set_int(pointer, EL_PREP_TERM, 1)
    }

    /// Tells libedit the terminal changed size.
    func resize() {
        el_resize(pointer)
    }

    private static func scalar(_ character: wchar_t) -> Unicode.Scalar {
        Unicode.Scalar(UInt32(bitPattern: character)) ?? "\u{FFFD}"
    }
}
