import Glibc
import Synchronization

/// Ctrl-C, terminal resizes, Ctrl-Z and the return from it (`fg`), recorded by signal handlers as flags. While
/// a line is edited, the editor's reader sees the flag when its `read` is interrupted; while a statement runs,
/// the session polls `isRequested` and stops early.
public enum Interrupt {
    private static let requested = Atomic<Bool>(false)
    private static let resized = Atomic<Bool>(false)
    private static let continued = Atomic<Bool>(false)
    private static let stopRequested = Atomic<Bool>(false)
    private static let installed = Atomic<Bool>(false)

    /// Whether Ctrl-C was pressed since the last `reset()`.
    public static var isRequested: Bool { requested.load(ordering: .relaxed) }

    /// Forgets an earlier Ctrl-C.
    public static func reset() { requested.store(false, ordering: .relaxed) }

    /// Installs the SIGINT, SIGWINCH and SIGCONT handlers (once). They do not restart interrupted system calls,
    /// so a blocked terminal read returns and the editor can act on the flag.
    public static func install() {
        _ = requested.load(ordering: .relaxed)
        _ = resized.load(ordering: .relaxed)
        _ = continued.load(ordering: .relaxed)
        _ = stopRequested.load(ordering: .relaxed)
        guard installed.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged else {
            return
        }
        handle(SIGINT) { _ in Interrupt.requested.store(true, ordering: .relaxed) }
        handle(SIGWINCH) { _ in Interrupt.resized.store(true, ordering: .relaxed) }
        handle(SIGCONT) { _ in Interrupt.continued.store(true, ordering: .relaxed) }
    }

    /// Whether the terminal was resized since the last call; clears the flag.
    static func takeResize() -> Bool {
        resized.exchange(false, ordering: .relaxed)
    }

    /// Whether the process was continued after being stopped (Ctrl-Z, then `fg`) since the last call; clears
    /// the flag.
    static func takeContinue() -> Bool {
        continued.exchange(false, ordering: .relaxed)
    }

    /// While a line is edited, Ctrl-Z only sets a flag (`takeStop`), so the editor can give the terminal back
    /// in its usual mode before stopping; otherwise it stops the process at once.
    static func catchStop(_ catching: Bool) {
        if catching {
            handle(SIGTSTP) { _ in Interrupt.stopRequested.store(true, ordering: .relaxed) }
        } else {
            signal(SIGTSTP, SIG_DFL)
        }
    }

    /// Whether Ctrl-Z was pressed while a line was edited since the last call; clears the flag.
    static func takeStop() -> Bool {
        stopRequested.exchange(false, ordering: .relaxed)
    }

    /// Stops the process as Ctrl-Z does; returns when it is continued, catching Ctrl-Z again.
    static func stopNow() {
        catchStop(false)
        raise(SIGTSTP)
        catchStop(true)
    }

    private static func handle(_ signal: Int32, with handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, nil)
    }
}
