import Foundation
import LineEditing

/// What the interactive shell drives: the Workbench session, or anything that runs statements.
protocol ShellSession: AnyObject {
    /// The prompt of a statement's first line.
    var prompt: String { get }
    /// The prompt of its further lines.
    var continuationPrompt: String { get }
    /// Whether `text` is a whole statement (no open quote, no trailing `|`…).
    func isComplete(_ text: String) -> Bool
    /// Completion of the text before the cursor.
    func complete(_ textBeforeCursor: String) -> CompletionResult
    /// Runs a statement, printing its own output; false when the statement asked to quit.
    func execute(_ text: String) -> Bool
}

/// The read–execute loop on a terminal.
enum InteractiveShell {
    /// Reads statements and runs them until Ctrl-D or a statement that quits, then saves the history (unless
    /// `keepsHistory` is false: `--safe` writes nothing) and returns the exit status. Ctrl-C on the line
    /// abandons it; Ctrl-C while a statement runs sets `Interrupt`, which the session polls.
    static func run(session: ShellSession, keepsHistory: Bool = true) -> Int32 {
        let history = keepsHistory ? HistoryLocation.defaultFile() : nil
        let editor = LineEditor(historyFile: history) { [unowned session] text in
            session.complete(text)
        }
        guard let editor else {
            FileHandle.standardError.write(Data("phaen: the interactive shell needs a terminal\n".utf8))
            return 1
        }
        while true {
            let result = editor.readStatement(
                prompt: session.prompt, continuationPrompt: session.continuationPrompt,
                isComplete: session.isComplete)
            switch result {
            case .endOfFile:
                editor.saveHistory()
                return 0
            case .interrupted:
                continue
            case .text(let statement):
                guard !statement.allSatisfy(\.isWhitespace) else { continue }
                Interrupt.reset()
                let keepGoing = session.execute(statement)
                fflush(nil)
                if !keepGoing {
                    editor.saveHistory()
                    return 0
                }
            }
        }
    }
}
