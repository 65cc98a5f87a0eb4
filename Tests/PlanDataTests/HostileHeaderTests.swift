import Foundation
import PlanData
import PlanModel
import Testing

/// Headers built to be slow or huge: many repeated names stay linear, and a record past the column limit is a
/// located error before it costs memory.
@Suite struct HostileHeaderTests {
    /// The most columns a table may have, as the messages say.
    static let limit = 65_536

    func write(_ text: String, _ name: String = "t.csv") throws -> String {
        let path = NSTemporaryDirectory() + "phaen-header-" + UUID().uuidString + "-" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func twentyThousandColumnsNamedXGetNumberedNames() throws {
        let n = 20_000
        let header = Array(repeating: "x", count: n).joined(separator: ",")
        let row = (1...n).map(String.init).joined(separator: ",")
        let table = try TableLoader.loadCSV(path: try write(header + "\n" + row + "\n"), name: "t")
        #expect(table.columnNames.count == n)
        #expect(table.columnNames.prefix(3) == ["x", "x_2", "x_3"])
        #expect(table.columnNames.last == "x_20000")
        #expect(Set(table.columnNames).count == n)
        #expect(table.column("x_20000")?[0] == .int(20_000))
    }

    @Test func repeatedNamesSkipNamesTheHeaderAlreadyHas() throws {
        let table = try TableLoader.loadCSV(path: try write("x,x,x_2,,x,a\n1,2,3,4,5,6\n"), name: "t")
        #expect(table.columnNames == ["x", "x_2", "x_2_2", "column4", "x_3", "a"])
    }

    @Test func aHeaderPastTheColumnLimitIsALocatedError() throws {
        let header = Array(repeating: "x", count: Self.limit + 10).joined(separator: ",")
        let path = try write(header + "\n1\n")
        let error = try #require(throws: Diagnostic.self) { try TableLoader.loadCSV(path: path, name: "t") }
        #expect(error.file == path)
        #expect(error.line == 1)
        #expect(error.column == 2 * Self.limit + 1)
        #expect(error.message.contains("at most 65536 columns"))
    }

    @Test func aRowPastTheColumnLimitInABundleIsALocatedError() throws {
        let folder = NSTemporaryDirectory() + "phaen-header-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: Support.example, toPath: folder)
        let units = folder + "/units.csv"
        var text = try String(contentsOfFile: units, encoding: .utf8)
        let lines = text.split(separator: "\n").count
        text += String(repeating: ",", count: Self.limit + 5) + "\n"
        try text.write(toFile: units, atomically: true, encoding: .utf8)
        let error = try #require(throws: Diagnostics.self) { try BundleLoader.load(path: folder) }
        let item = try #require(error.items.first { $0.message.contains("at most 65536 columns") })
        #expect(item.file == units)
        #expect(item.line == lines + 1)
        #expect(item.column == Self.limit + 1)
    }

    @Test func aJSONTablePastTheColumnLimitIsALocatedError() throws {
        let keys = (0...Self.limit).map { "\"k\($0)\":1" }.joined(separator: ",")
        let path = try write("[\n{" + keys + "}]\n", "t.json")
        let error = try #require(throws: Diagnostic.self) { try TableLoader.loadJSON(path: path, name: "t") }
        #expect(error.line == 2)
        #expect(error.message.contains("at most 65536 columns"))
    }
}

/// Dates `load csv` reads print in a form that loads back as the same value.
@Suite struct EarlyDateTests {
    @Test func yearZeroStaysTextAndEarlyYearsKeepFourDigits() throws {
        let path = NSTemporaryDirectory() + "phaen-dates-" + UUID().uuidString + ".csv"
        try "zero,early\n0000-01-01,0999-05-01\n0000-12-31,0001-01-01\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        let table = try TableLoader.loadCSV(path: path, name: "t")
        #expect(table.column("zero")?.type == .text)
        #expect(table.column("early")?.type == .date)
        let written = TableWriter.csv(table)
        #expect(written.contains("0000-01-01,0999-05-01"), "\(written)")
        #expect(written.contains("0000-12-31,0001-01-01"), "\(written)")
        try written.write(toFile: path, atomically: true, encoding: .utf8)
        let again = try TableLoader.loadCSV(path: path, name: "t")
        #expect(again.column("early")?.type == .date)
        #expect(TableWriter.csv(again) == written)
    }
}
