import PlanModel
import PlanQuery
import PlanSim

/// A table function, a pipeline's source such as `progress(Q2)`: its name, arguments, help and how it runs.
/// Its columns are what it returns for the plan emptied of rows (`Workspace.tableFunctionSchema`).
struct TableFunction: Sendable {
    var name: String
    var help: HelpTopic
    /// Runs it over the plan with the arguments as written.
    var run: @Sendable (_ plan: Plan, _ index: ProgressIndex, _ arguments: [Value]) throws -> Table
}

/// Every table function, listed once: the evaluator, completion, `help` and `describe` read it.
enum TableFunctions {
    static let all: [TableFunction] = [
        TableFunction(
            name: "progress",
            help: HelpTopic(
                name: "progress", syntax: "progress(Qn)",
                english: "Each project's figures as of the end of quarter n: budget (after the transfers to then), "
                    + "planned, obligated and disbursed to date, disbursed_pct against target_pct, gap_pct, status; "
                    + "a table to query further.",
                thai: "ตัวเลขของแต่ละโครงการ ณ สิ้นไตรมาส n: งบประมาณ (หลังโอนถึงวันนั้น) แผน ก่อหนี้ผูกพันและเบิกจ่ายสะสม "
                    + "ร้อยละเบิกจ่ายเทียบเป้าหมาย ส่วนต่าง และสถานะ เป็นตารางที่ค้นต่อได้",
                example: "progress(Q2) | where disbursed_pct < target_pct | sort disbursed_pct"),
            run: { _, index, arguments in
                try Progress.byProject(index, quarter: try quarter("progress", arguments))
            }),
        TableFunction(
            name: "progress_by_strategy",
            help: HelpTopic(
                name: "progress_by_strategy", syntax: "progress_by_strategy(Qn)",
                english: "The same figures as `progress`, added up by strategy, with a total row.",
                thai: "ตัวเลขเดียวกับ `progress` รวมตามกลยุทธ์ พร้อมแถวรวม",
                example: "progress_by_strategy(Q2) | select strategy, disbursed_pct, target_pct"),
            run: { _, index, arguments in
                try Progress.byStrategy(index, quarter: try quarter("progress_by_strategy", arguments))
            }),
    ]

    /// The function called `name` (any case), if any.
    static func named(_ name: String) -> TableFunction? {
        let key = name.lowercased()
        return all.first { $0.name == key }
    }

    /// The one quarter argument a function takes, or an error showing how to write it.
    static func quarter(_ name: String, _ arguments: [Value]) throws -> Int {
        guard arguments.count == 1, case .int(let q) = arguments[0], (1...4).contains(q) else {
            throw Diagnostic(
                message: "\(name) takes one quarter, Q1 to Q4: \(name)(Q2)",
                thai: "\(name) ต้องการไตรมาสหนึ่งค่า Q1 ถึง Q4 เช่น \(name)(Q2)")
        }
        return Int(q)
    }
}
