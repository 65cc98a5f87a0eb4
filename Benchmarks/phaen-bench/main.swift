import Foundation
import Workbench

// Interactive latency on a loaded plan, measured inside one process as the shell would see it:
// `phaen-bench BUNDLE REPS` loads the bundle through a Session, then times each statement and completion
// request REPS times and prints one JSON object per item (median and 99th percentile, in milliseconds).

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: phaen-bench BUNDLE [REPS]\n".utf8))
    exit(2)
}
let bundle = arguments[1]
let repetitions = arguments.count > 2 ? Int(arguments[2]) ?? 50 : 50

var sink = 0
let session = Session(out: { sink &+= $0.utf8.count }, err: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) * 1e3 + Double(t.tv_nsec) / 1e6
}

func measure(_ name: String, _ work: () -> Void) {
    var samples: [Double] = []
    for _ in 0..<repetitions {
        let start = now()
        work()
        samples.append(now() - start)
    }
    samples.sort()
    let median = samples[samples.count / 2]
    let p99 = samples[min(samples.count - 1, Int((Double(samples.count) * 0.99).rounded(.up)) - 1)]
    print("{\"item\": \"\(name)\", \"median_ms\": \(median), \"p99_ms\": \(p99), \"runs\": \(samples.count)}")
}

let loadStart = now()
guard session.execute("load \"\(bundle)\"") == .succeeded else { exit(1) }
print("{\"item\": \"load\", \"median_ms\": \(now() - loadStart), \"p99_ms\": \(now() - loadStart), \"runs\": 1}")
session.settings.rows = 20

let statements: [(String, String)] = [
    ("filter", "disbursements | where amount >= 50_000 and kind = \"disbursement\" | take 20"),
    ("group-by", "disbursements | where date <= end_of(Q2) | group project.strategy | agg paid = sum(amount)"),
    ("progress", "progress_by_strategy(Q2)"),
]
for (name, text) in statements {
    measure(name) {
        guard session.execute(text) == .succeeded else { exit(1) }
    }
}
measure("completion") { sink &+= session.complete("disbursements | where am").candidates.count }
measure("completion-code") { sink &+= session.complete("projects | where code = \"P0").candidates.count }
if sink == 42 { print("") }
