import Testing

@testable import LineEditing

@Suite struct LineLayoutTests {
    /// Lays out and plays the output on a model screen.
    func screen(_ prompt: String, _ text: String, cursor: Int? = nil, width: Int) -> (TerminalScreen, LineLayout) {
        let scalars = Array(text.unicodeScalars)
        let layout = LineLayout(prompt: prompt, text: scalars, cursor: cursor ?? scalars.count, width: width)
        var screen = TerminalScreen(width: width)
        screen.play(layout.output)
        return (screen, layout)
    }

    @Test func thaiMarksTakeNoColumn() {
        let (screen, layout) = screen("> ", "ก่อสร้าง", width: 40)
        #expect(screen.lines == ["> ก่อสร้าง"])
        #expect(layout.cursorRow == 0)
        #expect(layout.cursorColumn == 8)
        #expect(screen.column == 8)
    }

    @Test func cursorInTheMiddleSitsAfterTheCluster() {
        let text = "ก่อสร้าง"
        let (screen, layout) = screen("> ", text, cursor: 2, width: 40)
        #expect(screen.lines == ["> ก่อสร้าง"])
        #expect(layout.cursorColumn == 3)
        #expect(screen.row == 0 && screen.column == 3)
    }

    @Test func wrapsByColumnsNotScalars() {
        // 12 columns: "> " and 10 Thai letters; the marks add scalars but no columns and stay with their letter.
        let text = String(repeating: "ก่อสร้าง", count: 3)
        let (screen, layout) = screen("> ", text, width: 12)
        #expect(screen.lines == ["> ก่อสร้างก่อสร้", "างก่อสร้าง"])
        #expect(layout.rows == 2)
        #expect(layout.cursorRow == 1 && layout.cursorColumn == 8)
        #expect(screen.row == 1 && screen.column == 8)
    }

    @Test func aRowFilledExactlyPutsTheCursorOnTheNextRow() {
        let (screen, layout) = screen("> ", "abcdefgh", width: 10)
        #expect(screen.lines == ["> abcdefgh", ""])
        #expect(layout.cursorRow == 1 && layout.cursorColumn == 0)
        #expect(screen.row == 1 && screen.column == 0)
    }

    @Test func aMarkAtTheRightMarginStaysWithItsLetter() {
        let (screen, _) = screen("> ", "abcdefgก่x", width: 10)
        #expect(screen.lines == ["> abcdefgก่", "x"])
    }

    @Test func wideCharactersDoNotStraddleTheMargin() {
        let (screen, _) = screen("> ", "abcdefg漢字", width: 10)
        #expect(screen.lines == ["> abcdefg", "漢字"])
    }

    @Test func cursorOnAnEarlierRowIsReachedByMovingUp() {
        let text = String(repeating: "ก่อสร้าง", count: 3)
        let (screen, layout) = screen("> ", text, cursor: 1, width: 12)
        #expect(layout.cursorRow == 0 && layout.cursorColumn == 3)
        #expect(screen.row == 0 && screen.column == 3)
    }

    @Test func newlinesInTheTextStartRows() {
        let (screen, layout) = screen("phaen> ", "projects |\nsort budget", width: 40)
        #expect(screen.lines == ["phaen> projects |", "sort budget"])
        #expect(layout.cursorRow == 1 && layout.cursorColumn == 11)
    }

    @Test func controlCharactersShowAsCaretLetters() {
        let (screen, _) = screen("> ", "a\u{1}b", width: 40)
        #expect(screen.lines == ["> a^Ab"])
    }

    @Test func redrawingOverALongerLineLeavesOnlyTheNewOne() {
        let long = Array(String(repeating: "ก่อสร้าง", count: 3).unicodeScalars)
        let first = LineLayout(prompt: "> ", text: long, cursor: 2, width: 12)
        let second = LineLayout(prompt: "> ", text: Array("ab".unicodeScalars), cursor: 2, width: 12)
        var screen = TerminalScreen(width: 12)
        screen.play(first.output)
        screen.play("\r" + String(repeating: "\u{1B}[1A", count: first.cursorRow) + "\u{1B}[J" + second.output)
        #expect(screen.lines == ["> ab"])
    }

    @Test func colourCodesInThePromptTakeNoColumn() {
        let prompt = "\u{1B}[1;32mphaen\u{1B}[0m> "
        let layout = LineLayout(prompt: prompt, text: Array("abc".unicodeScalars), cursor: 1, width: 40)
        #expect(layout.output.hasPrefix(prompt + "abc"))
        #expect(layout.cursorColumn == 8)
    }
}

@Suite struct LineLayoutResizeTests {
    func layout(_ text: String, cursor: Int? = nil, width: Int) -> LineLayout {
        let scalars = Array(text.unicodeScalars)
        return LineLayout(prompt: "> ", text: scalars, cursor: cursor ?? scalars.count, width: width)
    }

    @Test func rowsRecordTheColumnsTheyFill() {
        // "> " and 15 Thai letters (with their marks) on a 10-column terminal: 10, 7, and the cursor's row.
        let line = layout(String(repeating: "ก่อสร้าง", count: 2) + "กขค", width: 10)
        #expect(line.rowWidths == [10, 7])
        #expect(line.cursorRow == 1 && line.cursorColumn == 7)
    }

    @Test func shrinkingCountsEachRowAsTheTerminalRewrapsIt() {
        // Rows of 10 and 7 columns at width 4: rewrapped into 3 and 2 rows; the cursor, at column 7 of the
        // second, ends on that row's second part.
        let line = layout(String(repeating: "ก่อสร้าง", count: 2) + "กขค", width: 10)
        #expect(line.cursorRow(afterResizeTo: 4) == 3 + 1)
        #expect(line.cursorRow(afterResizeTo: 5) == 2 + 1)
        #expect(line.cursorRow(afterResizeTo: 9) == 2 + 0)
    }

    @Test func theCursorMidLineCountsOnlyTheRowsAboveIt() {
        // The cursor after "> abc" on the first row of two: nothing above it but its own row's first part.
        let line = layout("abcdefghijklmn", cursor: 3, width: 10)
        #expect(line.rowWidths == [10, 6])
        #expect(line.cursorRow == 0 && line.cursorColumn == 5)
        #expect(line.cursorRow(afterResizeTo: 4) == 1)
        #expect(line.cursorRow(afterResizeTo: 6) == 0)
    }

    @Test func growingOrKeepingTheWidthLeavesTheRowsAsTheyWere() {
        let line = layout(String(repeating: "abcdefgh", count: 4), width: 10)
        #expect(line.cursorRow == 3)
        #expect(line.cursorRow(afterResizeTo: 10) == 3)
        #expect(line.cursorRow(afterResizeTo: 200) == 3)
    }

    @Test func aRowFilledExactlyCountsItsEmptyCursorRow() {
        // "> abcdefgh" fills 10 columns; the cursor waits at the start of the next, empty, row.
        let line = layout("abcdefgh", width: 10)
        #expect(line.rowWidths == [10, 0])
        #expect(line.cursorRow(afterResizeTo: 5) == 2)
    }

    @Test func aResizeThatCrossedTheDrawingCountsTheRowsTheTerminalWrappedIt() {
        // "> a|bcdefghijklmnopqr" at 10 columns: rows of 10, 10 and 0, the cursor on the first. Taken at 5
        // columns, each full row became two, and the move up at the end counted rows of 10: the cursor is two
        // rows below the first, where a rewrap alone would have left it on the first.
        let line = layout("abcdefghijklmnopqr", cursor: 1, width: 10)
        #expect(line.rowWidths == [10, 10, 0])
        #expect(line.cursorRow(afterResizeTo: 5) == 0)
        #expect(line.cursorRow(afterResizeTo: 5, outputMayHaveCrossed: true) == 2)
        #expect(line.cursorRow(afterResizeTo: 20, outputMayHaveCrossed: true) == 0)
    }
}
