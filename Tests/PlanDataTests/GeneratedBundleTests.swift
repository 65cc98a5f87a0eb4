import Foundation
import PlanData
import PlanModel
import Testing

/// Bundles from `Scripts/gen-bundle` load cleanly, and their sums agree with sqlite3's on the same files.
@Suite struct GeneratedBundleTests {
    static func generate(_ extra: [String] = []) throws -> String? {
        guard let python = Support.tool("python3") else {
            print("skipped: python3 is not installed")
            return nil
        }
        let folder = try Support.temporaryFolder()
        try Support.run(
            python,
            [
                Support.generator, "--offices", "3", "--projects-per-office", "12", "--activities-per-project", "3",
                "--disbursements-per-activity", "6", "--seed", "11", "--out", folder,
            ] + extra)
        return folder
    }

    @Test func perStrategyDisbursementsEqualSqlite3s() throws {
        guard let folder = try Self.generate() else { return }
        guard let sqlite = Support.tool("sqlite3") else {
            print("skipped: sqlite3 is not installed")
            return
        }
        let plan = try BundleLoader.load(path: folder)
        #expect(plan["projects"]?.rowCount == 36 && plan["disbursements"]?.rowCount == 648)
        let d = plan["disbursements"]!
        let projects = plan["projects"]!
        let strategies = plan["strategies"]!
        let toProject = try #require(d.relation(from: "project"))
        let toStrategy = try #require(projects.relation(from: "strategy"))
        guard case .money(let amounts)? = d.column("amount")?.storage else { return }
        var ours: [String: Int64] = [:]
        for row in 0..<d.rowCount where Support.text(d, "kind", row) == "disbursement" {
            let s = Int(toStrategy.targetRows[Int(toProject.targetRows[row])])
            ours[Support.text(strategies, "code", s)!, default: 0] += amounts[row]
        }
        let script = """
            .mode csv
            .import projects.csv projects
            .import disbursements.csv disbursements
            .mode list
            select p.strategy, sum(cast(replace(d.amount, '.', '') as integer)) from disbursements d
              join projects p on p.code = d.project where d.kind = 'disbursement' group by p.strategy;
            """
        var theirs: [String: Int64] = [:]
        for line in try Support.run(sqlite, [], stdin: script, in: folder).split(separator: "\n") {
            let parts = line.split(separator: "|")
            theirs[String(parts[0])] = Int64(parts[1])
        }
        #expect(!theirs.isEmpty)
        #expect(ours == theirs)
    }

    @Test func theGeneratorIsDeterministic() throws {
        guard let a = try Self.generate(), let b = try Self.generate() else { return }
        #expect(try BundleLoader.load(path: a).source?.sha256 == BundleLoader.load(path: b).source?.sha256)
    }

    @Test func aTIS620BundleLoadsToTheSameModelAsItsUTF8Twin() throws {
        guard let utf8 = try Self.generate(), let tis = try Self.generate(["--encoding", "tis-620"]) else { return }
        Support.expectSame(try BundleLoader.load(path: tis), try BundleLoader.load(path: utf8))
    }
}
