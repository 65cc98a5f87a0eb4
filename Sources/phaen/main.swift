import Foundation
import LineEditing
import TextWidth

/// A stand-in session until the Workbench lands: echoes each statement with its display width.
final class EchoSession: ShellSession {
    let tables = ["projects", "strategies", "disbursements", "activities", "indicators", "units"]
    let keywords = ["describe", "help", "tables", "load", "quit"]
    var prompt: String { "phaen> " }
    var continuationPrompt: String { "  ...> " }

    func isComplete(_ text: String) -> Bool {
        let quotes = text.filter { $0 == "\"" }.count
        return quotes % 2 == 0 && !text.trimmingCharacters(in: .whitespaces).hasSuffix("|")
    }

    func complete(_ textBeforeCursor: String) -> CompletionResult {
        let word = textBeforeCursor.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        let start = textBeforeCursor.utf8.count - word.utf8.count
        let words = textBeforeCursor.utf8.count == word.utf8.count ? keywords + tables : tables
        return CompletionResult(start: start, candidates: words.filter { $0.hasPrefix(word) })
    }

    func execute(_ text: String) -> Bool {
        if text == "quit" { return false }
        print("ran: \(text)")
        print("width: \(text.displayWidth)")
        return true
    }
}

exit(InteractiveShell.run(session: EchoSession()))
