/// A statement other than a pipeline or `let`, as its parse hook made it. Its type belongs to whoever
/// registered the hook (the workbench's statements), so the language knows no statement but its own.
public protocol Command: Sendable {
    /// What to say when `|` follows the statement (for one whose results are tables to pipe), or nil.
    var pipedHint: String? { get }
}

/// The statements a parser knows besides pipelines and `let`: for each word that starts one, the hook that
/// reads the rest of it and what Tab offers inside it.
public struct Grammar: Sendable {
    /// One statement's syntax.
    public struct Rule: Sendable {
        /// Reads the statement after its first word (already read).
        public var parse: @Sendable (inout TokenParser) throws(QueryError) -> any Command
        /// Candidates for the word being typed, given the statement's tokens before it (its first word first).
        public var complete: @Sendable (_ before: [Token], _ catalog: any Catalog) -> [String]

        public init(
            parse: @escaping @Sendable (inout TokenParser) throws(QueryError) -> any Command,
            complete: @escaping @Sendable (_ before: [Token], _ catalog: any Catalog) -> [String]
        ) {
            self.parse = parse
            self.complete = complete
        }
    }

    /// The rules by starting word (lower case).
    public var rules: [String: Rule]

    /// A grammar of these rules; with none, only pipelines and `let` parse.
    public init(_ rules: [String: Rule] = [:]) { self.rules = rules }

    /// The words that start a statement, `let` among them.
    public var statementWords: [String] { ["let"] + rules.keys.sorted() }
}
