import PlanModel

/// The session's statements ask `paths` (a `PathPolicy`) about every path they name.
extension Session {
    /// Resolves a path to read, refusing it under `--safe` when it lies outside every allowed folder.
    func checkRead(_ path: String) throws -> String { try paths.checkRead(path) }

    /// Refuses a statement that writes a file, under `--safe`.
    func checkWrite(_ what: String, thai: String) throws { try paths.checkWrite(what, thai: thai) }

    /// Fails with a hint when the file or folder a statement names does not exist.
    func requireExisting(_ path: String, resolved full: String) throws {
        try paths.requireExisting(path, resolved: full)
    }

    /// What to tell the user about a missing file or folder.
    func missingPathHints(_ path: String, resolved full: String) -> [String] {
        paths.missingPathHints(path, resolved: full)
    }
}
