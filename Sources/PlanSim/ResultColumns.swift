import PlanModel

/// Builds the columns of a result table from plain arrays.
struct ResultColumns {
    private(set) var names: [String] = []
    private(set) var columns: [Column] = []

    mutating func text(_ name: String, _ values: [String?]) {
        var builder = ColumnBuilder(type: .text, capacity: values.count)
        for value in values {
            if let value { builder.appendText(value) } else { builder.appendNull() }
        }
        append(name, builder.build())
    }

    mutating func money(_ name: String, _ satang: [Int64]) {
        append(name, Column(.money(satang)))
    }

    mutating func money(_ name: String, _ satang: [Int64?]) {
        append(name, Column(.money(satang.map { $0 ?? 0 }), nulls: satang.map { $0 == nil }))
    }

    mutating func int(_ name: String, _ values: [Int]) {
        append(name, Column(.int(values.map(Int64.init))))
    }

    /// A column of numbers. One whose name ends `_pct` holds percentage points and is made a percentage: the
    /// one place that types every table function's percentages, so `disbursed_pct < 52%` compares like with like.
    mutating func float(_ name: String, _ values: [Double?]) {
        if Self.holdsPercent(name) {
            percent(name, points: values)
        } else {
            append(name, Column(.float(values.map { $0 ?? 0 }), nulls: values.map { $0 == nil }))
        }
    }

    /// A column of percentages, each given as its number of points (52.5 for 52.5%).
    mutating func percent(_ name: String, points values: [Double?]) {
        append(name, Column(.percent(values.map { $0 ?? 0 }), nulls: values.map { $0 == nil }))
    }

    /// Whether a result column named `name` holds percentage points: its name ends `_pct`.
    static func holdsPercent(_ name: String) -> Bool { name.hasSuffix("_pct") }

    mutating func append(_ name: String, _ column: Column) {
        names.append(name)
        columns.append(column)
    }

    func table(_ name: String) -> Table { Table(name: name, columnNames: names, columns: columns) }
}

/// `x` rounded to `places` decimals, halves away from zero: the form percentages are shown and compared in.
func rounded(_ x: Double, places: Int = 2) -> Double {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    return (x * scale).rounded(.toNearestOrAwayFromZero) / scale
}

/// `part` as a percentage of `whole` (2 decimals), or `nil` when `whole` is 0.
func percent(_ part: Int64, of whole: Int64) -> Double? {
    whole == 0 ? nil : rounded(Double(part) / Double(whole) * 100)
}
