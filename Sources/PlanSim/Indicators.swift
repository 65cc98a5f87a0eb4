import PlanModel

/// The plan's indicators with their results by quarter, and how far each is achieved: the basis of earned value.
struct Indicators {
    let code: [String]
    let name: [String?]
    let unit: [String?]
    let target: [Double]
    /// `true` when a lower result is better (`direction = lower`).
    let lowerIsBetter: [Bool]
    /// The indicators of project `p`, in table order.
    let byProject: [[Int]]
    /// The results of each indicator as (quarter, value), in table order.
    let results: [[(quarter: Int, value: Double)]]

    init(_ plan: Plan, projects: Table) throws {
        let indicators = plan["indicators"] ?? .empty("indicators")
        let n = indicators.rowCount
        var byProject = [[Int]](repeating: [], count: projects.rowCount)
        var results = [[(quarter: Int, value: Double)]](repeating: [], count: n)
        if n == 0 {
            (code, name, unit, target, lowerIsBetter) = ([], [], [], [], [])
            self.byProject = byProject
            self.results = results
            return
        }
        code = try PlanIndex.requiredTexts(indicators, "code")
        name = PlanIndex.texts(indicators, "name")
        unit = PlanIndex.texts(indicators, "unit")
        target = try Self.numbers(indicators, "target").enumerated().map { row, value in
            guard let value else {
                throw Diagnostic(
                    message: "indicators row \(row + 1) has no target", thai: "ตัวชี้วัดแถวที่ \(row + 1) ไม่มีค่าเป้าหมาย")
            }
            return value
        }
        var lower: [String: Bool] = [:]
        lowerIsBetter = PlanIndex.texts(indicators, "direction").map { direction in
            guard let direction else { return false }
            if let known = lower[direction] { return known }
            let isLower = ["lower", "ต่ำกว่า", "น้อยกว่า"].contains(direction.lowercased())
            lower[direction] = isLower
            return isLower
        }
        let owners = try PlanIndex.links(indicators, "project", to: projects)
        for row in 0..<n { byProject[Int(owners[row])].append(row) }

        if let table = plan["results"], table.rowCount > 0 {
            let indicator = try PlanIndex.links(table, "indicator", to: indicators)
            let quarters = try Self.numbers(table, "quarter")
            let values = try Self.numbers(table, "value")
            for row in 0..<table.rowCount {
                guard let quarter = quarters[row], let value = values[row] else { continue }
                results[Int(indicator[row])].append((Int(quarter), value))
            }
        }
        self.byProject = byProject
        self.results = results
    }

    /// The latest result with quarter ≤ `q` (the last such row when a quarter has several), or `nil`.
    func result(_ indicator: Int, quarter q: Int) -> Double? {
        var best: (quarter: Int, value: Double)?
        for r in results[indicator] where r.quarter <= q && r.quarter >= (best?.quarter ?? Int.min) { best = r }
        return best?.value
    }

    /// How far an indicator is achieved as of quarter `q`, 0…1: min(1, result/target) when higher is better,
    /// min(1, target/result) when lower is; 0 before any result; 1 when the target is already met at its bound
    /// (a target ≤ 0 for higher, a result ≤ 0 for lower).
    func achievement(_ indicator: Int, quarter q: Int) -> Double {
        guard let result = result(indicator, quarter: q) else { return 0 }
        let goal = target[indicator]
        let ratio: Double
        if lowerIsBetter[indicator] {
            ratio = result <= 0 ? 1 : goal / result
        } else {
            ratio = goal <= 0 ? 1 : result / goal
        }
        return max(0, min(1, ratio))
    }

    /// The mean achievement of a project's indicators as of quarter `q`, or `nil` when it has none.
    func projectAchievement(_ project: Int, quarter q: Int) -> Double? {
        let own = byProject[project]
        guard !own.isEmpty else { return nil }
        return own.reduce(0) { $0 + achievement($1, quarter: q) } / Double(own.count)
    }

    /// A numeric column (int or float) as doubles, `nil` where null.
    static func numbers(_ table: Table, _ name: String) throws -> [Double?] {
        guard let column = table.column(name) else { throw Diagnostic.missingColumn(table.name, name) }
        return try (0..<table.rowCount).map { row in
            switch column[row] {
            case .null: return nil
            case .int(let v): return Double(v)
            case .float(let v), .percent(let v): return v
            case .money(let m): return m.baht
            default:
                throw Diagnostic(
                    message: "\(table.name).\(name) must be a number", thai: "คอลัมน์ \(table.name).\(name) ต้องเป็นตัวเลข")
            }
        }
    }
}
