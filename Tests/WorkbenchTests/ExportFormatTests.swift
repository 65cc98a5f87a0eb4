import Foundation
import Testing

@testable import Workbench

/// `export` writes the format its file name asks for, and refuses one it cannot write.
@Suite struct ExportFormatTests {
    @Test func markdownIsWrittenAsMarkdownAndAnUnknownExtensionIsRefused() throws {
        let folder = NSTemporaryDirectory() + "phaen-export-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        #expect(h.run("strategies | take 1 | export \"\(folder)/s.md\"").0 == .succeeded)
        let written = try String(contentsOfFile: folder + "/s.md", encoding: .utf8)
        #expect(written == "| code | name |\n|---|---|\n| S1 | จัดการศึกษาเพื่อความมั่นคง |\n")

        #expect(h.run("strategies | export \"\(folder)/s.pdf\"").0 == .failed)
        #expect(h.errors.contains("a file's extension names its format: .csv, .json, .md, .html or .xlsx, not"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/s.pdf"))
    }
}

/// Exported CSV is for Excel: it starts with a BOM, as Excel's own "CSV UTF-8" does, so that Excel on a Thai
/// Windows shows the Thai; CSV shown on the screen has none.
@Suite struct ExportedCSVTests {
    @Test func anExportedCSVStartsWithABOMAndLoadsBackAsItWas() throws {
        let folder = NSTemporaryDirectory() + "phaen-export-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        #expect(h.run("strategies | take 1 | export \"\(folder)/s.csv\"").0 == .succeeded)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/s.csv")))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "code,name\nS1,จัดการศึกษาเพื่อความมั่นคง\n")
        #expect(h.run("load csv \"\(folder)/s.csv\" as s").0 == .succeeded)
        #expect(h.run("s | select code").1.hasPrefix("code"), "the BOM is not part of the first column's name")
        #expect(h.run("s").1 == h.run("strategies | take 1").1)
    }

    @Test func csvOnTheScreenHasNoBOM() {
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        h.run("set format csv")
        let text = h.run("strategies | take 1").1
        #expect(text.hasPrefix("code,name"))
        #expect(!text.unicodeScalars.contains("\u{FEFF}"))
    }
}
