import PlanModel
import PlanSim

/// A simulation as a planner reads it: the chance of meeting the year-end target first, then a fan chart of
/// P10/P50/P90 by quarter, the tables, and a tornado of what the expected shortfall comes from.
enum SimulationAnswer {
    /// The fan's width in characters for 0–100% of the budget.
    static let fanWidth = 40
    /// The name of the fan chart drawn in text, which an HTML page draws as SVG instead.
    static let textFan = "fan"

    static func report(
        _ result: SimulationResult, _ o: SimulationOptions, scenario: String?, language: ReportLanguage
    ) -> Report {
        let th = language == .th
        let drivers = o.drivers.count
        let model =
            drivers == 0
            ? "slip model v1 (independent items)"
            : "slip model v2: v1 with \(drivers) risk driver\(drivers == 1 ? "" : "s") shared by the items they touch"
        let modelThai =
            drivers == 0
            ? "แบบจำลองการล่าช้า v1 (แต่ละรายการเป็นอิสระ)" : "แบบจำลอง v2: v1 และปัจจัยเสี่ยง \(drivers) ตัวที่กระทบหลายรายการพร้อมกัน"
        let run = "from Q\(o.fromQuarter), \(o.runs) runs, seed \(o.seed)" + (scenario.map { ", scenario \($0)" } ?? "")
        let runThai =
            "จากไตรมาส \(o.fromQuarter) \(o.runs) รอบ seed \(o.seed)" + (scenario.map { " ฉากทัศน์ \($0)" } ?? "")
        var sections: [(title: String, table: Table)] = [
            (
                th ? "แผนภูมิการกระจาย: P10–P90 ═ P50 ● เป้าหมาย │" : "fan chart: P10–P90 ═, P50 ●, target │",
                fan(result.byQuarter)
            ),
            (th ? "รายไตรมาส (simulation)" : "by quarter (simulation)", result.byQuarter),
        ]
        if result.shortfall.rowCount > 0 {
            sections.append(
                (
                    th
                        ? "ที่มาของส่วนที่คาดว่าจะขาดจากเป้าหมาย (simulation_shortfall)"
                        : "where the expected shortfall comes from (simulation_shortfall)",
                    result.shortfall
                ))
        }
        let target = SimulationHeadline.number(result.headline.target)
        let shortfall = SimulationHeadline.number(result.expectedShortfall)
        sections.append(
            (th ? "รายโครงการ (simulation_projects)" : "by project (simulation_projects)", result.byProject))
        return Report(
            title: result.headline.english, thaiTitle: result.headline.thai,
            facts: th
                ? [
                    ("การจำลอง", runThai), ("แบบจำลอง", modelThai),
                    ("คาดว่าจะขาดจากเป้าหมาย", "\(shortfall) จุดร้อยละของงบประมาณ (เป้าหมาย \(target)%)"),
                ]
                : [
                    ("simulation", run), ("model", model),
                    ("expected shortfall", "\(shortfall) points of the budget below the \(target)% target"),
                ],
            sections: sections, language: language)
    }

    /// One row a quarter: the P10–P90 range drawn as ═ on a 0–100% line, P50 as ●, the target as │.
    static func fan(_ quarters: Table) -> Table {
        func values(_ name: String) -> [Double] {
            (0..<quarters.rowCount).map { row in
                switch quarters.column(name)?[row] {
                case .float(let v)?, .percent(let v)?: return v
                default: break
                }
                return 0
            }
        }
        let (p10, p50, p90, target) = (values("p10_pct"), values("p50_pct"), values("p90_pct"), values("target_pct"))
        func cell(_ pct: Double) -> Int { max(0, min(fanWidth - 1, Int((pct / 100 * Double(fanWidth - 1)).rounded()))) }
        var drawings: [String] = []
        for row in 0..<quarters.rowCount {
            var line = [Character](repeating: "·", count: fanWidth)
            for i in cell(p10[row])...max(cell(p10[row]), cell(p90[row])) { line[i] = "═" }
            line[cell(target[row])] = "│"
            line[cell(p50[row])] = "●"
            drawings.append(String(line))
        }
        var builder = ColumnBuilder(type: .text)
        for d in drawings { builder.appendText(d) }
        return Table(
            name: textFan, columnNames: ["quarter", "fan_0_to_100_pct"],
            columns: [quarters.column("quarter")!, builder.build()])
    }
}
