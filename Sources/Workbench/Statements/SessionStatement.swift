import PlanModel
import PlanQuery

/// A statement as the session runs it. Each declares what a replay, the journal, `--safe` and `--recover` need
/// to know about it: nothing is decided for a statement that did not say (the requirements have no defaults).
protocol SessionStatement: Command {
    /// Whether `save session` keeps it, so a replay repeats it (not help, listings, saves or lessons).
    var isReplayable: Bool { get }
    /// Whether the shell's journal records it, for `--recover`.
    var isJournaled: Bool { get }
    /// What it touches outside the session: `--safe` refuses writes and scripts and checks reads, `--recover`
    /// lists instead of repeating what writes or runs, `save session` rewrites the paths.
    var effects: [Effect] { get }
    /// Carries it out on `workspace`, a copy the session keeps only when this returns.
    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput
}

/// A statement that starts with a word of its own: its syntax, help and completion live with it.
protocol WordStatement: SessionStatement {
    /// The words that start it (`quit`, `exit`), lower case.
    static var words: [String] { get }
    /// `help WORD`, in English and Thai.
    static var help: HelpTopic { get }
    /// Reads the statement after its first word.
    static func parse(_ p: inout TokenParser) throws(QueryError) -> Self
    /// What Tab offers for the word being typed, given the statement's tokens before it (its first word first).
    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String]
}

/// Something a statement does outside the session, with the path as the user wrote it.
enum Effect: Equatable {
    /// Reads a file or folder.
    case reads(String)
    /// Writes a file.
    case writes(String)
    /// Runs the statements of a script or lesson.
    case runs(String)

    /// The path as written.
    var path: String {
        switch self {
        case .reads(let p), .writes(let p), .runs(let p): p
        }
    }
}
