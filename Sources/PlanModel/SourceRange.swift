/// A span of the statement text, as UTF-8 byte offsets `[start, end)` into the text given to the parser.
public struct SourceRange: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }
}
