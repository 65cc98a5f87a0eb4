/// The Thai calendar's years: the Buddhist Era counts 543 years more than the Common Era (2561 BE is 2018 CE),
/// and a year written as 2400 or more is taken to be Buddhist Era.
public enum BuddhistEra {
    /// BE = CE + 543.
    public static let offset = 543
    /// The first year read as Buddhist Era when a date or fiscal year is written without saying.
    public static let firstYear = 2400
}
