import Foundation
import Testing

@testable import Workbench

/// The atomic writer touches no file but its target: its temporary file cannot be guessed or planted, and the
/// ones a killed process left behind are cleaned up.
@Suite struct AtomicFileTests {
    func folder() throws -> String {
        let path = NSTemporaryDirectory() + "phaen-atomic-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    /// The process id of a program that has run and ended (reaped), so no process has it now.
    func deadProcessID() throws -> Int32 {
        var pid: pid_t = 0
        var argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
        defer { free(argv[0]) }
        #expect(posix_spawn(&pid, "/bin/true", nil, nil, &argv, nil) == 0)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return pid
    }

    @Test func aSymlinkPlantedWhereTheTemporaryFileWasExpectedIsNotFollowed() throws {
        let dir = try folder()
        let victim = dir + "/victim.txt"
        try "the user's own file\n".write(toFile: victim, atomically: false, encoding: .utf8)
        // The name the writer used to take (`.NAME.PID.tmp`), and the same with any suffix a guess might try.
        for name in [".out.csv.\(getpid()).tmp", ".out.csv.tmp"] {
            try FileManager.default.createSymbolicLink(atPath: dir + "/" + name, withDestinationPath: victim)
        }
        try AtomicFile.write("a,b\n1,2\n", to: dir + "/out.csv")
        #expect(try read(victim) == "the user's own file\n")
        #expect(try read(dir + "/out.csv") == "a,b\n1,2\n")
    }

    @Test func staleTemporaryFilesOfDeadProcessesAreRemovedAndLiveOnesKept() throws {
        let dir = try folder()
        let dead = try deadProcessID()
        let stale = [".out.csv.\(dead).tmp", ".out.csv.\(dead).k3j2h1.tmp"]
        let live = ".out.csv.\(getppid()).abc.tmp"
        for name in stale + [live, ".other.csv.\(dead).tmp"] {
            try "half-written".write(toFile: dir + "/" + name, atomically: false, encoding: .utf8)
        }
        try AtomicFile.write("new\n", to: dir + "/out.csv")
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: dir))
        #expect(left == ["out.csv", live, ".other.csv.\(dead).tmp"])
    }

    @Test func aWriteThatFailsHalfWayLeavesTheTargetAsItWasAndNoTemporaryFile() throws {
        let dir = try folder()
        try AtomicFile.write("old\n", to: dir + "/out.snapshot")
        #expect(throws: (any Error).self) {
            try AtomicFile.write(to: dir + "/out.snapshot", durable: false) { fd in
                let half = "new, but only ha"
                _ = half.withCString { write(fd, $0, strlen($0)) }
                return EIO
            }
        }
        #expect(try read(dir + "/out.snapshot") == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.snapshot"])
        try AtomicFile.write(to: dir + "/out.snapshot", durable: false) { fd in
            "whole\n".withCString { write(fd, $0, strlen($0)) == 6 ? 0 : EIO }
        }
        #expect(try read(dir + "/out.snapshot") == "whole\n")
    }
}
