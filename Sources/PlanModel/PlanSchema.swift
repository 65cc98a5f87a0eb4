/// The plan bundle v1 data contract (`../shared/DESIGN.md`): which tables a bundle has, their columns and
/// types, which are required, and the relations between them. The loader checks against it; the query
/// language and the simulator read columns by these names.
public enum PlanSchema {
    /// One column of a bundle table.
    public struct ColumnSpec: Sendable {
        public let name: String
        public let type: DataType
        public let required: Bool
        /// For a link column, the table whose `code` it names.
        public let references: String?

        init(_ name: String, _ type: DataType, required: Bool = false, references: String? = nil) {
            self.name = name
            self.type = type
            self.required = required
            self.references = references
        }
    }

    /// One bundle table, read from `file`.
    public struct TableSpec: Sendable {
        public let name: String
        public let file: String
        public let required: Bool
        public let columns: [ColumnSpec]
        /// The column that identifies a row and that others link to, if any.
        public let key: String?

        public func column(_ name: String) -> ColumnSpec? { columns.first { $0.name == name } }
    }

    public static let strategies = TableSpec(
        name: "strategies", file: "strategies.csv", required: true,
        columns: [.init("code", .text, required: true), .init("name", .text, required: true)], key: "code")

    public static let projects = TableSpec(
        name: "projects", file: "projects.csv", required: true,
        columns: [
            .init("code", .text, required: true), .init("name", .text, required: true),
            .init("strategy", .text, required: true, references: "strategies"), .init("owner", .text),
            .init("source", .text, required: true), .init("budget", .money, required: true),
            .init("plan_q1", .money), .init("plan_q2", .money), .init("plan_q3", .money), .init("plan_q4", .money),
            .init("status", .text), .init("office", .text),
        ], key: "code")

    public static let activities = TableSpec(
        name: "activities", file: "activities.csv", required: false,
        columns: [
            .init("code", .text, required: true), .init("project", .text, required: true, references: "projects"),
            .init("name", .text, required: true), .init("budget", .money, required: true),
            .init("plan_q1", .money), .init("plan_q2", .money), .init("plan_q3", .money), .init("plan_q4", .money),
            .init("expense_type", .text),
        ], key: "code")

    public static let disbursements = TableSpec(
        name: "disbursements", file: "disbursements.csv", required: false,
        columns: [
            .init("project", .text, required: true, references: "projects"),
            .init("activity", .text, references: "activities"), .init("date", .date, required: true),
            .init("amount", .money, required: true), .init("kind", .text), .init("note", .text),
        ], key: nil)

    public static let indicators = TableSpec(
        name: "indicators", file: "indicators.csv", required: false,
        columns: [
            .init("code", .text, required: true), .init("name", .text, required: true),
            .init("project", .text, required: true, references: "projects"), .init("unit", .text),
            .init("target", .float, required: true), .init("direction", .text),
        ], key: "code")

    public static let results = TableSpec(
        name: "results", file: "results.csv", required: false,
        columns: [
            .init("indicator", .text, required: true, references: "indicators"),
            .init("quarter", .int, required: true), .init("value", .float, required: true),
        ], key: nil)

    public static let units = TableSpec(
        name: "units", file: "units.csv", required: false,
        columns: [
            .init("code", .text, required: true), .init("name", .text, required: true),
            .init("students", .int), .init("teachers", .int), .init("schools", .int),
            .init("distance_km", .float), .init("passed_external", .int),
        ], key: "code")

    /// v1.1: budget moved during the year between projects or the office's reserve (`from`/`to` name a project
    /// code or `reserve`; the rules check them, so they are no plain links).
    public static let transfers = TableSpec(
        name: "transfers", file: "transfers.csv", required: false,
        columns: [
            .init("date", .date, required: true), .init("from", .text, required: true),
            .init("to", .text, required: true), .init("amount", .money, required: true), .init("note", .text),
        ], key: nil)

    /// v1.1: a project's problems and suggestions (ปัญหาอุปสรรค / ข้อเสนอแนะ) for a quarter's report.
    public static let notes = TableSpec(
        name: "notes", file: "notes.csv", required: false,
        columns: [
            .init("project", .text, required: true, references: "projects"),
            .init("quarter", .int, required: true), .init("problems", .text), .init("suggestions", .text),
        ], key: nil)

    /// Every bundle table, in load order (a table comes after those it links to).
    public static let tables: [TableSpec] = [
        strategies, projects, activities, disbursements, indicators, results, units, transfers, notes,
    ]

    /// What a transfer's `from` or `to` names when the money comes from or goes back to the office's reserve.
    public static let reserve = "reserve"

    public static func table(_ name: String) -> TableSpec? { tables.first { $0.name == name } }

    /// Accepted spellings of the `source` enumeration (English and Thai) → canonical value.
    public static let sourceAliases: [String: String] = [
        "basic": "basic", "พื้นฐาน": "basic", "strategic": "strategic", "กลยุทธ์": "strategic",
    ]

    /// Accepted spellings of the disbursement `kind` enumeration → canonical value.
    public static let kindAliases: [String: String] = [
        "disbursement": "disbursement", "เบิกจ่าย": "disbursement", "obligation": "obligation",
        "ก่อหนี้ผูกพัน": "obligation", "ก่อหนี้": "obligation",
    ]

    /// The five expense types (ประเภทงบรายจ่าย) in the order reports list them.
    public static let expenseTypes = ["personnel", "operating", "investment", "subsidy", "other"]

    /// Accepted spellings of an activity's `expense_type` (English and Thai) → canonical value.
    public static let expenseTypeAliases: [String: String] = [
        "personnel": "personnel", "งบบุคลากร": "personnel", "operating": "operating", "งบดำเนินงาน": "operating",
        "investment": "investment", "งบลงทุน": "investment", "subsidy": "subsidy", "งบเงินอุดหนุน": "subsidy",
        "other": "other", "งบรายจ่ายอื่น": "other",
    ]

    /// Thai names of the expense types, as the budget documents write them.
    public static let expenseTypeThai: [String: String] = [
        "personnel": "งบบุคลากร", "operating": "งบดำเนินงาน", "investment": "งบลงทุน", "subsidy": "งบเงินอุดหนุน",
        "other": "งบรายจ่ายอื่น",
    ]

    /// Accepted spellings of a project's `status` (English and Thai) → canonical value: not_started, on_track,
    /// delayed, done or cancelled.
    public static let statusAliases: [String: String] = [
        "not_started": "not_started", "not started": "not_started", "ยังไม่ดำเนินการ": "not_started",
        "on_track": "on_track", "on track": "on_track", "ตามแผน": "on_track", "เป็นไปตามแผน": "on_track",
        "delayed": "delayed", "behind": "delayed", "ล่าช้า": "delayed",
        "done": "done", "completed": "done", "เสร็จสิ้น": "done", "ดำเนินการแล้วเสร็จ": "done",
        "cancelled": "cancelled", "canceled": "cancelled", "ยกเลิก": "cancelled",
    ]
}
