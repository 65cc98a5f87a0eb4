import PlanModel

/// An evaluated expression: a column over the rows being evaluated, or one value for every row.
enum Vector {
    case column(Column)
    case scalar(Value)

    /// The type, or nil for a null constant (which fits any type).
    var type: DataType? {
        switch self {
        case .column(let c): c.type
        case .scalar(let v): v.type
        }
    }

    func value(_ row: Int) -> Value {
        switch self {
        case .column(let c): c[row]
        case .scalar(let v): v
        }
    }

    /// As a column of `count` rows (a constant is repeated; a null constant becomes a text column of nulls).
    func column(count: Int) -> Column {
        switch self {
        case .column(let c): return c
        case .scalar(let v): return Column.repeating(v, count: count)
        }
    }
}

extension Column {
    /// `count` copies of `value`.
    static func repeating(_ value: Value, count: Int) -> Column {
        let nulls: [Bool]? = value.isNull ? [Bool](repeating: true, count: count) : nil
        switch value {
        case .null: return Column(.text(codes: [Int32](repeating: -1, count: count), dictionary: []), nulls: nulls)
        case .int(let v): return Column(.int([Int64](repeating: v, count: count)))
        case .money(let m): return Column(.money([Int64](repeating: m.satang, count: count)))
        case .float(let v): return Column(.float([Double](repeating: v, count: count)))
        case .percent(let v): return Column(.percent([Double](repeating: v, count: count)))
        case .date(let d): return Column(.date([Int32](repeating: d.ordinal, count: count)))
        case .bool(let b): return Column(.bool([Bool](repeating: b, count: count)))
        case .text(let s): return Column(.text(codes: [Int32](repeating: 0, count: count), dictionary: [s]))
        }
    }

    /// A column of `type` from values; a value of another type is converted where exact, else null.
    static func make(_ type: DataType, _ values: [Value]) -> Column {
        var b = ColumnBuilder(type: type, capacity: values.count)
        for v in values { b.append(Column.convert(v, to: type)) }
        return b.build()
    }

    /// `value` as `type` (int → money/float) for a branch of `if`, `case` or `coalesce` at `r`: a whole number of
    /// baht too large to be held as money is an error there, never a null.
    static func converting(_ value: Value, to type: DataType, at r: SourceRange) throws(QueryError) -> Value {
        let converted = convert(value, to: type)
        if converted.isNull, case .int(let baht) = value {
            throw QueryError(
                r, "\(baht) baht is too large to hold as money exactly",
                thai: "\(baht) บาท มีค่าใหญ่เกินกว่าจะเก็บเป็นจำนวนเงินได้แม่นยำ")
        }
        return converted
    }

    /// `value` as `type` (int → money/float), or null when it does not fit.
    static func convert(_ value: Value, to type: DataType) -> Value {
        switch (type, value) {
        case (_, .null): return .null
        case (.int, .int), (.money, .money), (.float, .float), (.percent, .percent), (.date, .date), (.bool, .bool),
            (.text, .text):
            return value
        case (.money, .int(let v)): return Money(satang: v).multiplied(by: 100).map(Value.money) ?? .null
        case (.float, .int(let v)): return .float(Double(v))
        case (.float, .money(let m)): return .float(m.baht)
        default: return .null
        }
    }

    /// The rows at `rows`, where −1 (or a row out of range) gives null: a gather along a relation.
    func gather(optional rows: [Int32]) -> Column {
        let n = count
        if n == 0 { return Column.make(type, [Value](repeating: .null, count: rows.count)) }
        if nulls == nil, case .text(let codes, let dict) = storage {
            var out = [Int32](repeating: -1, count: rows.count)
            var anyNull = false
            for (k, r) in rows.enumerated() {
                if r >= 0 && Int(r) < n { out[k] = codes[Int(r)] } else { anyNull = true }
            }
            return Column(.text(codes: out, dictionary: dict), nulls: anyNull ? out.map { $0 < 0 } : nil)
        }
        var nullMask = [Bool](repeating: false, count: rows.count)
        var anyNull = false
        var idx = [Int](repeating: 0, count: rows.count)
        for (k, r) in rows.enumerated() {
            if r < 0 || Int(r) >= n || isNull(Int(r)) {
                nullMask[k] = true
                anyNull = true
            } else {
                idx[k] = Int(r)
            }
        }
        var out = Column(gather(idx).storage, nulls: anyNull ? nullMask : nil)
        if anyNull, case .text(var codes, let dict) = out.storage {
            for k in 0..<codes.count where nullMask[k] { codes[k] = -1 }
            out.storage = .text(codes: codes, dictionary: dict)
        }
        return out
    }
}
