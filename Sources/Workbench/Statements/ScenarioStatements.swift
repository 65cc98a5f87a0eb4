import PlanModel
import PlanQuery

/// `scenario NAME = [BASE +] change, …`: a named what-if over a copy of the plan.
struct DefineScenario: WordStatement {
    var syntax: ScenarioDefinitionSyntax

    static let words = ["scenario"]
    static let help = HelpTopic(
        name: "scenario", syntax: "scenario NAME = [BASE +] CHANGE, …",
        english: "Names a what-if: changes to the plan's inputs, applied to a copy (the loaded plan never changes).\n"
            + "Changes: delay CODE N quarters · cut|raise CODE P% or AMOUNT · shift AMOUNT from Qa to Qb [in CODE]"
            + " · transfer AMOUNT from CODE to CODE · slip CODE P · driver \"NAME\" P delays CODE Qn.\n"
            + "CODE is a project, activity, strategy or source (basic/strategic), or `all`; write `project P11`"
            + " when a code is in two tables.",
        thai: "ตั้งชื่อฉากทัศน์ (what-if): การเปลี่ยนแปลงข้อมูลนำเข้าของแผน ใช้กับสำเนาของแผน แผนที่โหลดไว้ไม่เปลี่ยน\n"
            + "การเปลี่ยนแปลง: delay เลื่อนแผนออกไป N ไตรมาส · cut/raise ลด/เพิ่มงบเป็นร้อยละหรือจำนวนเงิน"
            + " · shift ย้ายยอดระหว่างไตรมาส · transfer โอนงบระหว่างโครงการ · slip ความน่าจะเป็นที่จะล่าช้า"
            + " · driver ปัจจัยเสี่ยงที่กระทบหลายโครงการพร้อมกัน",
        example: "scenario late = delay P11 1 quarter, cut S2 10%\n"
            + "scenario late2 = late + driver \"late release of Q3 funds\" 30% delays strategic Q3")

    static func parse(_ p: inout TokenParser) throws(QueryError) -> DefineScenario {
        DefineScenario(syntax: try p.scenarioDefinition())
    }
    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] {
        before.count >= 3 ? TokenParser.scenarioChangeWords : []
    }

    var pipedHint: String? { nil }
    var isReplayable: Bool { true }
    var isJournaled: Bool { true }
    var effects: [Effect] { [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        try session.defineScenario(syntax, plan: workspace.plan)
    }
}

/// `scenarios`: the scenarios defined, one row a change.
struct ListScenarios: WordStatement {
    static let words = ["scenarios"]
    static let help = HelpTopic(
        name: "scenarios", syntax: "scenarios", english: "Lists the scenarios defined, one row a change.",
        thai: "แสดงฉากทัศน์ที่ตั้งไว้ แถวละหนึ่งการเปลี่ยนแปลง", example: "scenarios")

    static func parse(_ p: inout TokenParser) throws(QueryError) -> ListScenarios { ListScenarios() }
    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] { [] }

    var pipedHint: String? { nil }
    var isReplayable: Bool { false }
    var isJournaled: Bool { true }
    var effects: [Effect] { [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        .table(session.scenarioListing())
    }
}

/// `use NAME` / `use baseline`: the scenario later queries, reports and simulations run in.
struct UseScenario: WordStatement {
    var name: String
    var range: SourceRange

    static let words = ["use"]
    static let help = HelpTopic(
        name: "use", syntax: "use NAME | use baseline",
        english: "Runs the later queries, reports and simulations in a scenario (the prompt shows it); `use baseline`"
            + " returns to the plan as loaded.",
        thai: "ให้คำค้น รายงาน และการจำลองต่อจากนี้ใช้ฉากทัศน์นั้น (แสดงที่พรอมต์) `use baseline` กลับไปใช้แผนตามที่โหลด",
        example: "use late")

    static func parse(_ p: inout TokenParser) throws(QueryError) -> UseScenario {
        let at = p.current.range
        return UseScenario(
            name: try p.name("a scenario name (or `baseline`)", thai: "ชื่อฉากทัศน์ (หรือ `baseline`)"), range: at)
    }
    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] { ["baseline"] }

    var pipedHint: String? { nil }
    var isReplayable: Bool { true }
    var isJournaled: Bool { true }
    var effects: [Effect] { [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        try session.useScenario(name, at: range, plan: workspace.plan)
    }
}

/// `compare A, B, … on PIPELINE`: the pipeline in each scenario side by side, kept as `comparison`.
struct CompareScenarios: WordStatement {
    var names: [(String, SourceRange)]
    var pipeline: Pipeline

    static let words = ["compare"]
    static let help = HelpTopic(
        name: "compare", syntax: "compare A, B, … on PIPELINE",
        english: "The pipeline in each scenario side by side, rows matched on their text columns: A_col, B_col and"
            + " diff_col (B − A) for each number column. Kept as the table `comparison`.",
        thai: "ผลของไปป์ไลน์ในแต่ละฉากทัศน์เทียบกัน พร้อมผลต่าง diff_… เก็บไว้ในตาราง `comparison`",
        example: "compare baseline, late on progress_by_strategy(Q4) | select strategy, budget, disbursed_pct")

    static func parse(_ p: inout TokenParser) throws(QueryError) -> CompareScenarios {
        let names = try p.scenarioNames()
        try p.expectKeyword("on")
        return CompareScenarios(names: names, pipeline: try p.pipeline())
    }
    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] { ["baseline", "on"] }

    var pipedHint: String? {
        "its result is kept as the table `comparison`: pipe it on the next line (ผลลัพธ์เก็บไว้ในตาราง `comparison`)"
    }
    var isReplayable: Bool { true }
    var isJournaled: Bool { true }
    var effects: [Effect] { [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        try session.compare(names, pipeline, &workspace)
    }
}

/// `STATEMENT in NAME`: a query, `let`, report or simulation run in a scenario's copy of the plan.
struct InScenario: SessionStatement {
    var name: String
    /// Where the name was written; nil when `use` chose the scenario.
    var range: SourceRange?
    var inner: any SessionStatement

    /// Whether a statement can run in a scenario.
    static func runs(_ statement: any SessionStatement) -> Bool {
        statement is Query || statement is Let || statement is ReportStatement || statement is Simulate
    }

    var pipedHint: String? { inner.pipedHint }
    var isReplayable: Bool { inner.isReplayable }
    var isJournaled: Bool { inner.isJournaled }
    var effects: [Effect] { inner.effects }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        guard Self.runs(inner) else {
            throw QueryError(
                range ?? SourceRange(0, 0), "`in SCENARIO` follows a query, `let`, `report` or `simulate`",
                thai: "`in ชื่อฉากทัศน์` ใช้ต่อท้ายคำค้น `let` `report` หรือ `simulate`")
        }
        return try session.inScenario(name, at: range, &workspace) { workspace in
            try inner.perform(in: session, &workspace)
        }
    }
}
