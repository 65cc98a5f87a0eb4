import Foundation
import Testing

/// `phaen --check` on a trainer's folder of lessons: a model answer that does not work is reported with the
/// lesson's file and line, even when the recorded output was updated to the error.
@Suite(.enabled(if: PhaenProcess.binary != nil, "build phaen first: swift build --product phaen"))
struct LessonCheckTests {
    @Test func aBrokenModelAnswerIsReportedWithFileAndLine() throws {
        let root = try PhaenProcess.temporaryFolder()
        let folder = root + "/our-lessons"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let good = """
            -- Our lesson: strategies
            load "\(PhaenProcess.example)"
            -- task: List the strategies.
            strategies

            """
        let broken = """
            -- Our lesson: a typo
            load "\(PhaenProcess.example)"
            -- task: Show each project's code and budget,
            -- the largest budget first.
            -- hint: sort budget desc
            projects | sort budget desc | select code, budgt

            """
        try good.write(toFile: folder + "/01-good.phaen", atomically: true, encoding: .utf8)
        try broken.write(toFile: folder + "/02-broken.phaen", atomically: true, encoding: .utf8)
        // The trainer records the outputs, accepting the failure: the broken answer's error is recorded like any
        // output, and the load's line moves the answer to line 7.
        let update = try PhaenProcess.run(
            ["--update", "--accept-failures", "our-lessons/01-good.phaen", "our-lessons/02-broken.phaen"],
            in: root)
        #expect(update.stdout.contains("updated our-lessons/02-broken.phaen"), "\(update.stdout)")

        let check = try PhaenProcess.run(
            ["--check", "our-lessons/01-good.phaen", "our-lessons/02-broken.phaen"], in: root)
        #expect(check.status == 1)
        #expect(
            check.stdout.hasPrefix("ok   our-lessons/01-good.phaen\nFAIL our-lessons/02-broken.phaen\n"),
            "\(check.stdout)")
        #expect(
            check.stdout.contains(
                "our-lessons/02-broken.phaen:7:44: error: the model answer does not work: no column `budgt` in `projects`"
            ))
    }
}
