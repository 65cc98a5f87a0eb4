import ArgumentParser
import Foundation
import LineEditing
import SystemCalls
import Workbench

/// The `phaen` command: picks the way in (shell, scripts, `-c`, stdin, `--check`, `--recover`) and hands
/// everything to one `Session`.
@main
struct Phaen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phaen",
        abstract: "Phaen (แผน): a workbench for a public-sector annual action plan.",
        discussion: """
            With no FILE and a terminal, opens the interactive shell. With FILEs, runs each script; with text on \
            standard input, runs it. Errors are written as FILE:LINE:COL: message; the exit status is 1 when a \
            statement failed.

            ไม่มี FILE และเป็นเทอร์มินัล: เปิดเชลล์ · มี FILE: รันสคริปต์ · ข้อผิดพลาดแสดงเป็น FILE:LINE:COL
            """,
        version: phaenVersion)

    @Argument(help: "Scripts to run (with --check: transcripts to check; with --recover: a session number).")
    var files: [String] = []

    @Option(name: .customShort("c"), help: ArgumentHelp("Run this text and exit.", valueName: "text"))
    var command: String?

    @Flag(help: "Go on after a failed statement instead of stopping at the first error.")
    var keepGoing = false

    @Flag(help: "Print each statement before its result, as psql -e does (also `set echo on`).")
    var echo = false

    @Flag(help: "Rerun transcripts and show a unified diff against their expected `--> ` lines.")
    var check = false

    @Flag(help: "Check transcripts as --check does, rewriting the expected lines with the actual output.")
    var update = false

    @Flag(help: "With --update: rewrite a transcript even where a statement that succeeded now fails.")
    var acceptFailures = false

    @Flag(
        help: """
            For a script from someone else: nothing is written (no file, no transcript update, no history, no \
            journal), no script runs another, and nothing is read outside --allow (judged after following symlinks).
            """)
    var safe = false

    @Option(help: ArgumentHelp("A folder --safe allows reading from (repeatable).", valueName: "folder"))
    var allow: [String] = []

    @Flag(
        help: """
            List earlier sessions' journals; with a number, restore that session's state by replaying its \
            statements (those that wrote files or ran scripts are listed, not run again).
            """)
    var recover = false

    @Flag(help: "With --recover N: run again the statements that wrote files or ran scripts, too.")
    var repeatEffects = false

    @Option(
        help: ArgumentHelp(
            "Load this plan bundle before anything else (Scripts/run uses the bundled example).", valueName: "bundle"))
    var plan: String?

    @Flag(help: "Do not run the startup file (~/.config/phaen/phaenrc).")
    var noRc = false

    /// `phaen -c TEXT` and nothing else runs without the argument parser, whose reflection (type lookups and
    /// conformance scans) costs a quarter of a trivial statement's start-up; everything else goes through it.
    static func main() {
        System.reportFileSizeLimitAsError()
        let arguments = CommandLine.arguments
        if arguments.count == 2 && arguments[1] == "--version" {
            print(PhaenHome.versionLine)
            return
        }
        if arguments.count == 3 && arguments[1] == "-c" && !arguments[2].hasPrefix("-") {
            let session = Modes.session(Session.Options(), journal: false)
            Foundation.exit(session.execute(arguments[2], file: "-c") == .failed ? 1 : 0)
        }
        main(nil)
    }

    mutating func run() throws {
        var options = Session.Options()
        options.safe = safe
        options.allow = allow
        options.keepGoing = keepGoing
        options.echo = echo
        Modes.initialPlan = plan
        let status: Int32
        if check || update {
            status = Modes.check(files, update: update, acceptFailures: acceptFailures, options: options)
        } else if recover {
            status = Modes.recover(files.first, repeatingEffects: repeatEffects, options: options)
        } else if let command {
            status = Modes.batch(options) { $0.execute(command, file: "-c") == .failed ? 1 : 0 }
        } else if !files.isEmpty {
            status = Modes.scripts(files, options: options)
        } else if isatty(0) != 0 && isatty(1) != 0 {
            status = Modes.interactive(options, startupFile: noRc ? nil : Modes.startupFile())
        } else {
            status = Modes.standardInput(options)
        }
        throw ExitCode(status)
    }
}
