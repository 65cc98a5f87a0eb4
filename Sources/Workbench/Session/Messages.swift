import Foundation
import PlanModel
import PlanQuery

/// Messages the workbench itself says, in English and Thai.
enum Messages {
    static let noPlan = Diagnostic(
        message: "no plan is loaded; load one first: load \"Examples/mahasarakham3-fy2561\"",
        thai: "ยังไม่ได้โหลดแผน โหลดก่อน เช่น load \"Examples/mahasarakham3-fy2561\"")

    static func noTable(_ name: String, among names: [String]) -> Diagnostic {
        Diagnostic(
            message: "no table `\(name)`; `tables` lists them", thai: "ไม่มีตาราง `\(name)` ดูรายชื่อด้วยคำสั่ง tables",
            notes: Suggestion.didYouMean(name, in: names).map { [$0] } ?? [])
    }

    static func planTableName(_ name: String) -> Diagnostic {
        Diagnostic(
            message: "`\(name)` is a table of the loaded plan, which its links rely on: give yours another name",
            thai: "`\(name)` เป็นตารางของแผนที่โหลดไว้ ซึ่งการเชื่อมโยงในแผนใช้อยู่ ให้ตั้งชื่ออื่น",
            notes: ["e.g. `\(name)_2` (เช่น `\(name)_2`)"])
    }

    static func refused(_ what: String, _ whatTH: String) -> Diagnostic {
        Diagnostic(
            message: "refused in --safe mode: \(what)", thai: "ไม่อนุญาตในโหมด --safe: \(whatTH)")
    }

    /// `1 row`, `2 rows`: a count with its noun, in English.
    static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }

    /// A table name made from a file's name (`budget-fy2565.csv` → `budget_fy2565`), for hints.
    static func tableName(forFile path: String) -> String {
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let name = String(base.map { $0.isLetter || $0.isNumber ? $0 : "_" })
        return name.first?.isLetter == true ? name : "t_" + name
    }
}
