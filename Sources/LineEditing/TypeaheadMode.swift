import Glibc

/// The terminal mode while a statement runs: keys typed ahead are neither echoed nor edited by the terminal,
/// but wait, byte for byte, for the editor to read them at the next prompt, so Thai text, arrows and Backspace
/// typed early edit the next line as they would have at the prompt.
///
/// In the terminal's usual (canonical) mode they would be echoed into the statement's output, arrows as `^[[D`,
/// and its line discipline would apply Backspace to the last byte typed, even the `~` of an End key's escape
/// sequence. Signals still work here: Ctrl-C stops the statement (and discards what was typed ahead), Ctrl-Z
/// stops the process.
struct TypeaheadMode {
    /// The mode to go back to; nil when not in typeahead mode.
    private var usual: termios?

    /// Stops echo and line editing on the terminal until `leave()`, keeping the output settings and signals.
    mutating func enter() {
        guard usual == nil else { return }
        var current = termios()
        guard tcgetattr(STDIN_FILENO, &current) == 0 else { return }
        var quiet = current
        quiet.c_lflag &= ~tcflag_t(ICANON | ECHO | ECHONL | IEXTEN)
        guard tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0 else { return }
        usual = current
    }

    /// Puts the terminal back in the mode it had before `enter()`, without discarding what was typed ahead.
    mutating func leave() {
        guard var mode = usual else { return }
        tcsetattr(STDIN_FILENO, TCSANOW, &mode)
        usual = nil
    }
}
