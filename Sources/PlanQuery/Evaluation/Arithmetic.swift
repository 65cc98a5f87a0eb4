import PlanModel

/// The value rules of the language: which types combine, and how, without ever trapping.
///
/// Money stays exact: money ± money, money × int and money ÷ int are money (division rounds half to even, to
/// the satang); a whole number next to money means baht; money × or ÷ a fraction is rounded half to even;
/// money ÷ money is a plain number. int ÷ int is a plain number (7 / 2 = 3.5). Division by zero gives null.
/// Overflow is an error. date ± int moves by days; date − date is days. Percentages follow `PercentArithmetic`.
enum Arithmetic {
    /// The result is too large for its type.
    struct Overflow: Error {}

    static func isNumeric(_ t: DataType) -> Bool { t == .int || t == .money || t == .float }

    /// The type of `a op b` for an arithmetic operator, or nil when the types do not combine.
    static func resultType(_ op: BinaryOp, _ a: DataType, _ b: DataType) -> DataType? {
        if a == .percent || b == .percent { return PercentArithmetic.resultType(op, a, b) }
        switch (op, a, b) {
        case (.add, .text, .text): return .text
        case (.add, .date, .int), (.add, .int, .date), (.sub, .date, .int): return .date
        case (.sub, .date, .date): return .int
        case (.div, .money, .money): return .float
        case (.mul, .money, .money): return nil
        case (.mod, .money, _), (.mod, _, .money): return nil
        case (_, .money, .int), (_, .money, .float), (_, .money, .money): return .money
        case (.add, .int, .money), (.add, .float, .money), (.sub, .int, .money), (.sub, .float, .money),
            (.mul, .int, .money), (.mul, .float, .money):
            return .money
        case (.div, .int, .int): return .float
        case (_, .int, .int): return .int
        case (_, .int, .float), (_, .float, .int), (_, .float, .float): return .float
        default: return nil
        }
    }

    /// Two types that can be compared with `=`, `<`, …. A percentage compares only with a percentage.
    static func comparable(_ a: DataType, _ b: DataType) -> Bool {
        a == b || (isNumeric(a) && isNumeric(b))
    }

    /// Rounds baht to satang, half to even; nil when out of range.
    static func satang(fromBaht baht: Double) -> Int64? {
        let s = (baht * 100).rounded(.toNearestOrEven)
        guard s.isFinite, abs(s) < 9.2e18 else { return nil }
        return Int64(s)
    }

    /// `a ÷ b` rounded half to even; nil when `b` is 0; throws on overflow (Int64.min ÷ −1).
    static func divideHalfEven(_ a: Int64, _ b: Int64) throws(Overflow) -> Int64? {
        guard b != 0 else { return nil }
        guard !(a == .min && b == -1) else { throw Overflow() }
        let q = a / b
        let r = a % b
        let twice = r.magnitude * 2
        if twice < b.magnitude { return q }
        let away = (a < 0) != (b < 0) ? q - 1 : q + 1
        if twice > b.magnitude { return away }
        return q % 2 == 0 ? q : away
    }

    /// A float as the decimal it prints as, `numerator / denominator` with a power-of-ten denominator
    /// (0.1 → 1/10), so money × 10% is exact; nil when it has too many digits.
    static func decimal(_ f: Double) -> (numerator: Int64, denominator: Int64)? {
        guard f.isFinite else { return nil }
        let text = "\(f)".lowercased()
        let parts = text.split(separator: "e", maxSplits: 1)
        var exponent = 0
        if parts.count == 2 {
            guard let e = Int(parts[1]), abs(e) < 40 else { return nil }
            exponent = e
        }
        var digits: Int64 = 0
        var scale = 0
        var afterPoint = false
        var count = 0
        for c in parts[0] {
            if c == "-" { continue }
            if c == "." {
                afterPoint = true
                continue
            }
            guard let d = c.wholeNumberValue else { return nil }
            count += 1
            guard count <= 17 else { return nil }
            digits = digits * 10 + Int64(d)
            if afterPoint { scale += 1 }
        }
        scale -= exponent
        while scale < 0 {
            let (m, o) = digits.multipliedReportingOverflow(by: 10)
            if o { return nil }
            digits = m
            scale += 1
        }
        // Trailing zeros of the fraction do not change the value.
        while scale > 0, digits % 10 == 0 {
            digits /= 10
            scale -= 1
        }
        guard scale <= 18 else { return nil }
        var denominator: Int64 = 1
        for _ in 0..<scale { denominator *= 10 }
        return (f < 0 ? -digits : digits, denominator)
    }

    /// `a × m ÷ d` rounded half to even, exactly (d > 0); throws when the result does not fit.
    static func multiplyDivideHalfEven(_ a: Int64, _ m: Int64, _ d: Int64) throws(Overflow) -> Int64 {
        guard d > 0 else { throw Overflow() }
        let negative = (a < 0) != (m < 0)
        let product = a.magnitude.multipliedFullWidth(by: m.magnitude)
        let divisor = UInt64(d)
        guard product.high < divisor else { throw Overflow() }
        var (q, r) = divisor.dividingFullWidth(product)
        if r > divisor - r || (r == divisor - r && q % 2 == 1) { q += 1 }
        guard q <= UInt64(Int64.max) else { throw Overflow() }
        return negative ? -Int64(q) : Int64(q)
    }

    static func checked(_ r: (partialValue: Int64, overflow: Bool)) throws(Overflow) -> Int64 {
        if r.overflow { throw Overflow() }
        return r.partialValue
    }

    static func toSatang(_ v: Value) throws(Overflow) -> Int64? {
        switch v {
        case .money(let m): return m.satang
        case .int(let i): return try checked(i.multipliedReportingOverflow(by: 100))
        default: return nil
        }
    }

    static func double(_ v: Value) -> Double? {
        switch v {
        case .int(let i): Double(i)
        case .float(let f): f
        case .money(let m): m.baht
        default: nil
        }
    }

    static func money(_ satang: Int64?) -> Value { satang.map { .money(Money(satang: $0)) } ?? .null }

    /// `a op b` for an arithmetic operator; null when either is null or on division by zero.
    static func apply(_ op: BinaryOp, _ a: Value, _ b: Value) throws(Overflow) -> Value {
        if a.isNull || b.isNull { return .null }
        if a.type == .percent || b.type == .percent { return try PercentArithmetic.apply(op, a, b) }
        switch (a, b) {
        case (.int(let x), .int(let y)):
            switch op {
            case .add: return .int(try checked(x.addingReportingOverflow(y)))
            case .sub: return .int(try checked(x.subtractingReportingOverflow(y)))
            case .mul: return .int(try checked(x.multipliedReportingOverflow(by: y)))
            case .div: return y == 0 ? .null : .float(Double(x) / Double(y))
            case .mod:
                guard y != 0 else { return .null }
                return .int(try checked(x.remainderReportingOverflow(dividingBy: y)))
            default: return .null
            }
        case (.text(let x), .text(let y)) where op == .add:
            return .text(x + y)
        case (.date(let d), .int(let n)), (.int(let n), .date(let d)):
            guard op == .add || (op == .sub && a.type == .date) else { return .null }
            let r = try checked(
                op == .sub
                    ? Int64(d.ordinal).subtractingReportingOverflow(n)
                    : Int64(d.ordinal).addingReportingOverflow(n))
            guard abs(r) < 3_000_000, let o = Int32(exactly: r) else { throw Overflow() }
            return .date(Day(ordinal: o))
        case (.date(let x), .date(let y)) where op == .sub:
            return .int(Int64(x.ordinal) - Int64(y.ordinal))
        case (.money, _), (_, .money):
            return try moneyApply(op, a, b)
        default:
            guard let x = double(a), let y = double(b) else { return .null }
            switch op {
            case .add: return .float(x + y)
            case .sub: return .float(x - y)
            case .mul: return .float(x * y)
            case .div: return y == 0 ? .null : .float(x / y)
            case .mod: return y == 0 ? .null : .float(x.truncatingRemainder(dividingBy: y))
            default: return .null
            }
        }
    }

    private static func moneyApply(_ op: BinaryOp, _ a: Value, _ b: Value) throws(Overflow) -> Value {
        switch (op, a, b) {
        case (.add, _, .float(let f)), (.add, .float(let f), _):
            guard let s = try toSatang(a.type == .float ? b : a), let t = satang(fromBaht: f) else { throw Overflow() }
            return money(try checked(s.addingReportingOverflow(t)))
        case (.sub, _, .float(let f)):
            guard let s = try toSatang(a), let t = satang(fromBaht: f) else { throw Overflow() }
            return money(try checked(s.subtractingReportingOverflow(t)))
        case (.sub, .float(let f), _):
            guard let s = try toSatang(b), let t = satang(fromBaht: f) else { throw Overflow() }
            return money(try checked(t.subtractingReportingOverflow(s)))
        case (.add, _, _), (.sub, _, _):
            guard let x = try toSatang(a), let y = try toSatang(b) else { return .null }
            return money(try checked(op == .add ? x.addingReportingOverflow(y) : x.subtractingReportingOverflow(y)))
        case (.mul, .money(let m), .int(let n)), (.mul, .int(let n), .money(let m)):
            return money(try checked(m.satang.multipliedReportingOverflow(by: n)))
        case (.mul, .money(let m), .float(let f)), (.mul, .float(let f), .money(let m)):
            if let (n, scale) = decimal(f) { return money(try multiplyDivideHalfEven(m.satang, n, scale)) }
            guard let s = satang(fromBaht: m.baht * f) else { throw Overflow() }
            return money(s)
        case (.div, .money(let m), .int(let n)):
            return money(try divideHalfEven(m.satang, n))
        case (.div, .money(let m), .float(let f)):
            guard f != 0 else { return .null }
            if let (n, scale) = decimal(f), n != 0 {
                return money(try multiplyDivideHalfEven(m.satang, n < 0 ? -scale : scale, abs(n)))
            }
            guard let s = satang(fromBaht: m.baht / f) else { throw Overflow() }
            return money(s)
        case (.div, .money(let x), .money(let y)):
            return y.satang == 0 ? .null : .float(Double(x.satang) / Double(y.satang))
        default:
            return .null
        }
    }

    /// Orders two comparable values (−1, 0, 1); nil when either is null or they do not compare.
    static func compare(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.null, _), (_, .null): return nil
        case (.int(let x), .int(let y)): return x < y ? -1 : x == y ? 0 : 1
        case (.percent(let x), .percent(let y)): return x < y ? -1 : x == y ? 0 : 1
        case (.percent, _), (_, .percent): return nil
        case (.money(let x), .money(let y)): return x.satang < y.satang ? -1 : x.satang == y.satang ? 0 : 1
        case (.money(let m), .int(let i)):
            guard let s = try? toSatang(.int(i)) else { return i > 0 ? -1 : 1 }
            return m.satang < s ? -1 : m.satang == s ? 0 : 1
        case (.int, .money): return compare(b, a).map { -$0 }
        case (.date(let x), .date(let y)): return x < y ? -1 : x == y ? 0 : 1
        case (.text(let x), .text(let y)): return ThaiCollation.order(x, y)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        default:
            guard let x = double(a), let y = double(b) else { return nil }
            return x < y ? -1 : x == y ? 0 : 1
        }
    }
}
