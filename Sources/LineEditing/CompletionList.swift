import TextWidth

/// The pieces of Tab completion that do not touch the terminal: what to insert, and the list of candidates
/// laid out in columns under the line.
enum CompletionList {
    /// The longest common prefix of `candidates`, compared by `Character` so a Thai cluster is never split.
    static func commonPrefix(_ candidates: [String]) -> String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for candidate in candidates.dropFirst() {
            let characters = Array(candidate)
            var length = 0
            while length < min(prefix.count, characters.count) && prefix[length] == characters[length] {
                length += 1
            }
            prefix.removeLast(prefix.count - length)
        }
        return String(prefix)
    }

    /// The candidates in as many columns as fit in `width`, filled row by row, each row without trailing
    /// spaces.
    static func rows(_ candidates: [String], width: Int) -> [String] {
        guard !candidates.isEmpty else { return [] }
        let cell = (candidates.map(\.displayWidth).max() ?? 0) + 2
        let columns = max(1, (width + 2) / cell)
        return stride(from: 0, to: candidates.count, by: columns).map { first in
            let row = candidates[first..<min(first + columns, candidates.count)]
            let padded = row.dropLast().map { $0.padded(to: cell) } + [row.last!]
            return padded.joined()
        }
    }
}
