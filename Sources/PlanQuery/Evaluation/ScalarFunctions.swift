import PlanModel

/// Functions of one row's values: `round`, `abs`, `coalesce`, `lower`, `upper`, `length`, `year`, `month`,
/// `quarter`, `end_of`, `start_of`, `days_between`, `percent`, `points`, and `if` (with `case`, which reads as
/// it). Null in gives null out (except `coalesce` and `if`).
enum ScalarFunctions {
    static let signatures: [String: (arity: ClosedRange<Int>, usage: String)] = [
        "round": (1...2, "round(x) or round(x, digits)"), "abs": (1...1, "abs(x)"),
        "coalesce": (1...16, "coalesce(a, b, …)"), "lower": (1...1, "lower(text)"), "upper": (1...1, "upper(text)"),
        "length": (1...1, "length(text)"), "year": (1...1, "year(date)"), "month": (1...1, "month(date)"),
        "quarter": (1...1, "quarter(date)"), "end_of": (1...1, "end_of(Q2)"), "start_of": (1...1, "start_of(Q2)"),
        "days_between": (2...2, "days_between(from, to)"), "percent": (1...1, "percent(fraction)"),
        "points": (1...1, "points(percentage)"), "if": (3...3, "if(condition, then, else)"),
    ]

    static func call(
        _ name: String, _ args: [Expr], _ r: SourceRange,
        in ctx: ExpressionContext
    ) throws(QueryError) -> Vector {
        if name == "if" || name == "case" { return try Conditional.evaluate(name, args, r, in: ctx) }
        guard let sig = signatures[name] else {
            throw QueryError(
                r, "unknown function `\(name)`", thai: "ไม่รู้จักฟังก์ชัน `\(name)`",
                suggestion: Suggestion.didYouMean(name, in: Vocabulary.functions))
        }
        guard sig.arity.contains(args.count) else {
            let n =
                sig.arity.lowerBound == sig.arity.upperBound
                ? "\(sig.arity.lowerBound)" : "\(sig.arity.lowerBound) to \(sig.arity.upperBound)"
            throw QueryError(
                r, "`\(name)` takes \(n) argument\(n == "1" ? "" : "s"): \(sig.usage)",
                thai: "`\(name)` รับอาร์กิวเมนต์ \(n) ตัว: \(sig.usage)")
        }
        var values: [Vector] = []
        for a in args { values.append(try ctx.evaluate(a)) }
        func need(_ k: Int, _ types: [DataType], _ what: String, _ thai: String) throws(QueryError) {
            if let t = values[k].type, !types.contains(t) {
                throw QueryError(
                    args[k].range, "`\(name)` needs \(what), but this is \(TypeName.english(t))",
                    thai: "`\(name)` ต้องใช้\(thai) แต่ค่านี้เป็น\(TypeName.thai(t))")
            }
        }
        let x = values[0]
        switch name {
        case "lower", "upper", "length":
            try need(0, [.text], "text", "ข้อความ")
            return textFunction(name, x, count: ctx.count)
        case "percent", "points":
            return try PercentFunctions.call(name, x, args[0], in: ctx)
        case "abs":
            try need(0, [.int, .money, .float, .percent], "a number", "ตัวเลข")
            do {
                return try ctx.mapThrowing1(x, x.type ?? .int) { v throws(Arithmetic.Overflow) in
                    switch v {
                    case .int(let i):
                        guard i != .min else { throw Arithmetic.Overflow() }
                        return .int(i < 0 ? -i : i)
                    case .money(let m):
                        guard m.satang != .min else { throw Arithmetic.Overflow() }
                        return .money(Money(satang: m.satang < 0 ? -m.satang : m.satang))
                    case .float(let f): return .float(abs(f))
                    case .percent(let p): return .percent(abs(p))
                    default: return .null
                    }
                }
            } catch { throw ctx.overflow(r) }
        case "round":
            try need(0, [.int, .money, .float, .percent], "a number", "ตัวเลข")
            var digits = 0
            if values.count == 2 {
                guard case .scalar(.int(let d)) = values[1], (-15...15).contains(d) else {
                    throw QueryError(
                        args[1].range, "the digits of `round` must be a whole number from -15 to 15",
                        thai: "จำนวนหลักของ `round` ต้องเป็นจำนวนเต็มตั้งแต่ -15 ถึง 15")
                }
                digits = Int(d)
            }
            return round(x, digits: digits, ctx: ctx)
        case "coalesce":
            var type: DataType?
            for (k, v) in values.enumerated() {
                guard let t = v.type else { continue }
                if let have = type, have != t {
                    if Arithmetic.isNumeric(have) && Arithmetic.isNumeric(t) {
                        type = have == .money || t == .money ? .money : .float
                    } else {
                        throw QueryError(
                            args[k].range,
                            "`coalesce` needs values of one type: \(TypeName.english(have)) and "
                                + "\(TypeName.english(t)) differ",
                            thai: "`coalesce` ต้องใช้ค่าชนิดเดียวกัน")
                    }
                } else if type == nil {
                    type = t
                }
            }
            guard let type else { return .scalar(.null) }
            if values.allSatisfy({ if case .scalar = $0 { true } else { false } }) {
                let k = values.firstIndex { !$0.value(0).isNull }
                return .scalar(
                    try k.map { k throws(QueryError) in
                        try Column.converting(values[k].value(0), to: type, at: args[k].range)
                    } ?? .null)
            }
            var column: [Value] = []
            column.reserveCapacity(ctx.count)
            for i in 0..<ctx.count {
                let k = values.firstIndex { !$0.value(i).isNull }
                column.append(
                    try k.map { k throws(QueryError) in
                        try Column.converting(values[k].value(i), to: type, at: args[k].range)
                    } ?? .null)
            }
            return .column(Column.make(type, column))
        case "year", "month", "quarter":
            try need(0, [.date], "a date", "วันที่")
            func part(_ d: Day) -> Int64 {
                let (y, m, _) = d.components
                switch name {
                case "year": return Int64(y + BuddhistEra.offset)
                case "month": return Int64(m)
                default: return Int64(m >= 10 ? 1 : (m - 1) / 3 + 2)
                }
            }
            if case .column(let c) = x, case .date(let days) = c.storage {
                return .column(Column(.int(days.map { part(Day(ordinal: $0)) }), nulls: c.nulls))
            }
            return ctx.map1(x, .int) { v in
                guard case .date(let d) = v else { return .null }
                return .int(part(d))
            }
        case "end_of", "start_of":
            try need(0, [.int], "a quarter such as `Q2`", "ไตรมาส เช่น `Q2`")
            guard let fy = ctx.catalog.fiscalYear else {
                throw QueryError(
                    r, "`\(name)` needs a plan's fiscal year: load a plan first",
                    thai: "`\(name)` ต้องรู้ปีงบประมาณ: โปรดโหลดแผนก่อน", suggestion: "load \"plan-folder\"")
            }
            if case .scalar(.int(let q)) = x, !(1...4).contains(q) {
                throw QueryError(args[0].range, "a quarter is Q1 to Q4", thai: "ไตรมาสมีตั้งแต่ Q1 ถึง Q4")
            }
            return ctx.map1(x, .date) { v in
                guard case .int(let q) = v, (1...4).contains(q) else { return .null }
                return .date(name == "end_of" ? fy.endOf(quarter: Int(q)) : fy.startOf(quarter: Int(q)))
            }
        case "days_between":
            try need(0, [.date], "dates", "วันที่")
            try need(1, [.date], "dates", "วันที่")
            return ctx.map2Plain(values[0], values[1], .int) { a, b in
                guard case .date(let p) = a, case .date(let q) = b else { return .null }
                return .int(Int64(q.ordinal) - Int64(p.ordinal))
            }
        default:
            throw QueryError(r, "unknown function `\(name)`", thai: "ไม่รู้จักฟังก์ชัน `\(name)`")
        }
    }

    /// `lower`, `upper`, `length`, worked out once per distinct text.
    private static func textFunction(_ name: String, _ x: Vector, count: Int) -> Vector {
        func apply(_ s: String) -> Value {
            switch name {
            case "lower": .text(s.lowercased())
            case "upper": .text(s.uppercased())
            default: .int(Int64(s.count))
            }
        }
        switch x {
        case .scalar(.text(let s)): return .scalar(apply(s))
        case .scalar: return .scalar(.null)
        case .column(let c):
            guard case .text(let codes, let dict) = c.storage else { return .scalar(.null) }
            let mapped = dict.map(apply)
            let type: DataType = name == "length" ? .int : .text
            return .column(Column.make(type, codes.map { $0 >= 0 && Int($0) < mapped.count ? mapped[Int($0)] : .null }))
        }
    }

    /// Rounds half away from zero, as a spreadsheet does; money keeps satang at most.
    private static func round(_ x: Vector, digits: Int, ctx: ExpressionContext) -> Vector {
        var scale = 1.0
        for _ in 0..<abs(digits) { scale *= 10 }
        func roundDouble(_ f: Double) -> Double {
            digits >= 0
                ? (f * scale).rounded(.toNearestOrAwayFromZero) / scale
                : (f / scale).rounded(.toNearestOrAwayFromZero) * scale
        }
        return ctx.map1(x, x.type ?? .float) { v in
            switch v {
            case .float(let f): return .float(roundDouble(f))
            case .percent(let p): return .percent(roundDouble(p))
            case .int(let i):
                guard digits < 0 else { return v }
                let r = roundDouble(Double(i))
                return abs(r) < 9.2e18 ? .int(Int64(r)) : .null
            case .money(let m):
                guard digits < 2 else { return v }
                let unit = Int64(pow10(2 - digits))
                guard unit > 0 else { return .money(.zero) }
                let q = m.satang / unit
                let rem = m.satang % unit
                let away = rem.magnitude * 2 >= unit.magnitude ? (m.satang < 0 ? q - 1 : q + 1) : q
                let (s, o) = away.multipliedReportingOverflow(by: unit)
                return o ? .null : .money(Money(satang: s))
            default: return .null
            }
        }
    }

    private static func pow10(_ n: Int) -> Double {
        var v = 1.0
        for _ in 0..<max(0, min(n, 18)) { v *= 10 }
        return v
    }
}
