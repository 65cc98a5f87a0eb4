import Foundation
import PlanData
import PlanModel
import PlanQuery
import PlanSim

/// An error already written to the user (a failed script's own errors): the statement fails quietly.
struct AlreadyReported: Error {}

extension Session {
    /// What to do with a script that is not UTF-8 (most often Windows-874, from an older Thai Windows editor).
    public static let notUTF8Hint =
        "save it as UTF-8, or convert it: iconv -f CP874 -t UTF-8 (บันทึกเป็น UTF-8 หรือแปลงด้วย iconv)"

    /// Evaluates a pipeline against a workspace, polling Ctrl-C.
    func evaluate(_ pipeline: Pipeline, in workspace: Workspace) throws -> PipelineResult {
        try Evaluator.run(pipeline, in: workspace, shouldStop: shouldStop)
    }

    /// Refuses, in `--safe` mode, a statement that writes or runs a script, and checks each path it reads.
    func checkEffects(_ effects: [Effect]) throws {
        for effect in effects {
            switch effect {
            case .reads(let path): _ = try checkRead(path)
            case .writes(let path): try checkWrite("writing \(path)", thai: "การเขียน \(path)")
            case .runs(let path):
                if options.safe {
                    throw Messages.refused(
                        "run \"\(path)\": a script may not start another", "run \"\(path)\": สคริปต์เรียกสคริปต์อื่นไม่ได้")
                }
            }
        }
    }

    /// Shows a pipeline's result: a table, a chart, or a file written.
    func show(_ result: PipelineResult) throws -> StatementOutput {
        switch result.output {
        case .table:
            return .table(result.table)
        case .chart(let kind, let value, let label):
            if let type = result.table.column(value)?.type, ![.int, .float, .percent, .money].contains(type) {
                throw Diagnostic(
                    message: "a chart draws numbers, but `\(value)` is \(TypeName.english(type))",
                    thai: "แผนภูมิใช้กับตัวเลข แต่ `\(value)` เป็น\(TypeName.thai(type))",
                    notes: ["e.g. `chart bar budget by code` (เช่น `chart bar budget by code`)"])
            }
            if result.table.rowCount == 0 { return .table(result.table) }
            return .chart(kind, table: result.table, value: value, label: label)
        case .export(let path):
            try write(.table(result.table), to: path)
            return .message(
                "wrote \(Messages.count(result.table.rowCount, "row")) to \(path)",
                thai: "เขียน \(result.table.rowCount) แถวลง \(path)")
        }
    }

    /// Runs a script file through this session; its relative paths resolve against its own folder.
    public func runScript(at path: String) -> Outcome {
        guard !runningScripts.contains(path) else {
            report(Diagnostic(file: path, message: "a script cannot run itself", thai: "สคริปต์เรียกตัวเองไม่ได้"))
            return .failed
        }
        let read: String?
        do {
            read = try TextFile.read(path)
        } catch {
            let missing = !FileManager.default.fileExists(atPath: path)
            let shown = PathPolicy.displayPath(path, from: options.directory)
            report(
                missing
                    ? Diagnostic(
                        file: path, message: "cannot read the script", thai: "อ่านสคริปต์ไม่ได้",
                        notes: options.safe ? [] : missingPathHints(shown, resolved: path)) : error)
            return .failed
        }
        guard let text = read else {
            report(
                Diagnostic(
                    file: path, message: "the script is not UTF-8 text", thai: "สคริปต์ไม่ใช่ข้อความ UTF-8",
                    notes: [Self.notUTF8Hint]))
            return .failed
        }
        runningScripts.append(path)
        paths.enter((path as NSString).deletingLastPathComponent)
        defer {
            runningScripts.removeLast()
            paths.leave()
        }
        let saved = recordedBundles
        recordedBundles = ScriptFile.recordedBundles(in: text)
        defer { recordedBundles = saved }
        return execute(text, file: PathPolicy.displayPath(path, from: options.directory))
    }

    /// Warns, as soon as the plan is loaded and before anything is shown from it, when the script being run
    /// recorded that bundle with other contents.
    func warnIfDataChanged(_ plan: Plan) {
        guard let source = plan.source else { return }
        for recorded in recordedBundles where recorded.path == source.path && recorded.sha256 != source.sha256 {
            err(
                settings.language == .th
                    ? "คำเตือน: ข้อมูลใน \(source.path) เปลี่ยนไปหลังบันทึกสคริปต์นี้ ผลลัพธ์อาจต่างจากเดิม"
                    : "warning: the data in \(source.path) changed since this script was saved; results may differ")
        }
    }
}
