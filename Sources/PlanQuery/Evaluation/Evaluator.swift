import PlanModel

/// The table between two steps: a base table and, after `where`, `sort` or `take`, the rows selected from it
/// (a selection vector), so that columns are only copied when a step needs them.
struct Frame {
    var table: Table
    var rows: [Int]?

    var count: Int { rows?.count ?? table.rowCount }

    func materialized() -> Table { rows.map { table.gather($0) } ?? table }

    /// The base rows of positions `positions` of this frame.
    func selecting(_ positions: [Int]) -> Frame {
        Frame(table: table, rows: rows.map { r in positions.map { r[$0] } } ?? positions)
    }
}

/// Runs pipelines.
public enum Evaluator {
    /// Runs a pipeline; `chart`/`export` may only be the last step and are returned as `output` for the caller to
    /// draw or write. `shouldStop` is polled between steps and in long loops (Ctrl-C): a QueryError
    /// "interrupted" then.
    public static func run(
        _ pipeline: Pipeline, in catalog: Catalog,
        shouldStop: () -> Bool = { false }
    ) throws(QueryError) -> PipelineResult {
        var frame = Frame(table: try source(pipeline.source, catalog), rows: nil)
        var output = PipelineOutput.table
        var k = 0
        let steps = pipeline.steps
        while k < steps.count {
            let step = steps[k]
            if shouldStop() { throw QueryError.interrupted(step.range) }
            if k > 0, case .chart = steps[k - 1] { throw lastStep("chart", step.range) }
            if k > 0, case .export = steps[k - 1] { throw lastStep("export", step.range) }
            switch step {
            case .filter(let e, _):
                let keep = try ExpressionContext(table: frame.table, rows: frame.rows, catalog: catalog).condition(e)
                var positions: [Int] = []
                positions.reserveCapacity(keep.count)
                for i in 0..<keep.count where keep[i] { positions.append(i) }
                frame = frame.selecting(positions)
            case .select(let items, _):
                frame = Frame(table: try select(items, frame, catalog, keepOthers: false), rows: nil)
            case .derive(let items, _):
                frame = Frame(table: try select(items, frame, catalog, keepOthers: true), rows: nil)
            case .sort(let keys, _):
                let ctx = ExpressionContext(table: frame.table, rows: frame.rows, catalog: catalog)
                var sortKeys: [Sorting.Key] = []
                for key in keys {
                    let column = try ctx.evaluate(key.expr).column(count: frame.count)
                    sortKeys.append(Sorting.Key(column, descending: key.descending))
                }
                if k + 1 < steps.count, case .take(let n, _) = steps[k + 1], n < frame.count / 8 {
                    frame = frame.selecting(Sorting.top(n, sortKeys, count: frame.count))
                    k += 1
                } else {
                    frame = frame.selecting(Sorting.order(sortKeys, count: frame.count))
                }
            case .take(let n, _):
                frame = frame.selecting(Array(0..<min(max(0, n), frame.count)))
            case .group(let keys, let r):
                guard k + 1 < steps.count, case .agg(let outputs, _) = steps[k + 1] else {
                    throw QueryError(
                        r, "`group` must be followed by `| agg …`",
                        thai: "หลัง `group` ต้องตามด้วย `| agg …`",
                        suggestion: "e.g. `| group strategy | agg n = count(), total = sum(budget)` "
                            + "(เช่น `| group strategy | agg n = count(), total = sum(budget)`)")
                }
                k += 1
                if shouldStop() { throw QueryError.interrupted(r) }
                frame = Frame(
                    table: try Grouping.run(frame, keys: keys, outputs: outputs, catalog: catalog, range: r),
                    rows: nil)
            case .agg(let outputs, let r):
                frame = Frame(
                    table: try Grouping.run(frame, keys: [], outputs: outputs, catalog: catalog, range: r),
                    rows: nil)
            case .distinct:
                frame = Frame(table: distinct(frame.materialized()), rows: nil)
            case .join(let name, let on, let r):
                frame = Frame(table: try Join.run(frame, table: name, on: on, range: r, catalog: catalog), rows: nil)
            case .chart(let kind, let value, let label, _):
                var table = frame.materialized()
                let valueName = try chartColumn(value, fallback: "value", in: &table, catalog)
                let labelName = try chartColumn(label, fallback: "label", in: &table, catalog)
                frame = Frame(table: table, rows: nil)
                output = .chart(kind, valueColumn: valueName, labelColumn: labelName)
            case .export(let path, _):
                output = .export(path: path)
            }
            k += 1
        }
        return PipelineResult(table: frame.materialized(), output: output)
    }

    private static func lastStep(_ name: String, _ r: SourceRange) -> QueryError {
        QueryError(r, "`\(name)` must be the last step", thai: "`\(name)` ต้องเป็นขั้นตอนสุดท้าย")
    }

    private static func source(_ source: PipelineSource, _ catalog: Catalog) throws(QueryError) -> Table {
        switch source {
        case .table(let name, let r):
            if let t = catalog.table(named: name) { return t }
            if catalog.tableFunctionNames.contains(name) {
                throw QueryError(
                    r, "`\(name)` is a table function: give it its arguments",
                    thai: "`\(name)` เป็นฟังก์ชันตาราง ต้องใส่อาร์กิวเมนต์",
                    suggestion: "e.g. `\(name)(Q2)` (เช่น `\(name)(Q2)`)")
            }
            let names = catalog.tableNames
            throw QueryError(
                r, "no table `\(name)`", thai: "ไม่มีตาราง `\(name)`",
                suggestion: Suggestion.didYouMean(name, in: names + catalog.tableFunctionNames)
                    ?? (names.isEmpty
                        ? "no tables are loaded yet: `load \"plan-folder\"` "
                            + "(ยังไม่ได้โหลดตาราง: `load \"plan-folder\"`)"
                        : "tables (ตารางที่มี): " + names.map { "`\($0)`" }.joined(separator: ", ")))
        case .function(let name, let args, let r):
            let ctx = ExpressionContext(table: .empty(name), rows: nil, catalog: catalog)
            var values: [Value] = []
            for a in args {
                if case .column(let path, let r) = a, path.count == 1, Suggestion.looksLikeQuarter(path[0]) {
                    throw QueryError(
                        r, "`\(path[0])` is not a quarter: quarters are `Q1`…`Q4`",
                        thai: "`\(path[0])` ไม่ใช่ไตรมาส ไตรมาสคือ `Q1`…`Q4`",
                        suggestion: "e.g. `\(name)(Q2)` (เช่น `\(name)(Q2)`)")
                }
                if case .column(let path, let r) = a {
                    throw QueryError(
                        r, "a table function's arguments must be values, not names: `\(path.joined(separator: "."))`",
                        thai: "อาร์กิวเมนต์ของฟังก์ชันตารางต้องเป็นค่า ไม่ใช่ชื่อ: `\(path.joined(separator: "."))`",
                        suggestion: "e.g. `\(name)(Q2)` (เช่น `\(name)(Q2)`)")
                }
                guard case .scalar(let v) = try ctx.evaluate(a) else {
                    throw QueryError(
                        a.range, "a table function's arguments must be values, not columns",
                        thai: "อาร์กิวเมนต์ของฟังก์ชันตารางต้องเป็นค่า ไม่ใช่คอลัมน์")
                }
                values.append(v)
            }
            let table: Table?
            do {
                table = try catalog.tableFunction(name, arguments: values)
            } catch var d as Diagnostic {
                if d.location == .unknown { d.range = r }
                throw d
            } catch {
                throw QueryError(r, "\(error)", thai: "\(error)")
            }
            guard let table else {
                throw QueryError(
                    r, "no table function `\(name)`", thai: "ไม่มีฟังก์ชันตาราง `\(name)`",
                    suggestion: Suggestion.didYouMean(name, in: catalog.tableFunctionNames + catalog.tableNames))
            }
            return table
        }
    }

    /// `select` (only these columns) and `derive` (these added to or replacing the others).
    private static func select(
        _ items: [NamedExpr], _ frame: Frame, _ catalog: Catalog,
        keepOthers: Bool
    ) throws(QueryError) -> Table {
        let ctx = ExpressionContext(table: frame.table, rows: frame.rows, catalog: catalog)
        var names: [String] = []
        var columns: [Column] = []
        var relations: [Relation] = []
        if keepOthers {
            let base = frame.materialized()
            names = base.columnNames
            columns = base.columns
            relations = base.relations
        }
        var chosen = Set<String>()
        for item in NamedExpr.expandingAll(items, over: frame.table.columnNames) {
            if !keepOthers, chosen.contains(item.name) {
                throw QueryError(
                    item.expr.range, "the column name `\(item.name)` is used twice",
                    thai: "ชื่อคอลัมน์ `\(item.name)` ซ้ำกัน",
                    suggestion: "name it: `other_name = …` (ตั้งชื่อใหม่: `other_name = …`)")
            }
            chosen.insert(item.name)
            let column: Column
            var link: (target: String, rows: [Int32])?
            if case .column(let path, let r) = item.expr {
                let resolved = try ctx.resolve(path, r)
                column = resolved.column
                link = resolved.link
            } else {
                column = try ctx.evaluate(item.expr).column(count: frame.count)
            }
            relations.removeAll { $0.column == item.name }
            if let link { relations.append(Relation(column: item.name, target: link.target, targetRows: link.rows)) }
            if let i = names.firstIndex(of: item.name) {
                columns[i] = column
            } else {
                names.append(item.name)
                columns.append(column)
            }
        }
        return Table(name: frame.table.name, columnNames: names, columns: columns, relations: relations)
    }

    private static func distinct(_ table: Table) -> Table {
        var seen = Set<[Value]>()
        var keep: [Int] = []
        for r in 0..<table.rowCount where seen.insert(table.columns.map { $0[r] }).inserted { keep.append(r) }
        return table.gather(keep)
    }

    /// The result column a chart reads: an existing column by name, or the expression added as a column.
    private static func chartColumn(
        _ e: Expr, fallback: String, in table: inout Table,
        _ catalog: Catalog
    ) throws(QueryError) -> String {
        if case .column(let path, _) = e, table.columnIndex(path.joined(separator: ".")) != nil {
            return path.joined(separator: ".")
        }
        let column = try ExpressionContext(table: table, rows: nil, catalog: catalog).evaluate(e)
            .column(count: table.rowCount)
        var name = fallback
        if case .column(let path, _) = e { name = path.joined(separator: ".") }
        while table.columnIndex(name) != nil { name += "_" }
        table.columnNames.append(name)
        table.columns.append(column)
        return name
    }
}
