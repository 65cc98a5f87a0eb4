import PlanModel
import PlanSim

/// Results and reports as HTML a person opens or prints: one self-contained file (inline CSS and SVG, nothing
/// fetched), A4 landscape when printed, a Thai font stack, numbers right-aligned with thousands separators.
enum HTMLDocument {
    /// A whole page holding `table` under its name.
    static func page(_ table: Table, language: Settings.Language) -> String {
        page(
            title: table.name, language: language == .th ? "th" : "en",
            body: "<h1>\(escape(table.name))</h1>\n" + self.table(table))
    }

    /// A report as a whole page: title, facts, summary, its charts (a quarterly report's two, a simulation's fan
    /// chart and tornado), then each section's table.
    static func report(_ r: Report) -> String {
        var body = "<h1>\(escape(r.heading))</h1>\n<table class=\"facts\">\n"
        for (label, value) in r.facts { body += "<tr><th>\(escape(label))</th><td>\(escape(value))</td></tr>\n" }
        body += "</table>\n"
        if !r.paragraphs.isEmpty {
            let heading = r.language == .th ? "สรุปผลการดำเนินงาน" : "Summary"
            body += "<h2>\(heading)</h2>\n" + r.paragraphs.map { "<p>\(escape($0))</p>\n" }.joined()
        }
        let charts = [
            r.sections.first { $0.table.name == "report_strategies" }.map { ReportCharts.byStrategy($0.table, r) },
            r.sections.first { $0.table.name == "report_months" }.map { ReportCharts.sCurve($0.table, r) },
            r.sections.first { $0.table.name == "simulation" }.map { SimulationCharts.fan($0.table, r) },
            r.sections.first { $0.table.name == "simulation_shortfall" }.map { SimulationCharts.tornado($0.table, r) },
        ].compactMap { $0 }
        if !charts.isEmpty { body += "<div class=\"charts\">\n" + charts.joined(separator: "\n") + "</div>\n" }
        // The terminal's fan chart in text is the SVG one here.
        for (title, table) in r.sections where table.name != SimulationAnswer.textFan {
            body += "<h2>\(escape(title))</h2>\n" + self.table(table, headers: table.columnNames.map(r.label))
        }
        return page(title: r.heading, language: r.language.rawValue, body: body)
    }

    /// A `<table>`: a header row, then one row per row; numbers right-aligned, a `total` row in bold.
    static func table(_ t: Table, headers: [String]? = nil) -> String {
        var out = "<table>\n<thead><tr>"
        for (k, name) in (headers ?? t.columnNames).enumerated() {
            out += "<th class=\"\(kind(t, k))\">\(escape(name))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in 0..<t.rowCount {
            let total = t.columns.first.map { $0[row] == .text("total") } ?? false
            out += total ? "<tr class=\"total\">" : "<tr>"
            for (k, column) in t.columns.enumerated() {
                out += "<td class=\"\(kind(t, k))\">\(escape(cell(column[row])))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    static func isNumber(_ type: DataType) -> Bool { [.int, .float, .money].contains(type) }

    /// A cell's classes: `num` or `text`, and `long` for the columns of names and sentences, which get room.
    static func kind(_ t: Table, _ k: Int) -> String {
        if isNumber(t.columns[k].type) { return "num" }
        return ["name", "problems", "suggestions", "owner", "indicator_results"].contains(t.columnNames[k])
            ? "text long" : "text"
    }

    /// A value as the page shows it: as the terminal's tables do, line breaks kept.
    static func cell(_ v: Value) -> String {
        if case .text(let s) = v { return s }
        return TableRenderer.cellText(v)
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    static func page(title: String, language: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    /// The page's CSS: screen and print (A4 landscape, headers repeated on each page, rows kept whole).
    static let style = """
        @page { size: A4 landscape; margin: 12mm 10mm; }
        body { font-family: "TH Sarabun New", "Sarabun", "Noto Sans Thai", "Noto Sans Thai UI", "Leelawadee UI",
          "Tahoma", "Loma", "Garuda", "Waree", sans-serif; font-size: 10.5pt; color: #1a1a1a; margin: 16px; }
        h1 { font-size: 17pt; margin: 0 0 8px; color: #1f3d6b; }
        h2 { font-size: 13pt; margin: 18px 0 6px; padding-bottom: 2px; border-bottom: 2px solid #1f3d6b;
          color: #1f3d6b; break-after: avoid; }
        table { border-collapse: collapse; margin: 4px 0 10px; font-size: 9.5pt; }
        th, td { border: 1px solid #b8c2d0; padding: 2px 5px; vertical-align: top; }
        thead th { background: #e6ecf5; font-weight: bold; vertical-align: bottom; }
        th.num { text-align: right; }
        td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        td.long { min-width: 13em; }
        tr.total td { font-weight: bold; background: #f1f3f6; }
        tbody tr:nth-child(even) td { background: #fafbfd; }
        table.facts th { text-align: left; background: #f1f3f6; font-weight: normal; }
        .charts { display: flex; flex-wrap: wrap; gap: 16px; margin: 8px 0; }
        .charts svg { border: 1px solid #d5dbe4; background: #fff; }
        svg text { font-family: inherit; font-size: 11px; fill: #1a1a1a; }
        @media print {
          body { margin: 0; font-size: 9pt; }
          table { font-size: 7.5pt; }
          td.long { min-width: 9em; }
          th.num { min-width: 4.2em; }
          thead { display: table-header-group; }
          tr, .charts svg { break-inside: avoid; }
          tbody tr:nth-child(even) td { background: none; }
        }
        """
}
