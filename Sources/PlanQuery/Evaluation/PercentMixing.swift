import PlanModel

/// What is said when a percentage meets a bare number: `disbursed_pct < 52` could mean 52 points or 5200%,
/// `p_meet_target >= 0.9` could mean 90% or 0.9%. The scale is ambiguous, so the statement stops at the number
/// and shows how to write it, never guessing.
enum PercentMixing {
    /// A literal 0 beside a percentage is 0%: the one number whose scale does not matter (`gap_pct < 0`).
    static func zeroAsPercent(_ v: Vector, beside other: Vector, _ e: Expr) -> Vector {
        guard other.type == .percent, isZero(e) else { return v }
        return .scalar(.percent(0))
    }

    /// The error for comparing (or combining with `op`) a percentage with a number, located at the number.
    static func error(
        _ op: BinaryOp, _ lt: DataType, _ a: Expr, _ rt: DataType, _ b: Expr, _ whole: SourceRange
    ) -> QueryError? {
        guard (lt == .percent) != (rt == .percent) else { return nil }
        let (percentSide, numberSide, numberType) = lt == .percent ? (a, b, rt) : (b, a, lt)
        guard numberType == .int || numberType == .float else { return nil }
        let what = name(percentSide)
        let verb = op.isComparison ? "compare" : "use `\(op.rawValue)` on"
        let joiner = op.isComparison ? "with" : "and"
        let thaiVerb = op.isComparison ? "เปรียบเทียบ" : "ใช้ `\(op.rawValue)` กับ"
        if let n = literal(numberSide) {
            let text = number(n)
            let fix = fixes(n)
            return QueryError(
                numberSide.range,
                "cannot \(verb) \(what.english) \(joiner) the bare number \(text): the scale is ambiguous",
                thai: "\(thaiVerb)\(what.thai) กับตัวเลข \(text) ไม่ได้ เพราะไม่ชัดว่าเป็นร้อยละเท่าใด",
                suggestion: "write " + fix.joined(separator: " or ") + " (ให้เขียน " + fix.joined(separator: " หรือ ")
                    + ")")
        }
        return QueryError(
            numberSide.range,
            "cannot \(verb) \(what.english) \(joiner) a plain number: the scale is ambiguous",
            thai: "\(thaiVerb)\(what.thai) กับตัวเลขธรรมดาไม่ได้ เพราะไม่ชัดว่าเป็นร้อยละเท่าใด",
            suggestion:
                "turn the number into a percentage: percent(x) reads 0.52 as 52%; or compare points(\(what.code))"
                + " with it (แปลงเป็นร้อยละด้วย percent(x) หรือใช้ points(\(what.code)))")
    }

    private static func isZero(_ e: Expr) -> Bool { literal(e) == 0 }

    /// The number a literal (or a negated literal) is.
    private static func literal(_ e: Expr) -> Double? {
        switch e {
        case .literal(.int(let v), _): Double(v)
        case .literal(.float(let v), _): v
        case .unary(.neg, let inner, _): literal(inner).map { -$0 }
        default: nil
        }
    }

    /// How to write the number as a percentage: `52%`; a fraction such as 0.9 is offered as `90%` first.
    private static func fixes(_ n: Double) -> [String] {
        let asPoints = number(n) + "%"
        guard abs(n) < 1 else { return ["`\(asPoints)`"] }
        return ["`\(number(n * 100))%`", "`\(asPoints)`"]
    }

    /// A number as it is typed: no needless `.0`, no float noise (0.9 × 100 is 90, not 90.00000000000001).
    private static func number(_ n: Double) -> String {
        let rounded = (n * 1_000_000).rounded() / 1_000_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return String(rounded)
    }

    /// What the percentage side is called in a message: its column name, or "a percentage".
    private static func name(_ e: Expr) -> (english: String, thai: String, code: String) {
        if case .column(let path, _) = e {
            let n = path.joined(separator: ".")
            return ("the percentage `\(n)`", "ร้อยละ `\(n)`", n)
        }
        return ("a percentage", "ร้อยละ", "x")
    }
}

extension BinaryOp {
    /// `=`, `!=`, `<`, `<=`, `>`, `>=`.
    var isComparison: Bool { [.eq, .ne, .lt, .le, .gt, .ge].contains(self) }
}
