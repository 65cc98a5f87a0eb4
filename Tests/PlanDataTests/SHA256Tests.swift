import Foundation
import Testing

@testable import PlanData

/// SHA-256 against published vectors and the system's `sha256sum`, on both compression functions: the x86 SHA
/// extensions (where the CPU has them) and the portable Swift one every other machine runs.
@Suite struct SHA256Tests {
    /// The engines this machine can run: always the portable one, the hardware one where the CPU has it.
    static let engines: [SHA256.Engine] = SHA256.Engine.best == .hardware ? [.hardware, .portable] : [.portable]

    /// The digest of `bytes` fed to a hasher on `engine` in pieces of `piece` bytes (all at once if nil).
    static func digest(_ bytes: [UInt8], engine: SHA256.Engine, piece: Int? = nil) -> String {
        var hasher = SHA256.Hasher(engine: engine)
        bytes.withUnsafeBufferPointer { all in
            let step = max(piece ?? all.count, 1)
            var start = 0
            repeat {
                let end = min(start + step, all.count)
                hasher.update(UnsafeBufferPointer(rebasing: all[start..<end]))
                start = end
            } while start < all.count
        }
        return hasher.finalizeHex()
    }

    /// Bytes that differ from block to block and from position to position.
    static func pattern(_ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ ($0 >> 8) &+ 7) }
    }

    @Test func publishedVectors() {
        let vectors: [(String, String)] = [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
            (
                "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrs"
                    + "mnopqrstnopqrstu",
                "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
            ),
            (
                String(repeating: "a", count: 1_000_000),
                "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
            ),
        ]
        #expect(SHA256.hex([]) == vectors[0].1)
        for engine in Self.engines {
            for (message, expected) in vectors {
                let bytes = Array(message.utf8)
                #expect(Self.digest(bytes, engine: engine) == expected, "\(engine), \(bytes.count) bytes")
                #expect(Self.digest(bytes, engine: engine, piece: 7) == expected, "\(engine) in pieces")
            }
        }
    }

    @Test func runsOnTheSHAExtensionsWhereTheCPUHasThem() throws {
        guard let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else {
            print("skipped: no /proc/cpuinfo to say whether this CPU has the SHA extensions")
            return
        }
        let flags = cpuinfo.split(separator: "\n").first { $0.hasPrefix("flags") }?.split(separator: " ") ?? []
        #if arch(x86_64)
            #expect((SHA256.Engine.best == .hardware) == flags.contains("sha_ni"))
        #else
            #expect(SHA256.Engine.best == .portable)
        #endif
    }

    @Test func agreesWithSha256sumOnEveryLengthUpTo300() throws {
        guard let tool = Support.tool("sha256sum") else {
            print("skipped: sha256sum is not installed")
            return
        }
        let folder = try Support.temporaryFolder()
        let lengths = Array(0...300)
        var paths: [String] = []
        for length in lengths {
            let path = folder + "/f\(length)"
            try Data(Self.pattern(length)).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let lines = try Support.run(tool, paths).split(separator: "\n")
        try #require(lines.count == lengths.count)
        for (length, line) in zip(lengths, lines) {
            let expected = String(line.prefix(64))
            #expect(try SHA256.hex(file: paths[length]) == expected, "\(length) bytes")
            for engine in Self.engines {
                #expect(Self.digest(Self.pattern(length), engine: engine) == expected, "\(engine), \(length) bytes")
                #expect(
                    Self.digest(Self.pattern(length), engine: engine, piece: 13) == expected,
                    "\(engine), \(length) bytes in pieces of 13")
            }
        }
    }

    @Test func agreesWithSha256sumOnMegabytes() throws {
        guard let tool = Support.tool("sha256sum") else {
            print("skipped: sha256sum is not installed")
            return
        }
        let folder = try Support.temporaryFolder()
        for size in [4 * 1024 * 1024, 9_000_017] {
            let bytes = Self.pattern(size)
            let path = folder + "/f\(size)"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let expected = String(try Support.run(tool, [path]).prefix(64))
            #expect(try SHA256.hex(file: path) == expected, "file of \(size) bytes")
            for engine in Self.engines {
                #expect(Self.digest(bytes, engine: engine) == expected, "\(engine), \(size) bytes")
                #expect(
                    Self.digest(bytes, engine: engine, piece: 1_000_003) == expected,
                    "\(engine), \(size) bytes in pieces of 1,000,003")
            }
        }
    }
}
