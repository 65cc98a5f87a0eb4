import PlanModel

/// "P(disbursed ≥ 96% by 30 September 2561) = 4% (± 0.4, 2,000 runs)": the chance of meeting the year-end
/// target, and its standard error √(p(1 − p)/n), in percentage points.
public struct SimulationHeadline: Sendable {
    /// The target, % of budget.
    public var target: Double
    /// The day the target is due (the fiscal year's last day).
    public var by: Day
    /// The share of runs at or above the target (0…1).
    public var chance: Double
    public var runs: Int

    /// The standard error of `chance`, in percentage points.
    public var standardError: Double { (chance * (1 - chance) / Double(runs)).squareRoot() * 100 }

    /// `30 September 2561`: the deadline with its Buddhist Era year, as planning staff say it in either language.
    static func day(_ day: Day, _ months: [String]) -> String {
        let (y, m, d) = day.components
        return "\(d) \(months[m - 1]) \(y + BuddhistEra.offset)"
    }

    public var english: String {
        "P(disbursed ≥ \(Self.number(target))% by \(Self.day(by, ThaiDate.englishMonths))) = \(Self.number(chance * 100))%"
            + " (± \(Self.number(standardError, places: 1)), \(DigitGrouping.grouped(runs)) runs)"
    }

    public var thai: String {
        "โอกาสเบิกจ่ายได้ ≥ \(Self.number(target))% ภายใน \(Self.day(by, ThaiDate.thaiMonths)) = \(Self.number(chance * 100))%"
            + " (± \(Self.number(standardError, places: 1)), \(DigitGrouping.grouped(runs)) รอบ)"
    }

    /// Up to `places` decimals, trailing zeros dropped: 96, 4.35, 0.4.
    public static func number(_ v: Double, places: Int = 2) -> String {
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        let units = Int64((v * Double(scale)).rounded(.toNearestOrAwayFromZero))
        var fraction = String(units.magnitude % UInt64(scale))
        fraction = String(repeating: "0", count: places - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let whole = (units < 0 ? "-" : "") + String(units.magnitude / UInt64(scale))
        return fraction.isEmpty ? whole : whole + "." + fraction
    }

}
