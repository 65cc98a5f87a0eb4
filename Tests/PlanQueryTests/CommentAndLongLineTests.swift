import PlanModel
import Testing

@testable import PlanQuery

/// Where a comment starts is a documented rule, never a guess; a long statement's error shows a window of it.
@Suite struct CommentAndLongLineTests {
    @Test func dashesBeforeAnythingButASpaceAreAnErrorNotAComment() throws {
        for text in ["select x = 5 ---1", "projects | take 1 --1", "projects | where budget > 1 --x"] {
            let error = try #require(throws: QueryError.self) { try Parser.parse(text) }
            #expect(error.message == "`--` starts a comment only when a space or the end of the line follows it")
            #expect(error.suggestion?.contains("- (-1)") == true)
        }
    }

    @Test func dashesBeforeASpaceOrTheEndOfTheLineAreAComment() throws {
        for text in [
            "projects | take 1 -- note", "projects | take 1 --- note", "---------\nprojects | take 1",
            "projects | take 1 --", "projects | take 1\n--> expected output",
        ] {
            let statements = try Parser.parse(text)
            #expect(statements.count == 1, "\(text)")
        }
    }

    @Test func anErrorInAMegabyteLineShowsAWindowAroundTheCaret() throws {
        let text = "projects | where " + String(repeating: "x + ", count: 250_000) + " )"
        let error = try #require(throws: QueryError.self) { try Parser.parse(text) }
        let d = error.diagnostic(in: text, file: "big.phaen")
        #expect(d.column == text.count)
        #expect(d.notes[0] == "…" + String(repeating: "x + ", count: 15).dropFirst(1) + " )")
        #expect(d.notes[1] == String(repeating: " ", count: 61) + "^")
        #expect(d.formatted().utf8.count < 500)
    }

    @Test func aShortLineIsShownWhole() throws {
        let error = try #require(throws: QueryError.self) { try Parser.parse("projects | take 1 )") }
        let d = error.diagnostic(in: "projects | take 1 )", file: nil)
        #expect(d.notes[0] == "projects | take 1 )")
        #expect(d.notes[1] == "                  ^")
    }
}
