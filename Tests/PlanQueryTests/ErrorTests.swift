import PlanModel
import Testing

@testable import PlanQuery

/// Errors point at the text, say what was expected, and suggest the name meant — in English and Thai.
@Suite struct ErrorTests {
    /// The error of a statement (parse or run), with the underlined text.
    func failure(_ text: String) -> (QueryError, String)? {
        guard let e = TestPlan.error(text), let range = e.range else { return nil }
        let utf8 = Array(text.utf8)
        let a = max(0, min(range.start, utf8.count))
        let b = max(a, min(range.end, utf8.count))
        return (e, String(decoding: utf8[a..<b], as: UTF8.self))
    }

    @Test func misspeltColumnTableFunctionAndStep() throws {
        let (column, at) = try #require(failure("projects | where budgt > 100"))
        #expect(at == "budgt")
        #expect(column.message == "no column `budgt` in `projects`")
        #expect(column.suggestion?.hasPrefix("did you mean `budget`?") == true)
        #expect(column.thai?.contains("ไม่มีคอลัมน์") == true)

        let (table, tableAt) = try #require(failure("projets | take 1"))
        #expect(tableAt == "projets")
        #expect(table.suggestion?.contains("`projects`") == true)

        let (function, functionAt) = try #require(failure("projects | agg t = summ(budget)"))
        #expect(functionAt == "summ")
        #expect(function.suggestion?.contains("`sum`") == true)

        let (step, stepAt) = try #require(failure("projects | wher budget > 1"))
        #expect(stepAt == "wher")
        #expect(step.suggestion?.contains("`where`") == true)
        #expect(failure("projects | filter budget > 1")?.0.suggestion?.contains("`where`") == true)

        let (path, pathAt) = try #require(failure("disbursements | select project.strategy.nme"))
        #expect(pathAt == "project.strategy.nme")
        #expect(path.suggestion?.contains("`name`") == true)
    }

    @Test func whatWasExpected() throws {
        let (sort, at) = try #require(failure("projects | sort"))
        #expect(sort.message == "expected a column name after `sort`, found the end of the input")
        #expect(sort.thai == "ต้องมีชื่อคอลัมน์ หลัง `sort` แต่พบการจบข้อความ")
        #expect(at == "")
        #expect(failure("projects | take five")?.0.message.hasPrefix("expected a number of rows after `take`") == true)
        #expect(failure("projects | group strategy")?.0.message == "`group` must be followed by `| agg …`")
        #expect(failure("projects | chart bar budget by code | take 1")?.0.message == "`chart` must be the last step")
        #expect(failure("projects | where budget")?.0.message.contains("must be true or false") == true)
        #expect(failure("projects | where code = 1")?.0.message == "cannot compare text with a whole number")
        #expect(failure("projects | select x = name * 2")?.0.message.contains("cannot use `*`") == true)
        #expect(failure("projects | select x = budget * plan_q1")?.0.message == "cannot use `*` on money and money")
        #expect(failure("projects | select total = sum(budget)")?.0.message.contains("use it in `agg`") == true)
        #expect(
            failure("projects | group strategy | agg b = budget")?.0.message.contains("neither a group key") == true)
        #expect(failure("projects | select code, code")?.0.message.contains("used twice") == true)
        #expect(failure("disbursements | where date < \"31/03/2561\"")?.0.message.contains("is not a date") == true)
        #expect(failure("projects | join units")?.0.message == "no table `units`")
        #expect(failure("projects | where code = 'P01'")?.0.suggestion?.contains("double quotes") == true)
        #expect(failure("projects take 5")?.0.message.hasPrefix("expected `|` or the end of the statement") == true)
        #expect(failure("progress(5)")?.0.message.contains("quarter") == true)
        #expect(failure("nosuch(Q2)")?.0.message == "no table function `nosuch`")
        #expect(failure("projects | select x = round(budget, code)")?.0.message.contains("digits") == true)
    }

    @Test func overflowIsAnError() throws {
        let huge = TestPlan.table(
            "huge", [("m", .money)], [[.money(Money(satang: .max - 1))], [.money(Money(satang: 5))]])
        let catalog = TestCatalog(tables: ["huge": huge])
        #expect(TestPlan.error("huge | agg t = sum(m)", catalog)?.message == "the sum is too large to hold exactly")
        #expect(
            TestPlan.error("huge | select x = m * 3", catalog)?.message == "the result of this calculation is too large"
        )
        #expect(TestPlan.error("huge | select x = m + m", catalog) != nil)
        #expect(TestPlan.error("huge | select x = 9223372036854775807 + 1", catalog) != nil)
        #expect(TestPlan.error("huge | select x = abs(-9223372036854775807 - 1)", catalog) != nil)
    }

    @Test func diagnosticCaretUnderThaiText() throws {
        let text = "projects\n  | where ชื่อ contains \"อบรม\""
        let error = try #require(TestPlan.error(text))
        let d = error.diagnostic(in: text, file: "review.phaen", lineOffset: 10)
        #expect(d.line == 12)
        #expect(d.column == 11)
        #expect(d.file == "review.phaen")
        #expect(d.notes[0] == "  | where ชื่อ contains \"อบรม\"")
        // ชื่อ is 4 scalars but 2 columns wide: the caret is 2 wide, after 10 columns.
        #expect(d.notes[1] == "          ^^")
        #expect(d.formatted().hasPrefix("review.phaen:12:11: error: no column `ชื่อ` in `projects`"))
        let after = "projects | where name = \"อบรม\" and budgt > 1"
        let e2 = try #require(TestPlan.error(after))
        let d2 = e2.diagnostic(in: after, file: nil)
        #expect(d2.column == 36)
        #expect(d2.notes[1] == String(repeating: " ", count: 35) + "^^^^^")
        #expect(d2.notes.last?.hasPrefix("did you mean `budget`?") == true)
    }

    @Test func suggestionDistance() {
        #expect(Suggestion.closest(to: "budgt", in: ["budget", "code"]) == "budget")
        #expect(Suggestion.closest(to: "Budget", in: ["budget"]) == "budget")
        #expect(Suggestion.closest(to: "stratgey", in: ["strategy", "status"]) == "strategy")
        #expect(Suggestion.closest(to: "xyz", in: ["budget", "code"]) == nil)
    }
}

/// The caret of an error in a statement over several lines.
@Suite struct MultiLineCaretTests {
    @Test func theCaretLandsUnderTheTextOnTheLineOfTheError() throws {
        let text = "projects |\n\tselect code,\n\t  x = budgt"
        let e = try #require(TestPlan.error(text))
        let d = e.diagnostic(in: text, file: nil)
        #expect(d.line == 3)
        #expect(d.notes.prefix(2) == ["\t  x = budgt", "\t      ^^^^^"])
    }
}
