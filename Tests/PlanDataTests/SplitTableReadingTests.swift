import Foundation
import PlanModel
import Testing

@testable import PlanData

/// Reading a CSV file's rows on two threads gives what one thread gives: the same columns (text codes and
/// dictionaries included), the same diagnostics in the same order with the same lines and columns, the same
/// error thrown, and cells found again at the same places.
@Suite struct SplitTableReadingTests {
    /// Columns like the disbursements': required text, date and money, then optional text.
    static let plans: [TableReading.ColumnPlan] = [
        .init(name: "project", type: .text, field: 0, required: true),
        .init(name: "date", type: .date, field: 1, required: true),
        .init(name: "amount", type: .money, field: 2, required: true),
        .init(name: "kind", type: .text, field: 3),
        .init(name: "note", type: .text, field: 4),
    ]
    static let header = "project,date,amount,kind,note"

    /// What a read gave, in a form to compare.
    struct Outcome: Equatable {
        var columns: [String]
        var rowCount: Int
        var locations: [String]
        var diagnostics: [Diagnostic]
        var more: Int
        var thrown: Diagnostic?
    }

    static func outcome(_ text: String, split: Bool) throws -> Outcome {
        let buffer = Array(text.utf8).withUnsafeBufferPointer { ByteBuffer($0) }
        var source = try CSVRecordSource(buffer: buffer, display: "d.csv")
        var sink = DiagnosticSink()
        do throws(Diagnostic) {
            let result =
                split
                ? try SplitTableReading.read(&source, plans: plans, sink: &sink, control: nil, minimumBytes: 0)
                : try TableReading.read(&source, plans: plans, sink: &sink)
            let locations = (0..<result.rowCount).flatMap { row in
                (0..<plans.count).map { field in "\(result.locator.locate(row: row, field: field))" }
            }
            return Outcome(
                columns: result.columns.map { "\($0.storage) \(String(describing: $0.nulls))" },
                rowCount: result.rowCount, locations: locations, diagnostics: sink.items, more: sink.more)
        } catch {
            return Outcome(
                columns: [], rowCount: 0, locations: [], diagnostics: sink.items, more: sink.more, thrown: error)
        }
    }

    /// Checks that both ways agree, and returns the outcome.
    @discardableResult
    static func agree(_ text: String, _ comment: Comment) throws -> Outcome {
        let one = try outcome(text, split: false)
        let two = try outcome(text, split: true)
        #expect(one == two, comment)
        return one
    }

    /// `count` rows: projects repeating in runs, Thai notes, BE and CE dates; `line(i)` may replace row i.
    static func rows(_ count: Int, replacing line: (Int) -> String? = { _ in nil }) -> String {
        var text = header + "\n"
        for i in 0..<count {
            if let replaced = line(i) {
                text += replaced + "\n"
                continue
            }
            let year = i % 2 == 0 ? 2561 : 2018
            let note = i % 7 == 0 ? "" : i % 5 == 0 ? "ค่าวัสดุ \(i % 11)" : "note \(i % 13)"
            text += "P\(i / 9),\(year)-0\(1 + i % 9)-1\(i % 10),\(i * 37 % 5000).\(i % 100),"
            text += "\(i % 4 == 0 ? "obligation" : "disbursement"),\(note)\n"
        }
        return text
    }

    @Test func aCleanFileReadsTheSameOnTwoThreads() throws {
        let text = Self.rows(2_000) { i in i >= 1_500 && i % 97 == 0 ? "Q\(i),2561-02-02,10,refund," : nil }
        let outcome = try Self.agree(text, "clean")
        #expect(outcome.rowCount == 2_000)
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.thrown == nil)
    }

    @Test func diagnosticsInBothHalvesKeepTheirLinesAndOrder() throws {
        let text = Self.rows(1_000) { i in
            switch i {
            case 10: "P1,2561-13-01,5,,"
            case 700: ",2561-01-01,5,,"
            case 990: "P9,2561-01-01,five,,"
            default: nil
            }
        }
        let outcome = try Self.agree(text, "bad cells")
        #expect(outcome.diagnostics.map(\.line) == [12, 702, 992])
        #expect(outcome.diagnostics.map(\.column) == [4, 1, 15])
    }

    @Test func rowsWithTooManyCellsInBothHalvesAreReportedOnTheirLines() throws {
        let outcome = try Self.agree(
            Self.rows(1_000) { i in i == 40 || i == 900 ? "P1,2561-01-01,5,,,extra" : nil }, "extra cells")
        #expect(outcome.diagnostics.map(\.line) == [42, 902])
        #expect(outcome.diagnostics.allSatisfy { $0.message.contains("6 cells but the header has 5") })
    }

    @Test func beyondTheLimitTheSameFiftyAreKeptAndTheRestCounted() throws {
        let outcome = try Self.agree(Self.rows(400) { i in i % 5 == 0 ? "P1,someday,5,," : nil }, "many bad dates")
        #expect(outcome.diagnostics.count == DiagnosticSink.limit)
        #expect(outcome.more == 80 - DiagnosticSink.limit)
    }

    @Test func aQuotedFieldHoldingLineBreaksAcrossTheMiddleIsReadOnOneThread() throws {
        let lines = String(repeating: "P1,2561-01-01,5,x,y\n", count: 30)
        let quoted = "P7,2561-01-01,5,disbursement,\"" + lines + "\""
        let text = Self.rows(40) { i in i == 20 ? quoted : nil }
        let outcome = try Self.agree(text, "quoted lines across the cut")
        #expect(outcome.rowCount == 40)
        #expect(outcome.thrown == nil)
        let bytes = Array(text.utf8)
        let cut = try #require(
            bytes.withUnsafeBufferPointer { SplitTableReading.cutPoint(ByteBuffer($0), from: Self.header.utf8.count) })
        let (open, close) = (try #require(bytes.firstIndex(of: 0x22)), try #require(bytes.lastIndex(of: 0x22)))
        #expect(open < cut && cut < close, "the cut falls inside the quoted field")
    }

    @Test func theFirstHalfStopsAtTheCutOnlyWhenARecordStartsThere() throws {
        for (text, expected) in [
            (Self.rows(100), true),
            (Self.header + "\n\"" + String(repeating: "a\n", count: 200) + "\",2561-01-01,1,,\n", false),
        ] {
            let buffer = Array(text.utf8).withUnsafeBufferPointer { ByteBuffer($0) }
            var source = try CSVRecordSource(buffer: buffer, display: "d.csv")
            let cut = try #require(SplitTableReading.cutPoint(buffer, from: source.rowsStart))
            source.stop(at: cut)
            var rows = 0
            while try source.next() { rows += 1 }
            #expect(source.reachedStop == expected)
            #expect(expected ? rows < 100 : rows == 1)
        }
    }

    @Test func blankLinesAndCRLFAroundTheMiddle() throws {
        let text = Self.rows(300) { i in i == 150 ? "\r\n\r\n\nP2,2561-01-01,5,,\r" : nil }
        let outcome = try Self.agree(text.replacingOccurrences(of: "\n", with: "\r\n"), "CRLF and blank lines")
        #expect(outcome.rowCount == 300)
        #expect(try Self.agree(text, "blank lines").rowCount == 300)
    }

    @Test func aMalformedRecordInTheSecondHalfThrowsAtItsLine() throws {
        let outcome = try Self.agree(
            Self.rows(500) { i in
                switch i {
                case 100: "P1,2561-01-01,5,,\"closed\"late"
                case 450: "P1,2561-01-01,5,,\"closed\"late"
                case 30, 420: "P1,,5,,"
                default: nil
                }
            }, "text after a closing quote")
        #expect(outcome.thrown?.line == 102)
        #expect(outcome.diagnostics.map(\.line) == [32])
        let second = try Self.agree(
            Self.rows(500) { i in
                switch i {
                case 450: "P1,2561-01-01,5,,\"closed\"late"
                case 30, 420: "P1,,5,,"
                default: nil
                }
            }, "text after a closing quote in the second half")
        #expect(second.thrown?.line == 452)
        #expect(second.diagnostics.map(\.line) == [32, 422])
    }

    @Test func textNewToTheSecondHalfAndNullsOnlyThereJoinAsOneReaderNumbersThem() throws {
        let text = Self.rows(600) { i in
            if i >= 400 && i % 3 == 0 { return "N\(i % 17),2561-01-01,5,,แผนใหม่ \(i % 5)" }
            return i >= 500 ? "P3,2561-01-01,5,obligation," : nil
        }
        try Self.agree(text, "new values late")
        var joined = Column(.text(codes: [0, 1, -1], dictionary: ["a", "b"]), nulls: [false, false, true])
        joined.append(Column(.text(codes: [0, 1, 0], dictionary: ["c", "a"])))
        guard case .text(let codes, let dictionary) = joined.storage else {
            Issue.record("not text")
            return
        }
        #expect(codes == [0, 1, -1, 2, 0, 2])
        #expect(dictionary == ["a", "b", "c"])
        #expect(joined.nulls == [false, false, true, false, false, false])
    }
}

/// `Column.append` joins two halves of every type, nulls included.
@Suite struct ColumnAppendTests {
    @Test func everyTypeAppendsItsRowsAfterTheFirstOnes() {
        var whole = Column(.int([1, 2]))
        whole.append(Column(.int([3]), nulls: [true]))
        #expect(whole.count == 3)
        #expect(whole.nulls == [false, false, true])
        var money = Column(.money([100]))
        money.append(Column(.money([250, 5])))
        guard case .money(let satang) = money.storage else {
            Issue.record("not money")
            return
        }
        #expect(satang == [100, 250, 5])
        var share = Column(.percent([12.5]))
        share.append(Column(.percent([50])))
        guard case .percent(let points) = share.storage else {
            Issue.record("not percent")
            return
        }
        #expect(points == [12.5, 50])
        var ratio = Column(.float([0.5]))
        ratio.append(Column(.float([1.5])))
        guard case .float(let values) = ratio.storage else {
            Issue.record("not float")
            return
        }
        #expect(values == [0.5, 1.5])
        var days = Column(.date([10, 11]))
        days.append(Column(.date([12])))
        guard case .date(let ordinals) = days.storage else {
            Issue.record("not a date")
            return
        }
        #expect(ordinals == [10, 11, 12])
        var flags = Column(.bool([true]))
        flags.append(Column(.bool([false])))
        guard case .bool(let marks) = flags.storage else {
            Issue.record("not bool")
            return
        }
        #expect(marks == [true, false])
    }
}

/// A bundle whose payments file is large enough to be read on two threads loads to the rows it holds, and a bad
/// cell near its end is reported on its own line.
@Suite struct SplitBundleLoadTests {
    /// The example's payment rows repeated `copies` times, `broken` (if given) replacing the last copy's
    /// first row's amount; returns the folder.
    static func bundle(copies: Int, breakingLastCopy broken: Bool) throws -> String {
        let folder = try Support.copyOfExample()
        let path = folder + "/disbursements.csv"
        let lines = try Support.read(path).split(separator: "\n")
        let rows = lines.dropFirst().joined(separator: "\n") + "\n"
        var text = lines[0] + "\n" + String(repeating: rows, count: copies - 1)
        if broken {
            var fields = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[3] = "lots"
            let copy = [fields.joined(separator: ",")] + lines.dropFirst(2).map(String.init)
            text += copy.joined(separator: "\n") + "\n"
        } else {
            text += rows
        }
        try Support.write(text, to: path)
        return folder
    }

    static let copies = 4_000

    @Test func aSplitPaymentsFileLoadsEveryRowInOrder() throws {
        let example = try #require(try BundleLoader.load(path: Support.example)["disbursements"])
        let folder = try Self.bundle(copies: Self.copies, breakingLastCopy: false)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/disbursements.csv")
        let bytes = try #require(attributes[.size] as? Int)
        #expect(bytes > SplitTableReading.minimumBytes, "large enough to be split: \(bytes) bytes")
        let table = try #require(try BundleLoader.load(path: folder)["disbursements"])
        #expect(table.rowCount == example.rowCount * Self.copies)
        for name in example.columnNames {
            let (big, small) = (try #require(table.column(name)), try #require(example.column(name)))
            var row = 0
            while row < table.rowCount {
                #expect(big[row] == small[row % example.rowCount], "\(name), row \(row)")
                row += 997
            }
            #expect(big[table.rowCount - 1] == small[example.rowCount - 1], "\(name), last row")
        }
    }

    @Test func aBadCellInTheSecondHalfIsReportedOnItsLine() throws {
        let example = try #require(try BundleLoader.load(path: Support.example)["disbursements"])
        let folder = try Self.bundle(copies: Self.copies, breakingLastCopy: true)
        let line = 1 + example.rowCount * (Self.copies - 1) + 1
        #expect {
            try BundleLoader.load(path: folder)
        } throws: { error in
            guard let items = (error as? Diagnostics)?.items, items.count == 1 else { return false }
            return items[0].line == line && items[0].message.contains("`lots` in `amount`")
        }
    }
}
