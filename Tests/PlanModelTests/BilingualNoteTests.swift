import Testing

@testable import PlanModel

/// Hints are written once, English then Thai in brackets; in Thai the Thai alone is shown, and the user's own
/// text (the source line and its caret) never changes.
@Suite struct BilingualNoteTests {
    @Test func theThaiOfAHint() {
        #expect(BilingualNote.thai("did you mean `budget`? (หมายถึง `budget` หรือไม่)") == "หมายถึง `budget` หรือไม่")
        #expect(BilingualNote.thai("write `52%` (ให้เขียน `52%`)") == "ให้เขียน `52%`")
        #expect(BilingualNote.thai("e.g. `round(x, 2)` (เช่น `round(x, 2)`)") == "เช่น `round(x, 2)`")
        #expect(BilingualNote.thai("no Thai here (none)") == "no Thai here (none)")
        #expect(BilingualNote.thai("load it first") == "load it first")
    }

    @Test func theUsersTextStaysAsItIs() {
        let d = Diagnostic(
            line: 1, column: 18, message: "no column", thai: "ไม่มีคอลัมน์",
            notes: ["projects | where name in (\"ครู (ผู้ช่วย)\")", "                 ^", "hint (คำแนะนำ)"], quotedNotes: 2)
        #expect(
            d.formatted(thaiFirst: true)
                == "1:18: ข้อผิดพลาด: ไม่มีคอลัมน์\nprojects | where name in (\"ครู (ผู้ช่วย)\")\n                 ^\nคำแนะนำ")
        #expect(d.formatted().hasPrefix("1:18: error: no column\n"))
    }
}
