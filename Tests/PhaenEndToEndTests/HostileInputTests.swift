import Foundation
import TestSupport
import Testing

/// Files that are not what they seem and limits of the machine: each gets a clear error, never a hang, a
/// crash or a file left behind. docs/RELIABILITY.md lists them.
@Suite(.enabled(if: PhaenProcess.binary != nil, "build phaen first: swift build --product phaen"))
struct HostileInputTests {
    /// Runs `phaen ARGS` through `wrapper` (a shell line that ends by running `"$0" "$@"`) in `directory`.
    func run(_ wrapper: String, _ arguments: [String], in directory: String) throws -> ChildProcess.Result {
        var env = ProcessInfo.processInfo.environment
        env["XDG_STATE_HOME"] = directory + "/state"
        env["XDG_CONFIG_HOME"] = directory + "/config"
        return try ChildProcess.run(
            "/bin/bash", ["-c", wrapper, PhaenProcess.binary!] + arguments, environment: env, directory: directory)
    }

    /// A copy of the example bundle in a new folder.
    func bundleCopy() throws -> (folder: String, bundle: String) {
        let dir = try PhaenProcess.temporaryFolder()
        try FileManager.default.copyItem(atPath: PhaenProcess.example, toPath: dir + "/plan")
        return (dir, dir + "/plan")
    }

    @Test func loadingAFIFOFailsAtOnceInsteadOfWaitingForAWriter() throws {
        let dir = try PhaenProcess.temporaryFolder()
        #expect(mkfifo(dir + "/pipe.csv", 0o600) == 0)
        let r = try run("timeout 30 \"$0\" \"$@\"", ["-c", "load csv \"pipe.csv\" as t"], in: dir)
        #expect(r.status == 1, "status \(r.status) (124: it hung): \(r.stderr)")
        #expect(r.stderr.contains("pipe.csv: not a regular file"), "\(r.stderr)")
    }

    @Test func aFIFOAsAWorkbookAScriptOrATranscriptFailsAtOnce() throws {
        let dir = try PhaenProcess.temporaryFolder()
        #expect(mkfifo(dir + "/pipe.xlsx", 0o600) == 0)
        #expect(mkfifo(dir + "/pipe.phaen", 0o600) == 0)
        for arguments in [
            ["-c", "load xlsx \"pipe.xlsx\" as t"], ["-c", "load \"pipe.xlsx\""], ["pipe.phaen"],
            ["-c", "run \"pipe.phaen\""], ["--check", "pipe.phaen"],
        ] {
            let r = try run("timeout 30 \"$0\" \"$@\"", arguments, in: dir)
            #expect(r.status == 1, "\(arguments): status \(r.status) (124: it hung): \(r.stderr)")
            #expect(r.stderr.contains("not a regular file"), "\(arguments): \(r.stderr)")
        }
    }

    @Test func aFIFOOrDeviceInABundleIsNotARegularFileNotAMissingOne() throws {
        let (dir, bundle) = try bundleCopy()
        try FileManager.default.removeItem(atPath: bundle + "/strategies.csv")
        #expect(mkfifo(bundle + "/strategies.csv", 0o600) == 0)
        try FileManager.default.removeItem(atPath: bundle + "/units.csv")
        try FileManager.default.createSymbolicLink(atPath: bundle + "/units.csv", withDestinationPath: "/dev/zero")
        let r = try run("timeout 30 \"$0\" \"$@\"", ["-c", "load \"plan\""], in: dir)
        #expect(r.status == 1, "status \(r.status) (124: it hung): \(r.stderr)")
        #expect(r.stderr.contains("not a regular file"), "\(r.stderr)")
        #expect(!r.stderr.contains("missing required file"), "\(r.stderr)")
        #expect(!r.stderr.contains("Invalid argument"), "a stale errno: \(r.stderr)")
    }

    @Test func devZeroAsAJSONBundleIsNotARegularFile() throws {
        let dir = try PhaenProcess.temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: dir + "/zero.json", withDestinationPath: "/dev/zero")
        let r = try run("timeout 30 \"$0\" \"$@\"", ["-c", "load \"zero.json\""], in: dir)
        #expect(r.status == 1, "status \(r.status): \(r.stderr)")
        #expect(r.stderr.contains("not a regular file"), "\(r.stderr)")
        #expect(!r.stderr.contains("Invalid argument"), "a stale errno: \(r.stderr)")
    }

    @Test func anExportPastUlimitFIsAnErrorAndLeavesNoTemporaryFile() throws {
        let dir = try PhaenProcess.temporaryFolder()
        let text = "load \"\(PhaenProcess.example)\"\nprojects | export \"big.csv\""
        let r = try run("ulimit -f 1; exec \"$0\" \"$@\"", ["-c", text], in: dir)
        #expect(r.status == 1, "status \(r.status) (153: killed by SIGXFSZ): \(r.stderr)")
        #expect(r.stderr.contains("File too large"), "\(r.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).filter {
            !["state", "config"].contains($0)
        }
        #expect(left.isEmpty, "\(left)")
    }
}
