import LineEditing
import Workbench

/// The Workbench `Session` as the interactive shell sees it.
final class SessionShell: ShellSession {
    let session: Session
    init(_ session: Session) { self.session = session }

    var prompt: String { session.prompt }
    var continuationPrompt: String { session.continuationPrompt }
    func isComplete(_ text: String) -> Bool { session.isComplete(text) }

    func complete(_ textBeforeCursor: String) -> CompletionResult {
        let c = session.complete(textBeforeCursor)
        return CompletionResult(start: c.start, candidates: c.candidates)
    }

    func execute(_ text: String) -> Bool {
        Interrupt.reset()
        return session.execute(text) != .quit
    }
}
