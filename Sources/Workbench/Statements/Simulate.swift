import PlanModel
import PlanQuery
import PlanSim

/// `simulate from Qn [runs N] [seed N] [slip SOURCE P …]`: Monte Carlo of the quarters left; its results are
/// kept as the tables `simulation` and `simulation_projects`.
struct Simulate: WordStatement {
    var options: SimulationOptions

    static let words = ["simulate"]
    static let help = HelpTopic(
        name: "simulate", syntax: "simulate from Qn [runs N] [seed N] [slip SOURCE P …]",
        english: "Monte Carlo of the quarters after Qn: each quarter's due amount is paid or slips to the next. "
            + "Results: the tables `simulation` and `simulation_projects`.",
        thai: "จำลองแบบมอนติคาร์โลของไตรมาสที่เหลือ: ยอดที่ถึงกำหนดจ่ายครบหรือเลื่อนไปไตรมาสถัดไป "
            + "ผลลัพธ์อยู่ในตาราง `simulation` และ `simulation_projects`",
        example: "simulate from Q2 runs 1000 seed 7 slip basic 0.1 strategic 30%")
    /// The tables a simulation publishes, as table functions publish theirs.
    static let results = ["simulation", "simulation_projects"]

    static let optionWords = ["runs", "seed", "slip"]

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
        while !p.atStatementEnd {
            switch p.current.keyword {
            case "runs":
                _ = p.advance()
                options.runs = Int(try p.integer("the number of runs", thai: "จำนวนรอบ", in: 1...1_000_000))
            case "seed":
                _ = p.advance()
                options.seed = UInt64(try p.integer("a seed", thai: "ค่า seed", in: 0...Int64.max))
            case "slip":
                _ = p.advance()
                repeat {
                    guard case .identifier(let s, _) = p.current.kind else {
                        throw p.expected(
                            "a budget source (`basic` or `strategic`)", thai: "แหล่งงบประมาณ (`basic` หรือ `strategic`)")
                    }
                    guard let source = PlanSchema.sourceAliases[s.lowercased()] else {
                        throw p.error(
                            "unknown budget source `\(s)`", thai: "ไม่รู้จักแหล่งงบประมาณ `\(s)`",
                            suggestion: Suggestion.didYouMean(s, in: ["basic", "strategic"]))
                    }
                    _ = p.advance()
                    options.slip[source] = try probability(&p)
                } while !p.atStatementEnd && !optionWords.contains(p.current.keyword ?? "")
            default:
                throw p.expected(
                    "`runs`, `seed` or `slip`", thai: " `runs` `seed` หรือ `slip`",
                    suggestion: p.current.isSymbol("|")
                        ? Simulate(options: options).pipedHint
                        : p.current.keyword.flatMap { Suggestion.didYouMean($0, in: optionWords) })
            }
        }
        return Simulate(options: options)
    }

    /// `0.1`, `1` or `10%`, from 0 to 1.
    private static func probability(_ p: inout TokenParser) throws(QueryError) -> Double {
        let value: Double?
        switch p.current.kind {
        case .decimal(let s): value = Double(s)
        case .integer(let v): value = Double(v)
        case .percent(let s): value = Double(s).map { $0 / 100 }
        default: value = nil
        }
        guard let probability = value else {
            throw p.expected("a probability (0.1 or 10%)", thai: "ความน่าจะเป็น (0.1 หรือ 10%)")
        }
        guard (0...1).contains(probability) else {
            throw p.error(
                "a probability must be from 0 to 1 (or 0% to 100%)", thai: "ความน่าจะเป็นต้องอยู่ระหว่าง 0 ถึง 1")
        }
        _ = p.advance()
        return probability
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
    var effects: [Effect] { [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        guard let plan = workspace.plan else { throw Messages.noPlan }
        let result = try MonteCarlo.run(plan, options: options, shouldStop: session.shouldStop)
        workspace.name(result.byQuarter, as: Self.results[0], binding: true)
        workspace.name(result.byProject, as: Self.results[1], binding: true)
        let o = options
        return .report(
            Report(
                title: "Simulation from Q\(o.fromQuarter): \(o.runs) runs, seed \(o.seed)",
                thaiTitle: "การจำลองจากไตรมาส \(o.fromQuarter): \(o.runs) รอบ seed \(o.seed)",
                facts: [],
                sections: [
                    ("by quarter (\(Self.results[0]))", result.byQuarter),
                    ("by project (\(Self.results[1]))", result.byProject),
                ]))
    }
}
