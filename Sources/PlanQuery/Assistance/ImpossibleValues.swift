import PlanModel

/// A lint of conditions that can never be true.
public enum ImpossibleValues {
    /// Notes for a pipeline whose leading `where` compares a text column of its source table with a text that
    /// column never holds (`status = "don"`, `strategy = "s2"`): the condition can never be true, which a user
    /// would otherwise only see as no rows. Each note names the closest value the column does hold.
    public static func notes(_ pipeline: Pipeline, catalog: Catalog) -> [String] {
        guard case .table(let name, _) = pipeline.source, let table = catalog.table(named: name) else { return [] }
        var notes: [String] = []
        for step in pipeline.steps {
            guard case .filter(let condition, _) = step else { break }
            for (column, text) in textEqualities(condition) {
                guard let c = table.column(column), case .text(_, let dictionary) = c.storage,
                    !dictionary.contains(text)
                else { continue }
                let near = Suggestion.closest(to: text, in: dictionary)
                    ?? dictionary.first { $0.lowercased() == text.lowercased() }
                var note = "note: `\(column)` in `\(name)` is never \"\(text)\""
                    + " (`\(column)` ในตาราง `\(name)` ไม่มีค่า \"\(text)\")"
                if let near { note += "; did you mean \"\(near)\"? (หมายถึง \"\(near)\" หรือไม่)" }
                notes.append(note)
            }
        }
        return notes
    }

    /// The `column = "text"` comparisons a condition is made of, through `and` and `or`.
    static func textEqualities(_ e: Expr) -> [(column: String, text: String)] {
        switch e {
        case .binary(.eq, .column(let path, _), .literal(.text(let s), _), _) where path.count == 1:
            [(path[0], s)]
        case .binary(.eq, .literal(.text(let s), _), .column(let path, _), _) where path.count == 1:
            [(path[0], s)]
        case .binary(.and, let a, let b, _), .binary(.or, let a, let b, _):
            textEqualities(a) + textEqualities(b)
        default:
            []
        }
    }
}
