import Foundation
import FuzzDriver
import PlanData
import PlanModel

/// libFuzzer target: a copy of the example bundle with one file replaced by the input — its first byte picks
/// which (`plan.json` or one of the contract's CSV files) — loaded by the bundle loader, so the contract's rules
/// meet every kind of bad table. A crash or a sanitizer report is a defect; `Diagnostics` are expected.
private let folder: String = {
    let example = ProcessInfo.processInfo.environment["PHAEN_EXAMPLE"] ?? "Examples/mahasarakham3-fy2561"
    let folder = NSTemporaryDirectory() + "phaen-fuzz-bundle-\(getpid())"
    try? FileManager.default.removeItem(atPath: folder)
    try! FileManager.default.copyItem(atPath: example, toPath: folder)
    return folder
}()

private let files = ["plan.json"] + PlanSchema.tables.map(\.file)

@main enum FuzzBundleLoader {
    static func main() { runFuzzer(test) }
}

/// One input; also libFuzzer's own entry point, should its `main` be the one linked.
@_cdecl("LLVMFuzzerTestOneInput")
func test(_ input: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data = input else { return 0 }
    guard size > 0 else { return 0 }
    let name = files[Int(data[0]) % files.count]
    let path = folder + "/" + name
    let original = FileManager.default.contents(atPath: path)
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes: data + 1, count: size - 1))
    defer {
        // The bundle as it was: the file put back, or gone again when the example has none of that name.
        if let original {
            _ = FileManager.default.createFile(atPath: path, contents: original)
        } else {
            try? FileManager.default.removeItem(atPath: path)
        }
    }
    _ = try? BundleLoader.load(path: folder)
    return 0
}
