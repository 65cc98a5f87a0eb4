import PlanModel
import PlanSim

/// The report's two charts as inline SVG: % disbursed and % used by strategy against the target line, and the
/// cumulative S-curve of planned, disbursed and used against the quarterly targets, month by month.
enum ReportCharts {
    static let width = 520.0
    static let height = 300.0
    static let left = 44.0, right = 12.0, top = 34.0, bottom = 40.0
    static let disbursedColour = "#1f6fb5", usedColour = "#f28e2b", plannedColour = "#8c8c8c", targetColour = "#c0392b"

    /// Bars per strategy (the total row left out): disbursed and used, with the target as a line across.
    static func byStrategy(_ t: Table, _ r: Report) -> String {
        let rows = (0..<t.rowCount).filter { t.columns[0][$0] != .text("total") }
        let disbursed = rows.map { number(t, "disbursed_pct", $0) }
        let used = rows.map { number(t, "used_pct", $0) }
        let target = rows.first.flatMap { number(t, "target_pct", $0) }
        let top = max(100, (disbursed + used).compactMap { $0 }.max() ?? 0)
        let plot = plotArea()
        let slot = plot.w / Double(max(rows.count, 1))
        let bar = min(22, slot * 0.36)
        var svg = header(r.language == .th ? "ร้อยละการเบิกจ่ายและการใช้จ่ายตามกลยุทธ์" : "Disbursed and used % by strategy")
        svg += axes(maxValue: top)
        for (i, row) in rows.enumerated() {
            let x = plot.x + slot * Double(i) + slot / 2
            for (k, value) in [disbursed[i], used[i]].enumerated() {
                guard let value else { continue }
                let h = plot.h * value / top
                let colour = k == 0 ? disbursedColour : usedColour
                let bx = x - bar + Double(k) * bar
                svg +=
                    "<rect x=\"\(f(bx))\" y=\"\(f(plot.y + plot.h - h))\" width=\"\(f(bar - 1))\" height=\"\(f(h))\""
                    + " fill=\"\(colour)\"><title>\(HTMLDocument.escape(label(t, row))): \(TableRenderer.formatFloat(value))%</title></rect>\n"
            }
            svg +=
                "<text x=\"\(f(x))\" y=\"\(f(plot.y + plot.h + 14))\" text-anchor=\"middle\">\(HTMLDocument.escape(label(t, row)))</text>\n"
        }
        if let target {
            let y = plot.y + plot.h - plot.h * target / top
            svg +=
                "<line x1=\"\(f(plot.x))\" y1=\"\(f(y))\" x2=\"\(f(plot.x + plot.w))\" y2=\"\(f(y))\" stroke=\"\(targetColour)\""
                + " stroke-width=\"2\" stroke-dasharray=\"6 3\"/>\n"
            svg +=
                "<text x=\"\(f(plot.x + plot.w - 2))\" y=\"\(f(y - 4))\" text-anchor=\"end\" fill=\"\(targetColour)\">"
                + (r.language == .th ? "เป้าหมาย " : "target ") + "\(TableRenderer.formatFloat(target))%</text>\n"
        }
        svg += legend([
            (disbursedColour, r.label("disbursed_pct")), (usedColour, r.label("used_pct")),
            (targetColour, r.language == .th ? "เป้าหมาย" : "Target"),
        ])
        return svg + "</svg>"
    }

    /// Lines over the twelve months: planned, disbursed and used (to the report's date), and the target points.
    static func sCurve(_ t: Table, _ r: Report) -> String {
        let plot = plotArea()
        let n = t.rowCount
        let step = plot.w / Double(max(n, 1))
        func x(_ i: Int) -> Double { plot.x + step * (Double(i) + 1) }
        func y(_ v: Double) -> Double { plot.y + plot.h - plot.h * min(v, 100) / 100 }
        func line(_ column: String, _ colour: String, dash: String?) -> String {
            var points = ["\(f(plot.x)),\(f(y(0)))"]
            for i in 0..<n { if let v = number(t, column, i) { points.append("\(f(x(i))),\(f(y(v)))") } }
            let dashed = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
            return "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.2\"\(dashed) points=\""
                + points.joined(separator: " ") + "\"/>\n"
        }
        var svg = header(
            r.language == .th
                ? "การเบิกจ่ายสะสมเทียบแผนและเป้าหมาย (S-curve)" : "Cumulative S-curve: planned, disbursed, target")
        svg += axes(maxValue: 100)
        for i in 0..<n {
            svg +=
                "<text x=\"\(f(x(i)))\" y=\"\(f(plot.y + plot.h + 14))\" text-anchor=\"middle\" font-size=\"9\">"
                + HTMLDocument.escape(String(t.columns[0][i].textValue.prefix { $0 != " " })) + "</text>\n"
        }
        svg += line("planned_pct", plannedColour, dash: "5 3")
        svg += line("target_pct", targetColour, dash: "2 3")
        svg += line("used_pct", usedColour, dash: nil)
        svg += line("disbursed_pct", disbursedColour, dash: nil)
        for i in 0..<n {
            if let v = number(t, "target_pct", i) {
                svg +=
                    "<circle cx=\"\(f(x(i)))\" cy=\"\(f(y(v)))\" r=\"3.5\" fill=\"\(targetColour)\"><title>\(TableRenderer.formatFloat(v))%</title></circle>\n"
            }
        }
        svg += legend([
            (plannedColour, r.label("planned_pct")), (disbursedColour, r.label("disbursed_pct")),
            (usedColour, r.label("used_pct")), (targetColour, r.language == .th ? "เป้าหมาย" : "Target"),
        ])
        return svg + "</svg>"
    }

    static func plotArea() -> (x: Double, y: Double, w: Double, h: Double) {
        (left, top, width - left - right, height - top - bottom)
    }

    static func header(_ title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\""
            + " viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(HTMLDocument.escape(title))\">\n"
            + "<text x=\"\(f(width / 2))\" y=\"16\" text-anchor=\"middle\" font-weight=\"bold\" font-size=\"12\">"
            + HTMLDocument.escape(title) + "</text>\n"
    }

    /// Grid lines and labels every 20% up to `maxValue`.
    static func axes(maxValue: Double) -> String {
        let plot = plotArea()
        var out = ""
        var v = 0.0
        while v <= maxValue + 0.001 {
            let y = plot.y + plot.h - plot.h * v / maxValue
            out +=
                "<line x1=\"\(f(plot.x))\" y1=\"\(f(y))\" x2=\"\(f(plot.x + plot.w))\" y2=\"\(f(y))\" stroke=\"#e1e5eb\"/>\n"
            out += "<text x=\"\(f(plot.x - 4))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(Int(v))%</text>\n"
            v += 20
        }
        return out + "<line x1=\"\(f(plot.x))\" y1=\"\(f(plot.y + plot.h))\" x2=\"\(f(plot.x + plot.w))\""
            + " y2=\"\(f(plot.y + plot.h))\" stroke=\"#6b7480\"/>\n"
    }

    static func legend(_ items: [(colour: String, text: String)]) -> String {
        var out = ""
        var x = left
        for item in items {
            out += "<rect x=\"\(f(x))\" y=\"\(f(height - 14))\" width=\"10\" height=\"10\" fill=\"\(item.colour)\"/>"
            out += "<text x=\"\(f(x + 14))\" y=\"\(f(height - 5))\">\(HTMLDocument.escape(item.text))</text>\n"
            x += 22 + Double(item.text.count) * 6.2
        }
        return out
    }

    static func number(_ t: Table, _ column: String, _ row: Int) -> Double? {
        switch t.column(column)?[row] {
        case .float(let v)?, .percent(let v)?: v
        case .int(let v)?: Double(v)
        default: nil
        }
    }

    static func label(_ t: Table, _ row: Int) -> String { t.columns[0][row].textValue }

    /// A coordinate with at most one decimal.
    static func f(_ x: Double) -> String {
        let tenths = Int64((x * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }
}

extension Value {
    /// The value as plain text for a label.
    var textValue: String { HTMLDocument.cell(self) }
}
