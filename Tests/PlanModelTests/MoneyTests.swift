import PlanModel
import Testing

@Suite struct MoneyTests {
    @Test(arguments: [
        ("1250000", Int64(125_000_000)), ("1,250,000.50", 125_000_050), ("-3.5", -350), ("0.05", 5),
        (" 12 ", 1200), ("+7", 700), ("999", 99_900), ("1,000", 100_000),
    ])
    func parsesWhatSpreadsheetsWrite(text: String, satang: Int64) {
        #expect(Money.parse(text)?.satang == satang)
    }

    @Test(arguments: ["", "-", "1.234", "1,25", "12,3456", ",100", "1e5", "abc", "1 000", "١٢", "99999999999999999999"])
    func rejectsMalformedAmounts(text: String) {
        #expect(Money.parse(text) == nil)
    }

    @Test func printsWithSeparatorsAndTwoDecimals() {
        #expect(Money(satang: 125_000_050).description == "1,250,000.50")
        #expect(Money(satang: -350).description == "-3.50")
        #expect(Money(satang: 5).description == "0.05")
        #expect(Money(satang: 125_000_050).formatted(grouping: false) == "1250000.50")
    }

    @Test func overflowIsReportedNotTrapped() {
        let big = Money(satang: .max - 1)
        #expect(big.adding(Money(satang: 10)) == nil)
        #expect(Money(satang: .min).subtracting(Money(satang: 1)) == nil)
        #expect(big.multiplied(by: 2) == nil)
        #expect([big, Money(satang: 5)].total() == nil)
        #expect([Money(satang: 1), Money(satang: 2)].total() == Money(satang: 3))
    }

    @Test func roundTripsThroughText() {
        for satang: Int64 in [0, 1, 99, 100, 123_456_789, -42] {
            let m = Money(satang: satang)
            #expect(Money.parse(m.description) == m)
            #expect(Money.parse(m.formatted(grouping: false)) == m)
        }
    }
}
