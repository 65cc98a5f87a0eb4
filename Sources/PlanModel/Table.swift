/// A named, columnar table: the unit every statement reads and returns.
public struct Table: Sendable {
    /// The table's name (`projects`, a `let` name, or a result's name).
    public var name: String
    /// Column names, in display order; unique within the table.
    public var columnNames: [String]
    /// Columns, parallel to `columnNames`, all of `rowCount` rows.
    public var columns: [Column]
    /// Links from a column of this table to rows of another table, resolved at load.
    public var relations: [Relation]
    public private(set) var rowCount: Int
    /// Why columns loaded from a file got their types, by column name, where that is not plain (see
    /// `ColumnNote`); empty for tables that are not straight from a file.
    public var columnNotes: [String: ColumnNote] = [:]

    public init(name: String, columnNames: [String], columns: [Column], relations: [Relation] = []) {
        precondition(columnNames.count == columns.count, "one name a column")
        let n = columns.first?.count ?? 0
        precondition(columns.allSatisfy { $0.count == n }, "columns of one length")
        self.name = name
        self.columnNames = columnNames
        self.columns = columns
        self.relations = relations
        self.rowCount = n
    }

    /// An empty table with no columns.
    public static func empty(_ name: String) -> Table { Table(name: name, columnNames: [], columns: []) }

    /// The index of a column by exact name.
    public func columnIndex(_ name: String) -> Int? { columnNames.firstIndex(of: name) }

    /// A column by exact name.
    public func column(_ name: String) -> Column? { columnIndex(name).map { columns[$0] } }

    /// The relation that starts at column `name`, if any.
    public func relation(from name: String) -> Relation? { relations.first { $0.column == name } }

    /// The rows at `indices`, in that order. Relations keep their resolved targets.
    public func gather(_ indices: [Int]) -> Table {
        Table(
            name: name, columnNames: columnNames, columns: columns.map { $0.gather(indices) },
            relations: relations.map { r in
                Relation(column: r.column, target: r.target, targetRows: indices.map { r.targetRows[$0] })
            })
    }
}

/// A link from each row's value in `column` to a row of table `target` (by its `code`), resolved at load.
public struct Relation: Sendable {
    /// The column in the source table holding the target's code (e.g. `project`).
    public var column: String
    /// The target table's name (e.g. `projects`).
    public var target: String
    /// For each source row, the target row, or −1 where the value is null or was not found.
    public var targetRows: [Int32]

    public init(column: String, target: String, targetRows: [Int32]) {
        self.column = column
        self.target = target
        self.targetRows = targetRows
    }
}
