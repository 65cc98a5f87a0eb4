/// The slip model's inputs copied into flat buffers the worker threads read without bounds checks, reference
/// counting or copy-on-write checks, and the loop that runs all runs of one project over them.
///
/// It owns its buffers (`deallocate` frees them); `SlipModel` keeps the arrays it was built from.
struct SimulationKernel: @unchecked Sendable {
    let fromQuarter: Int
    let runs: Int
    let seed: UInt64
    /// The items of project `p` are `itemStart[p]..<itemStart[p+1]`.
    let itemStart: UnsafeMutableBufferPointer<Int>
    /// Amount due per quarter, 4 an item, as `SlipModel.due`.
    let due: UnsafeMutableBufferPointer<Int64>
    let threshold: UnsafeMutableBufferPointer<UInt64>
    let fixedUnspent: UnsafeMutableBufferPointer<Int64>
    /// Per project, bit d set when driver d touches it; all 0 without drivers.
    let driverMask: UnsafeMutableBufferPointer<UInt64>
    /// Per driver, the quarter (0…3) it blocks.
    let driverQuarter: UnsafeMutableBufferPointer<Int>
    /// Per run, bit d set when driver d happens in it.
    let active: UnsafeMutableBufferPointer<UInt64>

    init(_ model: SlipModel, runs: Int, seed: UInt64, active: [UInt64]) {
        fromQuarter = model.fromQuarter
        self.runs = runs
        self.seed = seed
        itemStart = Self.copy(model.itemStart)
        due = Self.copy(model.due)
        threshold = Self.copy(model.threshold)
        fixedUnspent = Self.copy(model.fixedUnspent)
        driverMask = Self.copy(model.driverMask)
        driverQuarter = Self.copy(model.driverQuarter)
        self.active = Self.copy(active.isEmpty ? [UInt64](repeating: 0, count: runs) : active)
    }

    private static func copy<T>(_ values: [T]) -> UnsafeMutableBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, values.count))
        _ = buffer.initialize(from: values)
        return buffer
    }

    func deallocate() {
        itemStart.deallocate()
        due.deallocate()
        threshold.deallocate()
        fixedUnspent.deallocate()
        driverMask.deallocate()
        driverQuarter.deallocate()
        active.deallocate()
    }

    /// What all runs of one project left: in how many runs nothing was unspent, and the unspent amounts of all
    /// runs added up (satang, in a `Double`: a million runs of a large plan could pass `Int64`).
    struct ProjectRuns {
        var fullySpent: Int
        var unspent: Double
    }

    /// All runs of project `p`, adding each run's payments per quarter into `totals` (4 a run). The loop is
    /// compiled once for each quarter A it may start after, so that which quarters are simulated is known in it.
    func runProject(_ p: Int, into totals: UnsafeMutablePointer<Int64>) -> ProjectRuns {
        switch fromQuarter {
        case 0: runProject(p, from: AfterQ0.self, into: totals)
        case 1: runProject(p, from: AfterQ1.self, into: totals)
        case 2: runProject(p, from: AfterQ2.self, into: totals)
        default: runProject(p, from: AfterQ3.self, into: totals)
        }
    }

    /// An item takes one 64-bit draw from A = 2 (two 32-bit uniforms, for Q3 and Q4) and two before, in the same
    /// order whatever the data, so a run's draws depend only on the seed and the project. A quarter slips when its
    /// uniform lies below the threshold; a quarter an active driver blocks gets a threshold no 32-bit draw
    /// reaches. The loop sums what slips out of each quarter (selected with masks, so no branch depends on the
    /// draws); a run's payments follow: paid_k = carried into k + due in k − slipped out of k.
    private func runProject<Start: StartQuarter>(
        _ p: Int, from _: Start.Type, into totals: UnsafeMutablePointer<Int64>
    ) -> ProjectRuns {
        let a = Start.quarter
        let start = itemStart[p]
        let end = itemStart[p &+ 1]
        let threshold = self.threshold[p]
        let mask = driverMask[p]
        let due = self.due.baseAddress!
        var dueInQuarter: (Int64, Int64, Int64, Int64) = (0, 0, 0, 0)
        for item in start..<end {
            dueInQuarter.0 &+= due[item &* 4]
            dueInQuarter.1 &+= due[item &* 4 &+ 1]
            dueInQuarter.2 &+= due[item &* 4 &+ 2]
            dueInQuarter.3 &+= due[item &* 4 &+ 3]
        }
        let low: UInt64 = 0xFFFF_FFFF
        var rng = Xoshiro256StarStar(seed: seed, stream: UInt64(p))
        var fullySpent = 0
        var unspentRuns = 0.0
        for r in 0..<runs {
            var t0 = threshold
            var t1 = threshold
            var t2 = threshold
            var t3 = threshold
            var bits = active[r] & mask
            if bits != 0 {
                var blocked = 0
                repeat {
                    blocked |= 1 << driverQuarter[bits.trailingZeroBitCount]
                    bits &= bits &- 1
                } while bits != 0
                let never: UInt64 = 1 << 32
                if blocked & 1 != 0 { t0 = never }
                if blocked & 2 != 0 { t1 = never }
                if blocked & 4 != 0 { t2 = never }
                if blocked & 8 != 0 { t3 = never }
            }
            var slipped0: Int64 = 0
            var slipped1: Int64 = 0
            var slipped2: Int64 = 0
            var unspent: Int64 = 0
            var anyUnspent: Int64 = 0
            var owedBy = due + start &* 4
            let last = due + end &* 4
            while owedBy < last {
                let x = rng.next()
                let y = a < 2 ? rng.next() : x
                var carry: Int64 = 0
                if a == 0 {
                    carry = owedBy[0] & Self.slips(x & low, t0)
                    slipped0 &+= carry
                }
                if a <= 1 {
                    carry = (carry &+ owedBy[1]) & Self.slips(x >> 32, t1)
                    slipped1 &+= carry
                }
                if a <= 2 {
                    carry = (carry &+ owedBy[2]) & Self.slips(y & low, t2)
                    slipped2 &+= carry
                }
                let left = (carry &+ owedBy[3]) & Self.slips(y >> 32, t3)
                unspent &+= left
                anyUnspent |= left
                owedBy += 4
            }
            let run = totals + r &* 4
            if a == 0 { run[0] &+= dueInQuarter.0 &- slipped0 }
            if a <= 1 { run[1] &+= slipped0 &+ dueInQuarter.1 &- slipped1 }
            if a <= 2 { run[2] &+= slipped1 &+ dueInQuarter.2 &- slipped2 }
            run[3] &+= slipped2 &+ dueInQuarter.3 &- unspent
            fullySpent &+= anyUnspent == 0 ? 1 : 0
            unspentRuns += Double(unspent)
        }
        let fixed = fixedUnspent[p]
        return ProjectRuns(
            fullySpent: fixed > 0 ? 0 : fullySpent, unspent: unspentRuns + Double(fixed) * Double(runs))
    }

    /// Project `p`'s unspent amount at the end of Q4 in each run: the same runs as in the simulation (its own
    /// stream, the same drivers), run again alone.
    func unspentByRun(_ p: Int) -> [Int64] {
        let totals = UnsafeMutablePointer<Int64>.allocate(capacity: runs * 4)
        totals.initialize(repeating: 0, count: runs * 4)
        defer { totals.deallocate() }
        _ = runProject(p, into: totals)
        var owed = fixedUnspent[p]
        for item in itemStart[p]..<itemStart[p + 1] {
            for k in 0..<4 { owed &+= due[item * 4 + k] }
        }
        return (0..<runs).map { r in
            owed &- totals[r * 4] &- totals[r * 4 + 1] &- totals[r * 4 + 2] &- totals[r * 4 + 3]
        }
    }

    /// All ones when the 32-bit uniform `u` lies below `threshold` (≤ 2³²), else 0: the sign of their difference,
    /// arithmetic the compiler keeps (a comparison it may turn into a branch, which the draws would mispredict).
    @inline(__always)
    private static func slips(_ u: UInt64, _ threshold: UInt64) -> Int64 {
        Int64(bitPattern: u &- threshold) >> 63
    }
}

/// The quarter a simulation starts after, as a type, so that the compiler specialises the kernel's loop for each
/// (the quarters it simulates then known in it, their branches gone).
private protocol StartQuarter {
    static var quarter: Int { get }
}

private enum AfterQ0: StartQuarter { static var quarter: Int { 0 } }
private enum AfterQ1: StartQuarter { static var quarter: Int { 1 } }
private enum AfterQ2: StartQuarter { static var quarter: Int { 2 } }
private enum AfterQ3: StartQuarter { static var quarter: Int { 3 } }
