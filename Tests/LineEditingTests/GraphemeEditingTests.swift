import Testing

@testable import LineEditing

@Suite struct GraphemeEditingTests {
    // ก่อสร้าง: ก่ | อ | ส | ร้ | า | ง — 8 scalars, 6 characters.
    let word = GraphemeEditing("ก่อสร้าง")

    @Test func boundariesAreCharacterStarts() {
        #expect(word.boundaries == [0, 2, 3, 4, 6, 7, 8])
    }

    @Test func leftAndRightMoveOverWholeCharacters() {
        #expect(word.left(of: 8) == 7)
        #expect(word.left(of: 6) == 4)
        #expect(word.left(of: 2) == 0)
        #expect(word.left(of: 0) == 0)
        #expect(word.right(of: 0) == 2)
        #expect(word.right(of: 4) == 6)
        #expect(word.right(of: 8) == 8)
    }

    @Test func aCursorInsideACharacterSnapsToItsEnd() {
        #expect(word.snapped(1) == 2)
        #expect(word.snapped(5) == 6)
        #expect(word.snapped(4) == 4)
    }

    @Test func backspaceRemovesTheToneMarkFirst() {
        #expect(word.backspaceCount(at: 6) == 1)  // ร้ → ร
        #expect(word.backspaceCount(at: 2) == 1)  // ก่ → ก
        #expect(word.backspaceCount(at: 8) == 1)  // ง
        #expect(word.backspaceCount(at: 0) == 0)
    }

    @Test func backspaceRemovesSaraAmAndVowelsBelow() {
        let text = GraphemeEditing("กำสุ")
        #expect(text.backspaceCount(at: 2) == 1)  // ำ
        #expect(text.backspaceCount(at: 4) == 1)  // ุ
    }

    @Test func backspaceRemovesAnEmojiSequenceWhole() {
        let family = "👨‍👩‍👧"
        let text = GraphemeEditing("a" + family)
        #expect(text.backspaceCount(at: 1 + family.unicodeScalars.count) == family.unicodeScalars.count)
    }

    @Test func deleteRemovesTheWholeCharacterAfterTheCursor() {
        #expect(word.deleteCount(at: 0) == 2)
        #expect(word.deleteCount(at: 4) == 2)
        #expect(word.deleteCount(at: 8) == 0)
    }
}
