import PlanModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which files a load may read. Every file a loader opens — the typed one, and each file of a bundle folder —
/// is checked once it is open, on its real path: the one the kernel opened, with every symlink resolved, so
/// a symlink inside an allowed folder (`strategies.csv → /etc/shadow`) is judged by where it leads, and
/// swapping it between a check and the open changes nothing.
public struct ReadAccess {
    /// No check: any file may be read.
    public static var anything: ReadAccess { ReadAccess(nil) }

    let check: ((_ path: String, _ realPath: String) throws(Diagnostic) -> Void)?

    /// Reads checked by `check`, given the path as the loader names it and its real path; it throws the
    /// `Diagnostic` to report when the file may not be read.
    public init(_ check: ((_ path: String, _ realPath: String) throws(Diagnostic) -> Void)?) {
        self.check = check
    }

    /// Checks the file open as `fd`, named `path`.
    func allow(_ fd: Int32, path: String) throws(Diagnostic) {
        guard let check else { return }
        try check(path, Self.realPath(of: fd, path: path))
    }

    /// The real path of the open file `fd`: on Linux the kernel's own (`/proc/self/fd/N`), else `realpath(3)`.
    static func realPath(of fd: Int32, path: String) -> String {
        #if os(Linux)
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink("/proc/self/fd/\(fd)", &buffer, buffer.count - 1)
            if n > 0 { return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        #endif
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }
}
