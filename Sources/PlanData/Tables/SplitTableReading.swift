import CMalloc
import PlanModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a large CSV file's rows on two threads, with the same columns, diagnostics (their lines and order) and
/// all-or-nothing outcome as `TableReading.read` on one.
///
/// The file is cut at the first record-looking start after its middle: the first byte, not a line break, after
/// a line feed. A second thread reads from there to the end while this one reads up to it. A line feed may be
/// inside a quoted field, so the cut is only trusted if this thread's reader, which knows whether it is inside
/// quotes, starts a record exactly there; otherwise it reads on to the end and the second thread's work is
/// dropped. The halves' columns are then joined (`Column.append`), and the second half's diagnostics,
/// whose lines were counted from the cut, are moved to the file's lines and added after the first half's.
enum SplitTableReading {
    /// Rows after the header smaller than this are read on one thread: they take a few tens of milliseconds, and
    /// a split file is polled for interruption and reported on only as its first half is read (every 64 K and
    /// 4 K rows of it), too seldom for a file of a few hundred thousand rows.
    static let minimumBytes = 16 << 20

    /// The rows of `source` read into `plans`'s columns; the second half's work happens without `control`, which
    /// hears only of the first (its fraction read going to 1 at the cut).
    static func read(
        _ source: inout CSVRecordSource, plans: [TableReading.ColumnPlan], sink: inout DiagnosticSink,
        control: LoadControl?, minimumBytes: Int = minimumBytes
    ) throws(Diagnostic) -> TableReading.Result {
        guard sysconf(Int32(_SC_NPROCESSORS_ONLN)) >= 2,
            source.buffer.count - source.rowsStart >= minimumBytes,
            let cut = cutPoint(source.buffer, from: source.rowsStart)
        else { return try TableReading.read(&source, plans: plans, sink: &sink, control: control) }

        let (buffer, file, header) = (source.buffer, source.file, source.header)
        let second = BackgroundTask { () -> (DiagnosticSink, Result<TableReading.Result, Diagnostic>) in
            var rest = CSVRecordSource(rest: buffer, display: file, header: header, from: cut)
            var restSink = DiagnosticSink()
            do throws(Diagnostic) {
                let result = try TableReading.read(&rest, plans: plans, sink: &restSink)
                return (restSink, .success(result))
            } catch {
                return (restSink, .failure(error))
            }
        }
        source.stop(at: cut)
        var first: TableReading.Result
        do {
            first = try TableReading.read(&source, plans: plans, sink: &sink, control: control, roomForMore: true)
        } catch {
            second.abandon()
            throw error
        }
        // Taken apart so that nothing else holds the second half's columns while they are joined.
        let (restSink, restOutcome) = second.wait()
        guard source.reachedStop else { return first }
        let linesBefore = source.line - 1
        sink.add(contentsOf: restSink) { moved($0, down: linesBefore) }
        switch consume restOutcome {
        case .failure(let error):
            throw moved(error, down: linesBefore)
        case .success(var result):
            return TableReading.Result(
                columns: joined(&first.columns, &result.columns), rowCount: first.rowCount + result.rowCount,
                locator: JoinedLocator(
                    first: first.locator, rest: result.locator, firstRows: first.rowCount, linesBefore: linesBefore))
        }
    }

    /// Each column of `first` followed by the same column of `rest`, appended in place into the room the first
    /// half's columns were built with, each of `rest`'s columns dropped once appended, so that the join holds no
    /// more than the two halves; leaves both halves empty.
    private static func joined(_ first: inout [Column], _ rest: inout [Column]) -> [Column] {
        var columns: [Column] = []
        columns.reserveCapacity(first.count)
        for j in first.indices {
            var column = first[j]
            first[j] = Column(.bool([]))
            column.append(rest[j])
            rest[j] = Column(.bool([]))
            columns.append(column)
            // glibc keeps freed blocks below its mmap threshold resident: give the second half's column back
            // before the next is appended, or the join would hold the table and its second half.
            phaen_release_freed_memory()
        }
        first = []
        rest = []
        return columns
    }

    /// Where to cut the bytes after `start`: the first byte after the middle that follows a line feed and is not
    /// itself a line break; `nil` if there is none.
    static func cutPoint(_ buffer: ByteBuffer, from start: Int) -> Int? {
        let bytes = buffer.base
        var p = start + (buffer.count - start) / 2
        while p < buffer.count && bytes[p] != 0x0A { p += 1 }
        while p < buffer.count && (bytes[p] == 0x0A || bytes[p] == 0x0D) { p += 1 }
        return p < buffer.count ? p : nil
    }

    /// Finds the cells of a file read in two halves: the first half's rows, then the second's, whose lines were
    /// counted from the cut.
    private struct JoinedLocator: CellLocator {
        let first: CellLocator
        let rest: CellLocator
        let firstRows: Int
        let linesBefore: Int

        var file: String { first.file }

        func locate(row: Int, field: Int) -> (line: Int, column: Int) {
            guard row >= firstRows else { return first.locate(row: row, field: field) }
            let (line, column) = rest.locate(row: row - firstRows, field: field)
            return (line + linesBefore, column)
        }
    }

    /// A diagnostic of the second half, its line counted from the cut, on the file's line.
    private static func moved(_ diagnostic: Diagnostic, down lines: Int) -> Diagnostic {
        var moved = diagnostic
        if moved.line > 0 { moved.line += lines }
        return moved
    }
}
