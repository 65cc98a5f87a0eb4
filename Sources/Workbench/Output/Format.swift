/// How a result is written: one list for `set format`, `export "file.EXT"` and `report … to "file.EXT"`, so a new
/// format is one case here and one renderer.
public enum Format: String, Sendable, CaseIterable {
    case table, csv, json, markdown, html, xlsx

    /// The file extensions that choose this format (none for `table`, which is for the screen).
    public var fileExtensions: [String] {
        switch self {
        case .table: []
        case .csv: ["csv"]
        case .json: ["json"]
        case .markdown: ["md", "markdown"]
        case .html: ["html", "htm"]
        case .xlsx: ["xlsx"]
        }
    }

    /// The format a file's extension names (case ignored), or nil.
    public init?(fileExtension: String) {
        guard let format = Self.allCases.first(where: { $0.fileExtensions.contains(fileExtension.lowercased()) })
        else { return nil }
        self = format
    }

    /// Whether `set format` can show it as text (an xlsx workbook is only ever a file).
    public var isText: Bool { self != .xlsx }

    /// The formats `set format` accepts, for help and completion.
    public static var shown: [Format] { allCases.filter(\.isText) }

    /// `.csv, .json, .md, .html or .xlsx`: the extensions a file may have, for messages.
    static var extensionList: String {
        let all = allCases.compactMap { $0.fileExtensions.first.map { "." + $0 } }
        return all.dropLast().joined(separator: ", ") + " or " + (all.last ?? "")
    }
}
