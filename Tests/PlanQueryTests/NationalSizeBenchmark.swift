import Foundation
import PlanModel
import Testing

@testable import PlanQuery

/// Filter + group over a national-size disbursements table (1.47 M rows, 14,700 projects). A measurement, not
/// a timed test: it runs only when `PHAEN_BENCH` is set, and prints what it measured. Run it in a release build:
/// `PHAEN_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter NationalSizeBenchmark`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["PHAEN_BENCH"] != nil, "set PHAEN_BENCH=1 to measure"))
struct NationalSizeBenchmark {
    static func build() -> TestCatalog {
        var r = FuzzTests.Random(state: 2561)
        let projects = 14_700
        var code = ColumnBuilder(type: .text, capacity: projects)
        var strategy = ColumnBuilder(type: .text, capacity: projects)
        var budget = ColumnBuilder(type: .money, capacity: projects)
        for k in 0..<projects {
            code.appendText("P\(k)")
            strategy.appendText("S\(1 + r.int(3))")
            budget.append(.money(Money(satang: Int64(r.int(100_000_000)))))
        }
        var p = Table(
            name: "projects", columnNames: ["code", "strategy", "budget"],
            columns: [code.build(), strategy.build(), budget.build()])
        TestPlan.link(&p, "strategy", to: TestPlan.strategies)
        let n = 1_470_000
        var rows = [Int32](repeating: 0, count: n)
        var projectCodes = [Int32](repeating: 0, count: n)
        var dates = [Int32](repeating: 0, count: n)
        var amounts = [Int64](repeating: 0, count: n)
        let start = FiscalYear(2561).start.ordinal
        for i in 0..<n {
            let k = Int32(r.int(projects))
            rows[i] = k
            projectCodes[i] = k
            dates[i] = start + Int32(r.int(365))
            amounts[i] = Int64(r.int(5_000_000))
        }
        let dictionary = (0..<projects).map { "P\($0)" }
        let d = Table(
            name: "disbursements", columnNames: ["project", "date", "amount"],
            columns: [
                Column(.text(codes: projectCodes, dictionary: dictionary)), Column(.date(dates)),
                Column(.money(amounts)),
            ],
            relations: [Relation(column: "project", target: "projects", targetRows: rows)])
        return TestCatalog(tables: ["strategies": TestPlan.strategies, "projects": p, "disbursements": d])
    }

    @Test func filterAndGroupByStrategy() throws {
        let catalog = NationalSizeBenchmark.build()
        let queries = [
            "disbursements | where date <= end_of(Q2) | group project.strategy | agg paid = sum(amount)",
            "disbursements | where date <= end_of(Q2) | group project | agg paid = sum(amount), n = count()",
            "disbursements | where amount > 4_000_000 and date >= start_of(Q3) | agg n = count(), t = sum(amount)",
            "disbursements | where project = \"P42\" | sort amount desc | take 5",
            "disbursements | derive net = amount * 2 - 100 | agg t = sum(net)",
            "disbursements | group q = quarter(date) | agg paid = sum(amount)",
            "disbursements | sort amount desc | take 10",
        ]
        for q in queries {
            var best = Double.infinity
            for _ in 0..<5 {
                let t0 = DispatchTime.now().uptimeNanoseconds
                _ = try TestPlan.run(q, catalog)
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            }
            print("bench \(String(format: "%8.1f", best)) ms  \(q)")
        }
    }

    /// Completion reads only schemas and dictionaries, so its cost does not grow with the rows: p99 under 10 ms.
    @Test func completionIsFast() {
        let catalog = NationalSizeBenchmark.build()
        let texts = [
            "disbursements | where ",
            "disbursements | where date <= end_of(Q2) | group project.strategy | agg paid = sum(amount) | sort ",
            "disbursements | where project = \"P12",
            "disbursements | where project.strategy = \"S",
            "disbursements | derive net = amount * 2 - 100 | group project | agg t = sum(net) | select project.",
            "disbursements | join projects | where bu",
        ]
        var times: [Double] = []
        for _ in 0..<50 {
            for text in texts {
                let t0 = DispatchTime.now().uptimeNanoseconds
                _ = Completer.complete(text, catalog: catalog)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            }
        }
        times.sort()
        let p99 = times[times.count * 99 / 100]
        print(
            "bench completion p50 \(String(format: "%.3f", times[times.count / 2])) ms, p99 \(String(format: "%.3f", p99)) ms"
        )
        #expect(p99 < 10)
    }
}
