import Foundation
import PlanData
import Testing

/// The small SHA-256 against published vectors and the system's `sha256sum`.
@Suite struct SHA256Tests {
    @Test func publishedVectors() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func agreesWithSha256sumAcrossBlockBoundaries() throws {
        guard let tool = Support.tool("sha256sum") else {
            print("skipped: sha256sum is not installed")
            return
        }
        let folder = try Support.temporaryFolder()
        for size in [1, 55, 56, 63, 64, 65, 119, 120, 1000, 100_003] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let path = folder + "/f\(size)"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let expected = try Support.run(tool, [path]).prefix(64)
            #expect(try SHA256.hex(file: path) == String(expected), "size \(size)")
            #expect(SHA256.hex(bytes) == String(expected), "size \(size)")
        }
    }
}
