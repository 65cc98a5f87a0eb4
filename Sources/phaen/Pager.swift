import Foundation

/// Shows text through `$PAGER`, or `less -RSFX` (colours kept, long lines not wrapped, quits at once when it
/// fits, leaves the text on the screen); without `-F` when lines are wider than the screen, since `less`
/// would otherwise take the cut lines as fitting and quit before they could be scrolled.
enum Pager {
    static func command(wide: Bool) -> String {
        if let pager = ProcessInfo.processInfo.environment["PAGER"], !pager.allSatisfy(\.isWhitespace) {
            return pager
        }
        return wide ? "less -RSX" : "less -RSFX"
    }

    /// Runs the pager on `text` and waits until the user leaves it; false when it could not be started (nor
    /// found by the shell, status 127), and the text is still to be shown.
    static func show(_ text: String, wide: Bool) -> Bool {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return false }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
        posix_spawn_file_actions_addclose(&actions, ends[0])
        posix_spawn_file_actions_addclose(&actions, ends[1])
        let words = ["/bin/sh", "-c", command(wide: wide)]
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { word in word.withCString { strdup($0) } } + [nil]
        defer { for argument in arguments { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, arguments, environ)
        close(ends[0])
        guard spawned == 0 else {
            close(ends[1])
            return false
        }
        // A pager left early (`q`) closes the pipe: the rest of the text is dropped, not a reason to stop.
        let previous = signal(SIGPIPE, SIG_IGN)
        Output.write(text, to: ends[1])
        close(ends[1])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        signal(SIGPIPE, previous)
        let notFound = status & 0x7F == 0 && (status >> 8) & 0xFF == 127
        return !notFound
    }
}
