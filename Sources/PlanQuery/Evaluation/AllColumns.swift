import PlanModel

/// `*` in `select`: every column of the input that no other item in the list names or reads as a bare column, in
/// the input's order, so `select *, half = budget / 2` keeps all columns and adds one, `select code, *` moves
/// `code` first, and `select *, budget = budget / 1000` replaces `budget`.
extension NamedExpr {
    /// The `*` item: an empty path, which no name can write.
    static func allColumns(_ range: SourceRange) -> NamedExpr { NamedExpr(name: "*", expr: .column([], range)) }

    var isAllColumns: Bool {
        if case .column(let path, _) = expr { return path.isEmpty }
        return false
    }

    /// `items` with each `*` replaced by the columns of `columnNames` that no other item names or reads.
    static func expandingAll(_ items: [NamedExpr], over columnNames: [String]) -> [NamedExpr] {
        guard items.contains(where: \.isAllColumns) else { return items }
        var named = Set<String>()
        for item in items where !item.isAllColumns {
            named.insert(item.name)
            if case .column(let path, _) = item.expr { named.insert(path.joined(separator: ".")) }
        }
        return items.flatMap { item -> [NamedExpr] in
            guard item.isAllColumns, case .column(_, let r) = item.expr else { return [item] }
            return columnNames.filter { !named.contains($0) }.map { NamedExpr(name: $0, expr: .column([$0], r)) }
        }
    }
}
