import PlanModel

/// The scenario statements: `scenario NAME = [BASE +] change, …`, `scenarios`, `use NAME`,
/// `compare A, B on PIPELINE`, and `in NAME` after a query, report or simulation.
extension TokenParser {
    /// Whether the statement ends with `in NAME`.
    public var atScenarioSuffix: Bool {
        guard current.isKeyword("in"), case .identifier = peek(1).kind else { return false }
        return peek(2).kind == .separator || peek(2).kind == .end
    }

    /// `s`, or `s in NAME` when the statement ends so (the session refuses statements other than a query, `let`,
    /// `report` and `simulate` there).
    mutating func inScenarioSuffix(_ s: Statement) throws(QueryError) -> Statement {
        guard atScenarioSuffix else { return s }
        _ = advance()
        let at = current.range
        let name = try name("a scenario name", thai: "ชื่อฉากทัศน์")
        return .command(ScenarioSuffix(name: name, range: at, inner: s))
    }

    /// `NAME [, NAME …]` for `compare`: at least two scenarios.
    public mutating func scenarioNames() throws(QueryError) -> [(String, SourceRange)] {
        var names: [(String, SourceRange)] = []
        repeat {
            if !names.isEmpty { _ = advance() }
            let at = current.range
            names.append((try name("a scenario name", thai: "ชื่อฉากทัศน์"), at))
        } while current.isSymbol(",")
        guard names.count >= 2 else {
            throw expected(
                "`,` and another scenario", thai: " `,` และฉากทัศน์อีกอัน",
                suggestion: "e.g. `compare baseline, late on progress_by_strategy(Q4)`")
        }
        return names
    }

    public mutating func scenarioDefinition() throws(QueryError) -> ScenarioDefinitionSyntax {
        let nameAt = current.range
        let name = try name("a name for the scenario", thai: "ชื่อฉากทัศน์")
        if name.lowercased() == "baseline" {
            throw QueryError(
                nameAt, "`baseline` is the plan as loaded; give the scenario another name",
                thai: "`baseline` คือแผนตามที่โหลด ให้ตั้งชื่อฉากทัศน์อื่น")
        }
        try expectSymbol("=")
        var base: String?
        var baseRange: SourceRange?
        if case .identifier(let s, _) = current.kind, peek(1).isSymbol("+") {
            if s == name {
                throw error(
                    "scenario \(name) cannot build on itself", thai: "ฉากทัศน์ \(name) สร้างต่อจากตัวเองไม่ได้",
                    suggestion: "build on another scenario or on baseline: `\(name) = baseline + …`")
            }
            base = s
            baseRange = current.range
            _ = advance()
            _ = advance()
        }
        var changes: [ScenarioChangeSyntax] = []
        repeat {
            if !changes.isEmpty { _ = advance() }
            let start = current.range.start
            let kind = try scenarioChange()
            changes.append(ScenarioChangeSyntax(kind: kind, range: SourceRange(start, previous.range.end)))
        } while current.isSymbol(",")
        return ScenarioDefinitionSyntax(name: name, base: base, baseRange: baseRange, changes: changes)
    }

    public static let scenarioChangeWords = ["delay", "cut", "raise", "shift", "transfer", "slip", "driver"]

    /// Words users type for a change, and the change meant.
    static let scenarioChangeAliases = [
        "postpone": "delay", "defer": "delay", "reduce": "cut", "decrease": "cut", "increase": "raise",
        "add": "raise", "move": "shift", "risk": "driver",
    ]

    mutating func scenarioChange() throws(QueryError) -> ScenarioChangeSyntax.Kind {
        guard let word = current.keyword, Self.scenarioChangeWords.contains(word) else {
            throw expected(
                "a change: delay, cut, raise, shift, transfer, slip or driver",
                thai: "การเปลี่ยนแปลง: delay cut raise shift transfer slip หรือ driver",
                suggestion: current.keyword.flatMap {
                    Self.scenarioChangeAliases[$0].map { "write `\($0)` (ใช้ `\($0)`)" }
                        ?? Suggestion.didYouMean($0, in: Self.scenarioChangeWords)
                })
        }
        _ = advance()
        switch word {
        case "delay":
            let target = try scenarioTarget()
            guard case .integer(let n) = current.kind else {
                throw expected("a number of quarters", thai: "จำนวนไตรมาส", suggestion: "e.g. `delay P11 1 quarter`")
            }
            guard (1...3).contains(n) else {
                throw error(
                    "a delay of \(n) quarters passes Q4, the end of the fiscal year; delay by 1 to 3 quarters",
                    thai: "การเลื่อน \(n) ไตรมาสเลยไตรมาส 4 ซึ่งเป็นสิ้นปีงบประมาณ ให้เลื่อน 1 ถึง 3 ไตรมาส",
                    suggestion:
                        "amounts moved past Q4 stay in Q4: `delay P11 1 quarter` (ยอดที่เลื่อนเลยไตรมาส 4 จะอยู่ในไตรมาส 4)")
            }
            _ = advance()
            if current.isKeyword("quarter") || current.isKeyword("quarters") { _ = advance() }
            return .delay(target, quarters: Int(n))
        case "cut", "raise":
            let target = try scenarioTarget()
            let amount: ScenarioAmountSyntax
            if case .percent(let text) = current.kind {
                if word == "cut", let v = Double(text), v > 100 {
                    throw error(
                        "a cut of \(text)% is more than the whole budget; cut by 0% to 100%",
                        thai: "การลด \(text)% มากกว่างบประมาณทั้งหมด ให้ลด 0% ถึง 100%")
                }
                _ = advance()
                amount = .percent(text)
            } else {
                amount = .money(try scenarioMoney())
            }
            return word == "cut" ? .cut(target, amount) : .raise(target, amount)
        case "shift", "transfer":
            let amount = try scenarioMoney()
            try expectKeyword("from")
            if word == "shift", case .quarter(let from) = current.kind {
                _ = advance()
                try expectKeyword("to")
                let to = try quarter()
                var within = ScenarioTargetSyntax(kind: nil, code: nil, range: previous.range)
                if current.isKeyword("in") {
                    _ = advance()
                    within = try scenarioTarget()
                }
                return .shift(amount, from: from, to: to, within: within)
            }
            let from = try scenarioTarget()
            try expectKeyword("to")
            return .transfer(amount, from: from, to: try scenarioTarget())
        case "slip":
            let target = try scenarioTarget()
            return .slip(target, probability: try scenarioProbability())
        default:
            guard case .string(let name) = current.kind else {
                throw expected(
                    "the driver's name in quotes", thai: "ชื่อปัจจัยเสี่ยงในเครื่องหมายคำพูด",
                    suggestion: "e.g. `driver \"late release of Q3 funds\" 30% delays strategic Q3`")
            }
            _ = advance()
            let p = try scenarioProbability()
            try expectKeyword("delays")
            let touches = try scenarioTarget()
            return .driver(name: name, probability: p, quarter: try quarter(), touches: touches)
        }
    }

    /// `[project|activity|strategy|source] CODE` or `all`; a code is a word, a number or quoted text.
    mutating func scenarioTarget() throws(QueryError) -> ScenarioTargetSyntax {
        let start = current.range.start
        if current.isKeyword("all") {
            _ = advance()
            return ScenarioTargetSyntax(kind: nil, code: nil, range: previous.range)
        }
        var kind: String?
        if let word = current.keyword, ["project", "activity", "strategy", "source"].contains(word),
            peek(1).kind != .separator, peek(1).kind != .end, !peek(1).isSymbol(",")
        {
            kind = word
            _ = advance()
        }
        let code: String
        switch current.kind {
        case .identifier(let s, _), .string(let s): code = s
        case .integer(let v): code = String(v)
        default:
            throw expected(
                "a project, activity, strategy or source code", thai: "รหัสโครงการ กิจกรรม กลยุทธ์ หรือประเภทงบ")
        }
        _ = advance()
        return ScenarioTargetSyntax(kind: kind, code: code, range: SourceRange(start, previous.range.end))
    }

    /// A name after `slip` in `simulate`: a source, strategy or project code.
    public mutating func slipTarget() throws(QueryError) -> String {
        switch current.kind {
        case .identifier(let s, _), .string(let s):
            _ = advance()
            return s
        default:
            throw expected(
                "a budget source, strategy or project (`basic`, `S2`, `P11`)",
                thai: "ประเภทงบ กลยุทธ์ หรือโครงการ (`basic` `S2` `P11`)")
        }
    }

    /// `0.1`, `1` or `10%`, from 0 to 1.
    public mutating func scenarioProbability() throws(QueryError) -> Double {
        let value: Double?
        switch current.kind {
        case .decimal(let s): value = Double(s)
        case .integer(let v): value = Double(v)
        case .percent(let s): value = Double(s).map { $0 / 100 }
        default: value = nil
        }
        guard let p = value else { throw expected("a probability (0.1 or 10%)", thai: "ความน่าจะเป็น (0.1 หรือ 10%)") }
        guard (0...1).contains(p) else {
            throw error("a probability must be from 0 to 1 (or 0% to 100%)", thai: "ความน่าจะเป็นต้องอยู่ระหว่าง 0 ถึง 1")
        }
        _ = advance()
        return p
    }

    /// An amount of baht: a whole number or up to two decimals.
    mutating func scenarioMoney() throws(QueryError) -> Money {
        let amount: Money?
        switch current.kind {
        case .integer(let v): amount = Money(satang: v).multiplied(by: 100)
        case .decimal(let s): amount = Money.parse(s)
        default: throw expected("an amount of baht", thai: "จำนวนเงิน (บาท)")
        }
        guard let amount, amount.satang >= 0 else {
            throw error(
                "an amount has at most two decimals (satang) and fits in the plan",
                thai: "จำนวนเงินมีทศนิยมได้ไม่เกินสองตำแหน่ง (สตางค์)")
        }
        _ = advance()
        return amount
    }
}
