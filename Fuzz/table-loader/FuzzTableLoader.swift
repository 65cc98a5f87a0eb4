import FuzzDriver

@testable import PlanData

/// libFuzzer target: any bytes as a CSV file and as a JSON file loaded with `load csv` / `load json`'s
/// loader. A crash or a sanitizer report is a defect; a `Diagnostic` is the expected answer to bad input.
@main enum FuzzTableLoader {
    static func main() { runFuzzer(test) }
}

/// One input; also libFuzzer's own entry point, should its `main` be the one linked.
@_cdecl("LLVMFuzzerTestOneInput")
func test(_ input: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data = input else { return 0 }
    let buffer = ByteBuffer(UnsafeBufferPointer(start: data, count: size))
    let utf8 = TextEncoding.utf8(from: buffer).bytes
    if var csv = try? CSVRecordSource(buffer: utf8, display: "fuzz.csv") {
        _ = try? TableLoader.load(&csv, name: "t")
    }
    if let node = try? JSONParser.parse(utf8, file: "fuzz.json"),
        var json = try? JSONRecordSource(node, file: "fuzz.json")
    {
        _ = try? TableLoader.load(&json, name: "t")
    }
    return 0
}
