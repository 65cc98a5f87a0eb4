/// What one call to `LineEditor.readStatement` produced.
public enum ReadResult: Sendable, Equatable {
    /// A whole statement, its lines joined with "\n".
    case text(String)
    /// Ctrl-C: the statement being typed was abandoned.
    case interrupted
    /// Ctrl-D on an empty line.
    case endOfFile
}

/// What completion returns: replace the text from `start` (a UTF-8 byte offset into the text before the
/// cursor) to the cursor with one of `candidates`.
public struct CompletionResult: Sendable {
    public var start: Int
    public var candidates: [String]
    public init(start: Int, candidates: [String]) {
        self.start = start
        self.candidates = candidates
    }
}
