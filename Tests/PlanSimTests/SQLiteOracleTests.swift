import Foundation
import PlanModel
import TestSupport
import Testing

@testable import PlanSim

/// Progress sums checked against sqlite3 over the same rows: an independent oracle for the date cut-off, the
/// kinds, and the roll-up from activities. Skips when sqlite3 is not installed.
@Suite(.enabled(if: SQLite.path != nil, "sqlite3 is not installed"))
struct SQLiteOracleTests {
    /// A generated plan whose disbursements span the whole year (and a day either side of each quarter's end),
    /// a fifth of them obligations, a sixth naming no activity.
    static func planWithActuals() -> Plan {
        var plan = TestPlans.synthetic(projects: 120, activitiesPerProject: 3)
        let activities = plan["activities"]!
        var state: UInt64 = 2561
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let year = plan.fiscalYear
        let edges = (1...4).flatMap { [year.endOf(quarter: $0), year.endOf(quarter: $0).advanced(by: 1)] }
        var project: [Value] = []
        var activity: [Value] = []
        var date: [Value] = []
        var amount: [Value] = []
        var kind: [Value] = []
        for _ in 0..<3_000 {
            let row = next(activities.rowCount)
            project.append(activities.value("project", row))
            activity.append(next(6) == 0 ? .null : activities.value("code", row))
            let day = next(4) == 0 ? edges[next(edges.count)] : year.start.advanced(by: Int32(next(365)))
            date.append(.date(day))
            amount.append(.money(Money(satang: Int64(1 + next(2_000_000)))))
            kind.append(next(5) == 0 ? .text("obligation") : next(2) == 0 ? .null : .text("disbursement"))
        }
        var disbursements = TestPlans.table(
            "disbursements",
            [
                ("project", .text, project), ("activity", .text, activity), ("date", .date, date),
                ("amount", .money, amount), ("kind", .text, kind),
            ])
        TestPlans.relate(&disbursements, "project", to: plan["projects"]!)
        TestPlans.relate(&disbursements, "activity", to: activities)
        plan.tables["disbursements"] = disbursements
        return plan
    }

    /// The plan's tables as SQL, money in satang.
    static func sql(_ plan: Plan) -> String {
        func text(_ v: Value) -> String {
            switch v {
            case .text(let s): "'\(s.replacingOccurrences(of: "'", with: "''"))'"
            case .money(let m): String(m.satang)
            case .date(let d): "'\(d)'"
            default: "NULL"
            }
        }
        var out = [
            "CREATE TABLE projects(code, budget, q1, q2, q3, q4);",
            "CREATE TABLE activities(code, project, q1, q2, q3, q4);",
            "CREATE TABLE disbursements(project, activity, day, amount, kind);",
        ]
        let p = plan["projects"]!
        for r in 0..<p.rowCount {
            let values = ["code", "budget", "plan_q1", "plan_q2", "plan_q3", "plan_q4"].map { text(p.value($0, r)) }
            out.append("INSERT INTO projects VALUES(\(values.joined(separator: ",")));")
        }
        let a = plan["activities"]!
        for r in 0..<a.rowCount {
            let values = ["code", "project", "plan_q1", "plan_q2", "plan_q3", "plan_q4"].map { text(a.value($0, r)) }
            out.append("INSERT INTO activities VALUES(\(values.joined(separator: ",")));")
        }
        let d = plan["disbursements"]!
        for r in 0..<d.rowCount {
            let values = ["project", "activity", "date", "amount", "kind"].map { text(d.value($0, r)) }
            out.append("INSERT INTO disbursements VALUES(\(values.joined(separator: ",")));")
        }
        return out.joined(separator: "\n")
    }

    /// Per project: planned, disbursed and obligated to the end of the quarter ending `end`, in satang.
    static func oracle(_ plan: Plan, quarter q: Int, end: Day) throws -> [[Int64]] {
        let planned = (1...q).map { "q\($0)" }.joined(separator: " + ")
        let query = """
            SELECT
              COALESCE((SELECT SUM(\(planned)) FROM activities a WHERE a.project = p.code), \(planned)),
              (SELECT COALESCE(SUM(amount), 0) FROM disbursements d
                WHERE d.project = p.code AND COALESCE(kind, 'disbursement') = 'disbursement' AND day <= '\(end)'),
              (SELECT COALESCE(SUM(amount), 0) FROM disbursements d
                WHERE d.project = p.code AND kind = 'obligation' AND day <= '\(end)')
            FROM projects p ORDER BY p.rowid;
            """
        let result = try ChildProcess.run(SQLite.path!, ["-csv", ":memory:"], input: sql(plan) + "\n" + query + "\n")
        let data = Data(result.stdout.utf8)
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map { line in
            line.split(separator: ",").map { Int64($0)! }
        }
    }

    @Test(arguments: [1, 2, 3, 4])
    func progressMatchesSQLite(quarter q: Int) throws {
        let plan = Self.planWithActuals()
        let expected = try Self.oracle(plan, quarter: q, end: plan.fiscalYear.endOf(quarter: q))
        let table = try Progress.byProject(plan, quarter: q)
        #expect(expected.count == table.rowCount)
        func satang(_ v: Value) -> Int64 { if case .money(let m) = v { m.satang } else { -1 } }
        for row in 0..<table.rowCount {
            let got = ["planned_to_date", "disbursed_to_date", "obligated_to_date"].map { satang(table.value($0, row)) }
            #expect(got == expected[row], "row \(row + 1)")
        }
        let strategies = try Progress.byStrategy(plan, quarter: q)
        let total = expected.reduce(Int64(0)) { $0 + $1[1] }
        #expect(satang(strategies.value("disbursed_to_date", strategies.rowCount - 1)) == total)
    }
}

/// Where sqlite3 is, if it is installed.
enum SQLite {
    static let path: String? = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
}
