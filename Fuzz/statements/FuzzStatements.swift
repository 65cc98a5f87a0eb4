import Foundation
import FuzzDriver
import Workbench

/// libFuzzer target: any bytes as statements, run by a `--safe` session on the example plan (so no input
/// writes a file). A crash, a hang or a sanitizer report is a defect; errors are expected. libFuzzer calls it
/// from one thread only.
nonisolated(unsafe) private let session: Session = {
    let example = ProcessInfo.processInfo.environment["PHAEN_EXAMPLE"] ?? "Examples/mahasarakham3-fy2561"
    var options = Session.Options()
    options.safe = true
    options.allow = [example]
    options.keepGoing = true
    let session = Session(options: options, out: { _ in }, err: { _ in })
    session.execute("load \"\(example)\"")
    return session
}()

@main enum FuzzStatements {
    static func main() { runFuzzer(test) }
}

/// One input; also libFuzzer's own entry point, should its `main` be the one linked.
@_cdecl("LLVMFuzzerTestOneInput")
func test(_ input: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data = input else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    session.execute(text, file: "fuzz")
    return 0
}
