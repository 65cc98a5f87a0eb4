/// A Thai government fiscal year: fiscal year N (Buddhist Era) runs 1 October N−1 to 30 September N.
/// Quarter 1 is October–December, 2 January–March, 3 April–June, 4 July–September. Each quarter's report is
/// cumulative from 1 October and due on the 15th of the month after the quarter.
public struct FiscalYear: Hashable, Sendable {
    /// The fiscal year in Buddhist Era (e.g. 2561).
    public let buddhistEra: Int

    /// A fiscal year from its Buddhist Era number; a number below 2400 is taken as Common Era.
    public init(_ year: Int) { buddhistEra = year >= BuddhistEra.firstYear ? year : year + BuddhistEra.offset }

    /// The fiscal year in Common Era (2561 → 2018).
    public var commonEra: Int { buddhistEra - BuddhistEra.offset }

    /// 1 October of the year before.
    public var start: Day { Day(year: commonEra - 1, month: 10, day: 1)! }

    /// 30 September.
    public var end: Day { Day(year: commonEra, month: 9, day: 30)! }

    public func contains(_ day: Day) -> Bool { day >= start && day <= end }

    /// The quarter (1–4) a day falls in, or `nil` outside the year.
    public func quarter(of day: Day) -> Int? {
        guard contains(day) else { return nil }
        let m = day.components.month
        return m >= 10 ? 1 : (m - 1) / 3 + 2
    }

    /// The first day of quarter `q` (1–4).
    public func startOf(quarter q: Int) -> Day {
        precondition((1...4).contains(q))
        let month = [10, 1, 4, 7][q - 1]
        return Day(year: q == 1 ? commonEra - 1 : commonEra, month: month, day: 1)!
    }

    /// The last day of quarter `q` (1–4): 31 Dec, 31 Mar, 30 Jun, 30 Sep.
    public func endOf(quarter q: Int) -> Day {
        precondition((1...4).contains(q))
        return q == 4 ? end : startOf(quarter: q + 1).advanced(by: -1)
    }

    /// The day the cumulative report for quarter `q` is due: 15 Jan, 15 Apr, 15 Jul, 15 Oct.
    public func reportDue(quarter q: Int) -> Day {
        precondition((1...4).contains(q))
        let month = [1, 4, 7, 10][q - 1]
        return Day(year: commonEra, month: month, day: 15)!
    }

    /// The months a cumulative report for quarter `q` covers: 3, 6, 9 or 12.
    public static func reportMonths(quarter q: Int) -> Int { q * 3 }

    /// The FY2561 disbursement measures' cumulative targets (% at end of Q1..Q4), the default for a plan
    /// that states none.
    public static let defaultTargets: [Double] = [30, 52, 77, 96]
}
