import PlanModel

/// A plan with a scenario's changes applied: a new `Plan` value (the loaded one is never changed) and what the
/// scenario sets for `simulate`.
public struct AppliedScenario: Sendable {
    /// The changed copy of the plan.
    public var plan: Plan
    /// Slip probabilities the scenario sets, by target (applied over `simulate`'s own).
    public var slip: [ScenarioTarget: Double]
    /// Risk drivers the scenario adds.
    public var drivers: [RiskDriver]
    /// Whether `plan` differs from the plan the scenario was applied to: false for slips and drivers alone.
    public var changesPlan: Bool

    /// Applies `changes` in order to `plan`. Throws `ScenarioChangeError` naming the change that failed;
    /// nothing is kept of a failed application.
    public static func apply(_ changes: [ScenarioChange], to plan: Plan) throws -> AppliedScenario {
        var sheet: BudgetSheet?
        var projects: ProjectCodes?
        var slip: [ScenarioTarget: Double] = [:]
        var drivers: [RiskDriver] = []
        for (index, change) in changes.enumerated() {
            do {
                switch change {
                case .slip(let target, let probability):
                    try ScenarioDiagnostics.checkProbability(probability)
                    try ScenarioDiagnostics.checkSlipTarget(target)
                    if projects == nil { projects = try ProjectCodes(plan) }
                    try projects!.check(target)
                    slip[target] = probability
                case .driver(let driver):
                    try ScenarioDiagnostics.checkProbability(driver.probability)
                    try ScenarioDiagnostics.checkSlipTarget(driver.touches)
                    guard (1...4).contains(driver.quarter) else {
                        throw Diagnostic.badQuarter(driver.quarter, allowed: 1...4)
                    }
                    if projects == nil { projects = try ProjectCodes(plan) }
                    try projects!.check(driver.touches)
                    drivers.append(driver)
                default:
                    if sheet == nil { sheet = try BudgetSheet(plan) }
                    try sheet!.apply(change)
                }
            } catch let diagnostic as Diagnostic {
                throw ScenarioChangeError(changeIndex: index, diagnostic: diagnostic)
            }
        }
        let hasBudgetChanges = changes.contains {
            switch $0 {
            case .slip, .driver: false
            default: true
            }
        }
        let changed = hasBudgetChanges ? try sheet!.written(into: plan) : plan
        return AppliedScenario(plan: changed, slip: slip, drivers: drivers, changesPlan: hasBudgetChanges)
    }
}

/// The project, strategy and source codes of a plan's projects: enough to check what a slip or a driver names
/// without reading the budgets.
struct ProjectCodes {
    private let table: Table

    init(_ plan: Plan) throws {
        guard let table = plan["projects"] else {
            throw Diagnostic(message: "the plan has no projects table", thai: "แผนไม่มีตารางโครงการ (projects)")
        }
        // Every project has a code: a text column without nulls, or else the error reading them all gives.
        var complete = false
        if case .text(let codes, _)? = table.column("code")?.storage { complete = !codes.contains { $0 < 0 } }
        if !complete { _ = try PlanIndex.requiredTexts(table, "code") }
        self.table = table
    }

    func check(_ target: ScenarioTarget) throws {
        let known =
            switch target {
            case .project(let code): has(code, in: "code")
            case .strategy(let code): has(code, in: "strategy")
            case .source(let name): has(name, in: "source") { PlanSchema.sourceAliases[$0] ?? $0 }
            case .activity: false
            case .everything: true
            }
        if !known { throw ScenarioDiagnostics.unknown(target) }
    }

    /// Whether some project's `name` column reads `value` (after `canonical`). A text column's dictionary is
    /// searched, then its rows for one using what was found, so that a check does not read every row's text (sets
    /// of all the codes took 29 M instructions on the national bundle each time a scenario ran, 5% of a simulation).
    private func has(_ value: String, in name: String, canonical: (String) -> String = { $0 }) -> Bool {
        guard let column = table.column(name) else { return false }
        if case .text(let codes, let dictionary) = column.storage {
            let entries = Set(dictionary.indices.filter { canonical(dictionary[$0]) == value }.map { Int32($0) })
            return !entries.isEmpty && codes.contains { entries.contains($0) }
        }
        return PlanIndex.texts(table, name).contains { $0.map(canonical) == value }
    }
}

/// A scenario change that cannot be applied to the plan: which change (0-based, in the order given) and why.
public struct ScenarioChangeError: Error, Sendable {
    public var changeIndex: Int
    public var diagnostic: Diagnostic
}
