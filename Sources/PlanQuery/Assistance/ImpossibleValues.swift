import PlanModel

/// A lint of conditions that can never be true.
public enum ImpossibleValues {
    /// Notes for a pipeline whose leading `where` compares a text column of its source (a table, or a table
    /// function with constant arguments such as `progress(Q2)`) with a text that column never holds
    /// (`status = "don"`, `code in ("P1")`): the condition can never be true, which a user would otherwise only
    /// see as no rows. Each note names the nearest values the column does hold; in Thai alone with `thai`.
    public static func notes(_ pipeline: Pipeline, catalog: Catalog, thai: Bool = false) -> [String] {
        let source: (name: String, table: Table?)
        switch pipeline.source {
        case .table(let name, _): source = (name, catalog.table(named: name))
        case .function(let name, let arguments, _): source = (name, functionTable(name, arguments, catalog))
        }
        guard let table = source.table, table.rowCount > 0 else { return [] }
        let name = source.name
        var notes: [String] = []
        for step in pipeline.steps {
            guard case .filter(let condition, _) = step else { break }
            for (column, text) in textEqualities(condition) {
                guard let c = table.column(column), case .text(_, let dictionary) = c.storage,
                    !dictionary.contains(text)
                else { continue }
                var near = Suggestion.nearest(to: text, in: dictionary)
                if near.isEmpty, let sameLetters = dictionary.first(where: { $0.lowercased() == text.lowercased() }) {
                    near = [sameLetters]
                }
                notes.append(note(column, name, text, near: near, thai: thai))
            }
        }
        return notes
    }

    private static func note(_ column: String, _ table: String, _ text: String, near: [String], thai: Bool) -> String {
        let listed = near.map { "\"\($0)\"" }.joined(separator: ", ")
        if thai {
            let head = "หมายเหตุ: `\(column)` ในตาราง `\(table)` ไม่มีค่า \"\(text)\""
            if near.isEmpty { return head }
            return head + (near.count == 1 ? " หมายถึง \(listed) หรือไม่" : " ค่าที่ใกล้เคียงคือ \(listed)")
        }
        let head =
            "note: `\(column)` in `\(table)` is never \"\(text)\" (`\(column)` ในตาราง `\(table)` ไม่มีค่า \"\(text)\")"
        if near.isEmpty { return head }
        return head
            + (near.count == 1
                ? "; did you mean \(listed)? (หมายถึง \(listed) หรือไม่)"
                : "; the nearest are \(listed) (ค่าที่ใกล้เคียงคือ \(listed))")
    }

    /// What a table function with constant arguments (`progress(Q2)`) makes, or nil: its text columns' values
    /// are known only from a real run.
    private static func functionTable(_ name: String, _ arguments: [Expr], _ catalog: Catalog) -> Table? {
        var values: [Value] = []
        for argument in arguments {
            switch argument {
            case .quarter(let q, _): values.append(.int(Int64(q)))
            case .literal(let v, _): values.append(v)
            default: return nil
            }
        }
        return try? catalog.tableFunction(name, arguments: values)
    }

    /// The `column = "text"` and `column in ("text", …)` comparisons a condition is made of, through `and`
    /// and `or`.
    static func textEqualities(_ e: Expr) -> [(column: String, text: String)] {
        switch e {
        case .binary(.eq, .column(let path, _), .literal(.text(let s), _), _) where path.count == 1:
            [(path[0], s)]
        case .binary(.eq, .literal(.text(let s), _), .column(let path, _), _) where path.count == 1:
            [(path[0], s)]
        case .inList(.column(let path, _), let items, negated: false, _) where path.count == 1:
            items.compactMap { item in
                if case .literal(.text(let s), _) = item { (path[0], s) } else { nil }
            }
        case .binary(.and, let a, let b, _), .binary(.or, let a, let b, _):
            textEqualities(a) + textEqualities(b)
        default:
            []
        }
    }
}
