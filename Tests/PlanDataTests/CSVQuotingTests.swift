import Foundation
import PlanData
import PlanModel
import Testing

/// RFC 4180 edge cases, read through `TableLoader.loadCSV` and the bundle loader.
@Suite struct CSVQuotingTests {
    static func table(_ bytes: [UInt8]) throws -> Table {
        let path = try Support.temporaryFolder() + "/t.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return try TableLoader.loadCSV(path: path, name: "t")
    }

    static func table(_ text: String) throws -> Table { try table(Array(text.utf8)) }

    @Test func quotesCommasLineBreaksAndDoubledQuotes() throws {
        let t = try Self.table(
            "code,name,note\r\n"
                + "A,\"ครู, นักเรียน\",\"say \"\"hi\"\"\"\r\n"
                + "B,\"two\nlines\",\"crlf\r\ninside\"\r\n"
                + "C,,\"\"\r\n"
                + "\r\n")
        #expect(t.columnNames == ["code", "name", "note"])
        #expect(t.rowCount == 3)
        #expect(t.column("name")?[0] == .text("ครู, นักเรียน"))
        #expect(t.column("note")?[0] == .text("say \"hi\""))
        #expect(t.column("name")?[1] == .text("two\nlines"))
        #expect(t.column("note")?[1] == .text("crlf\r\ninside"))
        #expect(t.column("name")?[2] == .null)
        #expect(t.column("note")?[2] == .null)
    }

    @Test func byteOrderMarkAndMissingFinalNewline() throws {
        let t = try Self.table([0xEF, 0xBB, 0xBF] + Array("code,amount\nA,\"1,250,000.50\"\nB,3".utf8))
        #expect(t.columnNames == ["code", "amount"])
        #expect(t.column("amount")?[0] == .money(Money(satang: 125_000_050)))
        #expect(t.column("amount")?[1] == .money(Money(satang: 300)))
    }

    @Test func oldMacLineEndings() throws {
        let t = try Self.table("a,b\r1,\"x\ry\"\r2,z")
        #expect(t.rowCount == 2)
        #expect(t.column("b")?[0] == .text("x\ry"))
        #expect(t.column("a")?[1] == .int(2))
    }

    @Test func shortRowsAreNullFilled() throws {
        let t = try Self.table("a,b,c\n1,2\n")
        #expect(t.column("c")?[0] == .null)
    }

    @Test func textAfterAClosingQuoteIsAnError() throws {
        #expect {
            try Self.table("a,b\n1,\"x\"y\n")
        } throws: { error in
            let d = error as? Diagnostic
            return d?.message == "unexpected text after a closing quote" && d?.line == 2 && d?.column == 6
        }
    }

    @Test func aRecordSpanningLinesIsLocatedWhereItStarts() throws {
        let folder = try Support.copyOfExample()
        var lines = try Support.read(folder + "/indicators.csv").components(separatedBy: "\n")
        // Line 2's name now spans three physical lines; the bad target is on record 4, physical line 6.
        var cells = lines[1].components(separatedBy: ",")
        cells[1] = "\"หลาย\nบรรทัด\n" + cells[1] + "\""
        lines[1] = cells.joined(separator: ",")
        lines[3] = lines[3].replacingOccurrences(of: ",ร้อยละ,", with: ",ร้อยละ,x")
        try Support.write(lines.joined(separator: "\n"), to: folder + "/indicators.csv")
        let found = Support.diagnostics(loading: folder)
        #expect(found.map(\.line) == [6])
        let prefix = lines[3].components(separatedBy: ",ร้อยละ,")[0] + ",ร้อยละ,"
        #expect(found.first?.column == prefix.unicodeScalars.count + 1)
    }
}
