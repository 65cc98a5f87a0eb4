import PlanModel

/// What the evaluator reads: tables by name (plan tables, user tables, `let` results) and table functions.
public protocol Catalog {
    var tableNames: [String] { get }
    func table(named name: String) -> Table?
    /// Table functions as pipeline sources, e.g. `progress(Q2)`: nil if no such function.
    func tableFunction(_ name: String, arguments: [Value]) throws -> Table?
    var tableFunctionNames: [String] { get }
    /// A table with the columns (names, types, links) table function `name` returns, for completion: it must
    /// not do the function's work. Nil when unknown, the default.
    func tableFunctionSchema(_ name: String) -> Table?
    /// The plan's fiscal year, for `end_of(Q2)`, `quarter(date)`; nil when no plan is loaded.
    var fiscalYear: FiscalYear? { get }
}

extension Catalog {
    public func tableFunctionSchema(_ name: String) -> Table? { nil }
}

/// A pipeline's result table and what to do with it.
public struct PipelineResult: Sendable {
    public var table: Table
    public var output: PipelineOutput
    public init(table: Table, output: PipelineOutput) {
        self.table = table
        self.output = output
    }
}

/// What the caller does with a pipeline's result: show it, draw it, or write it.
public enum PipelineOutput: Sendable {
    /// Show the table.
    case table
    /// Draw a chart of `valueColumn` against `labelColumn` (both columns of the result table).
    case chart(ChartKind, valueColumn: String, labelColumn: String)
    /// Write the table to `path` (`.csv`, or `.json` by extension).
    case export(path: String)
}
