import Foundation
import Testing

@testable import Workbench

#if canImport(Glibc)
    import Glibc
#endif

/// `load` of a bundle folder re-opens it from its snapshot while no file changed, and reads the files again —
/// the answer following them — whenever one did: a byte changed (its modification time put back), a file
/// touched, a file replaced by one of the same size and modification time, the snapshot cut short. The session
/// shows a "loading FILE" line only when it reads files. Snapshots go to a temporary folder, never ~/.cache.
@Suite struct SnapshotSessionTests {
    /// A copy of the example bundle, a folder for snapshots, and a session using both.
    struct Fixture {
        let bundle: String
        let cache: String
        let harness: SessionHarness
        var shown: [String] = []

        init(safe: Bool = false) throws {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("phaen-snap-\(UUID().uuidString)")
                .path
            bundle = root + "/bundle"
            cache = root + "/cache/phaen"
            try FileManager.default.createDirectory(atPath: bundle, withIntermediateDirectories: true)
            for name in try FileManager.default.contentsOfDirectory(atPath: SessionHarness.example)
            where name != "README.md" {
                try FileManager.default.copyItem(
                    atPath: SessionHarness.example + "/" + name, toPath: bundle + "/" + name)
            }
            var options = Session.Options()
            options.snapshots = cache
            options.safe = safe
            options.allow = [root]
            harness = SessionHarness(options: options)
        }

        /// Loads the bundle, then prints the first disbursement's amount: whether files were read, and the amount.
        mutating func load() -> (readFiles: Bool, amount: String) {
            var shown: [String] = []
            harness.session.progress = { shown.append($0) }
            let (outcome, _) = harness.run("load \"\(bundle)\"")
            harness.session.progress = nil
            #expect(outcome == .succeeded, "\(harness.errors)")
            let (_, out) = harness.run("set format csv\ndisbursements | take 1 | select amount")
            return (shown.contains { $0.hasPrefix("loading ") }, out)
        }

        var snapshots: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? []).filter { $0.hasSuffix(".snapshot") }
        }

        var ledger: String { bundle + "/disbursements.csv" }
    }

    /// The modification and change times of a file, in nanoseconds.
    static func times(_ path: String) -> (modified: timespec, changed: timespec) {
        var info = stat()
        stat(path, &info)
        return (info.st_mtim, info.st_ctim)
    }

    /// Sets a file's modification (and access) time.
    static func setModified(_ path: String, _ time: timespec) {
        var both = [time, time]
        #expect(utimensat(AT_FDCWD, path, &both, 0) == 0)
    }

    /// The ledger's text with the first amount's last digit changed to `digit`.
    static func changedLedger(_ path: String, digit: Character) throws -> String {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("55645.60"), "the example's first amount")
        return text.replacingOccurrences(of: "55645.60", with: "55645.6\(digit)")
    }

    @Test func anUnchangedBundleReopensFromItsSnapshot() throws {
        var f = try Fixture()
        let first = f.load()
        #expect(first.readFiles)
        #expect(first.amount == "amount\n55645.60")
        #expect(f.snapshots.count == 1)
        let again = f.load()
        #expect(!again.readFiles, "no file changed: the snapshot is used")
        #expect(again.amount == first.amount)
        #expect(f.harness.errors.isEmpty)
    }

    @Test func oneByteChangedWithItsModificationTimePutBackIsRead() throws {
        var f = try Fixture()
        _ = f.load()
        let before = Self.times(f.ledger)
        let changed = try Self.changedLedger(f.ledger, digit: "1")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: f.ledger))
        try handle.write(contentsOf: Data(changed.utf8))
        try handle.close()
        Self.setModified(f.ledger, before.modified)
        #expect(Self.times(f.ledger).modified.tv_nsec == before.modified.tv_nsec)
        let after = f.load()
        #expect(after.readFiles)
        #expect(after.amount == "amount\n55645.61")
        #expect(!f.load().readFiles, "the new snapshot is used for the changed bundle")
    }

    @Test func aTouchedFileIsRead() throws {
        var f = try Fixture()
        _ = f.load()
        Self.setModified(f.bundle + "/strategies.csv", timespec(tv_sec: time(nil) + 5, tv_nsec: 0))
        let after = f.load()
        #expect(after.readFiles)
        #expect(after.amount == "amount\n55645.60")
    }

    @Test func aFileReplacedWithTheSameSizeAndModificationTimeIsRead() throws {
        var f = try Fixture()
        _ = f.load()
        let before = Self.times(f.ledger)
        let size = try FileManager.default.attributesOfItem(atPath: f.ledger)[.size] as? Int
        let replacement = f.bundle + "/.replacement"
        try Self.changedLedger(f.ledger, digit: "7").write(toFile: replacement, atomically: false, encoding: .utf8)
        Self.setModified(replacement, before.modified)
        #expect(rename(replacement, f.ledger) == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: f.ledger)[.size] as? Int == size)
        #expect(Self.times(f.ledger).modified.tv_sec == before.modified.tv_sec)
        #expect(Self.times(f.ledger).modified.tv_nsec == before.modified.tv_nsec)
        let after = f.load()
        #expect(after.readFiles)
        #expect(after.amount == "amount\n55645.67")
    }

    @Test func aSnapshotCutShortIsReportedInOneLineAndTheFilesAreRead() throws {
        var f = try Fixture()
        _ = f.load()
        let snapshot = f.cache + "/" + f.snapshots[0]
        let size = try FileManager.default.attributesOfItem(atPath: snapshot)[.size] as! Int
        #expect(truncate(snapshot, off_t(size / 2)) == 0)
        let after = f.load()
        #expect(after.readFiles)
        #expect(after.amount == "amount\n55645.60")
        #expect(!f.load().readFiles, "a whole snapshot was written again")
    }

    @Test func theWarningForADamagedSnapshotSaysWhichAndWhy() throws {
        var f = try Fixture()
        _ = f.load()
        let snapshot = f.cache + "/" + f.snapshots[0]
        #expect(truncate(snapshot, 100) == 0)
        var shown: [String] = []
        f.harness.session.progress = { shown.append($0) }
        let (outcome, _) = f.harness.run("load \"\(f.bundle)\"")
        #expect(outcome == .succeeded)
        #expect(shown.contains { $0.hasPrefix("loading ") })
        #expect(f.harness.captured.err.count == 1, "\(f.harness.captured.err)")
        #expect(f.harness.errors.contains("warning: the snapshot \(snapshot) cannot be used"), "\(f.harness.errors)")
        #expect(f.harness.errors.contains("the bundle was read from its files"))
    }

    @Test func cacheOffNeitherReadsNorWritesSnapshots() throws {
        var f = try Fixture()
        _ = f.harness.run("set cache off")
        #expect(f.load().readFiles)
        #expect(f.load().readFiles)
        #expect(f.snapshots.isEmpty)
        _ = f.harness.run("set cache on")
        _ = f.load()
        #expect(f.snapshots.count == 1)
        _ = f.harness.run("set cache off")
        #expect(f.load().readFiles, "an existing snapshot is not used either")
    }

    @Test func aSnapshotOverTheLimitIsNotWritten() throws {
        var f = try Fixture()
        _ = f.harness.run("set cache_limit 0")
        _ = f.load()
        #expect(f.snapshots.isEmpty)
        #expect(f.load().readFiles)
    }

    @Test func safeModeWritesNoSnapshot() throws {
        var f = try Fixture(safe: true)
        #expect(f.load().readFiles)
        #expect(f.load().readFiles)
        #expect(!FileManager.default.fileExists(atPath: f.cache), "not even the folder")
    }
}
