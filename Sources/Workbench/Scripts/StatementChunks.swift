import PlanQuery

/// A script cut into the lines of each statement, so `--keep-going` can run the statements around one that
/// does not parse.
enum StatementChunks {
    /// The text of each statement with the 0-based line it starts on: lines are joined while a quote or
    /// bracket is open, a line ends with `|`, `,` or an operator (`LineContinuation`), or the next line starts
    /// with `|`.
    static func split(_ text: String) -> [(text: String, firstLine: Int)] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var chunks: [(text: String, firstLine: Int)] = []
        var current: [String] = [], first = 0
        for (i, line) in lines.enumerated() {
            if current.isEmpty { first = i }
            current.append(line)
            let joined = current.joined(separator: "\n")
            let next = lines.dropFirst(i + 1).first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            if ends(joined, before: next) {
                chunks.append((joined, first))
                current = []
            }
        }
        if !current.isEmpty { chunks.append((current.joined(separator: "\n"), first)) }
        return chunks
    }

    /// Whether `statement` is whole where it stands: no quote or bracket open, no trailing `|` or `,`, and the next
    /// non-blank line (if any) does not continue it with `|`.
    static func ends(_ statement: String, before next: String?) -> Bool {
        let continues = next?.trimmingCharacters(in: .whitespaces).hasPrefix("|") ?? false
        return !continues && Completeness.isComplete(statement)
    }
}
