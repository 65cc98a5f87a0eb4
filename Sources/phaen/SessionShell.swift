import LineEditing
import Workbench

/// The Workbench `Session` as the interactive shell sees it.
final class SessionShell: ShellSession {
    let session: Session
    /// Where the session's output goes: held while a statement runs, then shown or paged.
    let screen: ScreenOutput

    init(_ session: Session, screen: ScreenOutput) {
        self.session = session
        self.screen = screen
    }

    /// The prompt, for the terminal's width now.
    var prompt: String {
        session.settings.terminalWidth = TerminalSize.current()?.columns
        return session.prompt
    }
    var continuationPrompt: String { session.continuationPrompt }
    func isComplete(_ text: String) -> Bool { session.isComplete(text) }

    func complete(_ textBeforeCursor: String) -> CompletionResult {
        let c = session.complete(textBeforeCursor)
        return CompletionResult(start: c.start, candidates: c.candidates)
    }

    /// Runs a statement with its results fitted to the terminal, then shows them, through the pager when they
    /// are taller than the screen and `set pager` is on. A result is shown as soon as it is written, so that what
    /// the session says after it (a lesson's verdict) comes after the pager, not hidden at its end.
    func execute(_ text: String) -> Bool {
        Interrupt.reset()
        let size = TerminalSize.current()
        session.settings.terminalWidth = size?.columns
        screen.hold()
        session.resultWritten = { [screen, session] in
            screen.show(on: size, paging: session.settings.pager)
            screen.hold()
        }
        defer { session.resultWritten = {} }
        let outcome = session.execute(text)
        screen.show(on: size, paging: session.settings.pager)
        return outcome != .quit
    }
}
