import PlanModel
import Testing

@Suite struct ColumnTests {
    @Test func textIsDictionaryEncodedAndNullsKept() {
        var b = ColumnBuilder(type: .text)
        for s in ["กลยุทธ์ 1", "กลยุทธ์ 2", "กลยุทธ์ 1"] { b.appendText(s) }
        b.appendNull()
        let c = b.build()
        guard case .text(let codes, let dictionary) = c.storage else {
            Issue.record("text column expected")
            return
        }
        #expect(dictionary == ["กลยุทธ์ 1", "กลยุทธ์ 2"])
        #expect(codes == [0, 1, 0, -1])
        #expect(c[2] == .text("กลยุทธ์ 1"))
        #expect(c[3] == .null)
        #expect(c.isNull(3) && !c.isNull(0))
    }

    @Test func gatherKeepsTypesAndRelations() {
        var money = ColumnBuilder(type: .money)
        for v: Int64 in [100, 200, 300] { money.append(.money(Money(satang: v))) }
        let t = Table(
            name: "t", columnNames: ["amount"], columns: [money.build()],
            relations: [Relation(column: "amount", target: "x", targetRows: [2, 1, 0])])
        let g = t.gather([2, 0])
        #expect(g.rowCount == 2)
        #expect(g.columns[0][0] == .money(Money(satang: 300)))
        #expect(g.relations[0].targetRows == [0, 2])
        #expect(t.column("amount")?.type == .money)
        #expect(t.column("nope") == nil)
    }
}
