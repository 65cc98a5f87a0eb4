import PlanData

extension Session {
    /// Where `phaen` keeps snapshots given the environment: `$XDG_CACHE_HOME/phaen`, or `~/.cache/phaen`.
    public static func snapshotFolder(environment: [String: String], home: String) -> String {
        SnapshotCache.folder(environment: environment, home: home)
    }

    /// The snapshot cache a bundle load uses: none under `--safe` (which writes nothing), with `set cache off`,
    /// or when the session has no folder for snapshots. A damaged snapshot or a failed write is one warning line.
    var snapshotCache: SnapshotCache? {
        guard !options.safe, settings.cache, let folder = options.snapshots else { return nil }
        return SnapshotCache(
            folder: folder, limit: settings.cacheLimit << 20,
            write: { path, fill in try AtomicFile.write(to: path, durable: false, fill) },
            note: { [weak self] note in self?.warn(note) })
    }

    private func warn(_ note: SnapshotCache.Note) {
        let thai = settings.language == .th
        switch note {
        case .damaged(let path, let reason):
            err(
                thai
                    ? "คำเตือน: สแนปช็อต \(path) ใช้ไม่ได้ (\(reason)) จึงอ่านชุดข้อมูลจากไฟล์แทน"
                    : "warning: the snapshot \(path) cannot be used (\(reason)); the bundle was read from its files")
        case .unwritable(let path, let reason):
            err(
                thai
                    ? "คำเตือน: เขียนสแนปช็อต \(path) ไม่ได้ (\(reason)) การโหลดสำเร็จตามปกติ"
                    : "warning: cannot write the snapshot \(path) (\(reason)); the load itself succeeded")
        }
    }
}
