import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `phaen` keeps a snapshot of each bundle folder it loads in `$XDG_CACHE_HOME/phaen`, re-opens an unchanged
/// bundle from it, follows a changed file, and under `--safe` writes none.
@Suite(.enabled(if: PhaenProcess.binary != nil, "build phaen first: swift build --product phaen"))
struct SnapshotProcessTests {
    /// A copy of the example bundle and an empty cache home, in a new folder.
    func fixture() throws -> (dir: String, bundle: String, cacheHome: String) {
        let dir = try PhaenProcess.temporaryFolder()
        let bundle = dir + "/bundle"
        try FileManager.default.createDirectory(atPath: bundle, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: PhaenProcess.example) where name != "README.md"
        {
            try FileManager.default.copyItem(atPath: PhaenProcess.example + "/" + name, toPath: bundle + "/" + name)
        }
        return (dir, bundle, dir + "/cache")
    }

    func snapshots(_ cacheHome: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cacheHome + "/phaen")) ?? []).filter {
            $0.hasSuffix(".snapshot")
        }
    }

    @Test func aLoadLeavesASnapshotAndTheNextFollowsAChangedByte() throws {
        let f = try fixture()
        let query = "load \"\(f.bundle)\"\nset format csv\ndisbursements | take 1 | select amount"
        let first = try PhaenProcess.run(["-c", query], environment: ["XDG_CACHE_HOME": f.cacheHome])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasSuffix("amount\n55645.60\n"), "\(first.stdout)")
        #expect(snapshots(f.cacheHome).count == 1)
        let again = try PhaenProcess.run(["-c", query], environment: ["XDG_CACHE_HOME": f.cacheHome])
        #expect(again.stdout == first.stdout)
        #expect(again.stderr.isEmpty, "\(again.stderr)")

        let ledger = f.bundle + "/disbursements.csv"
        var info = stat()
        stat(ledger, &info)
        let text = try String(contentsOfFile: ledger, encoding: .utf8)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: ledger))
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: "55645.60", with: "55645.69").utf8))
        try handle.close()
        var times = [info.st_mtim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, ledger, &times, 0) == 0)
        let changed = try PhaenProcess.run(["-c", query], environment: ["XDG_CACHE_HOME": f.cacheHome])
        #expect(changed.stdout.hasSuffix("amount\n55645.69\n"), "\(changed.stdout)")
    }

    @Test func safeModeWritesNoSnapshot() throws {
        let f = try fixture()
        let r = try PhaenProcess.run(
            ["--safe", "--allow", f.dir, "-c", "load \"\(f.bundle)\""], environment: ["XDG_CACHE_HOME": f.cacheHome])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("loaded"))
        #expect(!FileManager.default.fileExists(atPath: f.cacheHome), "--safe writes nothing, not even the folder")
    }
}
