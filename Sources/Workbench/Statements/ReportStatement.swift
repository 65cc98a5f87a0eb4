import PlanModel
import PlanQuery
import PlanSim

/// `report Qn`: the cumulative 3/6/9/12-month report as of the quarter's end.
struct ReportStatement: WordStatement {
    var quarter: Int

    static let words = ["report"]
    static let help = HelpTopic(
        name: "report", syntax: "report Q1..Q4",
        english: "The cumulative quarterly report (3/6/9/12 months) as of the quarter's end.",
        thai: "รายงานผลสะสมรายไตรมาส (3/6/9/12 เดือน) ณ สิ้นไตรมาส", example: "report Q2")

    static func parse(_ p: inout TokenParser) throws(QueryError) -> ReportStatement {
        ReportStatement(quarter: try p.quarter())
    }

    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] {
        before.count == 1 ? ["Q1", "Q2", "Q3", "Q4"] : []
    }

    var pipedHint: String? {
        "a report is not piped; its figures are the tables progress(Q\(quarter)) and progress_by_strategy(Q\(quarter)):"
            + " `progress(Q\(quarter)) | export \"q\(quarter).csv\"` (ตัวเลขในรายงานอยู่ในตาราง progress(Q\(quarter)))"
    }
    var isReplayable: Bool { true }
    var isJournaled: Bool { true }
    var effects: [Effect] { [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        guard let plan = workspace.plan else { throw Messages.noPlan }
        return .report(try QuarterlyReport.make(plan, quarter: quarter))
    }
}
