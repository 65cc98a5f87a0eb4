import PlanModel
import Testing

/// Thousands separators as every number display writes them.
@Suite struct DigitGroupingTests {
    @Test(arguments: [
        ("0", ",", "0"), ("999", ",", "999"), ("1000", ",", "1,000"), ("-1000", ",", "-1,000"),
        ("-100", ",", "-100"), ("1234567", "_", "1_234_567"),
        ("-9223372036854775808", ",", "-9,223,372,036,854,775,808"),
    ])
    func groupsOfThreeFromTheRight(digits: String, separator: String, expected: String) {
        #expect(DigitGrouping.grouped(digits, separator: Character(separator)) == expected)
    }

    @Test func integersOfAnyWidth() {
        #expect(DigitGrouping.grouped(Int64.min) == "-9,223,372,036,854,775,808")
        #expect(DigitGrouping.grouped(UInt8(255)) == "255")
        #expect(DigitGrouping.grouped(2_000, separator: "_") == "2_000")
    }
}
