import Foundation

/// Runs the built `phaen` binary as a user would, without a terminal, and captures what it prints.
struct PhaenProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package's root folder.
    static let root: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// The debug binary `Scripts/test` builds before the tests run.
    static var binary: String? {
        let path = root + "/.build/debug/phaen"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// The bundled example plan.
    static let example = root + "/Examples/mahasarakham3-fy2561"

    /// Runs `phaen ARGS` in `directory` with `input` (or the bytes `inputBytes`) on stdin, else /dev/null, and a
    /// private state folder.
    static func run(_ arguments: [String], input: String? = nil, inputBytes: Data? = nil, in directory: String? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        guard let binary else { throw Missing() }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = arguments
        p.currentDirectoryURL = URL(fileURLWithPath: directory ?? root)
        var env = ProcessInfo.processInfo.environment
        env["XDG_STATE_HOME"] = environment["XDG_STATE_HOME"] ?? NSTemporaryDirectory() + "phaen-e2e-state"
        env["XDG_CONFIG_HOME"] = environment["XDG_CONFIG_HOME"] ?? NSTemporaryDirectory() + "phaen-e2e-config"
        for (k, v) in environment { env[k] = v }
        p.environment = env
        // Output goes to files, so a large stdout cannot block the child while stderr is read.
        let folder = try temporaryFolder()
        _ = FileManager.default.createFile(atPath: folder + "/out", contents: nil)
        _ = FileManager.default.createFile(atPath: folder + "/err", contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/err"))
        p.standardOutput = out
        p.standardError = err
        if let input = inputBytes ?? input.map({ Data($0.utf8) }) {
            let inPipe = Pipe()
            p.standardInput = inPipe
            try p.run()
            inPipe.fileHandleForWriting.write(input)
            try inPipe.fileHandleForWriting.close()
        } else {
            p.standardInput = FileHandle.nullDevice
            try p.run()
        }
        p.waitUntilExit()
        try out.close()
        try err.close()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return Result(status: p.terminationStatus,
                      stdout: try String(contentsOfFile: folder + "/out", encoding: .utf8),
                      stderr: try String(contentsOfFile: folder + "/err", encoding: .utf8))
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "phaen-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String { "build phaen first (Scripts/test does): .build/debug/phaen is missing" }
    }
}
