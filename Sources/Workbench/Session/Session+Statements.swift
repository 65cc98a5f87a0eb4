import Foundation
import PlanData
import PlanModel
import PlanQuery
import PlanSim

/// An error already written to the user (a failed script's own errors): the statement fails quietly.
struct AlreadyReported: Error {}

extension Session {
    /// Carries out one statement. Nothing in the workspace changes unless the statement succeeds.
    func perform(_ statement: Statement) throws -> StatementOutput {
        switch statement {
        case .query(let pipeline):
            let result = try evaluate(pipeline)
            impossibleValueNotes(pipeline).forEach(err)
            return try show(result)
        case .assign(let name, let pipeline):
            if workspace.isPlanTable(name) { throw Messages.planTableName(name) }
            var result = try evaluate(pipeline)
            impossibleValueNotes(pipeline).forEach(err)
            if case .export = result.output { return try show(result) }
            result.table.name = name
            workspace.name(result.table, as: name, binding: true)
            let table = result.table
            let size = "\(Self.count(table.rowCount, "row")), \(Self.count(table.columns.count, "column"))"
            return .message(
                "\(name): \(size)",
                thai: "\(name): \(result.table.rowCount) แถว \(result.table.columns.count) คอลัมน์")
        case .loadBundle(let path):
            let full = try checkRead(path)
            try requireExisting(path, resolved: full)
            if ["csv", "tsv", "txt"].contains((full as NSString).pathExtension.lowercased()) {
                let file = Self.tableName(forFile: full)
                let name = workspace.isPlanTable(file) ? file + "_2" : file
                throw Diagnostic(
                    message: "`load` reads a plan bundle (a folder or a .json file); \(path) is a table",
                    thai: "`load` ใช้อ่านชุดข้อมูลแผน (โฟลเดอร์หรือไฟล์ .json) แต่ \(path) เป็นตาราง",
                    notes: ["load it as a table: load csv \"\(path)\" as \(name) (โหลดเป็นตาราง)"])
            }
            let show = progress
            let loading = settings.language == .th ? "กำลังอ่าน" : "loading"
            defer { show?("") }
            let report = show.map { show in
                { (file: String, fraction: Double) in
                    show("\(loading) \(file) " + String(format: "%3d%%", Int(fraction * 100)))
                }
            }
            let plan = try BundleLoader.load(path: full, progress: report, shouldStop: shouldStop)
            workspace.plan = plan
            workspace.dropNamesTakenByThePlan()
            return .message(Self.loadedSummary(plan), thai: Self.loadedSummaryThai(plan))
        case .loadTable(let path, let format, let name):
            if workspace.isPlanTable(name) { throw Messages.planTableName(name) }
            let full = try checkRead(path)
            try requireExisting(path, resolved: full)
            var table = format.lowercased() == "json"
                ? try TableLoader.loadJSON(path: full, name: name) : try TableLoader.loadCSV(path: full, name: name)
            table.name = name
            workspace.name(table, as: name, binding: false)
            let size = "\(Self.count(table.rowCount, "row")), \(Self.count(table.columns.count, "column"))"
            return .message(
                "\(name): \(size) from \(path)",
                thai: "\(name): \(table.rowCount) แถว \(table.columns.count) คอลัมน์ จาก \(path)")
        case .tables:
            return .table(tablesListing())
        case .describe(let name):
            guard let table = workspace.table(named: name) else {
                throw Messages.noTable(name, among: workspace.tableNames)
            }
            return .table(Self.describe(table))
        case .set(let option, let value):
            guard let option else { return .table(settingsListing()) }
            guard let value else { throw Diagnostic(message: "set \(option) needs a value", thai: "set \(option) ต้องมีค่า") }
            if let problem = settings.apply(option: option, value: value) {
                throw Diagnostic(message: problem.en, thai: problem.th)
            }
            return .nothing
        case .help(let topic):
            return .text(try Help.text(topic, language: settings.language, width: settings.terminalWidth))
        case .saveSession(let path):
            try checkWrite("save session \"\(path)\"", thai: "บันทึกเซสชัน")
            let full = resolve(path)
            let folder = (full as NSString).deletingLastPathComponent
            try ScriptFile.save(statements: succeeded.map { $0.text(savedIn: folder) }, plan: workspace.plan, to: full)
            return .message(
                "saved \(Self.count(succeeded.count, "statement")) to \(path)",
                thai: "บันทึก \(succeeded.count) คำสั่งลง \(path)")
        case .run(let path):
            if options.safe {
                throw Messages.refused("run \"\(path)\": a script may not start another",
                                       "run \"\(path)\": สคริปต์เรียกสคริปต์อื่นไม่ได้")
            }
            try requireExisting(path, resolved: resolve(path))
            replaying += 1
            defer { replaying -= 1 }
            guard runScript(at: resolve(path)) == .succeeded else { throw AlreadyReported() }
            return .nothing
        case .report(let quarter):
            guard let plan = workspace.plan else { throw Messages.noPlan }
            return .report(try QuarterlyReport.make(plan, quarter: quarter))
        case .simulate(let o):
            guard let plan = workspace.plan else { throw Messages.noPlan }
            let options = SimulationOptions(fromQuarter: o.fromQuarter, runs: o.runs, seed: o.seed, slip: o.slip)
            let result = try MonteCarlo.run(plan, options: options, shouldStop: shouldStop)
            workspace.name(result.byQuarter, as: "simulation", binding: true)
            workspace.name(result.byProject, as: "simulation_projects", binding: true)
            return .report(Self.simulationReport(result, options))
        case .allocate(let amount, let tableName, let weights):
            guard let units = workspace.table(named: tableName) else {
                throw Messages.noTable(tableName, among: workspace.tableNames)
            }
            let table = try Allocation.allocate(amount, over: units, weights: weights.map { ($0.column, $0.percent) })
            workspace.name(table, as: "allocation", binding: true)
            return .table(table)
        case .history:
            return .table(historyListing())
        case .last:
            return try showLastResult()
        case .tutorial(let lesson):
            guard let lesson else { return .text(try Tutorial.listing(settings.language)) }
            replaying += 1
            defer { replaying -= 1 }
            guard runLesson(try Tutorial.lesson(lesson, settings.language)) == .succeeded else { throw AlreadyReported() }
            return .nothing
        case .quit:
            return .quit
        }
    }

    /// What to do with a script that is not UTF-8 (most often Windows-874, from an older Thai Windows editor).
    public static let notUTF8Hint =
        "save it as UTF-8, or convert it: iconv -f CP874 -t UTF-8 (บันทึกเป็น UTF-8 หรือแปลงด้วย iconv)"

    /// `1 row`, `2 rows`: a count with its noun, in English.
    static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }

    /// A table name made from a file's name (`budget-fy2565.csv` → `budget_fy2565`), for hints.
    static func tableName(forFile path: String) -> String {
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let name = String(base.map { $0.isLetter || $0.isNumber ? $0 : "_" })
        return name.first?.isLetter == true ? name : "t_" + name
    }

    /// Evaluates a pipeline against the workspace, polling Ctrl-C.
    func evaluate(_ pipeline: Pipeline) throws -> PipelineResult {
        try Evaluator.run(pipeline, in: workspace, shouldStop: shouldStop)
    }

    /// Shows a pipeline's result: a table, a chart, or a file written.
    func show(_ result: PipelineResult) throws -> StatementOutput {
        switch result.output {
        case .table:
            return .table(result.table)
        case .chart(let kind, let value, let label):
            if let type = result.table.column(value)?.type, ![.int, .float, .money].contains(type) {
                throw Diagnostic(
                    message: "a chart draws numbers, but `\(value)` is \(TypeName.english(type))",
                    thai: "แผนภูมิใช้กับตัวเลข แต่ `\(value)` เป็น\(TypeName.thai(type))",
                    notes: ["e.g. `chart bar budget by code` (เช่น `chart bar budget by code`)"])
            }
            if result.table.rowCount == 0 { return .table(result.table) }
            return .chart(kind, table: result.table, value: value, label: label)
        case .export(let path):
            try checkWrite("export \"\(path)\"", thai: "ส่งออกไฟล์")
            let full = resolve(path)
            let text: String
            switch (full as NSString).pathExtension.lowercased() {
            // A BOM first, as Excel's own "CSV UTF-8" writes, so that Excel on a Thai Windows reads the Thai.
            case "csv": text = "\u{FEFF}" + TableWriter.csv(result.table)
            case "json": text = TableWriter.json(result.table)
            case "md", "markdown": text = TableRenderer.markdown(result.table) + "\n"
            default:
                throw Diagnostic(
                    message: "export writes .csv, .json or .md files, not \(path)",
                    thai: "export เขียนได้เฉพาะไฟล์ .csv, .json หรือ .md ไม่ใช่ \(path)",
                    notes: [
                        "for Excel, export a .csv and open it in Excel (สำหรับ Excel ให้ส่งออกเป็น .csv แล้วเปิดใน Excel)"
                    ])
            }
            try AtomicFile.write(text, to: full)
            return .message(
                "wrote \(Self.count(result.table.rowCount, "row")) to \(path)",
                thai: "เขียน \(result.table.rowCount) แถวลง \(path)")
        }
    }

    /// Runs a script file through this session; its relative paths resolve against its own folder.
    public func runScript(at path: String) -> Outcome {
        guard !runningScripts.contains(path) else {
            report(Diagnostic(file: path, message: "a script cannot run itself", thai: "สคริปต์เรียกตัวเองไม่ได้"))
            return .failed
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let missing = !FileManager.default.fileExists(atPath: path) && !options.safe
            let shown = Self.displayPath(path, from: options.directory)
            report(Diagnostic(
                file: path, message: "cannot read the script", thai: "อ่านสคริปต์ไม่ได้",
                notes: missing ? missingPathHints(shown, resolved: path) : []))
            return .failed
        }
        guard let text = String(data: data, encoding: .utf8) else {
            report(Diagnostic(
                file: path, message: "the script is not UTF-8 text", thai: "สคริปต์ไม่ใช่ข้อความ UTF-8",
                notes: [Self.notUTF8Hint]))
            return .failed
        }
        runningScripts.append(path)
        directories.append((path as NSString).deletingLastPathComponent)
        defer {
            runningScripts.removeLast()
            directories.removeLast()
        }
        let outcome = execute(text, file: Self.displayPath(path, from: options.directory))
        warnIfDataChanged(since: text)
        return outcome
    }

    /// Warns when a bundle the script's header names was loaded with different contents.
    func warnIfDataChanged(since script: String) {
        guard let source = workspace.plan?.source else { return }
        for recorded in ScriptFile.recordedBundles(in: script)
        where recorded.path == source.path && recorded.sha256 != source.sha256 {
            err(settings.language == .th
                ? "คำเตือน: ข้อมูลใน \(source.path) เปลี่ยนไปหลังบันทึกสคริปต์นี้ ผลลัพธ์อาจต่างจากเดิม"
                : "warning: the data in \(source.path) changed since this script was saved; results may differ")
        }
    }

    /// A path shown relative to `directory` when inside it.
    static func displayPath(_ path: String, from directory: String) -> String {
        let dir = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(dir) ? String(path.dropFirst(dir.count)) : path
    }
}
