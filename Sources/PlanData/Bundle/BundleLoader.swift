import PlanModel

/// Loads a plan bundle (`../shared/DESIGN.md`, "plan bundle v1"): a folder with `plan.json` and the CSV files
/// of `PlanSchema`, or one JSON file holding the header fields and each table as an array of objects
/// (`{"office": …, "fiscal_year": 2561, "strategies": [{…}], "projects": […], …}`), or one Excel workbook with a
/// sheet per table (`BundleLoader.loadWorkbook`).
///
/// The load is all or nothing: it returns a plan only when the bundle is clean, and otherwise throws
/// `Diagnostics` listing every problem found (up to 50). Each names its file, the line where the record
/// starts, and the column: the 1-based position, in characters (Unicode scalars), of the cell's first
/// character (its opening quote if quoted) counted from the start of the record — for the usual one-line record,
/// its column on that line. A header problem is on line 1 with no column.
///
/// `Plan.source` records the path and a SHA-256 over the contents of the files the load read (`plan.json` and
/// the contract's CSV files that are present), concatenated in name order; for a one-file bundle, over that file.
public enum BundleLoader {
    /// The plan in the bundle at `path`. Throws `Diagnostics`, or a single `Diagnostic` when `path` is unreadable.
    public static func load(path: String) throws -> Plan {
        try load(path: path, progress: nil, shouldStop: { false })
    }

    /// The plan in the bundle at `path`, telling `progress` how far the load is through each file (its name
    /// without the folder, and the fraction read, in steps of 5% up to 1) and asking `shouldStop` about every
    /// 64 K rows and between files. When `shouldStop` returns true the load throws the `Diagnostic`
    /// "interrupted" and, like any failed load, returns nothing. `access` judges each file the load opens (a
    /// refused one fails the load); a FIFO, a device or a socket is never read.
    ///
    /// With a `cache`, a folder is re-opened from its snapshot when none of its files changed (see
    /// `SnapshotCache`), and a folder that loads cleanly from its files leaves a snapshot there.
    public static func load(
        path: String, progress: ((_ file: String, _ fraction: Double) -> Void)?, shouldStop: () -> Bool,
        access: ReadAccess = .anything, cache: SnapshotCache? = nil
    ) throws -> Plan {
        try withoutActuallyEscaping(shouldStop) { shouldStop in
            let control = LoadControl(progress: progress, shouldStop: shouldStop)
            if FileBytes.isDirectory(path) {
                if let cache, let plan = cache.reopen(path) { return plan }
                return try loadFolder(path, control: control, access: access, cache: cache)
            }
            if path.lowercased().hasSuffix(".xlsx") { return try loadWorkbook(path, control: control, access: access) }
            return try loadJSONBundle(path, control: control, access: access)
        }
    }

    private static func loadFolder(
        _ folder: String, control: LoadControl, access: ReadAccess, cache: SnapshotCache?
    ) throws -> Plan {
        var sink = DiagnosticSink()
        var files: [(name: String, bytes: ByteBuffer)] = []
        var identities: [String: FileIdentity] = [:]
        let startedAt = FileIdentity.now()
        for name in SnapshotCache.bundleFiles where FileBytes.exists(join(folder, name)) {
            let (bytes, identity) = try FileBytes.readBufferAndIdentity(join(folder, name), access: access)
            files.append((name, bytes))
            identities[name] = identity
        }
        let raw = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.bytes) })
        let hashed = files.sorted { $0.name < $1.name }
        let hash = BackgroundHash(hashed.map(\.bytes), withDigests: cache != nil)
        do {
            let (header, tables) = try readFolder(folder, raw, sink: &sink, control: control)
            try control.checkStop()
            let source = Plan.Source(path: folder, sha256: hash.wait())
            let plan = try finish(header, consume tables, sink: &sink, source: source, control: control)
            if let cache, identities.count == files.count {
                let digests = Dictionary(uniqueKeysWithValues: zip(hashed.map(\.name), hash.contentDigests))
                cache.save(
                    plan, loadedFrom: folder,
                    files: SnapshotCache.bundleFiles.map {
                        PlanSnapshot.File(
                            name: $0, identity: identities[$0], digest: digests[$0] ?? 0,
                            settled: (identities[$0]?.changed ?? .max) < startedAt - cache.settledAfter)
                    })
            }
            return plan
        } catch {
            hash.abandon()
            throw error
        }
    }

    /// Reads the header and the tables from a folder's files (name → bytes), stopping only if told to.
    private static func readFolder(
        _ folder: String, _ raw: [String: ByteBuffer], sink: inout DiagnosticSink, control: LoadControl
    ) throws(Diagnostic) -> (PlanHeader?, [String: BundleTable]) {
        let planFile = join(folder, "plan.json")
        var header: PlanHeader?
        if let bytes = raw["plan.json"] {
            do {
                let node = try JSONParser.parse(TextEncoding.utf8(from: bytes).bytes, file: planFile)
                header = PlanHeader.read(node, file: planFile, sink: &sink)
            } catch {
                sink.add(error)
            }
        } else {
            sink.add(missingFile(planFile))
        }
        var tables: [String: BundleTable] = [:]
        for spec in PlanSchema.tables {
            let file = join(folder, spec.file)
            guard let bytes = raw[spec.file] else {
                if spec.required { sink.add(missingFile(file)) } else { tables[spec.name] = .empty(spec, file: file) }
                continue
            }
            try control.checkStop()
            control.begin(spec.file)
            do {
                var source = try CSVRecordSource(buffer: TextEncoding.utf8(from: bytes).bytes, display: file)
                tables[spec.name] = try BundleTable.read(spec, csv: &source, sink: &sink, control: control)
            } catch {
                if error == LoadControl.interrupted { throw error }
                sink.add(error)
            }
        }
        return (header, tables)
    }

    private static func loadJSONBundle(_ path: String, control: LoadControl, access: ReadAccess) throws -> Plan {
        let raw = try FileBytes.readBuffer(path, access: access)
        let root: JSONNode
        do {
            root = try JSONParser.parse(TextEncoding.utf8(from: raw).bytes, file: path)
        } catch {
            throw Diagnostics([error])
        }
        var sink = DiagnosticSink()
        let header = PlanHeader.read(root, file: path, sink: &sink)
        var tables: [String: BundleTable] = [:]
        let name = String(path.split(separator: "/").last ?? Substring(path))
        for (i, spec) in PlanSchema.tables.enumerated() {
            try control.checkStop()
            let share = 1 / Double(PlanSchema.tables.count)
            control.begin(name, from: Double(i) * share, to: Double(i + 1) * share)
            guard let node = root[spec.name] else {
                if spec.required {
                    sink.add(
                        Diagnostic(
                            file: path, line: root.line, column: root.column,
                            message: "missing required table `\(spec.name)`", thai: "ไม่มีตาราง \(spec.name) ซึ่งต้องมี"))
                } else {
                    tables[spec.name] = .empty(spec, file: path)
                }
                continue
            }
            do {
                var source = try JSONRecordSource(node, file: path)
                tables[spec.name] = try BundleTable.read(spec, from: &source, sink: &sink, control: control)
            } catch {
                if error == LoadControl.interrupted { throw error }
                sink.add(error)
            }
        }
        try control.checkStop()
        return try finish(
            header, consume tables, sink: &sink, source: Plan.Source(path: path, sha256: SHA256.hex(raw)),
            control: control)
    }

    /// Applies the rules and builds the plan, or throws everything found (or `interrupted`, if told to stop).
    /// The tables are taken, not shared, so that the rules can rewrite a column in place.
    static func finish(
        _ header: PlanHeader?, _ tables: consuming [String: BundleTable], sink: inout DiagnosticSink,
        source: Plan.Source, control: LoadControl
    ) throws -> Plan {
        let relations = BundleRules.apply(&tables, fiscalYear: header?.fiscalYear, sink: &sink)
        try control.checkStop()
        try sink.throwIfAny()
        guard let header, tables.count == PlanSchema.tables.count else { throw Diagnostics(sink.items) }
        var model: [String: Table] = [:]
        for (name, table) in tables { model[name] = table.table(relations: relations[name] ?? []) }
        return Plan(
            office: header.office, fiscalYear: header.fiscalYear, targets: header.targets,
            targetsByType: header.targetsByType, tables: model, source: source
        )
    }

    private static func missingFile(_ file: String) -> Diagnostic {
        Diagnostic(file: file, message: "missing required file \(file)", thai: "ไม่มีไฟล์ \(file) ซึ่งต้องมี")
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
