import Foundation
import PlanData
import PlanModel
import Testing

/// TIS-620 / Windows-874 files are detected and decoded to the same text as their UTF-8 originals.
@Suite struct EncodingTests {
    @Test func windows874BytesDecode() throws {
        // "ก" "า" then the Windows-874 extras € … ‘ ’ “ ” • – —
        let bytes: [UInt8] =
            Array("name\n".utf8) + [0xA1, 0xD2, 0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x0A]
        let path = try Support.temporaryFolder() + "/cp874.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let t = try TableLoader.loadCSV(path: path, name: "t")
        #expect(t.column("name")?[0] == .text("กา€…‘’“”•–—"))
    }

    @Test func aWindows874CopyOfTheExampleLoadsToTheSameModel() throws {
        guard let python = Support.tool("python3") else {
            print("skipped: python3 is not installed")
            return
        }
        let folder = try Support.copyOfExample()
        let script = """
            import glob, sys
            for p in glob.glob(sys.argv[1] + '/*.csv'):
                text = open(p, encoding='utf-8').read()
                open(p, 'w', encoding='cp874', newline='').write(text)
            """
        try Support.run(python, ["-c", script, folder])
        let projects = try Data(contentsOf: URL(fileURLWithPath: folder + "/projects.csv"))
        #expect(String(data: projects, encoding: .utf8) == nil, "the copy is no longer UTF-8")
        let original = try BundleLoader.load(path: Support.example)
        let converted = try BundleLoader.load(path: folder)
        Support.expectSame(converted, original)
        #expect(converted.source?.sha256 != original.source?.sha256)
    }
}
