import PlanModel

#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
    private let systemWrite = Darwin.write
#endif

/// Whole-file reads and writes through POSIX calls, with failures reported as `Diagnostic`s.
enum FileBytes {
    /// Files at least this large are mapped into memory rather than read.
    static let mappingThreshold = 1 << 20

    /// The bytes of the file at `path`, in a buffer that stays put. A large file is mapped, so it must not be
    /// truncated while the buffer lives (the loader drops its buffers when the load ends).
    static func readBuffer(_ path: String) throws(Diagnostic) -> ByteBuffer {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw unreadable(path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { throw unreadable(path) }
        let size = Int(info.st_size)
        if size >= mappingThreshold, let mapped = ByteBuffer(mapping: fd, count: size) { return mapped }
        let buffer = ByteBuffer(count: size)
        var filled = 0
        while filled < buffer.count {
            let n = systemRead(fd, buffer.base + filled, buffer.count - filled)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw unreadable(path) }
            filled += n
        }
        return buffer
    }

    /// Writes `text` as UTF-8 to `path`, replacing the file.
    static func write(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw unwritable(path) }
        defer { close(fd) }
        var text = text
        try text.withUTF8 { bytes in
            var done = 0
            while done < bytes.count {
                let n = systemWrite(fd, bytes.baseAddress! + done, bytes.count - done)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw unwritable(path) }
                done += n
            }
        }
    }

    /// Whether `path` names a directory.
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether `path` names a regular file.
    static func isFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// Creates the directory `path` if it does not exist.
    static func makeDirectory(_ path: String) throws {
        if isDirectory(path) { return }
        guard mkdir(path, 0o755) == 0 else { throw unwritable(path) }
    }

    static func unreadable(_ path: String) -> Diagnostic {
        Diagnostic(
            file: path, message: "cannot read \(path): \(String(cString: strerror(errno)))",
            thai: "อ่านไฟล์ \(path) ไม่ได้")
    }

    static func unwritable(_ path: String) -> Diagnostic {
        Diagnostic(
            file: path, message: "cannot write \(path): \(String(cString: strerror(errno)))",
            thai: "เขียนไฟล์ \(path) ไม่ได้")
    }
}
