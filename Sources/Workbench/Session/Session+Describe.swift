import PlanModel
import PlanQuery

extension Session {
    /// `describe`: the columns, types and links of what a pipeline makes — a table, a `let` name, a table
    /// function such as `progress(Q2)`, or any pipeline. A pipeline that ends in `chart` or `export` is refused
    /// rather than drawn or written.
    func describe(_ pipeline: Pipeline) throws -> StatementOutput {
        if let last = pipeline.steps.last {
            switch last {
            case .chart(_, _, _, let r), .export(_, let r):
                throw QueryError(
                    r, "`describe` shows a table's columns: leave out the `chart` or `export` step",
                    thai: "`describe` แสดงคอลัมน์ของตาราง: ให้ตัดขั้นตอน `chart` หรือ `export` ออก")
            default:
                break
            }
        }
        if pipeline.steps.isEmpty, case .table(let name, _) = pipeline.source, let table = workspace.table(named: name)
        {
            return .table(Self.describe(table))
        }
        return .table(Self.describe(try evaluate(pipeline).table))
    }
}
