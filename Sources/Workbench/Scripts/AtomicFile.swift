import Foundation
import PlanModel
import SystemCalls

/// Writes a file so that an interrupted write never leaves it half-written and no other file is touched: the
/// text goes to a new temporary file beside the target, then fsync, then rename over the target.
///
/// The temporary file is `.NAME.PID.RANDOM.tmp`, created with `O_CREAT | O_EXCL | O_NOFOLLOW`: its name cannot
/// be guessed, and it is never an existing file or a symlink someone planted (which would make the write land
/// in another of the user's files). A failed write (a full disk, `ulimit -f`) removes it; one left by a process
/// that died (`kill -9`) is removed by the next write beside it.
public enum AtomicFile {
    /// Replaces the file at `path` with `text` (UTF-8), or throws a `Diagnostic` and leaves it as it was.
    public static func write(_ text: String, to path: String) throws {
        var text = text
        try text.withUTF8 { try write(bytes: UnsafeRawBufferPointer($0), to: path) }
    }

    /// Replaces the file at `path` with `bytes`, or throws a `Diagnostic` and leaves it as it was. When not
    /// `durable` (a cache, whose files say when they are damaged), the bytes are not forced to the disk before
    /// the rename: after a crash the file may be missing or cut short, never another file's or half of two.
    public static func write(bytes: UnsafeRawBufferPointer, to path: String, durable: Bool = true) throws {
        try write(to: path, durable: durable) { System.writeAll($0, bytes) }
    }

    /// Replaces the file at `path` with what `fill` writes to the open temporary file it is given (returning 0,
    /// or the `errno` of the write that failed), as `write(bytes:to:durable:)` does: for bytes written from
    /// where they are rather than gathered first.
    public static func write(to path: String, durable: Bool = true, _ fill: (Int32) -> Int32) throws {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        removeStaleTemporaries(of: name, in: folder)
        let (fd, temporary) = try createTemporary(for: name, in: folder, target: path)
        var code = fill(fd)
        if code == 0 && durable && fsync(fd) != 0 { code = errno }
        if close(fd) != 0 && code == 0 { code = errno }
        if code == 0 && rename(temporary, path) != 0 { code = errno }
        if code != 0 {
            unlink(temporary)
            throw failure(path, code)
        }
    }

    /// The start of the temporary files' names for a target called `name`.
    static func temporaryPrefix(_ name: String) -> String { ".\(name)." }

    /// Opens a new temporary file for `name` in `folder`, exclusively, under a random name.
    private static func createTemporary(for name: String, in folder: String, target: String) throws
        -> (Int32, String)
    {
        var generator = SystemRandomNumberGenerator()
        while true {
            let random = String(generator.next() as UInt64, radix: 36)
            let temporary = folder + "/" + temporaryPrefix(name) + "\(getpid()).\(random).tmp"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if fd >= 0 { return (fd, temporary) }
            let code = errno
            if code != EEXIST { throw failure(target, code) }
        }
    }

    /// Removes temporary files of `name` in `folder` left by processes that no longer run: regular files of
    /// this user whose name carries a dead process id. Anything else (a live writer's file, a symlink, another
    /// user's file) is left alone.
    static func removeStaleTemporaries(of name: String, in folder: String) {
        let prefix = temporaryPrefix(name)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            let middle = entry.dropFirst(prefix.count).dropLast(4)
            guard let pid = Int32(middle.prefix { $0 != "." }), pid > 0, pid != getpid() else { continue }
            guard kill(pid, 0) != 0 && errno == ESRCH else { continue }
            let path = folder + "/" + entry
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_uid == getuid() else {
                continue
            }
            unlink(path)
        }
    }

    static func failure(_ path: String, _ code: Int32) -> Diagnostic {
        let reason = System.describe(code)
        return Diagnostic(file: path, message: "cannot write the file: \(reason)", thai: "เขียนไฟล์ไม่ได้: \(reason)")
    }
}
