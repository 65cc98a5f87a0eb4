import Foundation
import PlanData
import PlanModel
import Testing

/// A long load reports how far it is through each file and stops, all or nothing, when asked to.
@Suite struct LoadProgressTests {
    /// The example with its payments repeated to 73,500 rows (over one 64 K-row poll), in a folder of its own.
    static let longBundle: String = {
        let folder = try! Support.copyOfExample()
        let path = folder + "/disbursements.csv"
        let lines = try! Support.read(path).split(separator: "\n")
        let rows = lines.dropFirst().joined(separator: "\n") + "\n"
        try! Support.write(lines[0] + "\n" + String(repeating: rows, count: 500), to: path)
        return folder
    }()

    /// Each call's file and fraction, in order.
    final class Reports {
        var items: [(file: String, fraction: Double)] = []
        func fractions(_ file: String) -> [Double] { items.filter { $0.file == file }.map(\.fraction) }
    }

    @Test func progressIsReportedForEachFileInStepsUpToTheEnd() throws {
        let reports = Reports()
        let plan = try BundleLoader.load(
            path: Self.longBundle, progress: { reports.items.append(($0, $1)) }, shouldStop: { false })
        #expect(plan["disbursements"]?.rowCount == 147 * 500)
        let files = PlanSchema.tables.map(\.file)
        #expect(Set(reports.items.map(\.file)) == Set(files))
        for file in files {
            let fractions = reports.fractions(file)
            #expect(fractions.last == 1, "\(file): \(fractions)")
            #expect(fractions == fractions.sorted() && Set(fractions).count == fractions.count, "\(file)")
            #expect(fractions.count <= 20, "\(file): \(fractions.count) reports")
        }
        let payments = reports.fractions("disbursements.csv")
        #expect(payments.count >= 10, "a long file is reported as it goes: \(payments)")
        #expect(reports.fractions("units.csv") == [1], "a short file is reported once, when read")
    }

    @Test func aOneFileBundleIsReportedUnderItsName() throws {
        let example = try BundleLoader.load(path: Support.example)
        var text = "{\"office\": \"\(example.office)\", \"fiscal_year\": \(example.fiscalYear.buddhistEra)"
        for spec in PlanSchema.tables { text += ",\n\"\(spec.name)\": " + TableWriter.json(example[spec.name]!) }
        let path = try Support.temporaryFolder() + "/bundle.json"
        try Support.write(text + "}\n", to: path)
        let reports = Reports()
        _ = try BundleLoader.load(path: path, progress: { reports.items.append(($0, $1)) }, shouldStop: { false })
        #expect(Set(reports.items.map(\.file)) == ["bundle.json"])
        let fractions = reports.fractions("bundle.json")
        #expect(fractions.last == 1 && fractions == fractions.sorted() && fractions.count <= 20, "\(fractions)")
    }

    @Test func stoppingMidFileThrowsInterruptedAndReturnsNothing() throws {
        let reports = Reports()
        var stop = false
        var polls = 0
        var plan: Plan?
        #expect {
            plan = try BundleLoader.load(
                path: Self.longBundle,
                progress: { file, fraction in
                    reports.items.append((file, fraction))
                    if file == "disbursements.csv" { stop = true }
                },
                shouldStop: {
                    polls += 1
                    return stop
                })
        } throws: { error in
            (error as? Diagnostic)?.message == "interrupted" && (error as? Diagnostic)?.thai == "ถูกขัดจังหวะ"
        }
        #expect(plan == nil)
        let payments = reports.fractions("disbursements.csv")
        #expect(!payments.isEmpty && payments.last! < 1, "stopped inside the file: \(payments)")
        let filesBefore = try #require(PlanSchema.tables.firstIndex { $0.file == "disbursements.csv" })
        #expect(polls == filesBefore + 2, "polled before each file and once inside the long one: \(polls)")
    }

    @Test func stoppingBeforeTheStartThrowsInterrupted() {
        for path in [Support.example, Self.longBundle] {
            #expect(throws: Diagnostic(message: "interrupted", thai: "ถูกขัดจังหวะ")) {
                try BundleLoader.load(path: path, progress: nil, shouldStop: { true })
            }
        }
    }
}
