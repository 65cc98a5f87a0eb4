import PlanModel
import PlanQuery
import PlanSim

/// `report Qn [to "FILE.EXT"]`: the cumulative 3/6/9/12-month report as of the quarter's end, in the session's
/// language, shown or written to a file in the format its extension names.
struct ReportStatement: WordStatement {
    var quarter: Int
    var path: String?

    static let words = ["report"]
    static let help = HelpTopic(
        name: "report", syntax: "report Q1..Q4 [to \"FILE.html|xlsx|md|csv|json\"]",
        english: "The cumulative quarterly report (3/6/9/12 months) as of the quarter's end, in the session's"
            + " language; `to` writes it to a file in the format its extension names.",
        thai: "รายงานผลสะสมรายไตรมาส (3/6/9/12 เดือน) ณ สิ้นไตรมาส ตามภาษาที่ตั้งไว้; `to` เขียนลงไฟล์ตามนามสกุล"
            + " (.html .xlsx .md .csv .json)", example: "report Q2 to \"q2.html\"")

    static func parse(_ p: inout TokenParser) throws(QueryError) -> ReportStatement {
        let q = try p.quarter()
        guard p.current.isKeyword("to") else { return ReportStatement(quarter: q, path: nil) }
        _ = p.advance()
        let path = try p.string(
            "a file name in quotes, e.g. \"q2.html\"", thai: "ชื่อไฟล์ในเครื่องหมายคำพูด เช่น \"q2.html\"")
        return ReportStatement(quarter: q, path: path)
    }

    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] {
        switch before.count {
        case 1: ["Q1", "Q2", "Q3", "Q4"]
        case 2: ["to"]
        default: []
        }
    }

    var pipedHint: String? {
        "a report is not piped; write it to a file by its extension: `report Q\(quarter) to \"q\(quarter).xlsx\"` (or"
            + " .html, .md, .csv) (เขียนรายงานลงไฟล์ด้วย `report Q\(quarter) to \"q\(quarter).xlsx\"`)"
    }
    var isReplayable: Bool { true }
    var isJournaled: Bool { true }
    var effects: [Effect] { path.map { [.writes($0)] } ?? [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        guard let plan = workspace.plan else { throw Messages.noPlan }
        let language: ReportLanguage = session.settings.language == .th ? .th : .en
        let report = try QuarterlyReport.make(plan, quarter: quarter, language: language)
        guard let path else { return .report(report) }
        try session.write(.report(report), to: path)
        return .message("wrote the \(report.title) to \(path)", thai: "เขียน\(report.thaiTitle) ลง \(path)")
    }
}
