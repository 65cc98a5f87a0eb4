import PlanModel

/// A column reached by name or along relations, with the relation that starts at it (if any), so that a
/// result column keeps its link (`group project | select project.name` works).
struct ResolvedColumn {
    var column: Column
    /// The linked table and, for each row, the target row (−1 for none).
    var link: (target: String, rows: [Int32])?
}

/// Evaluates expressions column-at-a-time over the selected rows of one table.
final class ExpressionContext {
    let table: Table
    /// The rows being evaluated (a selection vector), or nil for all rows.
    let rows: [Int]?
    let count: Int
    let catalog: Catalog
    private var cache: [[String]: ResolvedColumn] = [:]

    init(table: Table, rows: [Int]?, catalog: Catalog) {
        self.table = table
        self.rows = rows
        self.count = rows?.count ?? table.rowCount
        self.catalog = catalog
    }

    // MARK: Names

    /// Every name a user could write for a column here: columns, then `relation.column` paths one level deep.
    func knownNames() -> [String] {
        var names = table.columnNames
        for r in table.relations {
            guard let t = catalog.table(named: r.target) else { continue }
            names += t.columnNames.map { "\(r.column).\($0)" }
        }
        return names
    }

    func unknownColumn(_ name: String, _ range: SourceRange, in t: Table, known: [String]) -> QueryError {
        QueryError(
            range, "no column `\(name)` in `\(t.name)`", thai: "ไม่มีคอลัมน์ `\(name)` ในตาราง `\(t.name)`",
            suggestion: Suggestion.didYouMean(name, in: known)
                ?? (Suggestion.looksLikeQuarter(name) ? Suggestion.quarterNote(name) : nil)
                ?? "its columns are (คอลัมน์ที่มี) "
                + t.columnNames.prefix(12).map { "`\($0)`" }.joined(separator: ", "))
    }

    /// A column by name or path, over the selected rows.
    func resolve(_ path: [String], _ range: SourceRange) throws(QueryError) -> ResolvedColumn {
        if let hit = cache[path] { return hit }
        let resolved = try resolveUncached(path, range)
        cache[path] = resolved
        return resolved
    }

    private func selected(_ rows: [Int32]) -> [Int32] {
        guard let sel = self.rows else { return rows }
        return sel.map { rows[$0] }
    }

    private func resolveUncached(_ path: [String], _ range: SourceRange) throws(QueryError) -> ResolvedColumn {
        let whole = path.joined(separator: ".")
        if let i = table.columnIndex(whole) {
            let c = rows.map { table.columns[i].gather($0) } ?? table.columns[i]
            return ResolvedColumn(
                column: c, link: table.relation(from: whole).map { ($0.target, selected($0.targetRows)) })
        }
        guard path.count > 1 else { throw unknownColumn(whole, range, in: table, known: knownNames()) }
        guard table.columnIndex(path[0]) != nil else {
            throw unknownColumn(path[0], range, in: table, known: knownNames())
        }
        var current = table
        // The row each selected row has reached; nil before the first hop, which reads the relation's rows
        // straight through the selection.
        var reached: [Int32]?
        for part in path.dropLast() {
            guard let relation = current.relation(from: part) else {
                let linked = current.relations.map(\.column)
                throw QueryError(
                    range, "column `\(part)` of `\(current.name)` does not link to another table",
                    thai: "คอลัมน์ `\(part)` ของ `\(current.name)` ไม่ได้เชื่อมไปยังตารางอื่น",
                    suggestion: linked.isEmpty
                        ? "`\(current.name)` has no links (`\(current.name)` ไม่มีการเชื่อมโยง)"
                        : "links (การเชื่อมโยง): " + linked.map { "`\($0)`" }.joined(separator: ", "))
            }
            guard let target = catalog.table(named: relation.target) else {
                throw QueryError(
                    range, "the linked table `\(relation.target)` is not loaded",
                    thai: "ยังไม่ได้โหลดตาราง `\(relation.target)` ที่เชื่อมไว้")
            }
            let map = relation.targetRows
            if let previous = reached {
                reached = previous.map { r in r >= 0 && Int(r) < map.count ? map[Int(r)] : -1 }
            } else if map.count == table.rowCount {
                reached = selected(map)
            } else {
                let own = rows ?? Array(0..<table.rowCount)
                reached = own.map { r in r < map.count ? map[r] : -1 }
            }
            current = target
        }
        let targetRows = reached ?? []
        let last = path[path.count - 1]
        guard let column = current.column(last) else {
            throw unknownColumn(last, range, in: current, known: current.columnNames)
        }
        let link = current.relation(from: last).map { rel in
            (rel.target, targetRows.map { r in r >= 0 && Int(r) < rel.targetRows.count ? rel.targetRows[Int(r)] : -1 })
        }
        return ResolvedColumn(column: column.gather(optional: targetRows), link: link)
    }

    // MARK: Expressions

    func evaluate(_ e: Expr) throws(QueryError) -> Vector {
        switch e {
        case .literal(let v, _):
            return .scalar(v)
        case .quarter(let q, _):
            return .scalar(.int(Int64(q)))
        case .column(let path, let r):
            return .column(try resolve(path, r).column)
        case .unary(let op, let inner, let r):
            return try unary(op, try evaluate(inner), r, inner.range)
        case .binary(let op, let a, let b, let r):
            return try binary(op, a, b, r)
        case .call(let name, let args, let r):
            if Vocabulary.aggregates.contains(name) {
                throw QueryError(
                    r, "`\(name)` adds up many rows: use it in `agg` (e.g. `group strategy | agg total = sum(budget)`)",
                    thai: "`\(name)` เป็นฟังก์ชันรวมค่า ใช้ได้ใน `agg` เท่านั้น")
            }
            return try ScalarFunctions.call(name, args, r, in: self)
        case .inList(let x, let items, let negated, let r):
            let result = try inList(x, items, r)
            return negated ? try unary(.not, result, r, r) : result
        case .between(let x, let low, let high, let negated, let r):
            let ge = try binary(.ge, x, low, r)
            let le = try binary(.le, x, high, r)
            let both = Comparison.logic(.and, ge, le, count: count)
            return negated ? try unary(.not, both, r, r) : both
        case .isNull(let x, let negated, _):
            switch try evaluate(x) {
            case .scalar(let v): return .scalar(.bool(v.isNull != negated))
            case .column(let c):
                let mask = c.nulls ?? [Bool](repeating: false, count: c.count)
                return .column(Column(.bool(negated ? mask.map { !$0 } : mask)))
            }
        }
    }

    /// Evaluates a condition (`where`): true rows, with null counted as false.
    func condition(_ e: Expr) throws(QueryError) -> [Bool] {
        let v = try evaluate(e)
        guard v.type == .bool || v.type == nil else {
            throw QueryError(
                e.range, "a condition must be true or false, but this is \(TypeName.english(v.type))",
                thai: "เงื่อนไขต้องเป็นจริงหรือเท็จ แต่ค่านี้เป็น\(TypeName.thai(v.type))",
                suggestion: "compare it, e.g. `budget > 100_000` (ให้เปรียบเทียบ เช่น `budget > 100_000`)")
        }
        switch v {
        case .scalar(let s): return [Bool](repeating: s == .bool(true), count: count)
        case .column(let c):
            guard case .bool(var a) = c.storage else { return [Bool](repeating: false, count: count) }
            if let n = c.nulls { for i in 0..<a.count where n[i] { a[i] = false } }
            return a
        }
    }

    func overflow(_ r: SourceRange) -> QueryError {
        QueryError(r, "the result of this calculation is too large", thai: "ผลการคำนวณนี้มีค่าใหญ่เกินไป")
    }

    private func unary(_ op: UnaryOp, _ v: Vector, _ r: SourceRange, _ inner: SourceRange) throws(QueryError) -> Vector
    {
        switch op {
        case .not:
            guard v.type == .bool || v.type == nil else {
                throw QueryError(
                    inner, "`not` needs a condition, but this is \(TypeName.english(v.type))",
                    thai: "`not` ต้องใช้กับเงื่อนไข แต่ค่านี้เป็น\(TypeName.thai(v.type))")
            }
            return map1(v, .bool) { x in
                if case .bool(let b) = x { return .bool(!b) }
                return .null
            }
        case .neg:
            guard let t = v.type else { return .scalar(.null) }
            guard Arithmetic.isNumeric(t) || t == .percent else {
                throw QueryError(
                    inner, "cannot negate \(TypeName.english(t))", thai: "ไม่สามารถใส่เครื่องหมายลบให้\(TypeName.thai(t))")
            }
            do {
                return try mapThrowing1(v, t) { x throws(Arithmetic.Overflow) in
                    try Arithmetic.apply(.sub, Self.zero(of: t), x)
                }
            } catch { throw overflow(r) }
        }
    }

    /// The zero of a numeric type, for negation.
    private static func zero(of t: DataType) -> Value {
        switch t {
        case .money: .money(.zero)
        case .float: .float(0)
        case .percent: .percent(0)
        default: .int(0)
        }
    }

    private func binary(_ op: BinaryOp, _ a: Expr, _ b: Expr, _ r: SourceRange) throws(QueryError) -> Vector {
        var left = try evaluate(a)
        var right = try evaluate(b)
        switch op {
        case .and, .or:
            for (v, e) in [(left, a), (right, b)] where v.type != .bool && v.type != nil {
                throw QueryError(
                    e.range, "`\(op.rawValue)` joins conditions, but this is \(TypeName.english(v.type))",
                    thai: "`\(op.rawValue)` ใช้เชื่อมเงื่อนไข แต่ค่านี้เป็น\(TypeName.thai(v.type))")
            }
            return Comparison.logic(op, left, right, count: count)
        case .contains:
            for (v, e) in [(left, a), (right, b)] where v.type != .text && v.type != nil {
                throw QueryError(
                    e.range, "`contains` looks for text in text, but this is \(TypeName.english(v.type))",
                    thai: "`contains` ใช้ค้นหาข้อความในข้อความ แต่ค่านี้เป็น\(TypeName.thai(v.type))")
            }
            return Comparison.contains(left, right, count: count)
        case .eq, .ne, .lt, .le, .gt, .ge:
            left = try coerceDate(left, to: right, a)
            right = try coerceDate(right, to: left, b)
            left = PercentMixing.zeroAsPercent(left, beside: right, a)
            right = PercentMixing.zeroAsPercent(right, beside: left, b)
            if let lt = left.type, let rt = right.type, !Arithmetic.comparable(lt, rt) {
                if let mixed = PercentMixing.error(op, lt, a, rt, b, r) { throw mixed }
                throw QueryError(
                    r, "cannot compare \(TypeName.english(lt)) with \(TypeName.english(rt))",
                    thai: "ไม่สามารถเปรียบเทียบ\(TypeName.thai(lt))กับ\(TypeName.thai(rt))",
                    suggestion: Self.quotingHint(lt, a, rt, b))
            }
            return Comparison.compare(op, left, right, count: count)
        case .add, .sub, .mul, .div, .mod:
            guard let lt = left.type, let rt = right.type else { return .scalar(.null) }
            guard let type = Arithmetic.resultType(op, lt, rt) else {
                if let mixed = PercentMixing.error(op, lt, a, rt, b, r) { throw mixed }
                throw QueryError(
                    r, "cannot use `\(op.rawValue)` on \(TypeName.english(lt)) and \(TypeName.english(rt))",
                    thai: "ใช้ `\(op.rawValue)` กับ\(TypeName.thai(lt))และ\(TypeName.thai(rt))ไม่ได้")
            }
            do {
                if let fast = try WholeArithmetic.apply(op, left, right, type: type, count: count) { return fast }
                return try map2(left, right, type) { x, y throws(Arithmetic.Overflow) in try Arithmetic.apply(op, x, y)
                }
            } catch { throw overflow(r) }
        }
    }

    /// What to write instead when text is compared with another type: a quoted number or truth value loses
    /// its quotes (`budget > "300000"`), a value compared with a text column gains them (`code = 5`).
    private static func quotingHint(_ lt: DataType, _ a: Expr, _ rt: DataType, _ b: Expr) -> String? {
        guard (lt == .text) != (rt == .text) else { return nil }
        let (textSide, otherType) = lt == .text ? (a, rt) : (b, lt)
        if case .literal(.text(let s), _) = textSide {
            switch otherType {
            case .int, .float, .money, .percent: return "a number goes without quotes: \(s) (ตัวเลขไม่ต้องมีเครื่องหมายคำพูด)"
            case .bool: return "true and false go without quotes (true และ false ไม่ต้องมีเครื่องหมายคำพูด)"
            default: return nil
            }
        }
        return "text goes in double quotes: \"S2\" (ข้อความต้องอยู่ในเครื่องหมายคำพูด)"
    }

    /// A text constant next to a date becomes a date (`date <= "2561-03-31"`).
    private func coerceDate(_ v: Vector, to other: Vector, _ e: Expr) throws(QueryError) -> Vector {
        guard other.type == .date, case .scalar(.text(let s)) = v else { return v }
        guard let d = Day.parse(s) else {
            throw QueryError(
                e.range, "\"\(s)\" is not a date: write YYYY-MM-DD (2561-03-31 or 2018-03-31)",
                thai: "\"\(s)\" ไม่ใช่วันที่ ให้เขียนแบบ ปปปป-ดด-วว (2561-03-31)")
        }
        return .scalar(.date(d))
    }

    private func inList(_ x: Expr, _ items: [Expr], _ r: SourceRange) throws(QueryError) -> Vector {
        let value = try evaluate(x)
        var alternatives: [Vector] = []
        for item in items {
            var v = try evaluate(item)
            v = try coerceDate(v, to: value, item)
            v = PercentMixing.zeroAsPercent(v, beside: value, item)
            if let a = value.type, let b = v.type, !Arithmetic.comparable(a, b) {
                if let mixed = PercentMixing.error(.eq, a, x, b, item, r) { throw mixed }
                throw QueryError(
                    item.range, "cannot compare \(TypeName.english(a)) with \(TypeName.english(b))",
                    thai: "ไม่สามารถเปรียบเทียบ\(TypeName.thai(a))กับ\(TypeName.thai(b))")
            }
            alternatives.append(v)
        }
        if case .column(let c) = value, case .text(let codes, let dict) = c.storage {
            var wanted = Set<String>()
            var allText = true
            for alt in alternatives {
                if case .scalar(.text(let s)) = alt { wanted.insert(s) } else { allText = false }
            }
            if allText {
                let hit = dict.map { wanted.contains($0) }
                return .column(Column(.bool(codes.map { $0 >= 0 && hit[Int($0)] }), nulls: c.nulls))
            }
        }
        var result: Vector = .scalar(.bool(false))
        for alt in alternatives {
            result = Comparison.logic(.or, result, Comparison.compare(.eq, value, alt, count: count), count: count)
        }
        return result
    }

    // MARK: Mapping

    func map1(_ a: Vector, _ type: DataType, _ f: (Value) -> Value) -> Vector {
        switch a {
        case .scalar(let v): return .scalar(f(v))
        case .column(let c): return .column(Column.make(type, (0..<c.count).map { f(c[$0]) }))
        }
    }

    func mapThrowing1<E: Error>(_ a: Vector, _ type: DataType, _ f: (Value) throws(E) -> Value) throws(E) -> Vector {
        switch a {
        case .scalar(let v): return .scalar(try f(v))
        case .column(let c):
            var out: [Value] = []
            out.reserveCapacity(c.count)
            for i in 0..<c.count { out.append(try f(c[i])) }
            return .column(Column.make(type, out))
        }
    }

    func map2(
        _ a: Vector, _ b: Vector, _ type: DataType,
        _ f: (Value, Value) throws(Arithmetic.Overflow) -> Value
    ) throws(Arithmetic.Overflow) -> Vector {
        if case .scalar(let x) = a, case .scalar(let y) = b { return .scalar(try f(x, y)) }
        var out: [Value] = []
        out.reserveCapacity(count)
        for i in 0..<count { out.append(try f(a.value(i), b.value(i))) }
        return .column(Column.make(type, out))
    }

    func map2Plain(_ a: Vector, _ b: Vector, _ type: DataType, _ f: (Value, Value) -> Value) -> Vector {
        if case .scalar(let x) = a, case .scalar(let y) = b { return .scalar(f(x, y)) }
        return .column(Column.make(type, (0..<count).map { f(a.value($0), b.value($0)) }))
    }
}

/// A type's name in messages, in English and Thai.
public enum TypeName {
    public static func english(_ t: DataType?) -> String {
        switch t {
        case .int: "a whole number"
        case .money: "money"
        case .float: "a number"
        case .percent: "a percentage"
        case .date: "a date"
        case .bool: "true/false"
        case .text: "text"
        case nil: "null"
        }
    }

    public static func thai(_ t: DataType?) -> String {
        switch t {
        case .int: "จำนวนเต็ม"
        case .money: "จำนวนเงิน"
        case .float: "ตัวเลข"
        case .percent: "ร้อยละ"
        case .date: "วันที่"
        case .bool: "ค่าจริง/เท็จ"
        case .text: "ข้อความ"
        case nil: "ค่าว่าง (null)"
        }
    }
}
