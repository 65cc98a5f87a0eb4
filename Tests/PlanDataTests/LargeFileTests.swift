import Foundation
import PlanData
import PlanModel
import Testing

/// Files large enough to be mapped and read in steps whose pages are released behind the reader (the UTF-8
/// check, the parser): every row still reads back exactly, including a Thai character cut by a step's end.
@Suite struct LargeFileTests {
    static let step = 4 << 20

    /// `code,name,amount` rows past 9 MB, the first row padded so that a Thai character straddles byte 4 MiB.
    static func rows(thaiFrom firstThaiRow: Int = 0) -> (bytes: [UInt8], count: Int) {
        for pad in 0..<64 {
            var text = "code,name,amount\n"
            var n = 0
            while text.utf8.count < 9_000_000 {
                let name = n >= firstThaiRow ? "ทดสอบ\(n)" : "test\(n)"
                text += "R\(n),\(n == 0 ? String(repeating: "x", count: pad) : "")\(name),\(n).50\n"
                n += 1
            }
            let bytes = Array(text.utf8)
            if firstThaiRow > 0 || bytes[step] & 0xC0 == 0x80 { return (bytes, n) }
        }
        Issue.record("no padding puts a Thai character across 4 MiB")
        return ([], 0)
    }

    static func write(_ bytes: [UInt8]) throws -> String {
        let path = try Support.temporaryFolder() + "/large.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func expectRows(_ table: Table, count: Int, thaiFrom firstThaiRow: Int = 0) {
        #expect(table.rowCount == count)
        for row in [0, 1, count / 2, count - 1] where row > 0 {
            let name = row >= firstThaiRow ? "ทดสอบ\(row)" : "test\(row)"
            #expect(table.column("name")?[row] == .text(name))
            #expect(table.column("amount")?[row] == .money(Money(satang: Int64(row) * 100 + 50)))
        }
        guard case .money(let amounts)? = table.column("amount")?.storage else {
            Issue.record("amount is not money")
            return
        }
        let n = Int64(count)
        let expected: Int64 = n * (n - 1) / 2 * 100 + n * 50
        #expect(amounts.reduce(0, +) == expected)
    }

    @Test func aUTF8FileWithACharacterAcrossAStepReadsWhole() throws {
        let (bytes, count) = Self.rows()
        let table = try TableLoader.loadCSV(path: try Self.write(bytes), name: "large")
        Self.expectRows(table, count: count)
    }

    @Test func aWindows874FileFoundNotUTF8AfterTheFirstStepIsDecoded() throws {
        let (utf8, count) = Self.rows(thaiFrom: 250_000)
        var bytes: [UInt8] = []
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
            bytes.append(scalar.value < 0x80 ? UInt8(scalar.value) : UInt8(scalar.value - 0x0E00 + 0xA0))
        }
        #expect(bytes.firstIndex { $0 >= 0x80 }.map { $0 > Self.step } == true)
        let table = try TableLoader.loadCSV(path: try Self.write(bytes), name: "large")
        Self.expectRows(table, count: count, thaiFrom: 250_000)
    }
}
