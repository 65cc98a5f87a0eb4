import Foundation
import PlanModel
import Testing

@testable import PlanData

#if canImport(Glibc)
    import Glibc
#endif

/// A bundle re-opened from its snapshot is the same plan as the one its files give, and a snapshot is only used
/// while every file is unchanged.
@Suite struct PlanSnapshotTests {
    /// A cache in a new folder, recording what it reports.
    final class Recorder: @unchecked Sendable {
        var notes: [SnapshotCache.Note] = []
    }

    static func cache(_ folder: String, _ recorder: Recorder) -> SnapshotCache {
        SnapshotCache(
            folder: folder, write: { path, fill in try write(path, fill) },
            note: { recorder.notes.append($0) })
    }

    /// Writes a file as a snapshot cache does (not atomically: the tests' own folders).
    static func write(_ path: String, _ fill: (Int32) -> Int32) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(fd >= 0)
        let code = fill(fd)
        close(fd)
        if code != 0 { throw CocoaError(.fileWriteUnknown) }
    }

    /// Loads `bundle` with `cache`, telling whether its files were read (the load reports progress only then).
    static func load(_ bundle: String, _ cache: SnapshotCache?) throws -> (plan: Plan, readFiles: Bool) {
        var read = false
        let plan = try BundleLoader.load(
            path: bundle, progress: { _, _ in read = true }, shouldStop: { false }, cache: cache)
        return (plan, read)
    }

    @Test func theSnapshotGivesBackThePlanItsFilesGive() throws {
        let bundle = try Support.copyOfExample()
        let recorder = Recorder()
        let cache = Self.cache(try Support.temporaryFolder(), recorder)
        let fresh = try Self.load(bundle, nil).plan
        let first = try Self.load(bundle, cache)
        #expect(first.readFiles)
        let again = try Self.load(bundle, cache)
        #expect(!again.readFiles, "an unchanged bundle re-opens from its snapshot")
        Support.expectSame(fresh, again.plan)
        #expect(again.plan.source == fresh.source, "same path and SHA-256 fingerprint")
        #expect(recorder.notes.isEmpty, "\(recorder.notes)")
    }

    /// A copy of the example, loaded once from its files and once into a new cache: the bundle, what the cache
    /// heard, the cache, the plan as read from the files, and the snapshot file it wrote.
    static func snapshotted() throws -> (
        bundle: String, recorder: Recorder, cache: SnapshotCache, fresh: Plan, snapshot: String
    ) {
        let bundle = try Support.copyOfExample()
        let recorder = Recorder()
        let folder = try Support.temporaryFolder()
        let cache = Self.cache(folder, recorder)
        let fresh = try Self.load(bundle, nil).plan
        _ = try Self.load(bundle, cache)
        let snapshot = folder + "/" + (try FileManager.default.contentsOfDirectory(atPath: folder).first!)
        return (bundle, recorder, cache, fresh, snapshot)
    }

    @Test func everyDamageToTheSnapshotIsReportedAndTheFilesAreRead() throws {
        let (bundle, recorder, cache, fresh, snapshot) = try Self.snapshotted()
        let whole = try Data(contentsOf: URL(fileURLWithPath: snapshot))
        // Cut at several places (inside the header, the files, the tables), and one byte flipped in the middle.
        var damaged: [Data] = [whole.prefix(10), whole.prefix(40), whole.prefix(whole.count / 2), whole.dropLast()]
        var flipped = whole
        flipped[whole.count / 2] ^= 0x01
        damaged.append(flipped)
        for (k, bytes) in damaged.enumerated() {
            try bytes.write(to: URL(fileURLWithPath: snapshot))
            recorder.notes = []
            let (plan, readFiles) = try Self.load(bundle, cache)
            #expect(readFiles, "damage \(k)")
            #expect(recorder.notes.count == 1, "damage \(k): \(recorder.notes)")
            if case .damaged(let path, _)? = recorder.notes.first { #expect(path == snapshot) }
            Support.expectSame(fresh, plan)
        }
        recorder.notes = []
        #expect(!(try Self.load(bundle, cache).readFiles), "the load after the damage wrote a whole snapshot again")
        #expect(recorder.notes.isEmpty)
    }

    @Test func aByteAlteredInAnyPartOfTheSnapshotIsReportedAndTheFilesAreRead() throws {
        let (bundle, recorder, cache, fresh, snapshot) = try Self.snapshotted()
        let whole = try Data(contentsOf: URL(fileURLWithPath: snapshot))
        let dataStart = PlanSnapshot.headerBytes
        let indexStart = whole.subdata(in: 16..<24).withUnsafeBytes {
            Int(UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)))
        }
        #expect(dataStart < indexStart && indexStart < whole.count)
        // The header's fields (version, the zero, the index's place, length and digest); the first and last byte
        // of the arrays and bytes spread over them (so that each thread's share is hit); the index's first byte,
        // its middle (the texts and outlines) and its last.
        var places = [8, 12, 16, 24, 32, 39, dataStart, indexStart - 1, indexStart, (indexStart + whole.count) / 2]
        places += (1..<16).map { dataStart + (indexStart - dataStart) * $0 / 16 }
        places.append(whole.count - 1)
        for at in places {
            var altered = whole
            altered[at] ^= 0x10
            try altered.write(to: URL(fileURLWithPath: snapshot))
            recorder.notes = []
            let (plan, readFiles) = try Self.load(bundle, cache)
            #expect(readFiles, "byte \(at)")
            #expect(recorder.notes.count == 1, "byte \(at): \(recorder.notes)")
            Support.expectSame(fresh, plan)
        }
    }

    /// A snapshot whose digests all hold but whose text code or link leads nowhere (no writer makes one: the
    /// check is that reading finds it, as it copies the array) is damage, and the files are read.
    @Test func aCodeOrLinkOutOfRangeIsReportedThoughEveryDigestHolds() throws {
        let (bundle, recorder, cache, fresh, snapshot) = try Self.snapshotted()
        let fd = open(snapshot, O_RDONLY)
        let index = try PlanSnapshot.index(of: fd)
        close(fd)
        let ledger = try #require(fresh["disbursements"])
        let project = try #require(ledger.columnIndex("project"))
        guard case .text(var codes, let dictionary) = ledger.columns[project].storage else {
            Issue.record("project is a text column")
            return
        }
        codes[codes.count - 1] = Int32(dictionary.count)
        var badCode = fresh
        badCode.tables["disbursements"]!.columns[project] = Column(.text(codes: codes, dictionary: dictionary))
        var badLink = fresh
        let target = try #require(fresh[ledger.relations[0].target])
        badLink.tables["disbursements"]!.relations[0].targetRows[0] = Int32(target.rowCount)
        for (name, plan) in [("a text code", badCode), ("a link", badLink)] {
            let encoded = PlanSnapshot(realPath: index.realPath, files: index.files, plan: plan).encoded()
            try Self.write(snapshot) { encoded.write(to: $0) }
            recorder.notes = []
            let (reopened, readFiles) = try Self.load(bundle, cache)
            #expect(readFiles, "\(name)")
            #expect(
                recorder.notes == [.damaged(path: snapshot, reason: "a text code or a link is out of range")],
                "\(name): \(recorder.notes)")
            Support.expectSame(fresh, reopened)
        }
    }

    @Test func aFileThatAppearsOrGoesIsAChange() throws {
        let bundle = try Support.copyOfExample()
        let cache = Self.cache(try Support.temporaryFolder(), Recorder())
        _ = try Self.load(bundle, cache)
        let notes = try Data(contentsOf: URL(fileURLWithPath: bundle + "/notes.csv"))
        try FileManager.default.removeItem(atPath: bundle + "/notes.csv")
        let without = try Self.load(bundle, cache)
        #expect(without.readFiles)
        #expect(without.plan["notes"]?.rowCount == 0)
        try notes.write(to: URL(fileURLWithPath: bundle + "/notes.csv"))
        let with = try Self.load(bundle, cache)
        #expect(with.readFiles)
        #expect((with.plan["notes"]?.rowCount ?? 0) > 0)
    }

    @Test func aSettledFileIsJudgedByItsIdentityAndAChangedOneIsStillSeen() throws {
        let bundle = try Support.copyOfExample()
        var cache = Self.cache(try Support.temporaryFolder(), Recorder())
        cache.settledAfter = 0  // every file changed before the load counts as settled
        _ = try Self.load(bundle, cache)
        #expect(!(try Self.load(bundle, cache).readFiles))
        let ledger = bundle + "/disbursements.csv"
        var info = stat()
        stat(ledger, &info)
        let text = try String(contentsOfFile: ledger, encoding: .utf8)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: ledger))
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: "55645.60", with: "55645.63").utf8))
        try handle.close()
        var times = [info.st_mtim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, ledger, &times, 0) == 0)
        let (plan, readFiles) = try Self.load(bundle, cache)
        #expect(readFiles, "the change time moved, though the size and modification time did not")
        #expect(plan["disbursements"]?.column("amount")?[0] == .money(Money(satang: 5_564_563)))
    }

    @Test func theDigestTellsAnyOneChangedByte() {
        var bytes = [UInt8](repeating: 0x41, count: 3 * ContentDigest.chunkBytes + 77)
        let original = bytes.withUnsafeBytes { ContentDigest.of($0) }
        for at in [0, 7, 8, 31, 32, ContentDigest.chunkBytes - 1, ContentDigest.chunkBytes, bytes.count - 1] {
            bytes[at] ^= 0x20
            #expect(bytes.withUnsafeBytes { ContentDigest.of($0) } != original, "byte \(at)")
            bytes[at] ^= 0x20
        }
        #expect(bytes.withUnsafeBytes { ContentDigest.of($0) } == original)
        #expect(bytes.dropLast().withUnsafeBytes { ContentDigest.of($0) } != original, "a byte fewer")
    }
}
