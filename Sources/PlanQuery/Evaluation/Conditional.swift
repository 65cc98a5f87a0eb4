import PlanModel

/// `if(condition, then, else)` and `case when … then … else … end` (which reads as nested `if`s): the value of
/// one branch or the other, row by row. A null condition takes the `else` branch, as `where` drops it.
///
/// The branches are of one type; a whole number beside money is baht and beside a float a float, null fits any.
/// Money never mixes with a float or a percentage, so a branch of money stays exact.
enum Conditional {
    static func evaluate(
        _ name: String, _ args: [Expr], _ r: SourceRange, in ctx: ExpressionContext
    ) throws(QueryError) -> Vector {
        let word = name == "case" ? "case" : "if"
        guard args.count == 3 else {
            throw QueryError(
                r, "`if` takes 3 arguments: if(condition, then, else)",
                thai: "`if` รับอาร์กิวเมนต์ 3 ตัว: if(เงื่อนไข, ค่าเมื่อจริง, ค่าเมื่อไม่จริง)",
                suggestion: "if(budget > 300_000, \"large\", \"small\")")
        }
        let condition = try ctx.evaluate(args[0])
        guard condition.type == .bool || condition.type == nil else {
            throw QueryError(
                args[0].range,
                "the condition of `\(word)` must be true or false, but this is "
                    + TypeName.english(condition.type),
                thai: "เงื่อนไขของ `\(word)` ต้องเป็นจริงหรือเท็จ แต่ค่านี้เป็น\(TypeName.thai(condition.type))",
                suggestion: "compare it, e.g. `budget > 100_000` (ให้เปรียบเทียบ เช่น `budget > 100_000`)")
        }
        let yes = try ctx.evaluate(args[1])
        let no = try ctx.evaluate(args[2])
        guard let type = try resultType(word, yes, args[1], no, args[2]) else { return .scalar(.null) }
        if case .scalar(let c) = condition {
            return try converted(
                c == .bool(true) ? yes : no, to: type, at: c == .bool(true) ? args[1].range : args[2].range)
        }
        let taken = try ctx.condition(args[0])
        var values: [Value] = []
        values.reserveCapacity(ctx.count)
        for i in 0..<ctx.count {
            values.append(
                taken[i]
                    ? try Column.converting(yes.value(i), to: type, at: args[1].range)
                    : try Column.converting(no.value(i), to: type, at: args[2].range))
        }
        return .column(Column.make(type, values))
    }

    /// The one type of both branches, or nil when both are null.
    private static func resultType(
        _ word: String, _ a: Vector, _ ea: Expr, _ b: Vector, _ eb: Expr
    ) throws(QueryError) -> DataType? {
        guard let x = a.type else { return b.type }
        guard let y = b.type else { return x }
        if x == y { return x }
        let pair: Set<DataType> = [x, y]
        if pair == [.int, .money] { return .money }
        if pair == [.int, .float] { return .float }
        let hint =
            pair == [.money, .float]
            ? "money stays exact: make the other branch money too, e.g. a whole number of baht or `budget * 0.5` "
                + "(เงินต้องแม่นยำ: ให้อีกทางเป็นจำนวนเงินด้วย)"
            : pair.contains(.percent)
                ? "write a number beside a percentage with `%` (ตัวเลขที่อยู่คู่กับร้อยละให้เขียนด้วย `%`)" : nil
        throw QueryError(
            SourceRange(ea.range.start, eb.range.end),
            "the two results of `\(word)` must be of one type: \(TypeName.english(x)) and \(TypeName.english(y)) differ",
            thai: "ผลลัพธ์ทั้งสองทางของ `\(word)` ต้องเป็นชนิดเดียวกัน: \(TypeName.thai(x))กับ\(TypeName.thai(y))ต่างกัน",
            suggestion: hint)
    }

    /// A branch at `r` as `type` (a whole number becomes baht or a float).
    private static func converted(_ v: Vector, to type: DataType, at r: SourceRange) throws(QueryError) -> Vector {
        guard v.type != type, v.type != nil else { return v }
        switch v {
        case .scalar(let s): return .scalar(try Column.converting(s, to: type, at: r))
        case .column(let c):
            var values: [Value] = []
            values.reserveCapacity(c.count)
            for i in 0..<c.count { values.append(try Column.converting(c[i], to: type, at: r)) }
            return .column(Column.make(type, values))
        }
    }
}
