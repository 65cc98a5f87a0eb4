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

    /// Texts are one value when their bytes are, as the loader interns cells: a name typed precomposed and the
    /// same name decomposed stay two values, each shown as it was written.
    @Test func textsAreInternedByTheirBytes() {
        var b = ColumnBuilder(type: .text)
        for s in ["caf\u{E9}", "cafe\u{301}", "caf\u{E9}", "น้ำ", "น้ำ"] { b.appendText(s) }
        guard case .text(let codes, let dictionary) = b.build().storage else {
            Issue.record("text column expected")
            return
        }
        #expect(codes == [0, 1, 0, 2, 2])
        #expect(
            dictionary.map { Array($0.utf8) } == [
                [99, 97, 102, 195, 169], [99, 97, 102, 101, 204, 129], Array("น้ำ".utf8),
            ])
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
