import Foundation
import TestSupport

/// Runs the built `phaen` binary as a user would, without a terminal, and captures what it prints.
struct PhaenProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package's root folder.
    static let root = Package.root

    /// The binary `Scripts/test` builds before the tests run, beside the tests.
    static var binary: String? {
        FileManager.default.isExecutableFile(atPath: Package.phaen) ? Package.phaen : nil
    }

    /// The bundled example plan.
    static let example = Package.example

    /// Runs `phaen ARGS` in `directory` with `input` (or the bytes `inputBytes`) on stdin, else /dev/null, and a
    /// private state folder (and config and cache folders).
    static func run(
        _ arguments: [String], input: String? = nil, inputBytes: Data? = nil, in directory: String? = nil,
        environment: [String: String] = [:]
    ) throws -> Result {
        guard let binary else { throw Missing() }
        var env = ProcessInfo.processInfo.environment
        env["XDG_STATE_HOME"] = environment["XDG_STATE_HOME"] ?? NSTemporaryDirectory() + "phaen-e2e-state"
        env["XDG_CONFIG_HOME"] = environment["XDG_CONFIG_HOME"] ?? NSTemporaryDirectory() + "phaen-e2e-config"
        env["XDG_CACHE_HOME"] = environment["XDG_CACHE_HOME"] ?? NSTemporaryDirectory() + "phaen-e2e-cache"
        for (k, v) in environment { env[k] = v }
        let r = try ChildProcess.run(
            binary, arguments, environment: env, directory: directory ?? root,
            bytes: inputBytes ?? input.map { Data($0.utf8) })
        return Result(status: r.status, stdout: r.stdout, stderr: r.stderr)
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> String { try TemporaryFolder.make("test") }

    struct Missing: Error, CustomStringConvertible {
        var description: String { "build phaen first (Scripts/test does): \(Package.phaen) is missing" }
    }
}
