import LineBreaking
import PlanData
import PlanModel
import PlanSim
import TextWidth

/// Draws statement outputs in the session's format. The only place that formats results as text.
struct OutputWriter {
    var settings: Settings

    /// The output as text (no trailing newline), or nil when there is nothing to show.
    func render(_ output: StatementOutput) -> String? {
        switch output {
        case .table(let t): return renderTable(t)
        case .chart(let kind, let t, let value, let label):
            switch settings.format {
            case .table, .markdown: return ChartRenderer.render(kind, t, value: value, label: label)
            case .csv, .json, .html, .xlsx: return renderTable(t)
            }
        case .report(let r): return renderReport(r)
        case .message(let en, let th): return fitted(settings.language == .th ? th : en)
        case .text(let s): return fitted(s)
        case .inFull(let output):
            var whole = settings
            whole.rows = 0
            whole.terminalWidth = settings.terminalWidth.map { _ in Int.max }
            return OutputWriter(settings: whole).render(output)
        case .nothing, .quit: return nil
        }
    }

    func renderTable(_ t: Table) -> String { renderTable(t, as: settings.format) }

    /// A table as text in `format` (an xlsx workbook is never text: it is drawn as a table), fitted to the
    /// terminal when there is one.
    func renderTable(_ t: Table, as format: Format) -> String {
        switch format {
        case .table, .xlsx:
            return TableRenderer.render(
                t, rowLimit: settings.rows, language: settings.language, width: settings.terminalWidth,
                wide: settings.wide, colour: colouring)
        case .markdown: return TableRenderer.markdown(t)
        case .html: return HTMLDocument.table(t)
        case .csv:
            var s = TableWriter.csv(t)
            while s.hasSuffix("\n") || s.hasSuffix("\r") { s.removeLast() }
            return s
        case .json:
            var s = TableWriter.json(t)
            while s.hasSuffix("\n") { s.removeLast() }
            return s
        }
    }

    func renderReport(_ r: Report) -> String { renderReport(r, as: settings.format) }

    /// A report as text in `format`: its title, facts, sections under their headings (headers in the report's
    /// language) and summary; csv and json give the sections' tables only, with their stable column names.
    func renderReport(_ r: Report, as format: Format) -> String {
        let title = r.heading
        var parts: [String] = []
        switch format {
        case .html:
            return HTMLDocument.report(r)
        case .table, .markdown, .xlsx:
            let md = format == .markdown
            parts.append(md ? "# \(title)" : fitted(title) + "\n" + rule("═", under: title))
            let keyWidth = r.facts.map { $0.0.displayWidth }.max() ?? 0
            if !r.facts.isEmpty {
                let lines = r.facts.map { md ? "- **\($0.0)**: \($0.1)" : fact($0.0.padded(to: keyWidth), $0.1) }
                parts.append(lines.joined(separator: "\n"))
            }
            for (heading, table) in r.sections {
                let underline = md ? "\n" : "\n" + rule("─", under: heading) + "\n"
                parts.append(
                    (md ? "## \(heading)" : fitted(heading)) + underline + renderTable(r.labelled(table), as: format))
            }
            parts += r.paragraphs.map(fitted)
        case .csv, .json:
            for (_, table) in r.sections { parts.append(renderTable(table, as: format)) }
        }
        return parts.joined(separator: "\n\n")
    }

    /// Colours only ever go to a terminal.
    var colouring: Bool { settings.colour && settings.terminalWidth != nil }

    /// Text wrapped to the terminal's width (between words, Thai too); as it is for files, pipes and scripts.
    func fitted(_ text: String) -> String {
        guard let width = settings.terminalWidth else { return text }
        return LineWrapping.wrap(text, width: width)
    }

    /// A line of `character` as wide as `text`, or as the terminal when that is narrower.
    func rule(_ character: String, under text: String) -> String {
        String(repeating: character, count: min(text.displayWidth, settings.terminalWidth ?? .max))
    }

    /// A report's `key  value` line, the value wrapped under itself on a terminal.
    func fact(_ key: String, _ value: String) -> String {
        let line = key + "  " + value
        guard let width = settings.terminalWidth else { return line }
        return LineWrapping.wrap(line: line, width: width, indent: key.displayWidth + 2).joined(separator: "\n")
    }
}

extension Report {
    /// `table` with its columns named by their headers in the report's language, for a reader.
    func labelled(_ table: Table) -> Table {
        Table(name: table.name, columnNames: table.columnNames.map(label), columns: table.columns)
    }
}
