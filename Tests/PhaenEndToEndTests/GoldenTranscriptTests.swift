import Foundation
import Testing

/// Every transcript in `Examples/` (the tutorial's lessons, the example scripts) and every golden transcript in
/// `Tests/Golden/` (each statement and function on the example plan) passes `phaen --check`, so neither the lessons
/// nor the recorded answers can drift from the program.
@Suite(.enabled(if: PhaenProcess.binary != nil, "build phaen first: swift build --product phaen"))
struct GoldenTranscriptTests {
    static let transcripts: [String] = {
        let root = PhaenProcess.root + "/Examples"
        let all = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return all.filter { $0.hasSuffix(".phaen") }.sorted()
    }()

    /// The golden transcripts: the `.phaen` files directly in `Tests/Golden/` (its `data/` holds their inputs).
    static let golden: [String] = {
        let folder = PhaenProcess.root + "/Tests/Golden"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".phaen") }.sorted()
    }()

    @Test func thereAreLessonsInBothLanguages() {
        #expect(Self.transcripts.filter { $0.hasPrefix("tutorial/en/") }.count >= 8)
        #expect(
            Self.transcripts.filter { $0.hasPrefix("tutorial/th/") }.count
                == Self.transcripts.filter { $0.hasPrefix("tutorial/en/") }.count)
    }

    @Test(arguments: transcripts)
    func transcriptPassesCheck(_ relative: String) throws {
        let r = try PhaenProcess.run(["--check", "Examples/" + relative])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.hasPrefix("ok "))
    }

    @Test func everyAreaHasAGoldenTranscript() {
        for area in [
            "statements", "steps", "functions", "errors", "relations", "formats", "reports-and-simulation",
            "thai-text",
        ] {
            #expect(Self.golden.contains(area + ".phaen"), "Tests/Golden/\(area).phaen is missing")
        }
    }

    @Test(arguments: golden)
    func goldenTranscriptPassesCheck(_ name: String) throws {
        let r = try PhaenProcess.run(["--check", "Tests/Golden/" + name])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.hasPrefix("ok "))
    }
}
