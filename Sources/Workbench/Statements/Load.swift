import Foundation
import PlanData
import PlanModel
import PlanQuery

/// `load "BUNDLE"` (a plan: a folder, one JSON file or one Excel workbook), or `load csv|json "FILE" as NAME` and
/// `load xlsx "FILE" [sheet "S"] as NAME` (any file or sheet as a table), with `with COLUMN TYPE, …` to give types.
struct Load: WordStatement {
    /// What is loaded.
    enum Target {
        case bundle
        case table(format: String, name: String, options: TableLoadOptions)
    }

    var path: String
    var target: Target

    static let words = ["load"]
    /// The file formats of `load FORMAT "file" as NAME`.
    static let tableFormats = ["csv", "json", "xlsx"]
    static let help = HelpTopic(
        name: "load",
        syntax: "load \"FOLDER\" | load csv|json \"FILE\" as NAME [with COLUMN TYPE, …] | "
            + "load xlsx \"FILE\" [sheet \"SHEET\"] as NAME [with COLUMN TYPE, …]",
        english: "Loads a plan bundle (a folder, one JSON file or one Excel workbook with a sheet per table), or any "
            + "CSV, JSON file or workbook sheet as a table. Column types are inferred (`describe` says why when it "
            + "is not plain); `with` gives them: a cell that does not fit is an error and nothing is loaded.",
        thai: "โหลดชุดข้อมูลแผน (โฟลเดอร์ ไฟล์ JSON หรือเวิร์กบุ๊ก Excel ที่มีชีตละตาราง) หรือโหลดไฟล์ CSV/JSON "
            + "หรือชีตของเวิร์กบุ๊กเป็นตาราง ชนิดของคอลัมน์อนุมานเอง (`describe` บอกเหตุผล) หรือกำหนดด้วย `with` "
            + "ช่องที่ไม่ตรงชนิดเป็นข้อผิดพลาดและไม่โหลดอะไรเลย",
        example: "load csv \"budget.csv\" as items with AMOUNT money, FISCAL_YEAR int")

    static func parse(_ p: inout TokenParser) throws(QueryError) -> Load {
        if let format = p.current.keyword, tableFormats.contains(format) {
            _ = p.advance()
            let path = try p.string("a file name in quotes", thai: "ชื่อไฟล์ในเครื่องหมายคำพูด")
            var options = TableLoadOptions(sheet: try TableLoadOptions.parseSheet(&p, format: format))
            try p.expectKeyword("as")
            let name = try p.newTableName("a table name", thai: "ชื่อตาราง")
            options.types = try TableLoadOptions.parseTypes(&p)
            return Load(path: path, target: .table(format: format, name: name, options: options))
        }
        return Load(
            path: try p.string("a plan folder or file in quotes", thai: "โฟลเดอร์หรือไฟล์แผนในเครื่องหมายคำพูด"),
            target: .bundle)
    }

    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] {
        if before.count == 1 { return tableFormats }
        if before.count >= 2, let format = before[1].keyword, tableFormats.contains(format) {
            return TableLoadOptions.complete(before)
        }
        return []
    }

    var pipedHint: String? { nil }
    var isReplayable: Bool { true }
    var isJournaled: Bool { true }
    var effects: [Effect] { [.reads(path)] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        let full = session.resolve(path)
        try session.requireExisting(path, resolved: full)
        switch target {
        case .bundle: return try loadBundle(full, session, &workspace)
        case .table(let format, let name, let options):
            return try loadTable(
                full, format: format, name: name, options: options, access: session.paths.readAccess, &workspace)
        }
    }

    private func loadBundle(_ full: String, _ session: Session, _ workspace: inout Workspace) throws
        -> StatementOutput
    {
        if ["csv", "tsv", "txt"].contains((full as NSString).pathExtension.lowercased()) {
            let file = Messages.tableName(forFile: full)
            let name = workspace.isPlanTable(file) ? file + "_2" : file
            throw Diagnostic(
                message: "`load` reads a plan bundle (a folder, a .json or an .xlsx file); \(path) is a table",
                thai: "`load` ใช้อ่านชุดข้อมูลแผน (โฟลเดอร์ ไฟล์ .json หรือ .xlsx) แต่ \(path) เป็นตาราง",
                notes: ["load it as a table: load csv \"\(path)\" as \(name) (โหลดเป็นตาราง)"])
        }
        let show = session.progress
        let loading = session.settings.language == .th ? "กำลังอ่าน" : "loading"
        defer { show?("") }
        let report = show.map { show in
            { (file: String, fraction: Double) in
                show("\(loading) \(file) " + String(format: "%3d%%", Int(fraction * 100)))
            }
        }
        let plan = try BundleLoader.load(
            path: full, progress: report, shouldStop: session.shouldStop, access: session.paths.readAccess,
            cache: session.snapshotCache)
        workspace.plan = plan
        workspace.dropNamesTakenByThePlan()
        session.warnIfDataChanged(plan)
        return .message(Self.summary(plan), thai: Self.summaryThai(plan))
    }

    /// `access` judges a CSV or JSON file once open (`--safe`: its real path must lie in an allowed folder).
    private func loadTable(
        _ full: String, format: String, name: String, options: TableLoadOptions, access: ReadAccess,
        _ workspace: inout Workspace
    ) throws -> StatementOutput {
        if workspace.isPlanTable(name) { throw Messages.planTableName(name) }
        var table = try options.load(full, format: format, name: name, access: access)
        table.name = name
        workspace.name(table, as: name, binding: false)
        let size = "\(Messages.count(table.rowCount, "row")), \(Messages.count(table.columns.count, "column"))"
        return .message(
            "\(name): \(size) from \(path)",
            thai: "\(name): \(table.rowCount) แถว \(table.columns.count) คอลัมน์ จาก \(path)")
    }

    static func summary(_ plan: Plan) -> String {
        let counts = PlanSchema.tables.compactMap { spec in
            plan.tables[spec.name].map { "\($0.rowCount) \(spec.name)" }
        }.joined(separator: ", ")
        return "loaded \(plan.office), fiscal year \(plan.fiscalYear.buddhistEra): \(counts)"
    }

    static func summaryThai(_ plan: Plan) -> String {
        let counts = PlanSchema.tables.compactMap { spec in
            plan.tables[spec.name].map { "\(spec.name) \($0.rowCount)" }
        }.joined(separator: ", ")
        return "โหลด \(plan.office) ปีงบประมาณ \(plan.fiscalYear.buddhistEra) แล้ว: \(counts)"
    }
}
