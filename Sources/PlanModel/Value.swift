/// The type of a column or an expression.
///
/// `percent` is a percentage held as its number of points (52.5 is 52.5%): the `_pct` columns of the table
/// functions, `share(x)` and literals such as `52%`. It is a kind of value of its own so that `52%` and a
/// column of points can never be compared on different scales.
public enum DataType: String, Sendable, CaseIterable {
    case int, money, float, percent, date, bool, text

    /// Whether values of the type are amounts or measures (aligned right, compared by difference): `int`,
    /// `money`, `float` and `percent`.
    public var isNumber: Bool { self == .int || self == .money || self == .float || self == .percent }
}

/// One value of a table cell or an expression result.
public enum Value: Hashable, Sendable {
    case null
    case int(Int64)
    case money(Money)
    case float(Double)
    /// A percentage as its number of points: `.percent(52)` is 52%.
    case percent(Double)
    case date(Day)
    case bool(Bool)
    case text(String)

    /// The value's type; `nil` for `null`.
    public var type: DataType? {
        switch self {
        case .null: nil
        case .int: .int
        case .money: .money
        case .float: .float
        case .percent: .percent
        case .date: .date
        case .bool: .bool
        case .text: .text
        }
    }

    public var isNull: Bool { if case .null = self { true } else { false } }
}
