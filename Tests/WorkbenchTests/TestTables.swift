import PlanModel

/// Small tables for rendering tests.
enum TestTables {
    static func thaiNames() -> Table {
        var name = ColumnBuilder(type: .text)
        var amount = ColumnBuilder(type: .money)
        for (n, a) in [("น้ำดื่มสะอาด", Int64(125_000_050)), ("กลยุทธ์", 500), ("อบรมครู", 99_999)] {
            name.appendText(n)
            amount.append(.money(Money(satang: a)))
        }
        return Table(name: "t", columnNames: ["name", "amount"], columns: [name.build(), amount.build()])
    }

    static func numbers(_ n: Int) -> Table {
        var b = ColumnBuilder(type: .int)
        for i in 0..<n { b.append(.int(Int64(i))) }
        return Table(name: "n", columnNames: ["n"], columns: [b.build()])
    }
}
