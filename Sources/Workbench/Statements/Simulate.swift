import PlanModel
import PlanQuery
import PlanSim

/// `simulate from Qn [runs N] [seed N] [slip SOURCE P …] [to "FILE.EXT"]`: Monte Carlo of the quarters left; its
/// results are kept as the tables `simulation`, `simulation_projects` and `simulation_shortfall`, and the answer
/// is shown or, with `to`, written to a file in the format its extension names (HTML with a fan chart and a
/// tornado).
struct Simulate: WordStatement {
    var options: SimulationOptions
    /// The names after `slip` as written (a source, strategy or project), resolved against the plan when it runs.
    var slip: [(name: String, probability: Double, range: SourceRange)] = []
    /// The file the answer is written to, if any.
    var path: String?

    static let words = ["simulate"]
    static let help = HelpTopic(
        name: "simulate",
        syntax: "simulate from Qn [runs N] [seed N] [slip CODE P …] [to \"FILE.html|xlsx|md|csv|json\"] [in SCENARIO]",
        english: "Monte Carlo of the quarters after Qn: each quarter's due amount is paid or slips to the next. "
            + "Results: the tables `simulation`, `simulation_projects` and `simulation_shortfall`; `to` writes the"
            + " answer to a file (HTML with a fan chart and a tornado).",
        thai: "จำลองแบบมอนติคาร์โลของไตรมาสที่เหลือ: ยอดที่ถึงกำหนดจ่ายครบหรือเลื่อนไปไตรมาสถัดไป "
            + "ผลลัพธ์อยู่ในตาราง `simulation` `simulation_projects` และ `simulation_shortfall`; `to` เขียนผลลงไฟล์"
            + " (HTML มีแผนภูมิการกระจายและแผนภูมิทอร์นาโด)",
        example: "simulate from Q2 runs 1000 seed 7 slip basic 0.1 strategic 30% P11 50%")
    /// The tables a simulation publishes, as table functions publish theirs.
    static let results = ["simulation", "simulation_projects", "simulation_shortfall"]

    static let optionWords = ["runs", "seed", "slip", "to"]

    static func parse(_ p: inout TokenParser) throws(QueryError) -> Simulate {
        try p.expectKeyword("from")
        let at = p.current.range
        let from = try p.quarter()
        guard from < 4 else {
            throw QueryError(
                at, "after Q4 no quarter is left to simulate: simulate from Q1, Q2 or Q3",
                thai: "หลัง Q4 ไม่มีไตรมาสเหลือให้จำลอง ให้ใช้ from Q1, Q2 หรือ Q3",
                suggestion: "`report Q4` shows the whole year (`report Q4` แสดงผลทั้งปี)")
        }
        var options = SimulationOptions(fromQuarter: from)
        var slip: [(name: String, probability: Double, range: SourceRange)] = []
        var path: String?
        while !p.atStatementEnd && !p.atScenarioSuffix {
            switch p.current.keyword {
            case "runs":
                _ = p.advance()
                options.runs = Int(try p.integer("the number of runs", thai: "จำนวนรอบ", in: 1...1_000_000))
            case "seed":
                _ = p.advance()
                options.seed = UInt64(try p.integer("a seed", thai: "ค่า seed", in: 0...Int64.max))
            case "to":
                _ = p.advance()
                path = try p.string(
                    "a file name in quotes, e.g. \"simulation.html\"",
                    thai: "ชื่อไฟล์ในเครื่องหมายคำพูด เช่น \"simulation.html\"")
            case "slip":
                _ = p.advance()
                repeat {
                    let at = p.current.range
                    let name = try p.slipTarget()
                    slip.append((name, try p.scenarioProbability(), at))
                } while !p.atStatementEnd && !p.atScenarioSuffix && !optionWords.contains(p.current.keyword ?? "")
            default:
                throw p.expected(
                    "`runs`, `seed`, `slip` or `to`", thai: " `runs` `seed` `slip` หรือ `to`",
                    suggestion: p.current.isSymbol("|")
                        ? Simulate(options: options).pipedHint
                        : p.current.keyword.flatMap { Suggestion.didYouMean($0, in: optionWords) })
            }
        }
        return Simulate(options: options, slip: slip, path: path)
    }

    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] {
        if before.count == 1 { return ["from"] }
        if before.last?.isKeyword("from") == true { return ["Q1", "Q2", "Q3"] }
        return optionWords + ["basic", "strategic"]
    }

    var pipedHint: String? {
        "its results are kept as the tables `simulation` and `simulation_projects`: pipe them on the next"
            + " line (ผลลัพธ์เก็บไว้ในตาราง `simulation` และ `simulation_projects`)"
    }
    var isReplayable: Bool { true }
    var isJournaled: Bool { true }
    var effects: [Effect] { path.map { [.writes($0)] } ?? [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        try session.simulate(self, &workspace)
    }
}
