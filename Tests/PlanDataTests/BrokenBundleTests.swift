import Foundation
import PlanData
import PlanModel
import Testing

/// A corpus of broken bundles, each the example with one defect: each load fails, throws, and reports exactly
/// that defect with its file, line (where the record starts) and column (in characters).
@Suite struct BrokenBundleTests {
    /// A copy of the example whose `file` was edited line by line (line 1 is the header, `lines[0]`).
    struct Broken {
        let folder: String

        init(_ file: String, _ edit: (inout [String]) -> Void) throws {
            folder = try Support.copyOfExample()
            var lines = try Support.read(folder + "/" + file).components(separatedBy: "\n")
            edit(&lines)
            try Support.write(lines.joined(separator: "\n"), to: folder + "/" + file)
        }

        func path(_ file: String) -> String { folder + "/" + file }

        /// The diagnostics of loading the broken bundle.
        var diagnostics: [Diagnostic] { Support.diagnostics(loading: folder) }
    }

    /// Replaces cell `field` (0-based) of physical line `line` (1-based) of a CSV without quotes, and returns
    /// that cell's 1-based column in characters.
    @discardableResult
    static func setCell(_ lines: inout [String], line: Int, field: Int, to value: String) -> Int {
        var cells = lines[line - 1].components(separatedBy: ",")
        let column = cells[..<field].reduce(1) { $0 + $1.unicodeScalars.count + 1 }
        cells[field] = value
        lines[line - 1] = cells.joined(separator: ",")
        return column
    }

    static func cell(_ lines: [String], line: Int, field: Int) -> String {
        lines[line - 1].components(separatedBy: ",")[field]
    }

    /// Expects exactly one diagnostic, equal to the one given.
    static func expectOnly(
        _ found: [Diagnostic], file: String, line: Int, column: Int, _ message: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(found.count == 1, "\(found.map { $0.formatted() })", sourceLocation: sourceLocation)
        guard let d = found.first else { return }
        #expect(d.file == file, sourceLocation: sourceLocation)
        #expect(d.line == line, sourceLocation: sourceLocation)
        #expect(d.column == column, sourceLocation: sourceLocation)
        #expect(d.message == message, sourceLocation: sourceLocation)
        #expect(d.thai?.isEmpty == false, "a Thai message too", sourceLocation: sourceLocation)
    }

    @Test func missingRequiredColumn() throws {
        let b = try Broken("projects.csv") { $0[0] = $0[0].replacingOccurrences(of: "budget", with: "budjet") }
        Self.expectOnly(
            b.diagnostics, file: b.path("projects.csv"), line: 1, column: 0,
            "missing required column `budget`")
    }

    @Test func badNumberIsLocatedInCharactersNotBytes() throws {
        let b = try Broken("projects.csv") { Self.setCell(&$0, line: 2, field: 5, to: "18O000.00") }
        Self.expectOnly(
            b.diagnostics, file: b.path("projects.csv"), line: 2, column: 81,
            "`18O000.00` in `budget` is not an amount of money (e.g. 1250000 or \"1,250,000.50\")")
    }

    @Test func badDate() throws {
        var column = 0
        let b = try Broken("disbursements.csv") { column = Self.setCell(&$0, line: 5, field: 2, to: "2561-02-30") }
        #expect(column == 12)
        Self.expectOnly(
            b.diagnostics, file: b.path("disbursements.csv"), line: 5, column: 12,
            "`2561-02-30` in `date` is not a date (YYYY-MM-DD, BE or CE)")
    }

    @Test func dateOutsideTheFiscalYear() throws {
        var column = 0
        let b = try Broken("disbursements.csv") { column = Self.setCell(&$0, line: 7, field: 2, to: "2561-10-01") }
        Self.expectOnly(
            b.diagnostics, file: b.path("disbursements.csv"), line: 7, column: column,
            "2561-10-01 (2018-10-01) is outside fiscal year 2561 (2560-10-01 to 2561-09-30)")
    }

    @Test func unknownStrategy() throws {
        var column = 0
        let b = try Broken("projects.csv") { column = Self.setCell(&$0, line: 4, field: 2, to: "S9") }
        Self.expectOnly(
            b.diagnostics, file: b.path("projects.csv"), line: 4, column: column,
            "unknown strategy `S9`: no such code in \(b.path("strategies.csv"))")
    }

    @Test func unknownProjectOfAnActivity() throws {
        var column = 0
        let b = try Broken("activities.csv") { column = Self.setCell(&$0, line: 2, field: 1, to: "P99") }
        #expect(column == 8)
        let found = b.diagnostics
        // P01 also loses an activity, so its budget no longer matches: both are reported.
        #expect(found.count == 2)
        Self.expectOnly(
            Array(found.prefix(1)), file: b.path("activities.csv"), line: 2, column: 8,
            "unknown project `P99`: no such code in \(b.path("projects.csv"))")
        #expect(found.last?.message == "the budget 180,000.00 is not the sum of the project's activities, 65,600.00")
        #expect(found.last?.line == 2 && found.last?.file == b.path("projects.csv"))
    }

    @Test func unknownActivityOfADisbursement() throws {
        let b = try Broken("disbursements.csv") { Self.setCell(&$0, line: 3, field: 1, to: "P01-A9") }
        Self.expectOnly(
            b.diagnostics, file: b.path("disbursements.csv"), line: 3, column: 5,
            "unknown activity `P01-A9`: no such code in \(b.path("activities.csv"))")
    }

    @Test func activityOfAnotherProject() throws {
        let b = try Broken("disbursements.csv") { Self.setCell(&$0, line: 3, field: 1, to: "P02-A1") }
        Self.expectOnly(
            b.diagnostics, file: b.path("disbursements.csv"), line: 3, column: 5,
            "the activity belongs to project `P02`, not this row's project")
    }

    @Test func unknownIndicatorOfAResult() throws {
        let b = try Broken("results.csv") { Self.setCell(&$0, line: 10, field: 0, to: "P77-K1") }
        Self.expectOnly(
            b.diagnostics, file: b.path("results.csv"), line: 10, column: 1,
            "unknown indicator `P77-K1`: no such code in \(b.path("indicators.csv"))")
    }

    @Test func duplicateCode() throws {
        let b = try Broken("strategies.csv") { $0.insert("S3,ยุทธศาสตร์ซ้ำ", at: 5) }
        Self.expectOnly(
            b.diagnostics, file: b.path("strategies.csv"), line: 6, column: 1,
            "duplicate code `S3` (first on line 4)")
    }

    @Test func quarterlyPlansNotAddingUpToTheBudget() throws {
        let b = try Broken("projects.csv") { Self.setCell(&$0, line: 3, field: 9, to: "50500.01") }
        let column = 1 + "P02,โครงการลูกเสือต้านภัยยาเสพติด,S1,กลุ่มส่งเสริมการจัดการศึกษา,strategic,".unicodeScalars.count
        Self.expectOnly(
            b.diagnostics, file: b.path("projects.csv"), line: 3, column: column,
            "plan_q1..plan_q4 add up to 250,000.01, not the budget 250,000.00")
    }

    @Test func projectBudgetNotTheSumOfItsActivities() throws {
        let b = try Broken("projects.csv") {
            Self.setCell(&$0, line: 2, field: 5, to: "190000.00")
            Self.setCell(&$0, line: 2, field: 9, to: "64300.00")
        }
        Self.expectOnly(
            b.diagnostics, file: b.path("projects.csv"), line: 2, column: 81,
            "the budget 190,000.00 is not the sum of the project's activities, 180,000.00")
    }

    @Test func amountNotAboveZero() throws {
        var column = 0
        let b = try Broken("disbursements.csv") { column = Self.setCell(&$0, line: 4, field: 3, to: "-20.00") }
        Self.expectOnly(
            b.diagnostics, file: b.path("disbursements.csv"), line: 4, column: column,
            "the amount -20.00 is not above zero")
    }

    @Test func unknownSourceAndKind() throws {
        let s = try Broken("projects.csv") { Self.setCell(&$0, line: 6, field: 4, to: "extra") }
        #expect(s.diagnostics.first?.message == "unknown source `extra` (expected one of: basic, strategic)")
        let k = try Broken("disbursements.csv") { Self.setCell(&$0, line: 2, field: 4, to: "paid") }
        Self.expectOnly(
            k.diagnostics, file: k.path("disbursements.csv"), line: 2, column: 32,
            "unknown kind `paid` (expected one of: disbursement, obligation)")
    }

    @Test func requiredCellEmpty() throws {
        let b = try Broken("indicators.csv") { Self.setCell(&$0, line: 3, field: 4, to: "") }
        let found = b.diagnostics
        #expect(found.count == 1 && found.first?.message == "`target` is required but empty")
        #expect(found.first?.line == 3)
    }

    @Test func resultQuarterOutOfRange() throws {
        let b = try Broken("results.csv") { Self.setCell(&$0, line: 4, field: 1, to: "5") }
        Self.expectOnly(
            b.diagnostics, file: b.path("results.csv"), line: 4, column: 8,
            "quarter 5 is not 1, 2, 3 or 4")
    }

    @Test func unclosedQuote() throws {
        let b = try Broken("activities.csv") { $0[3] = $0[3].replacingOccurrences(of: ",P02,", with: ",P02,\"") }
        let found = b.diagnostics
        #expect(found.count == 1)
        #expect(found.first?.message == "a quoted field is not closed")
        #expect(found.first?.line == 4 && found.first?.column == 12)
    }

    @Test func tooManyCells() throws {
        let b = try Broken("units.csv") { $0[2] += ",99" }
        let found = b.diagnostics
        #expect(found.map(\.message) == ["this row has 8 cells but the header has 7"])
        #expect(found.first?.line == 3)
    }

    @Test func missingRequiredFile() throws {
        let folder = try Support.copyOfExample()
        try FileManager.default.removeItem(atPath: folder + "/projects.csv")
        let found = Support.diagnostics(loading: folder)
        #expect(found.map(\.message) == ["missing required file \(folder)/projects.csv"])
    }

    @Test func badPlanHeader() throws {
        let b = try Broken("plan.json") { $0 = $0.map { $0.replacingOccurrences(of: "2561", with: "\"next year\"") } }
        let found = b.diagnostics
        #expect(found.map(\.message) == ["`fiscal_year` must be a year such as 2561"])
        #expect(found.first?.line == 3 && found.first?.column == 18)
    }

    @Test func aBadHeaderDoesNotHideProblemsInTheTables() throws {
        let b = try Broken("plan.json") { $0 = $0.filter { !$0.contains("fiscal_year") } }
        try Support.write(
            try Support.read(b.path("projects.csv")).replacingOccurrences(of: ",S1,", with: ",S0,"),
            to: b.path("projects.csv"))
        let found = Support.diagnostics(loading: b.folder).map(\.message)
        #expect(found.first == "missing required field `fiscal_year`")
        #expect(found.dropFirst().allSatisfy { $0.hasPrefix("unknown strategy `S0`") } && found.count == 5)
    }

    @Test func unreadablePathThrowsOneDiagnostic() {
        #expect(throws: Diagnostic.self) { try BundleLoader.load(path: "/nonexistent/bundle") }
    }

    @Test func manyProblemsAreAllReportedUpToFifty() throws {
        let b = try Broken("disbursements.csv") { lines in
            for line in 2...61 { Self.setCell(&lines, line: line, field: 2, to: "2099-01-01") }
        }
        do {
            _ = try BundleLoader.load(path: b.folder)
            Issue.record("loaded a broken bundle")
        } catch let d as Diagnostics {
            #expect(d.items.count == 50)
            #expect(d.more == 10)
            #expect(d.items.map(\.line) == Array(2...51))
        }
    }

    @Test func aFailedLoadLeavesTheCallersPlanUnchanged() throws {
        var plan = try BundleLoader.load(path: Support.example)
        let before = plan
        let b = try Broken("disbursements.csv") { Self.setCell(&$0, line: 2, field: 3, to: "abc") }
        do {
            plan = try BundleLoader.load(path: b.folder)
            Issue.record("loaded a broken bundle")
        } catch {
            #expect(error is Diagnostics)
        }
        Support.expectSame(plan, before)
    }
}
