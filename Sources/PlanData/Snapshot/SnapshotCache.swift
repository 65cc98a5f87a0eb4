import PlanModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Snapshots of bundle folders that loaded cleanly, kept in one folder (`$XDG_CACHE_HOME/phaen`), so that a
/// bundle that has not changed re-opens without being read and checked again.
///
/// A snapshot is used only when every file of the contract is as it was: the same files present and absent, each
/// present one with the same device, inode, size, modification time and change time (`FileIdentity`). The change
/// time is the kernel's: every write, `touch` (even one that sets the modification time back), rename over the
/// file or `chmod` moves it, and no call sets it. It is kept at the kernel's clock tick, though, so a file that
/// changed just before the load read it could change again within that tick unseen: such a file (one whose
/// change time is less than `settledAfter` before the load began) is also read again and must have the same
/// `ContentDigest` as the bytes the load read. Anything else, and the bundle is loaded from its files (and the
/// snapshot made again). The snapshot's own bytes must match their digest: one that is damaged (cut short,
/// altered, of another version) is reported through `note` and the files are read instead.
public struct SnapshotCache {
    /// What the cache tells its user, who words it.
    public enum Note: Sendable, Equatable {
        /// The snapshot at `path` could not be used: `reason` (English) says why; the bundle was read instead.
        case damaged(path: String, reason: String)
        /// A snapshot could not be written: `reason` says why; the load itself succeeded.
        case unwritable(path: String, reason: String)
    }

    /// The folder snapshots are kept in (made when the first is written).
    public var folder: String
    /// The most bytes all snapshots in `folder` may take together: the oldest are removed to make room, and a
    /// snapshot larger than this is not written.
    public var limit: Int
    /// Writes a snapshot file whole or not at all (the caller's atomic writer), its bytes written to the open
    /// file by `fill` (which returns 0, or the `errno` of the write that failed).
    public var write: (_ path: String, _ fill: (Int32) -> Int32) throws -> Void
    /// Hears of damaged snapshots and failed writes.
    public var note: (Note) -> Void

    /// How long (in nanoseconds) before a load a file's change time must be for its identity alone to say it is
    /// unchanged later: by default 2 s, far more than any kernel's timestamp tick.
    public var settledAfter: Int64 = 2_000_000_000

    /// The default limit, 1 GiB: about a dozen national bundles.
    public static let defaultLimit = 1 << 30

    public init(
        folder: String, limit: Int = defaultLimit, write: @escaping (String, (Int32) -> Int32) throws -> Void,
        note: @escaping (Note) -> Void
    ) {
        self.folder = folder
        self.limit = limit
        self.write = write
        self.note = note
    }

    /// The folder for snapshots given the environment: `$XDG_CACHE_HOME/phaen`, or `~/.cache/phaen` when it is
    /// unset, empty or not absolute.
    public static func folder(environment: [String: String], home: String) -> String {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/phaen" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home
        return home + "/.cache/phaen"
    }

    /// The names of the files a bundle folder's snapshot depends on.
    static var bundleFiles: [String] { ["plan.json"] + PlanSchema.tables.map(\.file) }

    /// The snapshot file of the bundle folder whose real path is `realPath`.
    func snapshotPath(_ realPath: String) -> String {
        let digest =
            realPath.utf8.withContiguousStorageIfAvailable { ContentDigest.of(UnsafeRawBufferPointer($0)) }
            ?? ContentDigest.of(Array(realPath.utf8).withUnsafeBytes { $0 })
        let hex = String(digest, radix: 16)
        return folder + "/" + String(repeating: "0", count: 16 - hex.count) + hex + ".snapshot"
    }

    /// The plan of the bundle folder `path`, if a snapshot of it is there and every file is unchanged.
    func reopen(_ path: String) -> Plan? {
        guard let realPath = Self.realPath(path) else { return nil }
        let file = snapshotPath(realPath)
        let fd = open(file, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        do throws(SnapshotBytes.Damaged) {
            let index = try PlanSnapshot.index(of: fd)
            let files = index.files
            guard index.realPath == realPath, files.map(\.name) == Self.bundleFiles,
                files.allSatisfy({ FileIdentity.of(path: BundleLoader.join(path, $0.name)) == $0.identity })
            else { return nil }
            // The bytes of files that had not settled are read and digested on a thread of their own while the
            // plan is read (which checks every digest, count and code, so damage cannot make it misread).
            let unsettled = files.filter { $0.identity != nil && !$0.settled }
            let contents =
                unsettled.isEmpty
                ? nil
                : BackgroundTask { unsettled.allSatisfy { Self.contentsMatch(BundleLoader.join(path, $0.name), $0) } }
            let decoded: Result<Plan, SnapshotBytes.Damaged>
            do throws(SnapshotBytes.Damaged) {
                decoded = .success(try PlanSnapshot.plan(index, from: fd))
            } catch {
                decoded = .failure(error)
            }
            let unchanged = contents?.wait() ?? true
            var plan = try decoded.get()
            guard unchanged else { return nil }
            plan.source?.path = path
            return plan
        } catch {
            note(.damaged(path: file, reason: error.reason))
            return nil
        }
    }

    /// Whether the file at `path` has the bytes `file` was made from, read and digested; an absent file is still
    /// absent.
    private static func contentsMatch(_ path: String, _ file: PlanSnapshot.File) -> Bool {
        guard let identity = file.identity else { return true }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard FileIdentity.of(fd) == identity else { return false }
        let size = Int(identity.size)
        guard size > 0, let mapped = ByteBuffer(mapping: fd, count: size) else {
            return ContentDigest.ofFile(fd, size: size) == file.digest
        }
        return ContentDigest.of(mapped, releasing: true) == file.digest
    }

    /// Keeps a snapshot of `plan`, loaded from the bundle folder `path` whose files were `files`, unless a file
    /// changed while it loaded or the snapshot would not fit in `limit`.
    func save(_ plan: Plan, loadedFrom path: String, files: [PlanSnapshot.File]) {
        guard let realPath = Self.realPath(path),
            files.allSatisfy({ FileIdentity.of(path: BundleLoader.join(path, $0.name)) == $0.identity })
        else { return }
        let snapshot = PlanSnapshot(realPath: realPath, files: files, plan: plan).encoded()
        guard snapshot.byteCount <= limit else { return }
        let target = snapshotPath(realPath)
        do {
            try Self.makeFolders(folder)
            makeRoom(snapshot.byteCount, keeping: target)
            try write(target) { snapshot.write(to: $0) }
        } catch {
            note(.unwritable(path: target, reason: "\(error)"))
        }
    }

    /// Removes the oldest snapshots (by modification time) until `incoming` more bytes fit in `limit`.
    private func makeRoom(_ incoming: Int, keeping target: String) {
        guard let dir = opendir(folder) else { return }
        var found: [(path: String, size: Int, modified: Int64)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(cString: $0.bindMemory(to: CChar.self).baseAddress!)
            }
            guard name.hasSuffix(".snapshot") else { continue }
            let path = folder + "/" + name
            if path == target { continue }
            if let id = FileIdentity.of(path: path) { found.append((path, Int(id.size), id.modified)) }
        }
        closedir(dir)
        var total = found.reduce(incoming) { $0 + $1.size }
        for old in found.sorted(by: { $0.modified < $1.modified }) where total > limit {
            if unlink(old.path) == 0 { total -= old.size }
        }
    }

    private static func makeFolders(_ path: String) throws {
        var prefix = ""
        for part in path.split(separator: "/") {
            prefix += "/" + part
            if FileBytes.isDirectory(prefix) { continue }
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST { throw FileBytes.unwritable(prefix, errno) }
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }
}
