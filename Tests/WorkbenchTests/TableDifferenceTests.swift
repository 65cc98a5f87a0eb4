import PlanModel
import Testing

@testable import Workbench

/// What a trainee is told when a result is not the model answer's.
@Suite struct TableDifferenceTests {
    static func table(_ names: [String], _ rows: [[Int64]]) -> Table {
        let columns = names.indices.map { c in
            var b = ColumnBuilder(type: .int)
            for row in rows { b.append(.int(row[c])) }
            return b.build()
        }
        return Table(name: "t", columnNames: names, columns: columns)
    }

    @Test func theSameTableHasNoDifference() {
        #expect(TableDifference.between(Self.table(["a"], [[1], [2]]), Self.table(["a"], [[1], [2]])) == nil)
    }

    @Test func eachKindOfDifferenceIsNamed() {
        let expected = Self.table(["a", "b"], [[1, 10], [2, 20]])
        #expect(TableDifference.between(Self.table(["a"], [[1], [2]]), expected)?.english == "missing columns: b")
        #expect(
            TableDifference.between(Self.table(["a", "b", "c"], [[1, 10, 0], [2, 20, 0]]), expected)?.english
                == "columns not asked for: c")
        #expect(
            TableDifference.between(Self.table(["b", "a"], [[10, 1], [20, 2]]), expected)?.english
                == "the columns should come in this order: a, b")
        #expect(
            TableDifference.between(Self.table(["a", "b"], [[1, 10]]), expected)?.english
                == "your result has 1 row; the answer has 2 rows")
        #expect(
            TableDifference.between(Self.table(["a", "b"], [[2, 20], [1, 10]]), expected)?.english
                == "the rows are right but in another order (row 1 should be 1 10)")
        #expect(
            TableDifference.between(Self.table(["a", "b"], [[1, 10], [2, 21]]), expected)?.english
                == "b in row 2 is 21, the answer has 20")
        #expect(
            TableDifference.between(Self.table(["total"], [[5]]), Self.table(["total"], [[6]]))?.thai
                == "total เป็น 5 แต่คำตอบเป็น 6")
    }
}
