import PlanModel
import PlanQuery
import PlanSim

/// What one statement produced, before it is drawn in the session's format.
enum StatementOutput {
    /// A result table (queries, `tables`, `describe`, `history`, …).
    case table(Table)
    /// A chart drawn from a table.
    case chart(ChartKind, table: Table, value: String, label: String)
    /// A report: a title, facts, then titled tables.
    case report(Report)
    /// A short message in English and Thai ("loaded 30 projects …").
    case message(String, thai: String)
    /// Text shown as it is (help, lessons).
    case text(String)
    /// An output shown in full: every row, and every column at full width (`last`).
    indirect case inFull(StatementOutput)
    case nothing
    case quit
}
