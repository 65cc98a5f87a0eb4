import CLibThai
import LineBreaking
import Testing
import TextWidth

@Suite struct LineWrappingTests {
    /// Where libthai itself breaks `text`: scalar offsets, asked of libthai directly, not through Phaen.
    static func libthaiBreaks(_ text: String) -> Set<Int> {
        let brk = th_brk_new(nil)
        defer { th_brk_delete(brk) }
        var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
        var positions = [Int32](repeating: 0, count: wide.count)
        let n = th_brk_wc_find_breaks(brk, &wide, &positions, positions.count)
        return Set(positions.prefix(Int(n)).map(Int.init))
    }

    /// The scalar offsets in `text` at which `lines` (its wrapping, spaces dropped at the breaks) start.
    static func lineStarts(_ lines: [String], in text: String) -> [Int] {
        let scalars = Array(text.unicodeScalars)
        var starts: [Int] = []
        var at = 0
        for line in lines {
            let content = Array(line.drop { $0 == " " }.unicodeScalars)
            while at < scalars.count && scalars[at] == " " && content.first != " " { at += 1 }
            starts.append(at)
            at += content.count
        }
        return starts
    }

    let thai =
        "สำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคามเขตสามจัดทำแผนปฏิบัติราชการประจำปีงบประมาณเพื่อพัฒนาคุณภาพการศึกษา"

    @Test func thaiBreaksOnlyWhereLibthaiFindsAWordBoundary() {
        for width in [12, 20, 31, 40] {
            let lines = LineWrapping.wrap(line: thai, width: width)
            #expect(lines.count > 1)
            #expect(lines.allSatisfy { $0.displayWidth <= width }, "\(lines)")
            #expect(lines.joined() == thai)
            let breaks = Self.libthaiBreaks(thai)
            for start in Self.lineStarts(lines, in: thai).dropFirst() {
                #expect(
                    breaks.contains(start), "width \(width): line starts at \(start), not a libthai break: \(lines)")
            }
        }
    }

    @Test func officeNameIsNeverCutMidWord() {
        let lines = LineWrapping.wrap(line: "ข้อมูลของสำนักงานเขตพื้นที่", width: 14)
        #expect(!lines.contains { $0.hasSuffix("สำ") }, "\(lines)")
        #expect(lines.contains { $0.contains("สำนักงาน") }, "\(lines)")
    }

    @Test func englishBreaksAtSpacesAndDropsThem() {
        let lines = LineWrapping.wrap(line: "Keeps the rows where the condition holds for every project", width: 20)
        #expect(lines == ["Keeps the rows where", "the condition holds", "for every project"])
    }

    @Test func aNumberIsNeverSplit() {
        let lines = LineWrapping.wrap(line: "disbursed 1,234,567.89 baht of 58,785.65", width: 14)
        #expect(lines == ["disbursed", "1,234,567.89", "baht of", "58,785.65"])
        #expect(LineWrapping.wrap(line: "1,234,567,890.00", width: 6) == ["1,234,567,890.00"])
    }

    @Test func continuedLinesKeepTheLinesIndent() {
        let lines = LineWrapping.wrap(line: "    where keeps the rows that match", width: 18)
        #expect(lines == ["    where keeps", "    the rows that", "    match"])
        #expect(
            LineWrapping.wrap(line: "key  one two three", width: 10, indent: 5) == [
                "key  one", "     two", "     three",
            ])
    }

    @Test func mixedThaiAndEnglishWrapsAtBoth() {
        let text = "ใช้คำสั่ง where เพื่อเลือกโครงการที่ต้องการ"
        let lines = LineWrapping.wrap(line: text, width: 16)
        #expect(lines.allSatisfy { $0.displayWidth <= 16 }, "\(lines)")
        #expect(lines.contains { $0.contains("where") })
        #expect(
            lines.joined(separator: " ").replacingOccurrences(of: " ", with: "")
                == text.replacingOccurrences(of: " ", with: ""))
    }

    @Test func aWordWiderThanTheLineIsCutBetweenCharacters() {
        let lines = LineWrapping.wrap(line: "abcdefghijkl", width: 5)
        #expect(lines == ["abcde", "fghij", "kl"])
    }

    @Test func shortLinesAreLeftAlone() {
        #expect(LineWrapping.wrap("a  b\n\nสวัสดี  ", width: 80) == "a  b\n\nสวัสดี  ")
    }
}
