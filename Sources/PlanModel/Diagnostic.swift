/// A problem found in input, with where it is and a message in English and Thai.
///
/// Every error a user sees is one of these: a bad cell in a CSV file (file, line, column), a misspelt column in
/// a statement (the span of the text to underline), a table a statement names that is not there (no place of
/// its own: the session places it at the statement). The session turns each into what is shown in one place.
public struct Diagnostic: Error, Hashable, Sendable {
    /// Where a problem is.
    public enum Location: Hashable, Sendable {
        /// Nowhere in particular: shown at the statement that met it.
        case unknown
        /// A span of the statement text, underlined when shown.
        case range(SourceRange)
        /// A line and column of `file` (or of the statement text when no file is named).
        case place(line: Int, column: Int)
    }

    /// The file, when the input came from one.
    public var file: String?
    /// 1-based line; 0 when unknown.
    public var line: Int
    /// 1-based column, in characters; 0 when unknown.
    public var column: Int
    /// The span of the statement text it is about, until the session turns it into a line and a column.
    public var range: SourceRange?
    /// The message in English.
    public var message: String
    /// The same message in Thai, when there is one.
    public var thai: String?
    /// A hint such as "did you mean `budget`?", shown last.
    public var suggestion: String?
    /// Extra lines shown under the message (a caret under the text, "did you mean `budget`?").
    public var notes: [String]
    /// How many of the first notes are the user's own text (the source line and its caret), shown as they are
    /// in both languages; the rest are hints written `English (ไทย)` (`BilingualNote`).
    public var quotedNotes: Int

    public init(
        file: String? = nil, line: Int = 0, column: Int = 0, message: String, thai: String? = nil,
        notes: [String] = [], quotedNotes: Int = 0
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.thai = thai
        self.notes = notes
        self.quotedNotes = quotedNotes
    }

    /// A problem with a span of the statement text.
    public init(_ range: SourceRange, _ message: String, thai: String, suggestion: String? = nil) {
        self.init(message: message, thai: thai)
        self.range = range
        self.suggestion = suggestion
    }

    /// Where it is.
    public var location: Location {
        if let range { return .range(range) }
        return line > 0 ? .place(line: line, column: column) : .unknown
    }

    /// The word that heads an error in each language.
    public static let englishWord = "error:", thaiWord = "ข้อผิดพลาด:"

    /// Whether `line` is the head of an error as `formatted` writes it, in either language.
    public static func isHead(_ line: String) -> Bool {
        [englishWord, thaiWord].contains { line.hasPrefix($0 + " ") || line.contains(": " + $0 + " ") }
    }

    /// `FILE:LINE:COL: error: message` (parts that are unknown are left out), in the language asked for: in
    /// Thai, `ข้อผิดพลาด:`, the Thai message and the Thai of each hint.
    public func formatted(thaiFirst: Bool = false) -> String {
        var location = ""
        if let file { location += file + ":" }
        if line > 0 { location += "\(line):" }
        if line > 0 && column > 0 { location += "\(column):" }
        let text = thaiFirst ? (thai ?? message) : message
        let word = thaiFirst ? Self.thaiWord : Self.englishWord
        let head = location.isEmpty ? "\(word) \(text)" : "\(location) \(word) \(text)"
        let shown = notes.enumerated().map { k, note in
            thaiFirst && k >= quotedNotes ? BilingualNote.thai(note) : note
        }
        return ([head] + shown).joined(separator: "\n")
    }
}

/// Several problems found at once (a load reports all it finds, up to a limit).
public struct Diagnostics: Error, Sendable {
    public var items: [Diagnostic]
    /// How many more were found than are listed.
    public var more: Int
    public init(_ items: [Diagnostic], more: Int = 0) {
        self.items = items
        self.more = more
    }
}
