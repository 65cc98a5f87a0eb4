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

    mutating func float(_ name: String, _ values: [Double?]) {
        append(name, Column(.float(values.map { $0 ?? 0 }), nulls: values.map { $0 == nil }))
    }

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
