import Foundation
import PlanData
import PlanModel
import Testing

/// Every real budget-bill file of `../shared/realdata/` loads with `AMOUNT` as money, and its sum by every text
/// column equals what sqlite3 gives over the same file after stripping the separators, to the satang (each
/// amount read in SQL as whole baht, two decimals and the third rounding half up, as `DECIMAL(20,2)` does).
/// Skips when the files or sqlite3 are absent.
@Suite(.enabled(if: Support.tool("sqlite3") != nil, "sqlite3 is not installed"))
struct RealDataOracleTests {
    static let folder = Support.packageRoot + "/../shared/realdata"

    /// The CSV files of the real-data folder and its sub-folders.
    static var files: [String] {
        let root = URL(fileURLWithPath: folder).standardized.path
        guard let walk = FileManager.default.enumerator(atPath: root) else { return [] }
        return walk.compactMap { $0 as? String }.filter { $0.hasSuffix(".csv") }.sorted().map { root + "/" + $0 }
    }

    @Test func everyRealFileTotalsByEveryTextColumnAsSQLiteDoes() throws {
        let files = Self.files
        guard !files.isEmpty else {
            print("skipped: no CSV files under \(Self.folder)")
            return
        }
        for file in files {
            let table = try TableLoader.loadCSV(path: file, name: "items")
            let amount = try #require(table.columnIndex("AMOUNT"), "\(file) has AMOUNT")
            #expect(table.columns[amount].type == .money, "AMOUNT of \(file)")
            guard case .money(let satang) = table.columns[amount].storage else { continue }
            let groups = table.columnNames.indices.filter { table.columns[$0].type == .text }
            #expect(groups.contains { table.columnNames[$0] == "BUDGETARY_UNIT" }, "\(file): BUDGETARY_UNIT is text")
            let expected = try sqliteTotals(file, columns: table.columnNames.count, amount: amount, groups: groups)
            for g in groups {
                var totals: [String: Int64] = [:]
                let column = table.columns[g]
                for row in 0..<table.rowCount {
                    guard case .text(let text) = column[row] else {
                        totals["", default: 0] += table.columns[amount].isNull(row) ? 0 : satang[row]
                        continue
                    }
                    let key = Self.hex(text)
                    let add = table.columns[amount].isNull(row) ? 0 : satang[row]
                    totals[key, default: 0] += add
                }
                #expect(
                    totals == expected[g] ?? [:],
                    "\(URL(fileURLWithPath: file).lastPathComponent): sum(AMOUNT) by \(table.columnNames[g])")
            }
        }
    }

    /// sqlite3's sums in satang of the AMOUNT field (`amount`, 0-based) by each field of `groups`, the group
    /// written as the hex of its UTF-8 text.
    private func sqliteTotals(_ file: String, columns: Int, amount: Int, groups: [Int]) throws -> [Int: [String: Int64]]
    {
        let names = (1...columns).map { "c\($0)" }
        let a = "c\(amount + 1)"
        var script = """
            CREATE TABLE t(\(names.joined(separator: ", ")));
            .import --csv --skip 1 '\(file.replacingOccurrences(of: "'", with: "''"))' t
            CREATE TABLE v AS SELECT *, CASE WHEN instr(s, '.') > 0 THEN substr(s, 1, instr(s, '.') - 1) ELSE s END AS w,
              CASE WHEN instr(s, '.') > 0 THEN substr(s, instr(s, '.') + 1) ELSE '' END AS f
              FROM (SELECT *, trim(replace(\(a), ',', '')) AS s FROM t);
            .mode list
            .separator |

            """
        for g in groups {
            script += """
                SELECT \(g), hex(c\(g + 1)), sum(CAST(w AS INTEGER) * 100 + CAST(substr(f || '00', 1, 2) AS INTEGER)
                  + (CAST(substr(f || '000', 3, 1) AS INTEGER) >= 5)) FROM v GROUP BY c\(g + 1);

                """
        }
        let output = try Support.run(Support.tool("sqlite3")!, [":memory:"], stdin: script)
        var totals: [Int: [String: Int64]] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false)
            guard parts.count == 3, let g = Int(parts[0]), let sum = Int64(parts[2]) else {
                Issue.record("sqlite3 printed \(line)")
                continue
            }
            totals[g, default: [:]][String(parts[1])] = sum
        }
        return totals
    }

    private static func hex(_ text: String) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 2)
        for byte in text.utf8 {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
