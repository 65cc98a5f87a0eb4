import PlanModel

/// `group keys | agg outputs` (or `agg` alone, over the whole table): a hash group-by. Groups come out in
/// key order (nulls last); the result has the key columns, then the aggregate columns.
enum Grouping {
    static func run(
        _ frame: Frame, keys: [NamedExpr], outputs: [NamedExpr], catalog: Catalog,
        range: SourceRange
    ) throws(QueryError) -> Table {
        let ctx = ExpressionContext(table: frame.table, rows: frame.rows, catalog: catalog)
        var keyColumns: [Column] = []
        var keyLinks: [(target: String, rows: [Int32])?] = []
        for k in keys {
            if Aggregates.containsAggregate(k.expr) {
                throw QueryError(k.expr.range, "a group key cannot be an aggregate", thai: "คีย์ของกลุ่มต้องไม่ใช่ฟังก์ชันรวมค่า")
            }
            if case .column(let path, let r) = k.expr {
                let resolved = try ctx.resolve(path, r)
                keyColumns.append(resolved.column)
                keyLinks.append(resolved.link)
            } else {
                keyColumns.append(try ctx.evaluate(k.expr).column(count: ctx.count))
                keyLinks.append(nil)
            }
        }
        let (ids, firstRows) = groupIDs(keyColumns, count: ctx.count)
        let groups = keys.isEmpty ? 1 : firstRows.count
        var names: [String] = []
        var columns: [Column] = []
        var relations: [Relation] = []
        let representatives = firstRows.map { Int32(truncatingIfNeeded: $0) }
        for (k, key) in keys.enumerated() {
            names.append(key.name)
            columns.append(keyColumns[k].gather(optional: representatives))
            if let link = keyLinks[k] {
                relations.append(
                    Relation(
                        column: key.name, target: link.target,
                        targetRows: firstRows.map { link.rows[$0] }))
            }
        }
        // Aggregates are computed first, then each output is evaluated over the keys and aggregate columns.
        var working = Table(name: frame.table.name, columnNames: names, columns: columns)
        var outputColumns: [Column] = []
        for out in outputs {
            var computed: [(String, Column)] = []
            let rewritten = try rewrite(out.expr, keys: Set(names)) { name, args, r throws(QueryError) in
                let column = try Aggregates.compute(name, args, r, in: ctx, ids: ids, groups: groups)
                let synthetic = "\u{1}\(computed.count)"
                computed.append((synthetic, column))
                return synthetic
            }
            let extended = Table(
                name: working.name, columnNames: working.columnNames + computed.map(\.0),
                columns: working.columns + computed.map(\.1))
            let value = try ExpressionContext(table: extended, rows: nil, catalog: catalog).evaluate(rewritten)
            outputColumns.append(value.column(count: groups))
        }
        for (out, column) in zip(outputs, outputColumns) {
            if names.contains(out.name) {
                throw QueryError(
                    out.expr.range, "the column name `\(out.name)` is used twice",
                    thai: "ชื่อคอลัมน์ `\(out.name)` ซ้ำกัน",
                    suggestion: "name it: `other_name = …` (ตั้งชื่อใหม่: `other_name = …`)")
            }
            names.append(out.name)
            columns.append(column)
        }
        working = Table(name: frame.table.name, columnNames: names, columns: columns, relations: relations)
        guard !keys.isEmpty else { return working }
        let order = Sorting.order(
            keyColumns.indices.map { Sorting.Key(working.columns[$0], descending: false) },
            count: groups)
        return working.gather(order)
    }

    /// A dense group id for every row, and the first row of each group.
    static func groupIDs(_ keys: [Column], count: Int) -> (ids: [Int32], firstRows: [Int]) {
        guard !keys.isEmpty else { return ([Int32](repeating: 0, count: count), count > 0 ? [0] : []) }
        if keys.count == 1 {
            let (ids, cardinality) = keyIDs(keys[0])
            return densify(ids, bound: Int64(cardinality))
        }
        var combined = [Int64](repeating: 0, count: count)
        var bound: Int64 = 1  // every combined id is below this
        for key in keys {
            let (ids, cardinality) = keyIDs(key)
            let width = Int64(max(1, cardinality))
            if bound.multipliedReportingOverflow(by: width).overflow {
                let dense = densify(combined, bound: bound)
                combined = dense.ids.map { Int64($0) }
                bound = Int64(dense.firstRows.count)
            }
            for i in 0..<count { combined[i] = combined[i] &* width &+ Int64(ids[i]) }
            bound *= width
        }
        return densify(combined, bound: bound)
    }

    /// Numbers every distinct value in order of first appearance: through an array when the values are small,
    /// else through a hash table.
    private static func densify<Key: BinaryInteger & Hashable>(_ values: [Key], bound: Int64)
        -> (ids: [Int32], firstRows: [Int])
    {
        var out = [Int32](repeating: 0, count: values.count)
        var firstRows: [Int] = []
        if bound <= max(1 << 20, Int64(values.count) * 4) {
            var slot = [Int32](repeating: -1, count: Int(max(0, bound)))
            for (i, v) in values.enumerated() {
                let s = slot[Int(v)]
                if s >= 0 {
                    out[i] = s
                } else {
                    let id = Int32(truncatingIfNeeded: firstRows.count)
                    slot[Int(v)] = id
                    firstRows.append(i)
                    out[i] = id
                }
            }
            return (out, firstRows)
        }
        var map: [Key: Int32] = [:]
        for (i, v) in values.enumerated() {
            if let id = map[v] {
                out[i] = id
            } else {
                let id = Int32(truncatingIfNeeded: firstRows.count)
                map[v] = id
                firstRows.append(i)
                out[i] = id
            }
        }
        return (out, firstRows)
    }

    /// An id per row for one key column (text by dictionary code), and how many ids there can be.
    private static func keyIDs(_ c: Column) -> (ids: [Int32], cardinality: Int) {
        let nulls = c.nulls
        switch c.storage {
        case .text(let codes, let dict):
            let nullID = Int32(truncatingIfNeeded: dict.count)
            return (codes.map { $0 < 0 ? nullID : $0 }, dict.count + 1)
        case .bool(let a):
            return ((0..<a.count).map { nulls?[$0] == true ? 2 : (a[$0] ? 1 : 0) }, 3)
        case .int(let a), .money(let a):
            return wholeIDs(a, nulls: nulls)
        case .date(let a):
            return wholeIDs(a.map { Int64($0) }, nulls: nulls)
        default:
            var map: [Value: Int32] = [:]
            var ids = [Int32](repeating: 0, count: c.count)
            for i in 0..<c.count {
                let v = c[i]
                if let id = map[v] {
                    ids[i] = id
                } else {
                    let id = Int32(truncatingIfNeeded: map.count)
                    map[v] = id
                    ids[i] = id
                }
            }
            return (ids, map.count)
        }
    }

    /// Ids for whole numbers: their offset from the smallest when the span is small, else through a hash table;
    /// null takes the last id.
    private static func wholeIDs(_ a: [Int64], nulls: [Bool]?) -> (ids: [Int32], cardinality: Int) {
        var low = Int64.max
        var high = Int64.min
        for i in 0..<a.count where !(nulls?[i] ?? false) {
            low = min(low, a[i])
            high = max(high, a[i])
        }
        var ids = [Int32](repeating: 0, count: a.count)
        if low > high { return (ids, 1) }
        let (span, overflow) = high.subtractingReportingOverflow(low)
        if !overflow, span < Int64(max(1 << 20, a.count * 4)) {
            let nullID = Int32(span + 1)
            for i in 0..<a.count { ids[i] = nulls?[i] == true ? nullID : Int32(a[i] - low) }
            return (ids, Int(span) + 2)
        }
        var map: [Int64: Int32] = [:]
        for i in 0..<a.count where !(nulls?[i] ?? false) {
            if let id = map[a[i]] {
                ids[i] = id
            } else {
                let id = Int32(truncatingIfNeeded: map.count)
                map[a[i]] = id
                ids[i] = id
            }
        }
        let nullID = Int32(truncatingIfNeeded: map.count)
        if let nulls { for i in 0..<a.count where nulls[i] { ids[i] = nullID } }
        return (ids, map.count + 1)
    }

    /// Replaces each aggregate call by a reference to its computed column; other names must be group keys.
    private static func rewrite(
        _ e: Expr, keys: Set<String>,
        _ aggregate: (String, [Expr], SourceRange) throws(QueryError) -> String
    ) throws(QueryError) -> Expr {
        func go(_ e: Expr) throws(QueryError) -> Expr {
            switch e {
            case .literal, .quarter: return e
            case .column(let path, let r):
                let name = path.joined(separator: ".")
                guard keys.contains(name) else {
                    throw QueryError(
                        r, "`\(name)` is neither a group key nor inside an aggregate",
                        thai: "`\(name)` ไม่ใช่คีย์ของกลุ่มและไม่ได้อยู่ในฟังก์ชันรวมค่า",
                        suggestion: "add it up, e.g. `total = sum(\(name))`, or add it to `group` "
                            + "(รวมค่าด้วย เช่น `total = sum(\(name))` หรือเพิ่มลงใน `group`)")
                }
                return e
            case .call(let n, let args, let r):
                if Vocabulary.aggregates.contains(n) { return .column([try aggregate(n, args, r)], r) }
                var out: [Expr] = []
                for a in args { out.append(try go(a)) }
                return .call(n, out, r)
            case .unary(let op, let x, let r): return .unary(op, try go(x), r)
            case .binary(let op, let a, let b, let r): return .binary(op, try go(a), try go(b), r)
            case .isNull(let x, let n, let r): return .isNull(try go(x), negated: n, r)
            case .inList(let x, let items, let n, let r):
                var out: [Expr] = []
                for i in items { out.append(try go(i)) }
                return .inList(try go(x), out, negated: n, r)
            case .between(let x, let a, let b, let n, let r):
                return .between(try go(x), try go(a), try go(b), negated: n, r)
            }
        }
        return try go(e)
    }
}
