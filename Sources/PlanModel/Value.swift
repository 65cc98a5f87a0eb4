/// The type of a column or an expression.
public enum DataType: String, Sendable, CaseIterable {
    case int, money, float, date, bool, text
}

/// One value of a table cell or an expression result.
public enum Value: Hashable, Sendable {
    case null
    case int(Int64)
    case money(Money)
    case float(Double)
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
        case .date: .date
        case .bool: .bool
        case .text: .text
        }
    }

    public var isNull: Bool { if case .null = self { true } else { false } }
}
