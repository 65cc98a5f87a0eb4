import Foundation
import PlanModel

/// Writes a file so that an interrupted write never leaves it half-written: a temporary file beside it,
/// fsync, then rename over the target.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw failure(path, errno) }
        var ok = true
        var code: Int32 = 0
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    ok = false
                    code = errno
                    return
                }
                offset += n
            }
        }
        if ok && fsync(fd) != 0 { ok = false; code = errno }
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            let e = ok ? errno : code
            unlink(temporary)
            throw failure(path, e)
        }
    }

    static func failure(_ path: String, _ code: Int32) -> Diagnostic {
        let reason = String(cString: strerror(code))
        return Diagnostic(file: path, message: "cannot write the file: \(reason)", thai: "เขียนไฟล์ไม่ได้: \(reason)")
    }
}
