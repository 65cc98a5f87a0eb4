import Testing

@testable import LineEditing

@Suite struct CompletionListTests {
    @Test func commonPrefixOfTableNames() {
        #expect(CompletionList.commonPrefix(["projects", "progress"]) == "pro")
        #expect(CompletionList.commonPrefix(["projects"]) == "projects")
        #expect(CompletionList.commonPrefix(["units", "projects"]) == "")
        #expect(CompletionList.commonPrefix([]) == "")
    }

    @Test func commonPrefixNeverSplitsAThaiCharacter() {
        // ก่ and ก้ share the scalar ก but not a Character.
        #expect(CompletionList.commonPrefix(["ก่อสร้าง", "ก้าว"]) == "")
        #expect(CompletionList.commonPrefix(["โครงการ", "โครงสร้าง"]) == "โครง")
    }

    @Test func candidatesAreListedInColumnsThatFit() {
        let rows = CompletionList.rows(["projects", "strategies", "units", "activities"], width: 30)
        #expect(rows == ["projects    strategies", "units       activities"])
    }

    @Test func thaiCandidatesAreAlignedByDisplayWidth() {
        let rows = CompletionList.rows(["ก่อสร้าง", "abc", "xyz"], width: 20)
        #expect(rows == ["ก่อสร้าง  abc", "xyz"])
    }
}
