import Foundation
import Workbench

// Interactive latency on a loaded plan, measured inside one process as the shell would see it:
// `phaen-bench BUNDLE [REPS [ITEM...]]` loads the bundle through a Session, then times each statement and
// completion request (or only the ITEMs named) REPS times and prints one JSON object per item: the median and
// 99th percentile of wall time, and the median of the thread's CPU time (steadier on a busy machine), in ms.

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: phaen-bench BUNDLE [REPS [ITEM...]]\n".utf8))
    exit(2)
}
let bundle = arguments[1]
let repetitions = arguments.count > 2 ? max(1, Int(arguments[2]) ?? 50) : 50
let only = Set(arguments.dropFirst(3))

var sink = 0
let session = Session(out: { sink &+= $0.utf8.count }, err: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })

func milliseconds(_ clock: clockid_t) -> Double {
    var t = timespec()
    clock_gettime(clock, &t)
    return Double(t.tv_sec) * 1e3 + Double(t.tv_nsec) / 1e6
}

func report(_ name: String, wall: [Double], cpu: [Double]) {
    let wall = wall.sorted()
    let cpu = cpu.sorted()
    let p99 = wall[min(wall.count - 1, Int((Double(wall.count) * 0.99).rounded(.up)) - 1)]
    print(
        "{\"item\": \"\(name)\", \"median_ms\": \(wall[wall.count / 2]), \"p99_ms\": \(p99), "
            + "\"cpu_median_ms\": \(cpu[cpu.count / 2]), \"runs\": \(wall.count)}")
}

func measure(_ name: String, times: Int = repetitions, _ work: () -> Void) {
    guard only.isEmpty || only.contains(name) else { return }
    var wall: [Double] = []
    var cpu: [Double] = []
    for _ in 0..<times {
        let start = milliseconds(CLOCK_MONOTONIC)
        let startCPU = milliseconds(CLOCK_THREAD_CPUTIME_ID)
        work()
        cpu.append(milliseconds(CLOCK_THREAD_CPUTIME_ID) - startCPU)
        wall.append(milliseconds(CLOCK_MONOTONIC) - start)
    }
    report(name, wall: wall, cpu: cpu)
}

let loadWall = milliseconds(CLOCK_MONOTONIC)
let loadCPU = milliseconds(CLOCK_THREAD_CPUTIME_ID)
guard session.execute("load \"\(bundle)\"") == .succeeded else { exit(1) }
if only.isEmpty || only.contains("load") {
    report(
        "load", wall: [milliseconds(CLOCK_MONOTONIC) - loadWall], cpu: [milliseconds(CLOCK_THREAD_CPUTIME_ID) - loadCPU]
    )
}
session.settings.rows = 20

// The first progress after a load reads the whole plan; later ones reuse what it read.
measure("progress-first", times: 1) {
    guard session.execute("progress_by_strategy(Q1)") == .succeeded else { exit(1) }
}
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
// The Monte Carlo job's items: run only when named (`phaen-bench BUNDLE 3 simulate simulate-drivers`).
let simulations: [(String, String)] = [
    ("simulate", "simulate from Q2 runs 1000 seed 1"),
    ("simulate-drivers", "simulate from Q2 runs 1000 seed 1 in risk"),
]
if only.contains("simulate-drivers") {
    let risk =
        "scenario risk = driver \"late release of Q3 funds\" 30% delays strategic Q3, "
        + "driver \"year-end freeze\" 20% delays S1 Q4"
    guard session.execute(risk) == .succeeded else { exit(1) }
}
for (name, text) in simulations where only.contains(name) {
    measure(name) {
        guard session.execute(text) == .succeeded else { exit(1) }
    }
}
// The 6-month report, every section of it (a few hundred milliseconds on the national plan, so fewer times).
measure("report", times: max(1, repetitions / 10)) {
    guard session.execute("report Q2") == .succeeded else { exit(1) }
}
measure("completion") { sink &+= session.complete("disbursements | where am").candidates.count }
measure("completion-code") { sink &+= session.complete("projects | where code = \"O12").candidates.count }
if sink == 42 { print("") }
