import PlanModel
import SystemCalls

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole-file reads and writes through POSIX calls, with failures reported as `Diagnostic`s.
enum FileBytes {
    /// Files at least this large are mapped into memory rather than read.
    static let mappingThreshold = 1 << 20

    /// The bytes of the file at `path`, in a buffer that stays put. A large file is mapped, so it must not be
    /// truncated while the buffer lives (the loader drops its buffers when the load ends). Anything but a regular
    /// file (a FIFO, `/dev/zero`, a folder) is refused before a byte is read: it is opened without blocking and
    /// checked with `fstat`, so a FIFO with no writer cannot hang the load. `access` judges the file once open.
    static func readBuffer(_ path: String, access: ReadAccess = .anything) throws(Diagnostic) -> ByteBuffer {
        try readBufferAndIdentity(path, access: access).bytes
    }

    /// `readBuffer`, and the identity the file had when it was opened (for a snapshot of what was read).
    static func readBufferAndIdentity(_ path: String, access: ReadAccess = .anything) throws(Diagnostic) -> (
        bytes: ByteBuffer, identity: FileIdentity?
    ) {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw unreadable(path, errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw unreadable(path, errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw notRegular(path) }
        try access.allow(fd, path: path)
        let identity = FileIdentity.of(fd)
        let size = Int(info.st_size)
        if size >= mappingThreshold, let mapped = ByteBuffer(mapping: fd, count: size) { return (mapped, identity) }
        let buffer = ByteBuffer(count: size)
        let code = System.readAll(fd, into: buffer.base, count: buffer.count)
        guard code == 0 else { throw unreadable(path, code) }
        return (buffer, identity)
    }

    /// Writes `text` as UTF-8 to `path`, replacing the file.
    static func write(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw unwritable(path, errno) }
        defer { close(fd) }
        let code = System.writeAll(fd, text)
        guard code == 0 else { throw unwritable(path, code) }
    }

    /// Whether something (of any kind) exists at `path`, after following symlinks.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// Whether `path` names a directory.
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Creates the directory `path` if it does not exist.
    static func makeDirectory(_ path: String) throws {
        if isDirectory(path) { return }
        guard mkdir(path, 0o755) == 0 else { throw unwritable(path, errno) }
    }

    /// `path` could not be read; `code` is the `errno` of the call that failed.
    static func unreadable(_ path: String, _ code: Int32) -> Diagnostic {
        Diagnostic(
            file: path, message: "cannot read \(path): \(System.describe(code))",
            thai: "อ่านไฟล์ \(path) ไม่ได้: \(System.describe(code))")
    }

    /// `path` is a FIFO, a device or a socket, which a load never reads.
    static func notRegular(_ path: String) -> Diagnostic {
        Diagnostic(
            file: path, message: "cannot read \(path): not a regular file (a pipe, a device or a socket)",
            thai: "อ่าน \(path) ไม่ได้ ไม่ใช่ไฟล์ธรรมดา (เป็นไปป์ อุปกรณ์ หรือซ็อกเก็ต)")
    }

    static func unwritable(_ path: String, _ code: Int32) -> Diagnostic {
        Diagnostic(
            file: path, message: "cannot write \(path): \(System.describe(code))",
            thai: "เขียนไฟล์ \(path) ไม่ได้: \(System.describe(code))")
    }
}
