import PlanModel

/// A text file the workbench reads whole: a script, a transcript, a lesson.
public enum TextFile {
    /// The text of the file at `path`, or nil when it is not UTF-8. It is read as a load reads a file: anything
    /// but a regular file (a FIFO with no writer, `/dev/zero`, a folder) is refused before a byte is read, so it
    /// cannot block; a file that cannot be read is a `Diagnostic` naming it and why.
    public static func read(_ path: String) throws(Diagnostic) -> String? {
        let buffer = try FileBytes.readBuffer(path)
        return String(validating: buffer.all, as: UTF8.self)
    }
}
