import Foundation
import PlanModel
import TestSupport
import Testing

@testable import PlanQuery

/// The same questions asked of Phaen and of sqlite3 over the same generated rows must give the same answers,
/// to the satang. Skipped, with a message, when sqlite3 is not installed.
@Suite(.enabled(if: SQLiteOracle.path != nil, "sqlite3 is not installed: the oracle comparison is skipped"))
struct SQLiteOracleTests {
    let plan = GeneratedPlan(projects: 300, disbursements: 20_000, seed: 42)

    @Test func groupAlongRelationWithDateFilter() throws {
        let ours = try TestPlan.run(
            """
            disbursements | where date <= end_of(Q2) and kind = "disbursement"
              | group project.strategy | agg n = count(), paid = sum(amount), low = min(amount), high = max(amount)
            """, plan.catalog)
        let theirs = try plan.sqlite(
            """
            SELECT p.strategy, count(*), sum(d.amount), min(d.amount), max(d.amount)
            FROM disbursements d LEFT JOIN projects p ON p.code = d.project
            WHERE d.date <= '2018-03-31' AND d.kind = 'disbursement'
            GROUP BY p.strategy ORDER BY p.strategy IS NULL, p.strategy;
            """)
        #expect(theirs.count == 4)
        #expect(rows(ours.table, satang: ["paid", "low", "high"]) == theirs)
    }

    @Test func filterSortTake() throws {
        let ours = try TestPlan.run(
            """
            projects | where source in ("basic") and budget between 100_000 and 900,000 or name contains "อบรม"
              | sort budget desc, code | take 25 | select code, budget
            """, plan.catalog)
        let theirs = try plan.sqlite(
            """
            SELECT code, budget FROM projects
            WHERE source IN ('basic') AND budget BETWEEN 10000000 AND 90000000 OR instr(name, 'อบรม') > 0
            ORDER BY budget DESC, code LIMIT 25;
            """)
        #expect(theirs.count == 25)
        #expect(rows(ours.table, satang: ["budget"]) == theirs)
    }

    @Test func groupByQuarterAndProjectTotals() throws {
        let ours = try TestPlan.run(
            """
            disbursements | group q = quarter(date), project | agg paid = sum(amount) | sort paid desc, project | take 40
            """, plan.catalog)
        let theirs = try plan.sqlite(
            """
            SELECT CASE WHEN CAST(substr(date, 6, 2) AS INTEGER) >= 10 THEN 1
                        ELSE (CAST(substr(date, 6, 2) AS INTEGER) - 1) / 3 + 2 END AS q, project, sum(amount) AS paid
            FROM disbursements GROUP BY q, project ORDER BY paid DESC, project LIMIT 40;
            """)
        #expect(theirs.count == 40)
        #expect(rows(ours.table, satang: ["paid"]) == theirs)
    }

    @Test func wholeTableSum() throws {
        let ours = try TestPlan.run("disbursements | agg total = sum(amount), n = count()", plan.catalog)
        #expect(
            rows(ours.table, satang: ["total"]) == (try plan.sqlite("SELECT sum(amount), count(*) FROM disbursements;"))
        )
    }

    /// A result as sqlite3's `-separator '|'` lines, money as whole satang, null as empty.
    func rows(_ t: Table, satang: Set<String>) -> [String] {
        (0..<t.rowCount).map { r in
            t.columns.indices.map { c -> String in
                switch t.columns[c][r] {
                case .null: ""
                case .money(let m): satang.contains(t.columnNames[c]) ? String(m.satang) : m.description
                case .text(let s): s
                case .int(let i): String(i)
                case .date(let d): d.description
                default: "\(t.columns[c][r])"
                }
            }.joined(separator: "|")
        }
    }
}

enum SQLiteOracle {
    static let path: String? = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// A seeded random plan: strategies, projects (Thai and English names) and disbursements, as tables and as
/// a sqlite database holding money in satang (removed when the plan goes).
final class GeneratedPlan {
    let catalog: TestCatalog
    let database: URL

    init(projects: Int, disbursements: Int, seed: UInt64) {
        var r = FuzzTests.Random(state: seed)
        let strategies = TestPlan.strategies
        let words = ["อบรม", "ค่าย", "พัฒนา", "นิเทศ", "Reading", "STEM", "ซ่อมแซม", "ติดตาม"]
        var projectRows: [[Value]] = []
        var sql =
            "CREATE TABLE projects(code TEXT, name TEXT, strategy TEXT, source TEXT, budget INTEGER);\n"
            + "CREATE TABLE disbursements(project TEXT, date TEXT, amount INTEGER, kind TEXT);\nBEGIN;\n"
        for k in 0..<projects {
            let code = "P\(1000 + k)"
            let name = "\(r.pick(words))\(r.pick(words)) \(k)"
            let strategy = "S\(1 + r.int(3))"
            let source = r.int(2) == 0 ? "basic" : "strategic"
            let satang = Int64(r.int(120_000_000)) + 1
            projectRows.append([
                .text(code), .text(name), .text(strategy), .text(source), .money(Money(satang: satang)),
            ])
            sql += "INSERT INTO projects VALUES('\(code)','\(name)','\(strategy)','\(source)',\(satang));\n"
        }
        var p = TestPlan.table(
            "projects",
            [
                ("code", .text), ("name", .text), ("strategy", .text), ("source", .text),
                ("budget", .money),
            ], projectRows)
        TestPlan.link(&p, "strategy", to: strategies)
        let start = FiscalYear(2561).start
        var paymentRows: [[Value]] = []
        for _ in 0..<disbursements {
            let project = r.int(50) == 0 ? "P9999" : "P\(1000 + r.int(projects))"
            let day = start.advanced(by: Int32(r.int(365)))
            let amount = Int64(r.int(5_000_000)) + 1
            let kind = r.int(5) == 0 ? "obligation" : "disbursement"
            paymentRows.append([.text(project), .date(day), .money(Money(satang: amount)), .text(kind)])
            sql += "INSERT INTO disbursements VALUES('\(project)','\(day)',\(amount),'\(kind)');\n"
        }
        sql += "COMMIT;\n"
        var d = TestPlan.table(
            "disbursements", [("project", .text), ("date", .date), ("amount", .money), ("kind", .text)],
            paymentRows)
        TestPlan.link(&d, "project", to: p)
        catalog = TestCatalog(tables: ["strategies": strategies, "projects": p, "disbursements": d])
        database = FileManager.default.temporaryDirectory.appendingPathComponent(
            "phaen-oracle-\(seed)-\(UUID().uuidString).db")
        try? FileManager.default.removeItem(at: database)
        _ = try? GeneratedPlan.sqlite3(database, sql)
    }

    deinit { try? FileManager.default.removeItem(at: database) }

    func sqlite(_ query: String) throws -> [String] {
        try GeneratedPlan.sqlite3(database, query).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map(String.init)
    }

    static func sqlite3(_ db: URL, _ input: String) throws -> String {
        try ChildProcess.run(
            SQLiteOracle.path ?? "/usr/bin/sqlite3", ["-batch", "-separator", "|", db.path], input: input
        )
        .stdout
    }
}
