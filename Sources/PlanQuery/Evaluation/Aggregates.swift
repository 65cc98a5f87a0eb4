import PlanModel

/// The aggregate functions over groups: each row carries a group id, and one pass over the argument's typed
/// array accumulates per group. Sums of money are exact, and overflow is an error; a group with no values
/// gives null (except `count`, which gives 0).
enum Aggregates {
    static let usage: [String: String] = [
        "count": "count() or count(x)", "sum": "sum(x)", "avg": "avg(x)", "min": "min(x)", "max": "max(x)",
        "share": "share(x)",
    ]

    static func compute(
        _ name: String, _ args: [Expr], _ r: SourceRange, in ctx: ExpressionContext,
        ids: [Int32], groups: Int
    ) throws(QueryError) -> Column {
        let arity = name == "count" ? 0...1 : 1...1
        guard arity.contains(args.count) else {
            throw QueryError(
                r, "`\(name)` takes \(name == "count" ? "0 or 1 argument" : "one argument"): \(usage[name] ?? name)",
                thai: "จำนวนอาร์กิวเมนต์ของ `\(name)` ไม่ถูกต้อง: \(usage[name] ?? name)")
        }
        if args.isEmpty {
            var counts = [Int64](repeating: 0, count: groups)
            for g in ids { counts[Int(g)] += 1 }
            return Column(.int(counts))
        }
        if containsAggregate(args[0]) {
            throw QueryError(
                args[0].range, "an aggregate cannot be inside another aggregate",
                thai: "ใช้ฟังก์ชันรวมค่าซ้อนกันไม่ได้")
        }
        let column = try ctx.evaluate(args[0]).column(count: ctx.count)
        let nulls = column.nulls
        func isNull(_ i: Int) -> Bool { nulls?[i] ?? false }
        var seen = [Int64](repeating: 0, count: groups)
        // Counts and sums go through buffer pointers: indexing the arrays themselves checks for a shared copy on
        // every row, which made these loops several times slower.
        seen.withUnsafeMutableBufferPointer { counts in
            if let nulls {
                for i in 0..<ids.count where !nulls[i] { counts[Int(ids[i])] += 1 }
            } else {
                for g in ids { counts[Int(g)] += 1 }
            }
        }
        let empty = seen.map { $0 == 0 }
        func typeError(_ what: String, _ thai: String) -> QueryError {
            QueryError(
                args[0].range, "`\(name)` needs \(what), but this is \(TypeName.english(column.type))",
                thai: "`\(name)` ต้องใช้\(thai) แต่ค่านี้เป็น\(TypeName.thai(column.type))")
        }
        switch name {
        case "count":
            return Column(.int(seen))
        case "sum", "avg", "share":
            switch column.storage {
            case .int(let a), .money(let a):
                var sums = [Int64](repeating: 0, count: groups)
                var overflow = false
                sums.withUnsafeMutableBufferPointer { sums in
                    if let nulls {
                        for i in 0..<ids.count where !nulls[i] {
                            let (s, o) = sums[Int(ids[i])].addingReportingOverflow(a[i])
                            overflow = overflow || o
                            sums[Int(ids[i])] = s
                        }
                    } else {
                        for i in 0..<ids.count {
                            let (s, o) = sums[Int(ids[i])].addingReportingOverflow(a[i])
                            overflow = overflow || o
                            sums[Int(ids[i])] = s
                        }
                    }
                }
                if overflow {
                    throw QueryError(r, "the sum is too large to hold exactly", thai: "ผลรวมมีค่าใหญ่เกินกว่าจะเก็บได้แม่นยำ")
                }
                if name == "share" { return share(sums.map { Double($0) }, empty) }
                let isMoney = column.type == .money
                if name == "sum" { return Column(isMoney ? .money(sums) : .int(sums), nulls: empty) }
                if isMoney {
                    var avg = [Int64](repeating: 0, count: groups)
                    for g in 0..<groups where !empty[g] {
                        avg[g] = (try? Arithmetic.divideHalfEven(sums[g], seen[g])).flatMap { $0 } ?? 0
                    }
                    return Column(.money(avg), nulls: empty)
                }
                return Column(
                    .float((0..<groups).map { empty[$0] ? 0 : Double(sums[$0]) / Double(seen[$0]) }), nulls: empty)
            case .float(let a), .percent(let a):
                var sums = [Double](repeating: 0, count: groups)
                for (i, g) in ids.enumerated() where !isNull(i) { sums[Int(g)] += a[i] }
                if name == "share" { return share(sums, empty) }
                let results = name == "sum" ? sums : (0..<groups).map { empty[$0] ? 0 : sums[$0] / Double(seen[$0]) }
                return Column(column.type == .percent ? .percent(results) : .float(results), nulls: empty)
            default:
                throw typeError("numbers", "ตัวเลข")
            }
        default:
            let key = Sorting.Key(column, descending: name == "max")
            var best = [Int](repeating: -1, count: groups)
            for (i, g) in ids.enumerated() where !isNull(i) {
                let b = best[Int(g)]
                if b < 0 || key.compare(i, b) < 0 { best[Int(g)] = i }
            }
            return column.gather(optional: best.map { Int32(truncatingIfNeeded: $0) })
        }
    }

    /// Each group's part of the total, as a percentage (25% is a quarter); null when the total is 0.
    private static func share(_ sums: [Double], _ empty: [Bool]) -> Column {
        let total = sums.reduce(0, +)
        let nulls = total == 0 ? [Bool](repeating: true, count: sums.count) : empty
        return Column(.percent(sums.map { total == 0 ? 0 : $0 / total * 100 }), nulls: nulls)
    }

    static func containsAggregate(_ e: Expr) -> Bool {
        switch e {
        case .literal, .column, .quarter: false
        case .call(let n, let args, _): Vocabulary.aggregates.contains(n) || args.contains(where: containsAggregate)
        case .unary(_, let x, _), .isNull(let x, _, _): containsAggregate(x)
        case .binary(_, let a, let b, _): containsAggregate(a) || containsAggregate(b)
        case .inList(let x, let items, _, _): containsAggregate(x) || items.contains(where: containsAggregate)
        case .between(let x, let a, let b, _, _): containsAggregate(x) || containsAggregate(a) || containsAggregate(b)
        }
    }
}
