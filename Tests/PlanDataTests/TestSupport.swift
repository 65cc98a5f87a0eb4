import Foundation
import PlanData
import PlanModel
import TestSupport
import Testing

/// Paths, temporary folders, external tools and model comparisons shared by the PlanData tests.
enum Support {
    static let packageRoot = Package.root
    static let example = Package.example
    static let generator = packageRoot + "/Scripts/gen-bundle"
    static let budgetBill = packageRoot + "/../shared/realdata/budget-fy2565-moe.csv"

    /// This test process's scratch folder, removed when the process exits.
    static let scratch: String = {
        func path() -> String {
            FileManager.default.temporaryDirectory.appendingPathComponent("phaen-data-tests-\(getpid())").path
        }
        atexit { try? FileManager.default.removeItem(atPath: path()) }
        return path()
    }()

    /// A new empty folder in the scratch folder.
    static func temporaryFolder() throws -> String {
        let path = scratch + "/" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A fresh copy of the example bundle's data files, to break.
    static func copyOfExample() throws -> String {
        let folder = try temporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: example) where name != "README.md" {
            try FileManager.default.copyItem(atPath: example + "/" + name, toPath: folder + "/" + name)
        }
        return folder
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    static func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The full path of an executable on PATH, if any.
    static func tool(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs a program and returns its standard output; fails the test if it exits non-zero.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], stdin: String? = nil, in folder: String? = nil)
        throws -> String
    {
        let result = try ChildProcess.run(executable, arguments, directory: folder, input: stdin)
        #expect(result.status == 0, "\(executable) \(arguments) failed: \(result.stderr)")
        return result.stdout
    }

    /// The diagnostics a failed load threw; records a test failure if it did not fail that way.
    static func diagnostics(loading path: String) -> [Diagnostic] {
        do {
            _ = try BundleLoader.load(path: path)
            Issue.record("expected \(path) to fail to load")
        } catch let d as Diagnostics {
            return d.items
        } catch let d as Diagnostic {
            return [d]
        } catch {
            Issue.record("unexpected error \(error)")
        }
        return []
    }

    /// Whether two tables hold the same columns and values, row by row; records the first difference.
    static func expectSame(_ a: Table, _ b: Table, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.columnNames == b.columnNames, "columns of \(a.name)", sourceLocation: sourceLocation)
        #expect(a.rowCount == b.rowCount, "rows of \(a.name)", sourceLocation: sourceLocation)
        guard a.columnNames == b.columnNames, a.rowCount == b.rowCount else { return }
        for (k, name) in a.columnNames.enumerated() {
            #expect(a.columns[k].type == b.columns[k].type, "type of \(a.name).\(name)", sourceLocation: sourceLocation)
            for row in 0..<a.rowCount where a.columns[k][row] != b.columns[k][row] {
                Issue.record(
                    "\(a.name).\(name) row \(row): \(a.columns[k][row]) ≠ \(b.columns[k][row])",
                    sourceLocation: sourceLocation)
                return
            }
        }
    }

    /// Whether two plans are the same model: header fields, and every table (relations included).
    static func expectSame(_ a: Plan, _ b: Plan, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.office == b.office, sourceLocation: sourceLocation)
        #expect(a.fiscalYear == b.fiscalYear, sourceLocation: sourceLocation)
        #expect(a.targets == b.targets, sourceLocation: sourceLocation)
        #expect(a.targetsByType == b.targetsByType, sourceLocation: sourceLocation)
        #expect(a.tables.keys.sorted() == b.tables.keys.sorted(), sourceLocation: sourceLocation)
        for (name, table) in a.tables {
            guard let other = b.tables[name] else { continue }
            expectSame(table, other, sourceLocation: sourceLocation)
            for relation in table.relations {
                let match = other.relation(from: relation.column)
                #expect(
                    match?.targetRows == relation.targetRows, "relation \(name).\(relation.column)",
                    sourceLocation: sourceLocation)
            }
        }
    }

    /// The sum, in satang, of a money column over the rows where `include` holds.
    static func satang(_ table: Table, _ column: String, where include: (Int) -> Bool = { _ in true }) -> Int64 {
        guard let c = table.column(column), case .money(let values) = c.storage else {
            Issue.record("\(table.name).\(column) is not money")
            return 0
        }
        return (0..<table.rowCount).filter { include($0) && !c.isNull($0) }.reduce(0) { $0 + values[$1] }
    }

    /// The text of a cell, or nil.
    static func text(_ table: Table, _ column: String, _ row: Int) -> String? {
        if case .text(let s)? = table.column(column)?[row] { return s }
        return nil
    }
}
