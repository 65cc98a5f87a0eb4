#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The POSIX calls Phaen retries or checks the same way everywhere, gathered in one place (as swift-nio's
/// `System.swift` does): a write is finished after short writes and `EINTR`, and a failure is its `errno`,
/// read at once so that no later call can overwrite it.
public enum System {
    /// Writes all of `bytes` to `fd`, going on after a short write or an interrupted one (`EINTR`). Returns 0,
    /// or the `errno` of the write that failed (`EFBIG` past `ulimit -f`, `ENOSPC`, …).
    @discardableResult
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        guard var next = bytes.baseAddress else { return 0 }
        var left = bytes.count
        while left > 0 {
            let n = write(fd, next, left)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 { return EIO }
            next += n
            left -= n
        }
        return 0
    }

    /// Writes `text` as UTF-8 to `fd`, as `writeAll(_:_:)` does.
    @discardableResult
    public static func writeAll(_ fd: Int32, _ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { writeAll(fd, UnsafeRawBufferPointer($0)) }
    }

    /// Reads exactly `count` bytes from `fd` into `buffer`, going on after short reads and `EINTR`. Returns 0,
    /// or the `errno` of the read that failed (`EIO` when the file ended early: it shrank while being read).
    public static func readAll(_ fd: Int32, into buffer: UnsafeMutableRawPointer, count: Int) -> Int32 {
        fill(buffer, count) { at, wanted in read(fd, at, wanted) }
    }

    /// Reads exactly `count` bytes of `fd` from `offset` on into `buffer` (`pread`, which leaves the file's
    /// position alone, so that two threads can read one file), as `readAll(_:into:count:)` does.
    public static func readAll(_ fd: Int32, into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int) -> Int32 {
        fill(buffer, count) { at, wanted in pread(fd, at, wanted, off_t(offset + (at - buffer))) }
    }

    /// Fills `count` bytes of `buffer` by calling `read(at, wanted)` until they are all read: 0, or the `errno`.
    private static func fill(
        _ buffer: UnsafeMutableRawPointer, _ count: Int, _ read: (UnsafeMutableRawPointer, Int) -> Int
    ) -> Int32 {
        var filled = 0
        while filled < count {
            let n = read(buffer + filled, count - filled)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 { return EIO }
            filled += n
        }
        return 0
    }

    /// The text of an `errno` value, as `strerror` gives it.
    public static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// A write past `ulimit -f` fails with `EFBIG` instead of killing the process with `SIGXFSZ`, so that it
    /// can be reported and its temporary file removed. Called once when the program starts.
    public static func reportFileSizeLimitAsError() {
        signal(SIGXFSZ, SIG_IGN)
    }
}
