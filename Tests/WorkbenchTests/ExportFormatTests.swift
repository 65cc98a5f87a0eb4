import Foundation
import Testing
@testable import Workbench

/// `export` writes the format its file name asks for, and refuses one it cannot write.
@Suite struct ExportFormatTests {
    @Test func markdownIsWrittenAsMarkdownAndAnExcelNameIsRefused() throws {
        let folder = NSTemporaryDirectory() + "phaen-export-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let h = SessionHarness()
        h.run("load \"\(SessionHarness.example)\"")
        #expect(h.run("strategies | take 1 | export \"\(folder)/s.md\"").0 == .succeeded)
        let written = try String(contentsOfFile: folder + "/s.md", encoding: .utf8)
        #expect(written == "| code | name |\n|---|---|\n| S1 | จัดการศึกษาเพื่อความมั่นคง |\n")

        #expect(h.run("strategies | export \"\(folder)/s.xlsx\"").0 == .failed)
        #expect(h.errors.contains("export writes .csv, .json or .md files"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/s.xlsx"))
    }
}
