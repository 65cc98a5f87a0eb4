import PlanModel
import PlanQuery
import Testing

@testable import Workbench

/// Every statement form reads as the session's grammar says, into the statement's own type.
@Suite struct StatementParsingTests {
    func one<S: SessionStatement>(_ text: String, as: S.Type) throws -> S {
        let parsed = try Parser.parse(text, grammar: StatementRegistry.grammar)
        try #require(parsed.count == 1)
        return try #require(StatementRegistry.sessionStatement(parsed[0].statement) as? S, "\(text)")
    }

    @Test func everyStatementForm() throws {
        let bundle = try one("load \"Examples/mahasarakham3-fy2561\"", as: Load.self)
        #expect(bundle.path == "Examples/mahasarakham3-fy2561")
        guard case .bundle = bundle.target else { throw Failure("not a bundle") }
        let csv = try one("LOAD CSV \"a b.csv\" AS items", as: Load.self)
        guard case .table("csv", "items", _) = csv.target, csv.path == "a b.csv" else { throw Failure("csv") }
        guard case .table("json", "j", _) = try one("load json \"x.json\" as j", as: Load.self).target else {
            throw Failure("json")
        }
        _ = try one("tables", as: Tables.self)
        guard case .table("projects", _) = try one("describe projects", as: Describe.self).pipeline.source else {
            throw Failure("describe a table")
        }
        let made = try one("describe progress(Q2) | where gap_pct < 0", as: Describe.self).pipeline
        guard case .function("progress", _, _) = made.source, made.steps.count == 1 else {
            throw Failure("describe a pipeline")
        }
        let bare = try one("set", as: SetOption.self)
        #expect(bare.option == nil && bare.value == nil)
        let format = try one("set format markdown", as: SetOption.self)
        #expect(format.option == "format" && format.value == "markdown")
        #expect(try one("set rows 50", as: SetOption.self).value == "50")
        #expect(try one("help", as: HelpStatement.self).topic == nil)
        #expect(try one("help WHERE", as: HelpStatement.self).topic == "where")
        #expect(try one("help end_of", as: HelpStatement.self).topic == "end_of")
        #expect(try one("save session \"review.phaen\"", as: SaveSession.self).path == "review.phaen")
        #expect(try one("run \"review.phaen\"", as: Run.self).path == "review.phaen")
        #expect(try one("report Q2", as: ReportStatement.self).quarter == 2)
        let toFile = try one("report Q4 to \"year.xlsx\"", as: ReportStatement.self)
        #expect(toFile.quarter == 4 && toFile.path == "year.xlsx" && toFile.effects == [.writes("year.xlsx")])
        let note = try one("note P07 Q2 ปัญหา \"ส่งมอบล่าช้า\"", as: Note.self)
        #expect(note.project == "P07" && note.quarter == 2 && note.field == .problems && note.text == "ส่งมอบล่าช้า")
        #expect(try one("note \"P07\" Q3 suggestions \"x\"", as: Note.self).field == .suggestions)
        #expect(throws: QueryError.self) {
            try Parser.parse("note P07 Q2 remarks \"x\"", grammar: StatementRegistry.grammar)
        }
        _ = try one("history", as: History.self)
        #expect(try one("tutorial", as: TutorialStatement.self).lesson == nil)
        #expect(try one("tutorial 3", as: TutorialStatement.self).lesson == 3)
        _ = try one("quit", as: Quit.self)
        _ = try one("Exit", as: Quit.self)
        let behind = try one("let behind = progress(Q2) | where disbursed_pct < target_pct", as: Let.self)
        #expect(behind.name == "behind" && behind.pipeline.steps.count == 1)
        guard case .function("progress", let args, _) = behind.pipeline.source, args.count == 1 else {
            throw Failure("progress(Q2)")
        }
    }

    @Test func simulateOptions() throws {
        let s = try one("simulate from Q2 runs 1000 seed 7 slip basic 0.1 strategic 30%", as: Simulate.self)
        let o = s.options
        #expect(o.fromQuarter == 2 && o.runs == 1000 && o.seed == 7)
        // Slip names are kept as written and resolved against the plan when the simulation runs.
        #expect(s.slip.map(\.name) == ["basic", "strategic"] && s.slip.map(\.probability) == [0.1, 0.3])
        let d = try one("simulate from Q3 slip กลยุทธ์ 0.5", as: Simulate.self)
        #expect(d.options.runs == 1000 && d.options.seed == 1 && d.slip.map(\.name) == ["กลยุทธ์"])
    }

    @Test func allocate() throws {
        let text =
            "allocate 5,000,000 over units by students 40%, teachers 20%, schools 20%, distance_km 10%, passed_external 10%"
        let a = try one(text, as: Allocate.self)
        #expect(a.amount == Money(baht: 5_000_000) && a.table == "units")
        #expect(a.weights.map(\.column) == ["students", "teachers", "schools", "distance_km", "passed_external"])
        #expect(a.weights.map(\.percent) == [40, 20, 20, 10, 10])
        let e = #expect(throws: QueryError.self) {
            try Parser.parse(
                "allocate 100 over units by students 40%, teachers 20%", grammar: StatementRegistry.grammar)
        }
        #expect(e?.message.contains("60%") == true)
    }

    @Test func aNewTableCannotTakeAStatementWord() {
        let grammar = StatementRegistry.grammar
        #expect(throws: QueryError.self) { try Parser.parse("let tables = projects", grammar: grammar) }
        #expect(throws: QueryError.self) { try Parser.parse("load csv \"r.csv\" as report", grammar: grammar) }
        #expect(throws: Never.self) {
            try Parser.parse("let `tables2` = projects; load csv \"r.csv\" as reports", grammar: grammar)
        }
    }

    @Test func scriptsSplitOnNewlinesAndSemicolons() throws {
        let script = """
            -- a review
            tables
            --> strategies  3
            projects
              | take 1; describe projects

            help
            """
        let parsed = try Parser.parse(script, grammar: StatementRegistry.grammar)
        #expect(parsed.count == 4)
        let text = Array(script.utf8)
        let second = String(decoding: text[parsed[1].range.start..<parsed[1].range.end], as: UTF8.self)
        #expect(second == "projects\n  | take 1")
    }

    /// A comment between a pipeline's lines moves no statement boundary, whichever way the text is read.
    @Test func aCommentInsideAPipelineKeepsItWhole() throws {
        let script = "projects | where budget > 700000\n-- keep the big ones\n| agg n = count()\n"
        #expect(StatementSplitter.split(script).count == 1)
        #expect(Transcript(text: script).chunks.count == 1)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }
}
