import Foundation
import PlanData
import PlanModel
import Testing

/// Seeded random damage to the example bundle's files — flipped bytes, truncations, stray quotes, commas and
/// line breaks, invalid UTF-8, huge numbers, empty files, repeated headers — loaded through `BundleLoader`
/// (folder and one-file bundles) and `TableLoader`. Each load must succeed or throw diagnostics that say where:
/// a file of the input, a line inside it (≥ 1; 0 only for a whole-file problem), a column ≥ 0, and a message in
/// English and Thai. A trap ends the test process; rerun with `PHAEN_FUZZ_TRACE=1` to print each case (seed and
/// mutations) before it loads, and `PHAEN_FUZZ_SEED=N` to try another seed.
@Suite struct LoaderFuzzTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["PHAEN_FUZZ_SEED"].flatMap { UInt64($0) } ?? 2561
    static let trace = ProcessInfo.processInfo.environment["PHAEN_FUZZ_TRACE"] != nil

    static let csvFiles = [
        "strategies.csv", "projects.csv", "activities.csv", "units.csv", "indicators.csv", "results.csv",
        "disbursements.csv", "transfers.csv", "notes.csv",
    ]

    @Test func damagedBundleFoldersLoadOrSayWhere() throws {
        let folder = try Support.copyOfExample()
        let names = ["plan.json"] + Self.csvFiles
        var originals: [String: [UInt8]] = [:]
        for name in names { originals[name] = try Self.bytes(folder + "/" + name) }
        var random = SplitMix64(seed: Self.seed)
        var outcomes = Outcomes()
        for n in 0..<1200 {
            let name = names[Int(random.next() % UInt64(names.count))]
            let path = folder + "/" + name
            let (damaged, steps) = Damage.apply(to: originals[name]!, random: &random)
            try Self.write(damaged, to: path)
            if Self.trace { print("fuzz folder seed \(Self.seed) case \(n): \(name) \(steps)") }
            let files = Dictionary(
                uniqueKeysWithValues: names.map { (folder + "/" + $0, $0 == name ? damaged : originals[$0]!) })
            outcomes.check(case: "\(name) \(steps)", files: files) { _ = try BundleLoader.load(path: folder) }
            try Self.write(originals[name]!, to: path)
        }
        #expect(outcomes.loaded > 0 && outcomes.refused > 0, "\(outcomes)")
    }

    @Test func damagedOneFileBundlesLoadOrSayWhere() throws {
        let plan = try BundleLoader.load(path: Support.example)
        var text = "{\"office\": \"\(plan.office)\", \"fiscal_year\": \(plan.fiscalYear.buddhistEra)"
        for spec in PlanSchema.tables { text += ",\n\"\(spec.name)\": " + TableWriter.json(plan.tables[spec.name]!) }
        let original = Array((text + "}\n").utf8)
        let path = try Support.temporaryFolder() + "/plan.json"
        try Self.write(original, to: path)
        _ = try BundleLoader.load(path: path)
        var random = SplitMix64(seed: Self.seed &+ 1)
        var outcomes = Outcomes()
        for n in 0..<300 {
            let (damaged, steps) = Damage.apply(to: original, random: &random)
            try Self.write(damaged, to: path)
            if Self.trace { print("fuzz one-file seed \(Self.seed) case \(n): \(steps)") }
            outcomes.check(case: steps, files: [path: damaged]) { _ = try BundleLoader.load(path: path) }
        }
        #expect(outcomes.loaded > 0 && outcomes.refused > 0, "\(outcomes)")
    }

    @Test func damagedTablesLoadOrSayWhere() throws {
        let folder = try Support.temporaryFolder()
        let plan = try BundleLoader.load(path: Support.example)
        var random = SplitMix64(seed: Self.seed &+ 2)
        var outcomes = Outcomes()
        for n in 0..<1200 {
            let name = Self.csvFiles[Int(random.next() % UInt64(Self.csvFiles.count))]
            let asJSON = n % 3 == 2
            let original: [UInt8]
            if asJSON {
                let table = PlanSchema.tables.first { $0.file == name }!.name
                original = Array(TableWriter.json(plan.tables[table]!).utf8)
            } else {
                original = try Self.bytes(Support.example + "/" + name)
            }
            let (damaged, steps) = Damage.apply(to: original, random: &random)
            let path = folder + "/" + name + (asJSON ? ".json" : "")
            try Self.write(damaged, to: path)
            if Self.trace { print("fuzz table seed \(Self.seed) case \(n): \(path) \(steps)") }
            outcomes.check(case: "\(path) \(steps)", files: [path: damaged]) {
                let table =
                    asJSON
                    ? try TableLoader.loadJSON(path: path, name: "t") : try TableLoader.loadCSV(path: path, name: "t")
                #expect(table.columns.allSatisfy { $0.count == table.rowCount }, "ragged table: \(steps)")
            }
        }
        #expect(outcomes.loaded > 0 && outcomes.refused > 0, "\(outcomes)")
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}

/// How the loads of a fuzz run went, checking each refusal as it comes.
struct Outcomes: CustomStringConvertible {
    var loaded = 0
    var refused = 0

    var description: String { "\(loaded) loaded, \(refused) refused" }

    /// Runs `load`; if it throws, every diagnostic must point into one of `files` (path → the bytes loaded).
    mutating func check(case name: String, files: [String: [UInt8]], load: () throws -> Void) {
        do {
            try load()
            loaded += 1
            return
        } catch let d as Diagnostics {
            #expect(!d.items.isEmpty && d.items.count <= 50, "\(d.items.count) diagnostics: \(name)")
            let lines = files.mapValues(Self.lineCount)
            for item in d.items { Self.expectLocated(item, lines: lines, name) }
        } catch let d as Diagnostic {
            Self.expectLocated(d, lines: files.mapValues(Self.lineCount), name)
        } catch {
            Issue.record("not a diagnostic: \(error) — \(name)")
        }
        refused += 1
    }

    /// A problem is about a whole file when it says the file is missing or unreadable.
    static let wholeFile = ["missing required file", "cannot read"]

    /// Checks one diagnostic against the input's files (path → its number of lines).
    static func expectLocated(_ d: Diagnostic, lines: [String: Int], _ name: String) {
        guard let file = d.file, let count = lines[file] else {
            Issue.record("names no file of the input: \(d.formatted()) — \(name)")
            return
        }
        let whole = wholeFile.contains { d.message.hasPrefix($0) }
        #expect(d.line >= 1 || (d.line == 0 && whole), "no line: \(d.formatted()) — \(name)")
        #expect(d.line <= count, "past the end (\(count) lines): \(d.formatted()) — \(name)")
        #expect(d.column >= 0, "column: \(d.formatted()) — \(name)")
        #expect(!d.message.isEmpty && d.thai?.isEmpty == false, "message: \(d.formatted()) — \(name)")
    }

    /// Physical lines, counting LF, CRLF and a lone CR each as one break.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { b in
            var lines = 1
            for i in b.indices where b[i] == 0x0A || (b[i] == 0x0D && (i + 1 == b.count || b[i + 1] != 0x0A)) {
                lines += 1
            }
            return lines
        }
    }
}

/// One to three random defects applied to a file's bytes, with a description of each.
enum Damage {
    static let invalidUTF8: [[UInt8]] = [
        [0xFF], [0xC3], [0xE0, 0xB8], [0xED, 0xA0, 0x80], [0xC0, 0x80], [0xF8, 0x88],
    ]
    static let hugeNumbers = [
        "99999999999999999999999", "92233720368547758.08", "-9223372036854775808", "1e400", "-0", "0.001",
        "9223372036854775807", "1,000,000,000,000,000", "(1234.50)", "NaN", "2561-02-30", "99999-12-31",
    ]
    static let insertions = ["\"", ",", "\n", "\r", "\r\n", "\"\"", ",,,", "\u{FEFF}", "\0", "ก่", " ", "{", "]", "\\u"]

    static func apply(to original: [UInt8], random: inout SplitMix64) -> (bytes: [UInt8], steps: String) {
        var bytes = original
        var steps: [String] = []
        for _ in 0..<(1 + Int(random.next() % 3)) { steps.append(step(&bytes, &random)) }
        return (bytes, steps.joined(separator: "; "))
    }

    private static func step(_ bytes: inout [UInt8], _ random: inout SplitMix64) -> String {
        func at() -> Int { bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count + 1)) }
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        switch random.next() % 10 {
        case 0 where !bytes.isEmpty:
            let i = at() % bytes.count
            let mask = UInt8(truncatingIfNeeded: random.next() | 1)
            bytes[i] ^= mask
            return "flip byte \(i) by \(mask)"
        case 1:
            let i = at()
            bytes.removeSubrange(i...)
            return "truncate at \(i)"
        case 2, 3:
            let i = at()
            let text = pick(insertions)
            bytes.insert(contentsOf: Array(text.utf8), at: i)
            return "insert \(text.debugDescription) at \(i)"
        case 4:
            let i = at()
            let junk = pick(invalidUTF8)
            bytes.insert(contentsOf: junk, at: i)
            return "insert bytes \(junk) at \(i)"
        case 5:
            return hugeNumber(&bytes, pick(hugeNumbers), at())
        case 6:
            bytes.removeAll()
            return "empty"
        case 7:
            let header = bytes.prefix { $0 != 0x0A }
            bytes.insert(contentsOf: header + [0x0A], at: 0)
            return "repeat the first line"
        case 8:
            let fields = bytes.prefix { $0 != 0x0A && $0 != 0x2C }
            bytes.insert(contentsOf: fields + [0x2C], at: 0)
            return "repeat the first header field"
        default:
            let i = at()
            let j = min(bytes.count, i + Int(random.next() % 40))
            bytes.removeSubrange(i..<j)
            return "delete \(i)..<\(j)"
        }
    }

    /// Replaces the run of digits at or after `from` with `number`.
    private static func hugeNumber(_ bytes: inout [UInt8], _ number: String, _ from: Int) -> String {
        func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
        guard let start = bytes[from...].firstIndex(where: isDigit) ?? bytes.firstIndex(where: isDigit) else {
            bytes.append(contentsOf: Array(number.utf8))
            return "append \(number)"
        }
        let end = bytes[start...].firstIndex { !isDigit($0) && $0 != 0x2E } ?? bytes.count
        bytes.replaceSubrange(start..<end, with: Array(number.utf8))
        return "number \(number) at \(start)"
    }
}
