import PlanModel

/// The value rules of percentages. A percentage is held as its number of points (52% is 52), and it combines
/// only where the meaning is plain:
///
/// - percentage ± percentage is a percentage (points added: 52% − 40% = 12%);
/// - percentage × percentage is a percentage (50% of 10% is 5%);
/// - percentage ÷ number is a percentage (an average worked by hand: `(a_pct + b_pct) / 2`);
/// - percentage ÷ percentage is a plain number (a ratio: 60% / 40% = 1.5);
/// - number × percentage is that part of the number (200 × 10% = 20), number ÷ percentage the whole;
/// - money × percentage and money ÷ percentage are money, exact, rounded half to even to the satang.
///
/// Anything else (a percentage plus a bare number, `%` of a percentage, a percentage and a date) is an error:
/// `gap_pct + 5` could mean five points or 500%, so the user writes `5%`.
enum PercentArithmetic {
    /// The type of `a op b` when either side is a percentage, or nil when they do not combine.
    static func resultType(_ op: BinaryOp, _ a: DataType, _ b: DataType) -> DataType? {
        let plain: Set<DataType> = [.int, .float]
        switch (op, a, b) {
        case (.add, .percent, .percent), (.sub, .percent, .percent), (.mul, .percent, .percent): return .percent
        case (.div, .percent, .percent): return .float
        case (.div, .percent, _) where plain.contains(b): return .percent
        case (.mul, .percent, _) where plain.contains(b): return .float
        case (.mul, _, .percent) where plain.contains(a): return .float
        case (.div, _, .percent) where plain.contains(a): return .float
        case (.mul, .percent, .money), (.mul, .money, .percent), (.div, .money, .percent): return .money
        default: return nil
        }
    }

    /// `a op b` when either side is a percentage and `resultType` allows it; null on division by zero.
    static func apply(_ op: BinaryOp, _ a: Value, _ b: Value) throws(Arithmetic.Overflow) -> Value {
        switch (op, a, b) {
        case (.add, .percent(let x), .percent(let y)): return .percent(x + y)
        case (.sub, .percent(let x), .percent(let y)): return .percent(x - y)
        case (.mul, .percent(let x), .percent(let y)): return .percent(x * y / 100)
        case (.div, .percent(let x), .percent(let y)): return y == 0 ? .null : .float(x / y)
        case (.mul, .money(let m), .percent(let p)), (.mul, .percent(let p), .money(let m)):
            return try moneyTimes(m, points: p)
        case (.div, .money(let m), .percent(let p)):
            return try moneyDivided(m, points: p)
        case (.div, .percent(let p), _):
            guard let n = Arithmetic.double(b) else { return .null }
            return n == 0 ? .null : .percent(p / n)
        case (.mul, .percent(let p), _):
            return Arithmetic.double(b).map { .float($0 * p / 100) } ?? .null
        case (.mul, _, .percent(let p)):
            return Arithmetic.double(a).map { .float($0 * p / 100) } ?? .null
        case (.div, _, .percent(let p)):
            guard let n = Arithmetic.double(a) else { return .null }
            return p == 0 ? .null : .float(n * 100 / p)
        default:
            return .null
        }
    }

    /// Money × p%, exact where p is a short decimal (every percentage typed or computed to 2 decimals is).
    private static func moneyTimes(_ m: Money, points p: Double) throws(Arithmetic.Overflow) -> Value {
        if let (n, scale) = Arithmetic.decimal(p) {
            let (denominator, overflow) = scale.multipliedReportingOverflow(by: 100)
            if !overflow { return Arithmetic.money(try Arithmetic.multiplyDivideHalfEven(m.satang, n, denominator)) }
        }
        guard let s = Arithmetic.satang(fromBaht: m.baht * p / 100) else { throw Arithmetic.Overflow() }
        return .money(Money(satang: s))
    }

    /// Money ÷ p%: the whole of which `m` is p%; null when p is 0.
    private static func moneyDivided(_ m: Money, points p: Double) throws(Arithmetic.Overflow) -> Value {
        guard p != 0 else { return .null }
        if let (n, scale) = Arithmetic.decimal(p), n != 0 {
            let (numerator, overflow) = scale.multipliedReportingOverflow(by: 100)
            if !overflow {
                return Arithmetic.money(
                    try Arithmetic.multiplyDivideHalfEven(m.satang, n < 0 ? -numerator : numerator, abs(n)))
            }
        }
        guard let s = Arithmetic.satang(fromBaht: m.baht * 100 / p) else { throw Arithmetic.Overflow() }
        return .money(Money(satang: s))
    }
}
