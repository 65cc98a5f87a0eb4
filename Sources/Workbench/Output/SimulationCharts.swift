import PlanModel
import PlanSim

/// A simulation's charts as inline SVG, drawn as `ReportCharts` draws a report's: the fan chart of the cumulative
/// % disbursed by quarter (the P10–P90 band, the P50 line, the target points) and the tornado of what the expected
/// shortfall against the target comes from.
enum SimulationCharts {
    static let bandColour = "#b9d3ee", medianColour = "#1f6fb5", driverColour = "#f28e2b"

    /// The fan chart from the `simulation` table: quarters across, 0–100% up.
    static func fan(_ t: Table, _ r: Report) -> String {
        let th = r.language == .th
        let plot = ReportCharts.plotArea()
        let n = t.rowCount
        let step = plot.w / Double(max(n, 1))
        func x(_ i: Int) -> Double { plot.x + step * (Double(i) + 0.5) }
        func y(_ v: Double) -> Double { plot.y + plot.h - plot.h * max(0, min(v, 100)) / 100 }
        func values(_ column: String) -> [Double?] { (0..<n).map { ReportCharts.number(t, column, $0) } }
        let (p10, p50, p90, target) = (values("p10_pct"), values("p50_pct"), values("p90_pct"), values("target_pct"))
        var svg = ReportCharts.header(
            th ? "การเบิกจ่ายสะสมที่จำลองได้รายไตรมาส (P10–P90)" : "Simulated cumulative disbursement by quarter (P10–P90)")
        svg += ReportCharts.axes(maxValue: 100)
        let rows = (0..<n).filter { p10[$0] != nil && p90[$0] != nil }
        if !rows.isEmpty {
            let upper = rows.map { "\(ReportCharts.f(x($0))),\(ReportCharts.f(y(p90[$0]!)))" }
            let lower = rows.reversed().map { "\(ReportCharts.f(x($0))),\(ReportCharts.f(y(p10[$0]!)))" }
            svg +=
                "<polygon fill=\"\(bandColour)\" stroke=\"\(bandColour)\" stroke-width=\"6\" stroke-linejoin=\"round\""
                + " points=\"" + (upper + lower).joined(separator: " ") + "\"/>\n"
        }
        let median = (0..<n).filter { p50[$0] != nil }
        svg +=
            "<polyline fill=\"none\" stroke=\"\(medianColour)\" stroke-width=\"2.2\" points=\""
            + median.map { "\(ReportCharts.f(x($0))),\(ReportCharts.f(y(p50[$0]!)))" }.joined(separator: " ") + "\"/>\n"
        for i in 0..<n {
            let quarter = th ? "ไตรมาส \(i + 1)" : "Q\(i + 1)"
            svg +=
                "<text x=\"\(ReportCharts.f(x(i)))\" y=\"\(ReportCharts.f(plot.y + plot.h + 14))\" text-anchor=\"middle\">"
                + "\(quarter)</text>\n"
            if let v = p50[i] {
                let range = [p10[i], p90[i]].map { $0.map(TableRenderer.formatFloat) ?? "–" }
                svg +=
                    "<circle cx=\"\(ReportCharts.f(x(i)))\" cy=\"\(ReportCharts.f(y(v)))\" r=\"3.5\" fill=\"\(medianColour)\">"
                    + "<title>\(quarter): P50 \(TableRenderer.formatFloat(v))% (P10 \(range[0])%, P90 \(range[1])%)"
                    + "</title></circle>\n"
            }
            if let v = target[i] {
                let cx = x(i)
                let cy = y(v)
                svg +=
                    "<path d=\"M\(ReportCharts.f(cx - 6)) \(ReportCharts.f(cy))h12M\(ReportCharts.f(cx)) "
                    + "\(ReportCharts.f(cy - 6))v12\" stroke=\"\(ReportCharts.targetColour)\" stroke-width=\"2.2\">"
                    + "<title>\(th ? "เป้าหมาย" : "target") \(TableRenderer.formatFloat(v))%</title></path>\n"
            }
        }
        svg += ReportCharts.legend([
            (bandColour, th ? "ช่วง P10–P90" : "P10–P90 range"), (medianColour, th ? "ค่ากลาง P50" : "median P50"),
            (ReportCharts.targetColour, th ? "เป้าหมาย" : "target"),
        ])
        return svg + "</svg>"
    }

    /// The tornado from the `simulation_shortfall` table: one bar a project or driver, largest at the top.
    static func tornado(_ t: Table, _ r: Report) -> String {
        let th = r.language == .th
        let points = (0..<t.rowCount).map { ReportCharts.number(t, "shortfall_pct", $0) ?? 0 }
        let widest = max(points.max() ?? 0, 0.01)
        let labelWidth = 200.0
        let barArea = ReportCharts.width - labelWidth - 70
        let rowHeight = min(22, (ReportCharts.height - 70) / Double(max(t.rowCount, 1)))
        var svg = ReportCharts.header(
            th
                ? "ที่มาของส่วนที่คาดว่าจะขาดจากเป้าหมาย (จุดร้อยละของงบประมาณ)"
                : "What the expected shortfall comes from (points of the budget)")
        for row in 0..<t.rowCount {
            let y = 34 + rowHeight * Double(row)
            let code = t.column("code").map { $0[row].textValue } ?? ""
            let kind = t.column("kind").map { $0[row].textValue } ?? ""
            let name = t.column("name").map { $0[row].textValue } ?? ""
            let label = String((code + " " + name).prefix(26))
            let w = barArea * max(0, points[row]) / widest
            let colour = kind == "driver" ? driverColour : medianColour
            svg +=
                "<text x=\"6\" y=\"\(ReportCharts.f(y + rowHeight * 0.7))\">\(HTMLDocument.escape(label))</text>\n"
            svg +=
                "<rect x=\"\(ReportCharts.f(labelWidth))\" y=\"\(ReportCharts.f(y + 2))\" width=\"\(ReportCharts.f(w))\""
                + " height=\"\(ReportCharts.f(rowHeight - 4))\" fill=\"\(colour)\"><title>\(HTMLDocument.escape(name)):"
                + " \(TableRenderer.formatFloat(points[row]))</title></rect>\n"
            svg +=
                "<text x=\"\(ReportCharts.f(labelWidth + w + 4))\" y=\"\(ReportCharts.f(y + rowHeight * 0.7))\">"
                + "\(TableRenderer.formatFloat(points[row]))</text>\n"
        }
        svg += ReportCharts.legend([
            (medianColour, th ? "โครงการ" : "project"), (driverColour, th ? "ปัจจัยเสี่ยง" : "risk driver"),
        ])
        return svg + "</svg>"
    }
}
