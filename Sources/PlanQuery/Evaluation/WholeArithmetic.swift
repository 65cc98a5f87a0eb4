import PlanModel

/// `+ - *` over whole columns of whole numbers and money, on the `Int64` arrays (money in satang), overflow
/// checked: the fast path for `derive paid = amount * 2` over a million rows. Other shapes return nil and go
/// value by value.
enum WholeArithmetic {
    /// One side: an array or a constant, already scaled (a whole number next to money in `+`/`−` is baht).
    private enum Lane {
        case array([Int64], nulls: [Bool]?)
        case constant(Int64)

        func at(_ i: Int) -> Int64 {
            switch self {
            case .array(let a, _): a[i]
            case .constant(let c): c
            }
        }

        var nulls: [Bool]? {
            if case .array(_, let n) = self { return n }
            return nil
        }
    }

    private static func lane(_ v: Vector, scaleToSatang: Bool) throws(Arithmetic.Overflow) -> Lane? {
        switch v {
        case .scalar(.int(let i)):
            return .constant(scaleToSatang ? try Arithmetic.checked(i.multipliedReportingOverflow(by: 100)) : i)
        case .scalar(.money(let m)):
            return .constant(m.satang)
        case .column(let c):
            switch c.storage {
            case .money(let a): return .array(a, nulls: c.nulls)
            case .int(let a):
                guard scaleToSatang else { return .array(a, nulls: c.nulls) }
                var scaled = [Int64](repeating: 0, count: a.count)
                for i in 0..<a.count where !(c.nulls?[i] ?? false) {
                    scaled[i] = try Arithmetic.checked(a[i].multipliedReportingOverflow(by: 100))
                }
                return .array(scaled, nulls: c.nulls)
            default: return nil
            }
        default:
            return nil
        }
    }

    static func apply(
        _ op: BinaryOp, _ left: Vector, _ right: Vector, type: DataType,
        count: Int
    ) throws(Arithmetic.Overflow) -> Vector? {
        guard op == .add || op == .sub || op == .mul, type == .int || type == .money else { return nil }
        if case .scalar = left, case .scalar = right { return nil }
        let scale = type == .money && op != .mul
        guard left.type != .float, right.type != .float,
            let a = try lane(left, scaleToSatang: scale && left.type == .int),
            let b = try lane(right, scaleToSatang: scale && right.type == .int)
        else { return nil }
        var nulls: [Bool]?
        if let x = a.nulls, let y = b.nulls {
            nulls = (0..<count).map { x[$0] || y[$0] }
        } else {
            nulls = a.nulls ?? b.nulls
        }
        var out = [Int64](repeating: 0, count: count)
        var overflow = false
        for i in 0..<count where !(nulls?[i] ?? false) {
            let (v, o): (Int64, Bool)
            switch op {
            case .add: (v, o) = a.at(i).addingReportingOverflow(b.at(i))
            case .sub: (v, o) = a.at(i).subtractingReportingOverflow(b.at(i))
            default: (v, o) = a.at(i).multipliedReportingOverflow(by: b.at(i))
            }
            out[i] = v
            overflow = overflow || o
        }
        if overflow { throw Arithmetic.Overflow() }
        return .column(Column(type == .money ? .money(out) : .int(out), nulls: nulls))
    }
}
