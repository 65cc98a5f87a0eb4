import PlanModel

/// Comparisons over whole columns. A column against a constant runs over the typed array (text over the
/// dictionary, once per distinct value); other shapes compare value by value. Null compares to nothing: the
/// result is null.
enum Comparison {
    static func holds(_ order: Int, _ op: BinaryOp) -> Bool {
        switch op {
        case .eq: order == 0
        case .ne: order != 0
        case .lt: order < 0
        case .le: order <= 0
        case .gt: order > 0
        case .ge: order >= 0
        default: false
        }
    }

    /// `op` with its sides swapped (`3 < x` is `x > 3`).
    static func flipped(_ op: BinaryOp) -> BinaryOp {
        switch op {
        case .lt: .gt
        case .le: .ge
        case .gt: .lt
        case .ge: .le
        default: op
        }
    }

    static func compareArray<T: Comparable>(_ a: [T], _ s: T, _ op: BinaryOp) -> [Bool] {
        switch op {
        case .eq: a.map { $0 == s }
        case .ne: a.map { $0 != s }
        case .lt: a.map { $0 < s }
        case .le: a.map { $0 <= s }
        case .gt: a.map { $0 > s }
        case .ge: a.map { $0 >= s }
        default: [Bool](repeating: false, count: a.count)
        }
    }

    static func compare(_ op: BinaryOp, _ a: Vector, _ b: Vector, count: Int) -> Vector {
        switch (a, b) {
        case (.scalar(let x), .scalar(let y)):
            return .scalar(Arithmetic.compare(x, y).map { .bool(holds($0, op)) } ?? .null)
        case (.scalar, .column):
            return compare(flipped(op), b, a, count: count)
        case (.column(let c), .scalar(let s)):
            if s.isNull { return .column(Column.repeating(.null, count: count)) }
            if let fast = columnAgainstConstant(op, c, s) { return .column(Column(.bool(fast), nulls: c.nulls)) }
        default:
            break
        }
        var out = [Bool](repeating: false, count: count)
        var nulls = [Bool](repeating: false, count: count)
        for i in 0..<count {
            if let o = Arithmetic.compare(a.value(i), b.value(i)) { out[i] = holds(o, op) } else { nulls[i] = true }
        }
        return .column(Column(.bool(out), nulls: nulls))
    }

    private static func columnAgainstConstant(_ op: BinaryOp, _ c: Column, _ s: Value) -> [Bool]? {
        switch (c.storage, s) {
        case (.text(let codes, let dict), .text):
            let hit = dict.map { Arithmetic.compare(.text($0), s).map { holds($0, op) } ?? false }
            return codes.map { $0 >= 0 && Int($0) < hit.count && hit[Int($0)] }
        case (.date(let a), .date(let d)):
            return compareArray(a, d.ordinal, op)
        case (.int(let a), .int(let v)):
            return compareArray(a, v, op)
        case (.money(let a), .money(let m)):
            return compareArray(a, m.satang, op)
        case (.money(let a), .int(let v)):
            let (s, overflow) = v.multipliedReportingOverflow(by: 100)
            return overflow ? nil : compareArray(a, s, op)
        case (.percent(let a), .percent(let p)):
            return compareArray(a, p, op)
        case (.percent, _), (_, .percent):
            return nil
        case (.float(let a), _):
            guard let d = Arithmetic.double(s) else { return nil }
            return compareArray(a, d, op)
        case (.int(let a), .float(let f)):
            return compareArray(a.map { Double($0) }, f, op)
        case (.money(let a), .float(let f)):
            return compareArray(a.map { Double($0) }, f * 100, op)
        case (.bool(let a), .bool(let b)):
            return a.map { holds($0 == b ? 0 : (!$0 ? -1 : 1), op) }
        default:
            return nil
        }
    }

    /// Substring match, ignoring case (Thai has none); null when either side is null.
    static func contains(_ a: Vector, _ b: Vector, count: Int) -> Vector {
        func test(_ x: Value, _ y: Value) -> Value {
            guard case .text(let s) = x, case .text(let t) = y else { return .null }
            return .bool(t.isEmpty || s.lowercased().contains(t.lowercased()))
        }
        switch (a, b) {
        case (.scalar(let x), .scalar(let y)):
            return .scalar(test(x, y))
        case (.column(let c), .scalar(let y)):
            guard case .text(let codes, let dict) = c.storage, !y.isNull else { break }
            let hit = dict.map { test(.text($0), y) == .bool(true) }
            return .column(Column(.bool(codes.map { $0 >= 0 && Int($0) < hit.count && hit[Int($0)] }), nulls: c.nulls))
        default:
            break
        }
        return .column(Column.make(.bool, (0..<count).map { test(a.value($0), b.value($0)) }))
    }

    /// `and`/`or` with three-valued logic: false and null is false; true or null is true; otherwise null.
    static func logic(_ op: BinaryOp, _ a: Vector, _ b: Vector, count: Int) -> Vector {
        if case .column(let x) = a, case .column(let y) = b, x.nulls == nil, y.nulls == nil,
            case .bool(let p) = x.storage, case .bool(let q) = y.storage
        {
            var out = [Bool](repeating: false, count: count)
            if op == .and {
                for i in 0..<count { out[i] = p[i] && q[i] }
            } else {
                for i in 0..<count { out[i] = p[i] || q[i] }
            }
            return .column(Column(.bool(out)))
        }
        func combine(_ x: Value, _ y: Value) -> Value {
            let p: Bool? = if case .bool(let v) = x { v } else { nil }
            let q: Bool? = if case .bool(let v) = y { v } else { nil }
            if op == .and {
                if p == false || q == false { return .bool(false) }
                if let p, let q { return .bool(p && q) }
                return .null
            }
            if p == true || q == true { return .bool(true) }
            if let p, let q { return .bool(p || q) }
            return .null
        }
        if case .scalar(let x) = a, case .scalar(let y) = b { return .scalar(combine(x, y)) }
        return .column(Column.make(.bool, (0..<count).map { combine(a.value($0), b.value($0)) }))
    }
}
