import PlanModel

/// Writing results and reports to files in any `Format` (`export "file.EXT"`, `report … to "file.EXT"`).
extension Session {
    /// Writes a table or report to `path` in the format its extension names. (`--safe` refused it already: the
    /// statement declares the write among its effects.)
    func write(_ document: DocumentFile, to path: String) throws {
        let format = try DocumentFile.format(of: path)
        try document.write(as: format, to: resolve(path), writer: OutputWriter(settings: settings))
    }
}
