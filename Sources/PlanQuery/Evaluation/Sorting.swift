import PlanModel

/// Orders rows by keys. Each key becomes an array of numbers (text by the rank of each distinct value), so the
/// sort compares numbers; ties keep their order (the sort is stable); nulls come last in both directions.
enum Sorting {
    /// A key ready for comparison.
    struct Key {
        enum Numbers {
            case ints([Int64])
            case doubles([Double])
        }
        var numbers: Numbers
        var nulls: [Bool]?
        var descending: Bool

        init(_ column: Column, descending: Bool) {
            self.descending = descending
            nulls = column.nulls
            switch column.storage {
            case .int(let a), .money(let a): numbers = .ints(a)
            case .date(let a): numbers = .ints(a.map { Int64($0) })
            case .bool(let a): numbers = .ints(a.map { $0 ? 1 : 0 })
            case .float(let a), .percent(let a): numbers = .doubles(a)
            case .text(let codes, let dict):
                let keys = dict.map(ThaiCollation.key)
                let order = dict.indices.sorted { ThaiCollation.order(dict[$0], keys[$0], dict[$1], keys[$1]) < 0 }
                var rank = [Int64](repeating: 0, count: dict.count)
                for (r, code) in order.enumerated() { rank[code] = Int64(r) }
                numbers = .ints(codes.map { $0 >= 0 && Int($0) < rank.count ? rank[Int($0)] : -1 })
            }
        }

        /// −1, 0 or 1 for rows `a` and `b`.
        func compare(_ a: Int, _ b: Int) -> Int {
            let na = nulls?[a] ?? false
            let nb = nulls?[b] ?? false
            if na || nb { return na == nb ? 0 : (na ? 1 : -1) }
            let o: Int
            switch numbers {
            case .ints(let v): o = v[a] < v[b] ? -1 : v[a] == v[b] ? 0 : 1
            case .doubles(let v): o = v[a] < v[b] ? -1 : v[a] == v[b] ? 0 : (v[a] > v[b] ? 1 : 0)
            }
            return descending ? -o : o
        }
    }

    /// Whether row `a` comes before row `b`: by the keys, then by position (so the order is stable).
    static func precedes(_ a: Int, _ b: Int, _ keys: [Key]) -> Bool {
        for k in keys {
            let o = k.compare(a, b)
            if o != 0 { return o < 0 }
        }
        return a < b
    }

    /// The first `n` positions of `0..<count` in key order, without sorting the rest (a bounded max-heap):
    /// `sort … | take n` over a large table.
    static func top(_ n: Int, _ keys: [Key], count: Int) -> [Int] {
        guard n > 0 else { return [] }
        var heap: [Int] = []
        heap.reserveCapacity(n)
        func siftUp(_ start: Int) {
            var c = start
            while c > 0 {
                let p = (c - 1) / 2
                guard precedes(heap[p], heap[c], keys) else { break }
                heap.swapAt(p, c)
                c = p
            }
        }
        func siftDown() {
            var p = 0
            while true {
                let l = 2 * p + 1
                let r = l + 1
                var largest = p
                if l < heap.count, precedes(heap[largest], heap[l], keys) { largest = l }
                if r < heap.count, precedes(heap[largest], heap[r], keys) { largest = r }
                if largest == p { return }
                heap.swapAt(p, largest)
                p = largest
            }
        }
        for i in 0..<count {
            if heap.count < n {
                heap.append(i)
                siftUp(heap.count - 1)
            } else if precedes(i, heap[0], keys) {
                heap[0] = i
                siftDown()
            }
        }
        return heap.sorted { precedes($0, $1, keys) }
    }

    /// The positions `0..<count` in key order.
    static func order(_ keys: [Key], count: Int) -> [Int] {
        if keys.count == 1, keys[0].nulls == nil, case .ints(let v) = keys[0].numbers {
            // One whole-number key: sort (key, row) pairs directly; the row breaks ties, so the order is stable.
            let sign: Int64 = keys[0].descending ? -1 : 1
            var pairs = (0..<count).map {
                (sign < 0 && v[$0] == .min ? Int64.max : v[$0] &* sign, Int32(truncatingIfNeeded: $0))
            }
            pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            return pairs.map { Int($0.1) }
        }
        return Array(0..<count).sorted { a, b in
            for k in keys {
                let o = k.compare(a, b)
                if o != 0 { return o < 0 }
            }
            return a < b
        }
    }
}
