import PlanModel

/// Loads a plan bundle (`../shared/DESIGN.md`, "plan bundle v1"): a folder with `plan.json` and the CSV files
/// of `PlanSchema`, or one JSON file holding the header fields and each table as an array of objects
/// (`{"office": …, "fiscal_year": 2561, "strategies": [{…}], "projects": […], …}`).
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
        if FileBytes.isDirectory(path) { return try loadFolder(path) }
        guard FileBytes.isFile(path) else { throw FileBytes.unreadable(path) }
        return try loadJSONBundle(path)
    }

    private static func loadFolder(_ folder: String) throws -> Plan {
        var sink = DiagnosticSink()
        var files: [(name: String, bytes: ByteBuffer)] = []
        for name in ["plan.json"] + PlanSchema.tables.map(\.file) where FileBytes.isFile(join(folder, name)) {
            files.append((name, try FileBytes.readBuffer(join(folder, name))))
        }
        let raw = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.bytes) })
        let hash = BackgroundHash(files.sorted { $0.name < $1.name }.map(\.bytes))
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
            do {
                var source = try CSVRecordSource(buffer: TextEncoding.utf8(from: bytes).bytes, display: file)
                tables[spec.name] = try BundleTable.read(spec, from: &source, sink: &sink)
            } catch {
                sink.add(error)
            }
        }
        let source = Plan.Source(path: folder, sha256: hash.wait())
        return try finish(header, tables, sink: &sink, source: source)
    }

    private static func loadJSONBundle(_ path: String) throws -> Plan {
        let raw = try FileBytes.readBuffer(path)
        let root: JSONNode
        do {
            root = try JSONParser.parse(TextEncoding.utf8(from: raw).bytes, file: path)
        } catch {
            throw Diagnostics([error])
        }
        var sink = DiagnosticSink()
        let header = PlanHeader.read(root, file: path, sink: &sink)
        var tables: [String: BundleTable] = [:]
        for spec in PlanSchema.tables {
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
                tables[spec.name] = try BundleTable.read(spec, from: &source, sink: &sink)
            } catch {
                sink.add(error)
            }
        }
        return try finish(
            header, tables, sink: &sink, source: Plan.Source(path: path, sha256: SHA256.hex(raw)))
    }

    /// Applies the rules and builds the plan, or throws everything found.
    private static func finish(
        _ header: PlanHeader?, _ read: [String: BundleTable], sink: inout DiagnosticSink, source: Plan.Source
    ) throws -> Plan {
        var tables = read
        let relations = BundleRules.apply(&tables, fiscalYear: header?.fiscalYear, sink: &sink)
        try sink.throwIfAny()
        guard let header, tables.count == PlanSchema.tables.count else { throw Diagnostics(sink.items) }
        var model: [String: Table] = [:]
        for (name, table) in tables { model[name] = table.table(relations: relations[name] ?? []) }
        return Plan(
            office: header.office, fiscalYear: header.fiscalYear, targets: header.targets, tables: model, source: source
        )
    }

    private static func missingFile(_ file: String) -> Diagnostic {
        Diagnostic(file: file, message: "missing required file \(file)", thai: "ไม่มีไฟล์ \(file) ซึ่งต้องมี")
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
