import PlanModel

/// `join TABLE [on left = right, …]`: a left join. Every row of the pipeline stays; it gains the other
/// table's columns from each matching row (nulls when none match; one row per match when several do). Without
/// `on`, the tables are matched along the relation between them. The other table's columns keep their names,
/// except those already present, which become `TABLE.column`.
enum Join {
    static func run(
        _ frame: Frame, table name: String, on: [(left: [String], right: String)], range: SourceRange,
        catalog: Catalog
    ) throws(QueryError) -> Table {
        guard let right = catalog.table(named: name) else {
            throw QueryError(
                range, "no table `\(name)`", thai: "ไม่มีตาราง `\(name)`",
                suggestion: Suggestion.didYouMean(name, in: catalog.tableNames))
        }
        let left = frame.materialized()
        var pairs: [(Int, Int32)] = []
        if on.isEmpty {
            if let relation = left.relations.first(where: { $0.target == right.name || $0.target == name }) {
                pairs = relation.targetRows.enumerated().map { ($0.offset, $0.element) }
            } else if let back = right.relations.first(where: { $0.target == left.name }) {
                var matches: [Int32: [Int32]] = [:]
                for (r, l) in back.targetRows.enumerated() where l >= 0 { matches[l, default: []].append(Int32(r)) }
                for l in 0..<left.rowCount {
                    for r in matches[Int32(l)] ?? [-1] { pairs.append((l, r)) }
                }
            } else {
                throw QueryError(
                    range, "`\(left.name)` and `\(name)` are not linked",
                    thai: "ตาราง `\(left.name)` กับ `\(name)` ไม่ได้เชื่อมกัน",
                    suggestion: "say how: `join \(name) on column = column` (ระบุคอลัมน์ที่ใช้เชื่อม)")
            }
        } else {
            let ctx = ExpressionContext(table: left, rows: nil, catalog: catalog)
            var leftKeys: [Column] = []
            var rightKeys: [Column] = []
            for condition in on {
                leftKeys.append(try ctx.resolve(condition.left, range).column)
                guard let c = right.column(condition.right) else {
                    throw QueryError(
                        range, "no column `\(condition.right)` in `\(name)`",
                        thai: "ไม่มีคอลัมน์ `\(condition.right)` ในตาราง `\(name)`",
                        suggestion: Suggestion.didYouMean(condition.right, in: right.columnNames))
                }
                rightKeys.append(c)
            }
            var index: [[Value]: [Int32]] = [:]
            for r in 0..<right.rowCount {
                let key = rightKeys.map { $0[r] }
                if key.contains(.null) { continue }
                index[key, default: []].append(Int32(r))
            }
            for l in 0..<left.rowCount {
                let key = leftKeys.map { $0[l] }
                for r in index[key] ?? [-1] { pairs.append((l, r)) }
            }
        }
        let leftRows = pairs.map(\.0)
        let rightRows = pairs.map(\.1)
        var result = left.gather(leftRows)
        for (k, column) in right.columns.enumerated() {
            var columnName = right.columnNames[k]
            if result.columnNames.contains(columnName) { columnName = "\(name).\(columnName)" }
            if result.columnNames.contains(columnName) { continue }
            result.columnNames.append(columnName)
            result.columns.append(column.gather(optional: rightRows))
            if let rel = right.relation(from: right.columnNames[k]) {
                result.relations.append(
                    Relation(
                        column: columnName, target: rel.target,
                        targetRows: rightRows.map {
                            $0 >= 0 && Int($0) < rel.targetRows.count ? rel.targetRows[Int($0)] : -1
                        }))
            }
        }
        return Table(
            name: left.name, columnNames: result.columnNames, columns: result.columns,
            relations: result.relations)
    }
}
