import PlanModel
import SystemCalls

/// A loaded plan as bytes, with what it was loaded from: the bundle's real path and, for each file of the
/// contract, whether it was there and if so its identity (`FileIdentity`), its `ContentDigest` and whether it had
/// settled. A snapshot is only ever made of a plan that loaded cleanly, so the plan it gives back has passed
/// every rule.
///
/// The layout (`SnapshotBytes`): `PHAENSNP`, the format version, zero, where the index starts, its length and
/// its `ContentDigest` (40 bytes); then the data, every column's, null marks' and link's array back to back; then
/// the index: the real path and files, the plan's header, every distinct text of the dictionaries once (a
/// dictionary is a list of their numbers), and each table's columns, links and notes, with each array's count
/// and digest. A reader checks the header and the index's digest before it reads anything else, each array's
/// digest as it reads it, and every count and code, so a snapshot cut short or altered is reported as damaged
/// rather than read.
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
    static let version: UInt32 = 2
    private static let magic = Array("PHAENSNP".utf8)
    static let headerBytes = 40

    var realPath: String
    var files: [File]
    var plan: Plan

    /// A snapshot ready to be written: its header and index, and the plan's arrays it writes between them from
    /// where they are (so that writing a snapshot holds no copy of the plan).
    struct Encoded {
        /// The snapshot's size in bytes.
        let byteCount: Int
        fileprivate let header: [UInt8]
        fileprivate let arrays: [(Int32) -> Int32]
        fileprivate let index: [UInt8]

        /// Writes the snapshot to the open file `fd`: 0, or the `errno` of the write that failed.
        func write(to fd: Int32) -> Int32 {
            var code = header.withUnsafeBytes { System.writeAll(fd, $0) }
            for array in arrays where code == 0 { code = array(fd) }
            if code == 0 { code = index.withUnsafeBytes { System.writeAll(fd, $0) } }
            return code
        }
    }

    /// The snapshot, ready to be written.
    func encoded() -> Encoded {
        var w = SnapshotBytes.Writer(dataStart: Self.headerBytes)
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
        w.inlineArray(plan.targets)
        let types = plan.targetsByType.keys.sorted()
        w.integer(UInt32(types.count))
        for type in types {
            w.string(type)
            w.inlineArray(plan.targetsByType[type]!)
        }
        w.string(plan.source?.path ?? "")
        w.string(plan.source?.sha256 ?? "")
        let tables = plan.tables.keys.sorted().map { plan.tables[$0]! }
        var texts = TextPool()
        for table in tables { texts.add(table) }
        texts.write(&w)
        w.integer(UInt32(tables.count))
        for table in tables { Self.write(table, texts, &w) }
        var header = SnapshotBytes.Writer(dataStart: 0)
        for byte in Self.magic { header.integer(byte) }
        header.integer(Self.version)
        header.integer(UInt32(0))
        header.integer(UInt64(w.dataEnd))
        header.integer(UInt64(w.index.count))
        header.integer(w.index.withUnsafeBytes { ContentDigest.of($0) })
        return Encoded(
            byteCount: w.dataEnd + w.index.count, header: header.index, arrays: w.arrays, index: w.index)
    }

    private static func write(_ table: Table, _ texts: TextPool, _ w: inout SnapshotBytes.Writer) {
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
                w.inlineArray(dictionary.map { texts.numbers[$0]! })
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

    /// The distinct texts of every dictionary of a plan, numbered in the order first met: the same code in the
    /// dictionaries of several tables (a project's, in five) is kept, and made into a `String` on reading, once.
    private struct TextPool {
        var numbers: [String: Int32] = [:]
        var texts: [String] = []

        mutating func add(_ table: Table) {
            for column in table.columns {
                guard case .text(_, let dictionary) = column.storage else { continue }
                for text in dictionary where numbers[text] == nil {
                    numbers[text] = Int32(texts.count)
                    texts.append(text)
                }
            }
        }

        /// The count, each text's length in bytes, then their bytes back to back.
        func write(_ w: inout SnapshotBytes.Writer) {
            w.inlineArray(texts.map { UInt32($0.utf8.count) })
            for text in texts {
                var text = text
                text.withUTF8 { w.index.append(contentsOf: $0) }
            }
        }
    }

    /// A snapshot's index, read and checked against its digest: the real path and files it was made from, and
    /// a reader at the plan.
    struct Index {
        var realPath: String
        var files: [File]
        fileprivate var reader: SnapshotBytes.Reader
        /// The bytes `reader` reads.
        fileprivate let bytes: ByteBuffer
    }

    /// Reads and checks a snapshot's header and index from the open file `fd`.
    static func index(of fd: Int32) throws(SnapshotBytes.Damaged) -> Index {
        guard let size = FileIdentity.of(fd).map({ Int($0.size) }) else {
            throw SnapshotBytes.Damaged(reason: "it cannot be read")
        }
        guard size >= headerBytes else { throw SnapshotBytes.Damaged(reason: "it ends early") }
        let header = ByteBuffer(count: headerBytes)
        try read(fd, into: header, at: 0)
        var r = SnapshotBytes.Reader(UnsafeRawBufferPointer(header.all))
        for byte in magic where try r.integer(UInt8.self) != byte {
            throw SnapshotBytes.Damaged(reason: "it is not a Phaen snapshot")
        }
        guard try r.integer(UInt32.self) == version else {
            throw SnapshotBytes.Damaged(reason: "it was written by another version of Phaen")
        }
        guard try r.integer(UInt32.self) == 0 else { throw SnapshotBytes.Damaged(reason: "its header is altered") }
        let indexOffset = try r.integer(UInt64.self)
        let indexLength = try r.integer(UInt64.self)
        let indexDigest = try r.integer(UInt64.self)
        guard indexOffset >= UInt64(headerBytes), indexOffset <= UInt64(size), indexLength == UInt64(size) - indexOffset
        else {
            throw SnapshotBytes.Damaged(reason: "it is \(size) bytes, not \(indexOffset &+ indexLength)")
        }
        let bytes = ByteBuffer(count: Int(indexLength))
        SnapshotArrays.prepare(bytes.base, byteCount: bytes.count)
        try read(fd, into: bytes, at: Int(indexOffset))
        let raw = UnsafeRawBufferPointer(bytes.all)
        guard ContentDigest.of(raw) == indexDigest else {
            throw SnapshotBytes.Damaged(reason: "its contents do not match their digest")
        }
        var index = SnapshotBytes.Reader(raw, data: headerBytes..<Int(indexOffset))
        let realPath = try index.string()
        let count = Int(try index.integer(UInt32.self))
        guard count <= 64 else { throw SnapshotBytes.Damaged(reason: "a count of \(count) cannot be") }
        var files: [File] = []
        for _ in 0..<count {
            let name = try index.string()
            let present = try index.integer(UInt8.self) == 1
            let id = FileIdentity(
                device: try index.integer(), inode: try index.integer(), size: try index.integer(),
                modified: try index.integer(), changed: try index.integer())
            let digest: UInt64 = try index.integer()
            let settled = try index.integer(UInt8.self) == 1
            files.append(File(name: name, identity: present ? id : nil, digest: digest, settled: settled))
        }
        return Index(realPath: realPath, files: files, reader: index, bytes: bytes)
    }

    private static func read(_ fd: Int32, into buffer: ByteBuffer, at offset: Int) throws(SnapshotBytes.Damaged) {
        let code = System.readAll(fd, into: buffer.base, count: buffer.count, at: offset)
        guard code == 0 else { throw .unread(code) }
    }

    /// The plan of a snapshot whose `index` was read from the open file `fd`; the arrays are read from `fd` on
    /// two threads, and every code and row number is checked to be in range.
    static func plan(_ index: Index, from fd: Int32) throws(SnapshotBytes.Damaged) -> Plan {
        defer { withExtendedLifetime(index.bytes) {} }
        var r = index.reader
        let office = try r.string()
        let year = Int(try r.integer(Int64.self))
        guard (1...99_999).contains(year) else { throw SnapshotBytes.Damaged(reason: "no fiscal year \(year)") }
        let targets: [Double] = try r.inlineArray()
        guard targets.count == 4 else { throw SnapshotBytes.Damaged(reason: "the targets are not four") }
        var byType: [String: [Double]] = [:]
        for _ in 0..<Int(try r.integer(UInt32.self)) {
            let type = try r.string()
            let values: [Double] = try r.inlineArray()
            guard values.count == 4 else { throw SnapshotBytes.Damaged(reason: "the targets are not four") }
            byType[type] = values
        }
        let path = try r.string()
        let sha256 = try r.string()
        let lengths: [UInt32] = try r.inlineArray()
        let textBytes = try r.raw(count: lengths.reduce(0) { $0 + Int($1) }, stride: 1)
        var outlines: [TableOutline] = []
        var arrays: [SnapshotArrays.Reference] = []
        for _ in 0..<Int(try r.integer(UInt32.self)) {
            outlines.append(try TableOutline.read(&r, &arrays, texts: lengths.count))
        }
        for outline in outlines {
            for relation in outline.relations {
                guard let target = outlines.first(where: { $0.name == relation.target }) else {
                    throw SnapshotBytes.Damaged(reason: "a link leads to no table")
                }
                arrays[relation.rows].bound = target.rows
            }
        }
        guard r.coversTheData, r.position == r.bytes.count else {
            throw SnapshotBytes.Damaged(reason: "its contents do not match their digest")
        }
        // A second thread reads arrays while this one makes the texts and the dictionaries, then joins it. Nothing
        // here may throw before `finish`, which waits for the second thread.
        let reading = SnapshotArrays.Reading(fd, arrays)
        let texts = Self.texts(textBytes, lengths)
        let dictionaries = outlines.map { table in table.columns.map { $0.dictionary.map { texts[Int($0)] } } }
        let values = try reading.finish()
        var tables: [String: Table] = [:]
        for (outline, dictionaries) in zip(outlines, dictionaries) {
            let table = try outline.table(values, dictionaries)
            tables[table.name] = table
        }
        guard tables.count == outlines.count else { throw SnapshotBytes.Damaged(reason: "a table name repeats") }
        return Plan(
            office: office, fiscalYear: FiscalYear(year), targets: targets, targetsByType: byType, tables: tables,
            source: Plan.Source(path: path, sha256: sha256))
    }

    /// The texts of the pool, from their bytes back to back and each one's length.
    private static func texts(_ bytes: UnsafeRawBufferPointer, _ lengths: [UInt32]) -> [String] {
        var texts: [String] = []
        texts.reserveCapacity(lengths.count)
        var at = 0
        for length in lengths {
            let end = at + Int(length)
            texts.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<end]), as: UTF8.self))
            at = end
        }
        return texts
    }

    /// A table as the index describes it, its arrays given by their number among the snapshot's arrays.
    private struct TableOutline {
        struct ColumnOutline {
            var name: String
            var type: DataType
            var values: Int
            /// A text column's dictionary, as numbers of texts in the pool (each checked to be one).
            var dictionary: [Int32]
            var nulls: Int?
        }

        struct RelationOutline {
            var column: String
            var target: String
            var rows: Int
        }

        var name: String
        var rows: Int
        var columns: [ColumnOutline] = []
        var relations: [RelationOutline] = []
        var notes: [String: ColumnNote] = [:]

        /// The outline of the next table in the index, whose pool holds `texts` texts; the references to its
        /// arrays are appended to `arrays`.
        static func read(_ r: inout SnapshotBytes.Reader, _ arrays: inout [SnapshotArrays.Reference], texts: Int)
            throws(SnapshotBytes.Damaged) -> TableOutline
        {
            func next(_ kind: SnapshotArrays.Kind) throws(SnapshotBytes.Damaged) -> Int {
                arrays.append(try r.array(kind))
                return arrays.count - 1
            }
            var outline = TableOutline(name: try r.string(), rows: try r.count(limit: Int(Int32.max)))
            for _ in 0..<Int(try r.integer(UInt32.self)) {
                let name = try r.string()
                let kind = Int(try r.integer(UInt8.self))
                guard kind < DataType.allCases.count else {
                    throw SnapshotBytes.Damaged(reason: "no column type \(kind)")
                }
                let type = DataType.allCases[kind]
                let values: Int
                var dictionary: [Int32] = []
                switch type {
                case .int, .money: values = try next(.int64)
                case .float, .percent: values = try next(.double)
                case .date: values = try next(.int32)
                case .bool: values = try next(.bool)
                case .text:
                    values = try next(.int32)
                    dictionary = try r.inlineArray()
                    guard dictionary.allSatisfy({ $0 >= 0 && Int($0) < texts }) else {
                        throw SnapshotBytes.Damaged(reason: "a text is not in the snapshot")
                    }
                    arrays[values].bound = dictionary.count
                }
                let nulls = try r.integer(UInt8.self) == 1 ? try next(.bool) : nil
                outline.columns.append(
                    ColumnOutline(name: name, type: type, values: values, dictionary: dictionary, nulls: nulls))
            }
            for _ in 0..<Int(try r.integer(UInt32.self)) {
                outline.relations.append(
                    RelationOutline(column: try r.string(), target: try r.string(), rows: try next(.int32)))
            }
            for _ in 0..<Int(try r.integer(UInt32.self)) {
                let key = try r.string()
                outline.notes[key] = ColumnNote(english: try r.string(), thai: try r.string())
            }
            return outline
        }

        /// The table, its arrays taken from `values` and its columns' dictionaries (empty but for text) from
        /// `dictionaries`, every length checked.
        func table(_ values: [SnapshotArrays.Values], _ dictionaries: [[String]]) throws(SnapshotBytes.Damaged)
            -> Table
        {
            var columns: [Column] = []
            for (outline, dictionary) in zip(self.columns, dictionaries) {
                let storage: Column.Storage
                switch (outline.type, values[outline.values]) {
                case (.int, .int64(let a)): storage = .int(a)
                case (.money, .int64(let a)): storage = .money(a)
                case (.float, .double(let a)): storage = .float(a)
                case (.percent, .double(let a)): storage = .percent(a)
                case (.date, .int32(let a)): storage = .date(a)
                case (.bool, .bool(let a)): storage = .bool(a)
                case (.text, .int32(let codes)): storage = .text(codes: codes, dictionary: dictionary)
                default: throw SnapshotBytes.Damaged(reason: "a column of \(name) is not of its type")
                }
                var nulls: [Bool]?
                if let k = outline.nulls {
                    guard case .bool(let marks) = values[k] else {
                        throw SnapshotBytes.Damaged(reason: "a column of \(name) is not of its type")
                    }
                    nulls = marks
                }
                let column = Column(storage, nulls: nulls)
                guard column.count == rows, (nulls?.count ?? rows) == rows else {
                    throw SnapshotBytes.Damaged(reason: "a column of \(name) is not \(rows) rows long")
                }
                columns.append(column)
            }
            var relations: [Relation] = []
            for outline in self.relations {
                guard case .int32(let targetRows) = values[outline.rows], targetRows.count == rows else {
                    throw SnapshotBytes.Damaged(reason: "a link is not \(rows) rows long")
                }
                relations.append(Relation(column: outline.column, target: outline.target, targetRows: targetRows))
            }
            let names = self.columns.map(\.name)
            guard Set(names).count == names.count else {
                throw SnapshotBytes.Damaged(reason: "a column name repeats")
            }
            var table = Table(name: name, columnNames: names, columns: columns, relations: relations)
            guard table.rowCount == rows else {
                throw SnapshotBytes.Damaged(reason: "\(name) is not \(rows) rows long")
            }
            table.columnNotes = notes
            return table
        }
    }
}
