import Testing
import TextWidth

@Suite struct DisplayWidthTests {
    @Test func asciiTakesOneColumnEach() {
        #expect("budget".displayWidth == 6)
    }

    @Test func thaiMarksTakeNoColumn() {
        // ก + ไม้เอก: one column; น้ำ: น, ้ (0), ำ (1) = 2 columns though it is one Character.
        #expect("ก่".displayWidth == 1)
        #expect("น้ำ".displayWidth == 2)
        #expect("น้ำ".count == 1)
        #expect("กลยุทธ์".displayWidth == 5)
        #expect("สำนักงาน".displayWidth == 7)  // ส ำ น ั(0) ก ง า น
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect("日本".displayWidth == 4)
    }

    @Test func paddingUsesColumnsNotCharacters() {
        #expect("กลยุทธ์".padded(to: 7) == "กลยุทธ์  ")
        #expect("12".padded(to: 4, left: false) == "  12")
    }

    @Test func truncationKeepsWholeCharacters() {
        let t = "โครงการพัฒนา".truncated(toWidth: 5)
        #expect(t.displayWidth <= 5)
        #expect(t.hasSuffix("…"))
    }
}
