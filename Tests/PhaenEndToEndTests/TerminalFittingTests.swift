import CLibThai
import Foundation
import Testing
import TextWidth

/// Results fitted to the terminal in the real shell, at 80×24 and 120×40: no line wider than the terminal, no
/// number split, Thai wrapped between the words libthai finds, and the pager for what is taller than the screen.
@Suite(.enabled(if: TerminalHarness.isAvailable, "needs tmux and a built phaen"))
struct TerminalFittingTests {
    static let sizes = [(columns: 80, rows: 24), (columns: 120, rows: 40)]

    /// Types a statement and waits until the shell is back at its prompt, the statement's output above it.
    static func run(_ statement: String, in terminal: TerminalHarness) {
        terminal.type(statement)
        terminal.press("Enter")
        _ = terminal.waitFor { rows in
            let lines = rows.filter { !$0.isEmpty }
            guard let last = lines.last, last.hasPrefix("phaen") && last.hasSuffix(">") else { return false }
            return lines.dropLast().contains { $0.hasSuffix("> " + statement) } || lines.count >= rows.count - 1
        }
        _ = terminal.waitForQuiet()
    }

    /// The numbers (`1,234.56`, `52.00`, `-19.59`) in `text`, each whole.
    static func numbers(_ text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "-?[0-9][0-9,]*\\.[0-9]+")
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    @Test(arguments: ["report Q2", "progress(Q2)", "help"])
    func nothingIsWiderThanTheTerminalNorANumberSplit(statement: String) throws {
        let full = try PhaenProcess.run(["--plan", TerminalHarness.example, "-c", statement])
        #expect(full.status == 0)
        #expect(full.stdout.split(separator: "\n").contains { $0.displayWidth > 120 } || statement == "help")
        let wholeNumbers = Set(Self.numbers(full.stdout))
        for size in Self.sizes {
            let terminal = TerminalHarness()
            terminal.start(["--plan", TerminalHarness.example], columns: size.columns, rows: size.rows)
            _ = try #require(terminal.waitForPrompt())
            Self.run(statement, in: terminal)
            let lines = terminal.scrollback()
            let shown = try #require(lines.firstIndex { $0.hasSuffix("> " + statement) })
            let output = lines[(shown + 1)...].filter { !$0.hasPrefix("phaen") }
            #expect(output.count > 10, "\(size): \(lines)")
            for line in output {
                #expect(line.displayWidth <= size.columns, "\(size): wider than the terminal: \(line)")
                for number in Self.numbers(line) {
                    let isWhole = wholeNumbers.contains(number)
                    #expect(isWhole, "\(size): \(number) is not a whole number of the result: \(line)")
                }
            }
        }
    }

    @Test func aWideTableLeavesOutColumnsWithANoteOrShowsRecords() throws {
        let terminal = TerminalHarness()
        terminal.start(["--plan", TerminalHarness.example], columns: 80, rows: 24)
        _ = try #require(terminal.waitForPrompt())
        Self.run("progress(Q2) | take 3", in: terminal)
        var lines = terminal.scrollback()
        #expect(lines.contains { $0.hasPrefix("─[ 1 ]") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("disbursed_pct") && $0.contains(" │ ") }, "\(lines)")
        Self.run("set wide cut", in: terminal)
        Self.run("progress(Q2) | take 3", in: terminal)
        lines = terminal.scrollback()
        #expect(lines.contains { $0.hasPrefix("… ") && $0.contains("more columns (set wide expanded)") }, "\(lines)")
        Self.run("set wide wrap", in: terminal)
        Self.run("strategies", in: terminal)
        lines = terminal.scrollback()
        #expect(lines.allSatisfy { $0.displayWidth <= 80 }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("S2") && !$0.hasSuffix("…") }, "\(lines)")
    }

    @Test func thePagerOpensOnALongResultAndQReturnsToThePrompt() throws {
        let terminal = TerminalHarness()
        terminal.start(["--plan", TerminalHarness.example], columns: 80, rows: 24, pager: nil)
        _ = try #require(terminal.waitForPrompt())
        terminal.type("progress(Q2)")
        terminal.press("Enter")
        let paging = terminal.waitFor { rows in rows.last { !$0.isEmpty } == ":" }
        #expect(paging.satisfied, "\(paging.screen)")
        #expect(!paging.screen.contains { $0.hasPrefix("P31") })
        terminal.press("q")
        let back = terminal.waitFor { rows in rows.last { !$0.isEmpty } == "phaen[2561]>" }
        #expect(back.satisfied, "\(back.screen)")

        Self.run("set pager off", in: terminal)
        Self.run("progress(Q2)", in: terminal)
        let lines = terminal.scrollback()
        #expect(lines.contains { $0.hasPrefix("P01") } && lines.contains { $0.hasPrefix("P31") }, "\(lines)")
        #expect(terminal.screen().last { !$0.isEmpty } == "phaen[2561]>")
    }

    @Test func lastShowsTheWholeResultThroughThePager() throws {
        let terminal = TerminalHarness()
        terminal.start(["--plan", TerminalHarness.example], columns: 80, rows: 24, pager: nil)
        _ = try #require(terminal.waitForPrompt())
        Self.run("set rows 3", in: terminal)
        Self.run("set wide cut", in: terminal)
        Self.run("progress(Q2)", in: terminal)
        #expect(terminal.screen().contains("… 28 more rows"))
        terminal.type("last")
        terminal.press("Enter")
        let paging = terminal.waitFor { rows in rows.last { !$0.isEmpty } == ":" }
        #expect(paging.satisfied, "\(paging.screen)")
        // Every column, at full width: the pager cuts the long lines at the screen's edge.
        #expect(paging.screen.contains { $0.hasPrefix("code  name") && $0.displayWidth >= 79 }, "\(paging.screen)")
        terminal.press("q")
        #expect(terminal.waitFor { rows in rows.last { !$0.isEmpty } == "phaen[2561]>" }.satisfied)
    }

    @Test func aPipeGetsEveryRowAndColumnAtFullWidth() throws {
        let piped = try PhaenProcess.run(["--plan", TerminalHarness.example], input: "progress(Q2)\n")
        #expect(piped.status == 0)
        let lines = piped.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("P31") })
        #expect(lines.contains { $0.hasPrefix("code  name") && $0.hasSuffix("tcpi  needed_by_next_quarter") })
    }

    /// Where libthai breaks a run of Thai text, asked of libthai directly.
    static func libthaiBreaks(_ run: [Unicode.Scalar]) -> Set<Int> {
        let brk = th_brk_new(nil)
        defer { th_brk_delete(brk) }
        var wide = run.map { wchar_t(bitPattern: $0.value) } + [0]
        var positions = [Int32](repeating: 0, count: wide.count)
        let n = th_brk_wc_find_breaks(brk, &wide, &positions, positions.count)
        return Set(positions.prefix(Int(n)).map(Int.init))
    }

    static func isThai(_ s: Unicode.Scalar) -> Bool { (0x0E01...0x0E4E).contains(s.value) }

    @Test func thaiHelpWrapsBetweenWords() throws {
        let full = try PhaenProcess.run(["-c", "set lang th\nhelp"])
        let unwrapped = full.stdout.split(separator: "\n").map { Array($0.unicodeScalars) }
        let terminal = TerminalHarness()
        terminal.start([], columns: 80, rows: 24)
        _ = try #require(terminal.waitForPrompt())
        Self.run("set lang th", in: terminal)
        Self.run("help", in: terminal)
        let rows = terminal.scrollback()
        let first = try #require(rows.firstIndex { $0.hasSuffix("> help") })
        var thaiBreaks = 0
        var index = first + 1
        while index < rows.count - 1 {
            defer { index += 1 }
            guard rows[index + 1].hasPrefix("      "), !rows[index].hasPrefix("      ") else { continue }
            let head = Array(rows[index].unicodeScalars)
            let line = try #require(unwrapped.first { $0.starts(with: head) }, "no line of help starts \(rows[index])")
            var consumed = head.count
            var next = index + 1
            while next < rows.count && rows[next].hasPrefix("      ") {
                let content = Array(rows[next].drop { $0 == " " }.unicodeScalars)
                var at = consumed
                while at < line.count && line[at] == " " { at += 1 }
                #expect(Array(line[at...]).starts(with: content), "\(rows[next]) does not continue \(rows[index])")
                if at == consumed {
                    #expect(at > 0 && Self.isThai(line[at - 1]) && Self.isThai(line[at]), "cut mid-word: \(rows[next])")
                    var start = at
                    while start > 0 && Self.isThai(line[start - 1]) { start -= 1 }
                    var end = at
                    while end < line.count && Self.isThai(line[end]) { end += 1 }
                    let breaks = Self.libthaiBreaks(Array(line[start..<end]))
                    #expect(breaks.contains(at - start), "not a libthai word break: …\(rows[index]) / \(rows[next])")
                    thaiBreaks += 1
                }
                consumed = at + content.count
                next += 1
            }
        }
        #expect(thaiBreaks >= 3, "\(rows)")
    }

    @Test func thePromptIsShortOnANarrowTerminalAndSetPromptChoosesIt() throws {
        let terminal = TerminalHarness()
        terminal.start(["--plan", TerminalHarness.example], columns: 80, rows: 24)
        #expect(try #require(terminal.waitForPrompt()) == "phaen[2561]>")
        Self.run("set prompt long", in: terminal)
        #expect(terminal.screen().last { !$0.isEmpty } == "phaen[สพป.มหาสารคาม เขต 3 2561]>")
        let wide = TerminalHarness()
        wide.start(["--plan", TerminalHarness.example], columns: 120, rows: 40)
        #expect(try #require(wide.waitForPrompt()) == "phaen[สพป.มหาสารคาม เขต 3 2561]>")
    }

    @Test func setColourOffStopsRedErrors() throws {
        let terminal = TerminalHarness()
        terminal.start([], columns: 80, rows: 24)
        _ = try #require(terminal.waitForPrompt())
        Self.run("nosuchtable", in: terminal)
        #expect(terminal.colouredScreen().contains("\u{1B}[31m"))
        terminal.press("C-l")
        Self.run("set colour off", in: terminal)
        Self.run("nosuchtable2", in: terminal)
        let screen = terminal.colouredScreen()
        let error = try #require(
            screen.components(separatedBy: "\n").first { $0.contains("nosuchtable2") && $0.contains("error") })
        #expect(!error.contains("\u{1B}["), "\(error.debugDescription)")
    }
}
