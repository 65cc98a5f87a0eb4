import PlanModel

/// Writes a table as CSV or JSON for other tools: CSV per RFC 4180 in UTF-8 with a header row, money as
/// `1250000.50` (no grouping), dates as `YYYY-MM-DD` (Common Era), nulls as empty cells; JSON as an array of
/// objects with money as exact decimal numbers and nulls as `null`.
public enum TableWriter {
    /// The table as CSV text, lines ending in LF.
    public static func csv(_ table: Table) -> String {
        var out = table.columnNames.map(csvField).joined(separator: ",") + "\n"
        for row in 0..<table.rowCount {
            out += table.columns.map { csvField(text($0[row])) }.joined(separator: ",")
            out += "\n"
        }
        return out
    }

    /// The table as a JSON array of objects, one a line.
    public static func json(_ table: Table) -> String {
        let keys = table.columnNames.map(jsonString)
        var lines: [String] = []
        for row in 0..<table.rowCount {
            let members = table.columns.indices.map { keys[$0] + ": " + jsonValue(table.columns[$0][row]) }
            lines.append("  {" + members.joined(separator: ", ") + "}")
        }
        return lines.isEmpty ? "[]\n" : "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }

    /// A value as a cell's text: what the loader reads back to the same value. A percentage is written as its
    /// number of points without the sign (52.5), so that a spreadsheet reads a number.
    static func text(_ value: Value) -> String {
        switch value {
        case .null: ""
        case .int(let v): String(v)
        case .money(let m): m.formatted(grouping: false)
        case .float(let v), .percent(let v): floatText(v)
        case .date(let d): d.description
        case .bool(let b): b ? "true" : "false"
        case .text(let s): s
        }
    }

    /// A double without a needless `.0`.
    static func floatText(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return String(v)
    }

    /// A CSV field, quoted when it holds a comma, quote, line break or surrounding space.
    static func csvField(_ s: String) -> String {
        let needsQuotes =
            s.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || s.first == " " || s.last == " "
        guard needsQuotes else { return s }
        return "\"" + s.replacing("\"", with: "\"\"") + "\""
    }

    static func jsonValue(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .int(let v): String(v)
        case .money(let m): m.formatted(grouping: false)
        case .float(let v), .percent(let v): v.isFinite ? floatText(v) : "null"
        case .date(let d): jsonString(d.description)
        case .bool(let b): b ? "true" : "false"
        case .text(let s): jsonString(s)
        }
    }

    /// A JSON string literal.
    static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20:
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}
