import PlanModel

/// The two ways across the line between percentages and plain numbers, each saying which scale it reads:
/// `percent(x)` reads a fraction as a percentage (0.52 is 52%), `points(p)` gives a percentage's number of
/// points (52% is 52).
enum PercentFunctions {
    static func call(_ name: String, _ x: Vector, _ arg: Expr, in ctx: ExpressionContext) throws(QueryError) -> Vector {
        guard let t = x.type else { return .scalar(.null) }
        if name == "points" {
            guard t == .percent else {
                throw QueryError(
                    arg.range, "`points` needs a percentage, but this is \(TypeName.english(t))",
                    thai: "`points` ต้องใช้ร้อยละ แต่ค่านี้เป็น\(TypeName.thai(t))")
            }
            if case .column(let c) = x, case .percent(let a) = c.storage {
                return .column(Column(.float(a), nulls: c.nulls))
            }
            return ctx.map1(x, .float) { v in
                if case .percent(let p) = v { return .float(p) }
                return .null
            }
        }
        guard t == .int || t == .float else {
            throw QueryError(
                arg.range, "`percent` reads a fraction such as 0.52, but this is \(TypeName.english(t))",
                thai: "`percent` ใช้กับเศษส่วน เช่น 0.52 แต่ค่านี้เป็น\(TypeName.thai(t))")
        }
        return ctx.map1(x, .percent) { v in Arithmetic.double(v).map { .percent($0 * 100) } ?? .null }
    }
}
