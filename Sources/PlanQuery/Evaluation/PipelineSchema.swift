import PlanModel

/// One column of a pipeline's result as far as it can be known without running the pipeline.
struct SchemaColumn {
    var name: String
    /// The text values the column can hold: the dictionary of the table column it comes from unchanged (a
    /// superset of the values left after `where`), or nil when the column is computed or not text.
    var dictionary: [String]?
    /// The table the column links to (`project` → `projects`), kept through `select`, `group` and `join`.
    var link: String?
}

/// The columns of a pipeline's result, derived from the catalog's schemas by the static rules of the steps:
/// `select`, `derive`, `group … | agg`, `agg` and `join` change the column list; `where`, `sort`, `take`,
/// `distinct`, `chart` and `export` keep it. Nothing is evaluated, so completion costs the same on a table of
/// ten rows or ten million.
struct PipelineSchema {
    var columns: [SchemaColumn]

    var names: [String] { columns.map(\.name) }

    /// The schema of a table: its columns, text dictionaries and links.
    init(_ table: Table) {
        columns = zip(table.columnNames, table.columns).map { name, column in
            SchemaColumn(name: name, dictionary: Self.dictionary(of: column), link: table.relation(from: name)?.target)
        }
    }

    /// The schema of `pipeline`'s result, or nil when its source is unknown. A trailing `group` (its `agg` not yet
    /// typed) keeps the columns before it, which are what the `agg` will read.
    init?(_ pipeline: Pipeline, catalog: Catalog) {
        switch pipeline.source {
        case .table(let name, _):
            guard let table = catalog.table(named: name) else { return nil }
            self.init(table)
        case .function(let name, _, _):
            guard let table = catalog.tableFunctionSchema(name) else { return nil }
            self.init(table)
        }
        let steps = pipeline.steps
        var k = 0
        while k < steps.count {
            let input = self
            switch steps[k] {
            case .filter, .sort, .take, .distinct, .chart, .export:
                break
            case .select(let items, _):
                columns = NamedExpr.expandingAll(items, over: input.names).reduce(into: []) { out, item in
                    Self.put(input.column(item, catalog), into: &out)
                }
            case .derive(let items, _):
                for item in items { Self.put(input.column(item, catalog), into: &columns) }
            case .group(let keys, _):
                guard k + 1 < steps.count, case .agg(let outputs, _) = steps[k + 1] else { break }
                columns = keys.map { input.column($0, catalog) } + outputs.map { SchemaColumn(name: $0.name) }
                k += 1
            case .agg(let outputs, _):
                columns = outputs.map { SchemaColumn(name: $0.name) }
            case .join(let name, _, _):
                guard let right = catalog.table(named: name) else { break }
                for var c in PipelineSchema(right).columns {
                    if names.contains(c.name) { c.name = "\(name).\(c.name)" }
                    if !names.contains(c.name) { columns.append(c) }
                }
            }
            k += 1
        }
    }

    /// The column a path names here: a column by its whole name, or one reached along links.
    func resolve(_ path: [String], catalog: Catalog) -> SchemaColumn? {
        let whole = path.joined(separator: ".")
        if let c = columns.first(where: { $0.name == whole }) { return c }
        guard path.count > 1, var target = columns.first(where: { $0.name == path[0] })?.link else { return nil }
        for part in path.dropFirst().dropLast() {
            guard let next = catalog.table(named: target)?.relation(from: part)?.target else { return nil }
            target = next
        }
        guard let table = catalog.table(named: target), let column = table.column(path[path.count - 1]) else {
            return nil
        }
        return SchemaColumn(
            name: path[path.count - 1], dictionary: Self.dictionary(of: column),
            link: table.relation(from: path[path.count - 1])?.target)
    }

    /// The column an output item makes: a path keeps what it names; anything computed is known by name only.
    private func column(_ item: NamedExpr, _ catalog: Catalog) -> SchemaColumn {
        guard case .column(let path, _) = item.expr, var c = resolve(path, catalog: catalog) else {
            return SchemaColumn(name: item.name)
        }
        c.name = item.name
        return c
    }

    /// Adds `column`, replacing one of the same name in place.
    private static func put(_ column: SchemaColumn, into columns: inout [SchemaColumn]) {
        if let i = columns.firstIndex(where: { $0.name == column.name }) {
            columns[i] = column
        } else {
            columns.append(column)
        }
    }

    private static func dictionary(of column: Column) -> [String]? {
        if case .text(_, let dictionary) = column.storage { return dictionary }
        return nil
    }
}

extension SchemaColumn {
    init(name: String) { self.init(name: name, dictionary: nil, link: nil) }
}
