import Foundation
import Testing

/// Every transcript in `Examples/` (the tutorial's lessons, the example scripts) passes `phaen --check`, so the
/// lessons can never drift from the program.
@Suite(.enabled(if: PhaenProcess.binary != nil, "build phaen first: swift build --product phaen"))
struct GoldenTranscriptTests {
    static let transcripts: [String] = {
        let root = PhaenProcess.root + "/Examples"
        let all = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return all.filter { $0.hasSuffix(".phaen") }.sorted()
    }()

    @Test func thereAreLessonsInBothLanguages() {
        #expect(Self.transcripts.filter { $0.hasPrefix("tutorial/en/") }.count >= 7)
        #expect(Self.transcripts.filter { $0.hasPrefix("tutorial/th/") }.count
            == Self.transcripts.filter { $0.hasPrefix("tutorial/en/") }.count)
    }

    @Test(arguments: transcripts)
    func transcriptPassesCheck(_ relative: String) throws {
        let r = try PhaenProcess.run(["--check", "Examples/" + relative])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.hasPrefix("ok "))
    }
}
