import PlanModel

/// A loaded plan as bytes, with what it was loaded from: the bundle's real path and, for each file of the
/// contract, whether it was there and if so its identity (`FileIdentity`), its `ContentDigest` and whether it had
/// settled. A snapshot is
/// only ever made of a plan that loaded cleanly, so the plan it gives back has passed every rule.
///
/// The layout: `PHAENSNP`, the format version, the payload's length and `ContentDigest`, then the payload. A
/// reader checks all four before it reads the payload, and then every count and code in it, so a snapshot cut
/// short or altered is reported as damaged rather than read.
struct PlanSnapshot {
    /// One file of the contract as the load found it.
    struct File: Equatable, Sendable {
        var name: String
        /// `nil`: the file was not there.
        var identity: FileIdentity?
        var digest: UInt64
        /// Whether the file had last changed well before the load read it (`SnapshotCache.settledAfter`), so
        /// that any later change moves its change time: its identity alone then tells that it is unchanged.
        var settled: Bool
    }

    /// Bumped whenever the layout or the model changes, so that no build reads another's snapshots.
    static let version: UInt32 = 1
    private static let magic = Array("PHAENSNP".utf8)
    static let headerBytes = 32

    var realPath: String
    var files: [File]
    var plan: Plan

    /// The snapshot as bytes.
    func encoded() -> [UInt8] {
        var w = SnapshotBytes.Writer(capacity: Self.estimatedBytes(plan))
        for byte in Self.magic { w.integer(byte) }
        w.integer(Self.version)
        w.integer(UInt32(0))
        w.integer(UInt64(0))  // payload length, patched below
        w.integer(UInt64(0))  // payload digest, patched below
        w.string(realPath)
        w.integer(UInt32(files.count))
        for file in files {
            w.string(file.name)
            w.integer(UInt8(file.identity == nil ? 0 : 1))
            let id = file.identity ?? FileIdentity(device: 0, inode: 0, size: 0, modified: 0, changed: 0)
            w.integer(id.device)
            w.integer(id.inode)
            w.integer(id.size)
            w.integer(id.modified)
            w.integer(id.changed)
            w.integer(file.digest)
            w.integer(UInt8(file.settled ? 1 : 0))
        }
        w.string(plan.office)
        w.integer(Int64(plan.fiscalYear.buddhistEra))
        w.array(plan.targets)
        let types = plan.targetsByType.keys.sorted()
        w.integer(UInt32(types.count))
        for type in types {
            w.string(type)
            w.array(plan.targetsByType[type]!)
        }
        w.string(plan.source?.path ?? "")
        w.string(plan.source?.sha256 ?? "")
        let names = plan.tables.keys.sorted()
        w.integer(UInt32(names.count))
        for name in names { Self.write(plan.tables[name]!, &w) }
        var bytes: [UInt8] = []
        swap(&bytes, &w.bytes)  // not copied when patched below
        let payload = bytes.count - Self.headerBytes
        let digest = bytes.withUnsafeBytes {
            ContentDigest.of(UnsafeRawBufferPointer(rebasing: $0[Self.headerBytes...]))
        }
        Self.patch(&bytes, UInt64(payload), at: 16)
        Self.patch(&bytes, digest, at: 24)
        return bytes
    }

    private static func patch(_ bytes: inout [UInt8], _ value: UInt64, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { raw in
            for k in 0..<8 { bytes[offset + k] = raw[k] }
        }
    }

    private static func estimatedBytes(_ plan: Plan) -> Int {
        plan.tables.values.reduce(4096) { sum, table in
            sum + table.rowCount * (table.columns.count * 9 + table.relations.count * 4) + 4096
        }
    }

    private static func write(_ table: Table, _ w: inout SnapshotBytes.Writer) {
        w.string(table.name)
        w.integer(UInt64(table.rowCount))
        w.integer(UInt32(table.columns.count))
        for (name, column) in zip(table.columnNames, table.columns) {
            w.string(name)
            w.integer(UInt8(DataType.allCases.firstIndex(of: column.type)!))
            switch column.storage {
            case .int(let a), .money(let a): w.array(a)
            case .float(let a), .percent(let a): w.array(a)
            case .date(let a): w.array(a)
            case .bool(let a): w.array(a)
            case .text(let codes, let dictionary):
                w.array(codes)
                w.integer(UInt64(dictionary.count))
                for value in dictionary { w.string(value) }
            }
            w.integer(UInt8(column.nulls == nil ? 0 : 1))
            if let nulls = column.nulls { w.array(nulls) }
        }
        w.integer(UInt32(table.relations.count))
        for relation in table.relations {
            w.string(relation.column)
            w.string(relation.target)
            w.array(relation.targetRows)
        }
        let notes = table.columnNotes.keys.sorted()
        w.integer(UInt32(notes.count))
        for key in notes {
            w.string(key)
            w.string(table.columnNotes[key]!.english)
            w.string(table.columnNotes[key]!.thai)
        }
    }

    /// Checks a snapshot's header and reads the real path and files it was made from, leaving the plan to
    /// `plan(from:)` and the payload's digest (`digest`) to `isWhole`.
    static func header(of bytes: UnsafeRawBufferPointer) throws(SnapshotBytes.Damaged) -> (
        realPath: String, files: [File], digest: UInt64, reader: SnapshotBytes.Reader
    ) {
        var r = SnapshotBytes.Reader(bytes)
        for byte in magic where try r.integer(UInt8.self) != byte {
            throw SnapshotBytes.Damaged(reason: "it is not a Phaen snapshot")
        }
        guard try r.integer(UInt32.self) == version else {
            throw SnapshotBytes.Damaged(reason: "it was written by another version of Phaen")
        }
        _ = try r.integer(UInt32.self)
        let length = try r.integer(UInt64.self)
        let digest = try r.integer(UInt64.self)
        guard length == UInt64(bytes.count - headerBytes) else {
            throw SnapshotBytes.Damaged(reason: "it is \(bytes.count) bytes, not \(length + UInt64(headerBytes))")
        }
        let realPath = try r.string()
        let count = Int(try r.integer(UInt32.self))
        var files: [File] = []
        for _ in 0..<min(count, 64) {
            let name = try r.string()
            let present = try r.integer(UInt8.self) == 1
            let id = FileIdentity(
                device: try r.integer(), inode: try r.integer(), size: try r.integer(), modified: try r.integer(),
                changed: try r.integer())
            let digest: UInt64 = try r.integer()
            let settled = try r.integer(UInt8.self) == 1
            files.append(File(name: name, identity: present ? id : nil, digest: digest, settled: settled))
        }
        return (realPath, files, digest, r)
    }

    /// Whether a snapshot's payload has the digest its header gives: the snapshot is as it was written.
    static func isWhole(_ bytes: UnsafeRawBufferPointer, digest: UInt64) -> Bool {
        bytes.count >= headerBytes
            && ContentDigest.of(UnsafeRawBufferPointer(rebasing: bytes[headerBytes...])) == digest
    }

    /// The plan in a snapshot, after `header(of:)`; every code and row number is checked to be in range.
    static func plan(from reader: SnapshotBytes.Reader) throws(SnapshotBytes.Damaged) -> Plan {
        var r = reader
        let office = try r.string()
        let year = Int(try r.integer(Int64.self))
        guard (1...99_999).contains(year) else { throw SnapshotBytes.Damaged(reason: "no fiscal year \(year)") }
        let targets: [Double] = try r.array()
        guard targets.count == 4 else { throw SnapshotBytes.Damaged(reason: "the targets are not four") }
        var byType: [String: [Double]] = [:]
        for _ in 0..<Int(try r.integer(UInt32.self)) {
            let type = try r.string()
            let values: [Double] = try r.array()
            guard values.count == 4 else { throw SnapshotBytes.Damaged(reason: "the targets are not four") }
            byType[type] = values
        }
        let path = try r.string()
        let sha256 = try r.string()
        var tables: [String: Table] = [:]
        for _ in 0..<Int(try r.integer(UInt32.self)) {
            let table = try readTable(&r)
            tables[table.name] = table
        }
        for table in tables.values {
            for relation in table.relations {
                guard let target = tables[relation.target],
                    rowsInRange(relation.targetRows, below: target.rowCount)
                else { throw SnapshotBytes.Damaged(reason: "a link leads to no row") }
            }
        }
        return Plan(
            office: office, fiscalYear: FiscalYear(year), targets: targets, targetsByType: byType, tables: tables,
            source: Plan.Source(path: path, sha256: sha256))
    }

    private static func readTable(_ r: inout SnapshotBytes.Reader) throws(SnapshotBytes.Damaged) -> Table {
        let name = try r.string()
        let rows = try r.count(limit: Int(Int32.max))
        var names: [String] = []
        var columns: [Column] = []
        for _ in 0..<Int(try r.integer(UInt32.self)) {
            names.append(try r.string())
            let kind = Int(try r.integer(UInt8.self))
            guard kind < DataType.allCases.count else { throw SnapshotBytes.Damaged(reason: "no column type \(kind)") }
            let storage: Column.Storage
            switch DataType.allCases[kind] {
            case .int: storage = .int(try r.array())
            case .money: storage = .money(try r.array())
            case .float: storage = .float(try r.array())
            case .percent: storage = .percent(try r.array())
            case .date: storage = .date(try r.array())
            case .bool: storage = .bool(try r.bools())
            case .text:
                let codes: [Int32] = try r.array()
                var dictionary: [String] = []
                let count = try r.count(limit: r.bytes.count)
                dictionary.reserveCapacity(count)
                for _ in 0..<count { dictionary.append(try r.string()) }
                guard rowsInRange(codes, below: dictionary.count) else {
                    throw SnapshotBytes.Damaged(reason: "a text code is not in its dictionary")
                }
                storage = .text(codes: codes, dictionary: dictionary)
            }
            let nulls = try r.integer(UInt8.self) == 1 ? try r.bools() : nil
            let column = Column(storage, nulls: nulls)
            guard column.count == rows, (nulls?.count ?? rows) == rows else {
                throw SnapshotBytes.Damaged(reason: "a column of \(name) is not \(rows) rows long")
            }
            columns.append(column)
        }
        var relations: [Relation] = []
        for _ in 0..<Int(try r.integer(UInt32.self)) {
            let column = try r.string()
            let target = try r.string()
            let targetRows: [Int32] = try r.array()
            guard targetRows.count == rows else {
                throw SnapshotBytes.Damaged(reason: "a link is not \(rows) rows long")
            }
            relations.append(Relation(column: column, target: target, targetRows: targetRows))
        }
        var notes: [String: ColumnNote] = [:]
        for _ in 0..<Int(try r.integer(UInt32.self)) {
            let key = try r.string()
            notes[key] = ColumnNote(english: try r.string(), thai: try r.string())
        }
        guard Set(names).count == names.count else { throw SnapshotBytes.Damaged(reason: "a column name repeats") }
        var table = Table(name: name, columnNames: names, columns: columns, relations: relations)
        guard table.rowCount == rows else {
            throw SnapshotBytes.Damaged(reason: "\(name) is not \(rows) rows long")
        }
        table.columnNotes = notes
        return table
    }

    /// Whether every value is −1 (none) or a row or code below `count`.
    private static func rowsInRange(_ values: [Int32], below count: Int) -> Bool {
        values.withUnsafeBufferPointer { v in
            var low: Int32 = 0
            var high: Int32 = -1
            for x in v {
                low = min(low, x)
                high = max(high, x)
            }
            return low >= -1 && Int(high) < count
        }
    }
}
