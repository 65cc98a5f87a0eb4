/// A column of a table: one typed array, strings dictionary-encoded, plus which rows are null.
public struct Column: Sendable {
    /// The typed storage. Money is whole satang; a percentage is its number of points; dates are `Day.ordinal`;
    /// text is codes into a dictionary.
    public enum Storage: Sendable {
        case int([Int64])
        case money([Int64])
        case float([Double])
        case percent([Double])
        case date([Int32])
        case bool([Bool])
        case text(codes: [Int32], dictionary: [String])
    }

    public var storage: Storage
    /// `nil` when no row is null; otherwise `true` marks a null row. Text nulls also have code −1.
    public var nulls: [Bool]?

    public init(_ storage: Storage, nulls: [Bool]? = nil) {
        self.storage = storage
        self.nulls = nulls.flatMap { $0.contains(true) ? $0 : nil }
    }

    public var type: DataType {
        switch storage {
        case .int: .int
        case .money: .money
        case .float: .float
        case .percent: .percent
        case .date: .date
        case .bool: .bool
        case .text: .text
        }
    }

    public var count: Int {
        switch storage {
        case .int(let a), .money(let a): a.count
        case .float(let a), .percent(let a): a.count
        case .date(let a): a.count
        case .bool(let a): a.count
        case .text(let codes, _): codes.count
        }
    }

    public func isNull(_ row: Int) -> Bool { nulls?[row] ?? false }

    /// The value at `row`.
    public subscript(row: Int) -> Value {
        if let nulls, nulls[row] { return .null }
        switch storage {
        case .int(let a): return .int(a[row])
        case .money(let a): return .money(Money(satang: a[row]))
        case .float(let a): return .float(a[row])
        case .percent(let a): return .percent(a[row])
        case .date(let a): return .date(Day(ordinal: a[row]))
        case .bool(let a): return .bool(a[row])
        case .text(let codes, let dict):
            let c = codes[row]
            return c < 0 ? .null : .text(dict[Int(c)])
        }
    }

    /// The rows at `indices`, in that order (a gather).
    public func gather(_ indices: [Int]) -> Column {
        let n = nulls.map { ns in indices.map { ns[$0] } }
        switch storage {
        case .int(let a): return Column(.int(indices.map { a[$0] }), nulls: n)
        case .money(let a): return Column(.money(indices.map { a[$0] }), nulls: n)
        case .float(let a): return Column(.float(indices.map { a[$0] }), nulls: n)
        case .percent(let a): return Column(.percent(indices.map { a[$0] }), nulls: n)
        case .date(let a): return Column(.date(indices.map { a[$0] }), nulls: n)
        case .bool(let a): return Column(.bool(indices.map { a[$0] }), nulls: n)
        case .text(let codes, let dict):
            return Column(.text(codes: indices.map { codes[$0] }, dictionary: dict), nulls: n)
        }
    }
}
