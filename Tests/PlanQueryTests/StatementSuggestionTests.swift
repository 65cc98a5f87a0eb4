import PlanModel
import Testing

@testable import PlanQuery

/// "Did you mean" for statement words, not only for names of tables and columns (the slip sources and the
/// nearest codes are in the golden transcripts).
@Suite struct StatementSuggestionTests {
    /// A grammar of a few statements, as the workbench registers them.
    static let grammar: Grammar = {
        var g = Grammar()
        for word in ["report", "simulate", "describe"] {
            g.rules[word] = Grammar.Rule(
                parse: { _ throws(QueryError) in throw QueryError(SourceRange(0, 0), "", thai: "") },
                complete: { _, _ in [] })
        }
        return g
    }()

    func parseError(_ text: String) -> QueryError? {
        do {
            _ = try Parser.parse(text, grammar: Self.grammar)
            return nil
        } catch {
            return error
        }
    }

    @Test func aMisspeltStatementWordNamesTheStatement() throws {
        for (typed, meant) in [
            ("reprot Q2", "report"), ("simulte from Q2", "simulate"), ("descibe projects", "describe"),
        ] {
            let e = try #require(parseError(typed), "\(typed)")
            #expect(e.message == "unknown statement `\(typed.split(separator: " ")[0])`")
            #expect(e.suggestion?.hasPrefix("did you mean `\(meant)`?") == true)
            #expect(e.range?.start == 0)
        }
    }

    @Test func aTableNameIsStillATableName() throws {
        // `repor` alone or before `|` is a pipeline over a table of that name, not a misspelt `report`.
        #expect(parseError("repor") == nil)
        #expect(parseError("repor | take 1") == nil)
        #expect(parseError("projects foo")?.message.contains("expected `|`") == true)
    }

    @Test func theNearestCandidatesComeNearestFirst() {
        #expect(Suggestion.nearest(to: "P1", in: ["P10", "P01", "S1", "P11", "X99"]) == ["P01", "P10", "P11"])
        #expect(Suggestion.nearest(to: "p01", in: ["P01", "P02"]).first == "P01")
        #expect(Suggestion.nearest(to: "zzzz", in: ["P01"]).isEmpty)
    }
}
