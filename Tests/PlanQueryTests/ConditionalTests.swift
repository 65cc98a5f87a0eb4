import PlanModel
import Testing

@testable import PlanQuery

/// `if(c, a, b)` and `case when … then … else … end`: one branch or the other, row by row, of one type, with
/// money exact.
@Suite struct ConditionalTests {
    func values(_ text: String, _ column: String) throws -> [Value] { TestPlan.values(try TestPlan.run(text), column) }

    @Test func ifPicksABranchPerRow() throws {
        let sizes = try values("projects | select s = if(budget > 200_000, \"large\", \"small\")", "s")
        #expect(sizes.prefix(3) == [.text("small"), .text("small"), .text("large")])
        // A whole number beside money is baht, and the money stays exact to the satang.
        let paid = try values("projects | select p = if(code = \"P02\", budget, 1)", "p")
        #expect(paid.prefix(3) == [TestPlan.money("1"), TestPlan.money("80000.50"), TestPlan.money("1")])
    }

    @Test func aNullConditionTakesTheElseBranch() throws {
        let r = try values("projects | select s = if(status = \"delayed\", 1, 0)", "s")
        let statuses = try values("projects | select status", "status")
        for (s, v) in zip(statuses, r) { #expect(v == (s == .text("delayed") ? .int(1) : .int(0))) }
        #expect(try values("projects | select s = if(null, 1, 2) | take 1", "s") == [.int(2)])
    }

    @Test func caseTriesEachWhenInTurn() throws {
        let text =
            "projects | select b = case when budget >= 1_000_000 then \"A\" when budget >= 100_000 then \"B\" "
            + "else \"C\" end, d = case when code = \"P01\" then budget end"
        let r = try TestPlan.run(text)
        #expect(TestPlan.values(r, "b").prefix(3) == [.text("B"), .text("C"), .text("A")])
        #expect(TestPlan.values(r, "d").prefix(2) == [TestPlan.money("150000"), .null])
    }

    @Test func ifInsideAnAggregateSumsExactly() throws {
        let r = try values("projects | agg s = sum(if(source = \"strategic\", budget, 0))", "s")
        #expect(r == [TestPlan.money("350000.75")])  // 150,000 + 80,000.50 + 120,000.25
    }

    @Test func mismatchesAreErrors() throws {
        #expect(TestPlan.error("projects | select x = if(budget, 1, 2)")?.message.contains("true or false") == true)
        #expect(
            TestPlan.error("projects | select x = if(budget > 1, budget, 0.5)")?.message.contains("one type") == true)
        #expect(TestPlan.error("projects | select x = if(budget > 1, 1)")?.message.contains("3 arguments") == true)
        #expect(
            TestPlan.error("projects | select x = case when budget > 1 then 1 else 2")?.message.contains("`end`")
                == true)
        #expect(TestPlan.error("projects | select x = case budget end")?.message.contains("`when`") == true)
    }

    /// A whole number of baht beside money that money cannot hold is an error at that number, never a null.
    @Test func bahtTooLargeForMoneyIsAnErrorNotANull() throws {
        let tooLarge = "92233720368547759"  // × 100 satang is past Int64.max
        for text in [
            "projects | select x = if(code = \"P02\", \(tooLarge), budget)",
            "projects | select x = if(true, \(tooLarge), budget)",
            "projects | select x = case when code = \"P01\" then budget else \(tooLarge) end",
            "projects | select x = coalesce(null, \(tooLarge), budget)",
        ] {
            let error = TestPlan.error(text)
            #expect(error?.message == "\(tooLarge) baht is too large to hold as money exactly", "\(text)")
            let start = text.utf8.distance(from: text.startIndex, to: text.range(of: tooLarge)!.lowerBound)
            #expect(error?.range?.start == start, "\(text)")
        }
        // The largest that fits is exact.
        let largest = try values("projects | select x = if(code = \"P01\", 92233720368547758, budget)", "x")
        #expect(largest.first == .money(Money(satang: 9_223_372_036_854_775_800)))
    }
}
