import PlanModel
import Testing

@testable import PlanQuery

/// A percentage is one kind of value: `52%` and a `_pct` column compare on one scale, money times a percentage
/// is exact, and a percentage next to a bare number is an error at the number that shows how to write it.
@Suite struct PercentTests {
    func values(_ text: String, _ column: String) throws -> [Value] { TestPlan.values(try TestPlan.run(text), column) }

    /// The error of a statement and the text it underlines.
    func failure(_ text: String) throws -> (QueryError, String) {
        let e = try #require(TestPlan.error(text), "`\(text)` should fail")
        let utf8 = Array(text.utf8)
        let range = try #require(e.range)
        return (e, String(decoding: utf8[range.start..<min(range.end, utf8.count)], as: UTF8.self))
    }

    @Test func aPercentageLiteralComparesWithPointColumns() throws {
        // disbursed_pct holds points (40 and 60); 52% is the same scale, not 0.52.
        #expect(try values("progress(Q2) | where disbursed_pct < 52%", "code") == [.text("P01")])
        #expect(try values("progress(Q2) | where disbursed_pct >= 60%", "code") == [.text("P03")])
        #expect(try values("progress(Q2) | where disbursed_pct < target_pct", "code") == [.text("P01")])
        #expect(try values("progress(Q2) | where disbursed_pct in (40%, 41%)", "code") == [.text("P01")])
        #expect(try values("progress(Q2) | where disbursed_pct between 50% and 70%", "code") == [.text("P03")])
        #expect(try values("progress(Q2) | where gap_pct < 0", "code") == [.text("P01")])
    }

    @Test func shareIsAPercentage() throws {
        let parts = try values("projects | group strategy | agg part = share(budget) | where part > 10%", "strategy")
        #expect(parts == [.text("S1"), .text("S3")])
    }

    @Test func aBareNumberBesideAPercentageIsAnErrorAtTheNumber() throws {
        let (points, at) = try failure("progress(Q2) | where disbursed_pct < 52")
        #expect(at == "52")
        #expect(points.message.contains("ambiguous"))
        #expect(points.suggestion?.hasPrefix("write `52%`") == true)
        #expect(points.thai?.contains("ร้อยละ") == true)

        let (fraction, fractionAt) = try failure("progress(Q2) | where disbursed_pct >= 0.9")
        #expect(fractionAt == "0.9")
        #expect(fraction.suggestion?.hasPrefix("write `90%` or `0.9%`") == true)

        let (sum, sumAt) = try failure("progress(Q2) | select x = gap_pct + 5")
        #expect(sumAt == "5")
        #expect(sum.suggestion?.hasPrefix("write `5%`") == true)

        let (listed, listedAt) = try failure("progress(Q2) | where disbursed_pct in (40%, 52)")
        #expect(listedAt == "52")
        #expect(listed.suggestion?.hasPrefix("write `52%`") == true)

        let (column, columnAt) = try failure("progress(Q2) | select code, x = disbursed_pct > length(code)")
        #expect(columnAt == "length(code)")
        #expect(column.suggestion?.contains("percent(x)") == true)
    }

    @Test func arithmeticKeepsTheMeaning() throws {
        let text =
            "progress(Q2) | where code = \"P01\" | select a = disbursed_pct - target_pct, b = disbursed_pct / 50%, "
            + "c = disbursed_pct / 2, d = 200 * disbursed_pct, e = 10% * 50%, f = -disbursed_pct, g = points(gap_pct)"
        let r = try TestPlan.run(text)
        #expect(TestPlan.values(r, "a") == [.percent(-12)])
        #expect(TestPlan.values(r, "b") == [.float(0.8)])
        #expect(TestPlan.values(r, "c") == [.percent(20)])
        #expect(TestPlan.values(r, "d") == [.float(80)])
        #expect(TestPlan.values(r, "e") == [.percent(5)])
        #expect(TestPlan.values(r, "f") == [.percent(-40)])
        #expect(TestPlan.values(r, "g") == [.float(-12)])
        #expect(try values("projects | where code = \"P01\" | select p = percent(0.25)", "p") == [.percent(25)])
    }

    @Test func moneyTimesAPercentageIsExact() throws {
        // 80,000.50 × 12.5% = 10,000.0625 → 10,000.06; ÷ 40% = 200,001.25.
        let r = try TestPlan.run("projects | where code = \"P02\" | select a = budget * 12.5%, b = budget / 40%")
        #expect(TestPlan.values(r, "a") == [TestPlan.money("10000.06")])
        #expect(TestPlan.values(r, "b") == [TestPlan.money("200001.25")])
        #expect(try values("projects | where code = \"P02\" | select z = budget / 0%", "z") == [.null])
    }

    @Test func whatDoesNotCombineIsRefused() throws {
        for text in [
            "projects | select x = budget % 10%", "projects | select x = 10% + budget",
            "projects | select x = code + 5%",
            "progress(Q2) | select x = points(3)", "progress(Q2) | select x = percent(disbursed_pct)",
            "disbursements | where date < 10%",
        ] {
            #expect(TestPlan.error(text) != nil, "\(text)")
        }
    }
}
