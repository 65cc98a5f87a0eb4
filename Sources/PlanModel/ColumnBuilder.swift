/// Builds a column of a fixed type value by value, interning text.
public struct ColumnBuilder: Sendable {
    public let type: DataType
    private var ints: [Int64] = []
    private var floats: [Double] = []
    private var dates: [Int32] = []
    private var bools: [Bool] = []
    private var codes: [Int32] = []
    private var dictionary: [String] = []
    private var index: [TextBytes: Int32] = [:]
    private var nulls: [Bool] = []
    private var anyNull = false

    public init(type: DataType, capacity: Int = 0) {
        self.type = type
        nulls.reserveCapacity(capacity)
        switch type {
        case .int, .money: ints.reserveCapacity(capacity)
        case .float, .percent: floats.reserveCapacity(capacity)
        case .date: dates.reserveCapacity(capacity)
        case .bool: bools.reserveCapacity(capacity)
        case .text: codes.reserveCapacity(capacity)
        }
    }

    public var count: Int { nulls.count }

    /// Appends a value; it must be `null` or of the builder's type (an `.int` is accepted by money and float).
    public mutating func append(_ value: Value) {
        switch (type, value) {
        case (_, .null): appendNull()
        case (.int, .int(let v)):
            ints.append(v)
            nulls.append(false)
        case (.money, .money(let m)):
            ints.append(m.satang)
            nulls.append(false)
        case (.money, .int(let v)):
            ints.append(v * 100)
            nulls.append(false)
        case (.float, .float(let v)):
            floats.append(v)
            nulls.append(false)
        case (.float, .int(let v)):
            floats.append(Double(v))
            nulls.append(false)
        case (.percent, .percent(let v)):
            floats.append(v)
            nulls.append(false)
        case (.date, .date(let d)):
            dates.append(d.ordinal)
            nulls.append(false)
        case (.bool, .bool(let b)):
            bools.append(b)
            nulls.append(false)
        case (.text, .text(let s)): appendText(s)
        default: preconditionFailure("ColumnBuilder(\(type)) cannot take \(value)")
        }
    }

    /// Appends text, interning it in the dictionary: texts are the same value when their UTF-8 bytes are, as the
    /// loader interns them (`TextBytes`).
    public mutating func appendText(_ s: String) {
        let key = TextBytes(s)
        if let c = index[key] {
            codes.append(c)
        } else {
            let c = Int32(dictionary.count)
            dictionary.append(s)
            index[key] = c
            codes.append(c)
        }
        nulls.append(false)
    }

    public mutating func appendNull() {
        anyNull = true
        nulls.append(true)
        switch type {
        case .int, .money: ints.append(0)
        case .float, .percent: floats.append(0)
        case .date: dates.append(0)
        case .bool: bools.append(false)
        case .text: codes.append(-1)
        }
    }

    /// The finished column.
    public func build() -> Column {
        let n: [Bool]? = anyNull ? nulls : nil
        switch type {
        case .int: return Column(.int(ints), nulls: n)
        case .money: return Column(.money(ints), nulls: n)
        case .float: return Column(.float(floats), nulls: n)
        case .percent: return Column(.percent(floats), nulls: n)
        case .date: return Column(.date(dates), nulls: n)
        case .bool: return Column(.bool(bools), nulls: n)
        case .text: return Column(.text(codes: codes, dictionary: dictionary), nulls: n)
        }
    }
}
