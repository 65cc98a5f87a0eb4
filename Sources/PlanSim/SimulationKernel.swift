/// The slip model's inputs copied into flat buffers the worker threads read without bounds checks, reference
/// counting or copy-on-write checks, and the loop that runs all runs of one project over them.
///
/// Runs go 64 at a time, one bit a run (`SlipLanes`): a quarter's slips of one item in 64 runs are one word, and
/// what slips is added only into the runs whose bit is set. It owns its buffers (`deallocate` frees them);
/// `SlipModel` keeps the arrays it was built from.
struct SimulationKernel: @unchecked Sendable {
    let fromQuarter: Int
    let runs: Int
    let seed: UInt64
    /// Runs in blocks of 64 (the last one may be partly used).
    let blocks: Int
    /// The items of project `p` are `itemStart[p]..<itemStart[p+1]`.
    let itemStart: UnsafeMutableBufferPointer<Int>
    /// Amount due per quarter, 4 an item, as `SlipModel.due`.
    let due: UnsafeMutableBufferPointer<Int64>
    let lanes: UnsafeMutableBufferPointer<SlipLanes>
    let fixedUnspent: UnsafeMutableBufferPointer<Int64>
    /// Per project, bit d set when driver d touches it; all 0 without drivers.
    let driverMask: UnsafeMutableBufferPointer<UInt64>
    /// Per driver, the quarter (0…3) it blocks.
    let driverQuarter: UnsafeMutableBufferPointer<Int>
    /// Per driver, per block: bit r set when the driver happens in the block's run r.
    let driverRuns: UnsafeMutableBufferPointer<UInt64>

    /// `active` has bit d of run r set when driver d happens in run r (empty without drivers).
    init(_ model: SlipModel, runs: Int, seed: UInt64, active: [UInt64]) {
        fromQuarter = model.fromQuarter
        self.runs = runs
        self.seed = seed
        blocks = (runs + 63) / 64
        itemStart = Self.copy(model.itemStart)
        due = Self.copy(model.due)
        lanes = Self.copy(model.threshold.map(SlipLanes.init(threshold:)))
        fixedUnspent = Self.copy(model.fixedUnspent)
        driverMask = Self.copy(model.driverMask)
        driverQuarter = Self.copy(model.driverQuarter)
        var driverRuns = [UInt64](repeating: 0, count: model.driverQuarter.count * blocks)
        for (r, bits) in active.enumerated() {
            var bits = bits
            while bits != 0 {
                driverRuns[bits.trailingZeroBitCount * blocks + r / 64] |= 1 << UInt64(r % 64)
                bits &= bits - 1
            }
        }
        self.driverRuns = Self.copy(driverRuns)
    }

    private static func copy<T>(_ values: [T]) -> UnsafeMutableBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, values.count))
        _ = buffer.initialize(from: values)
        return buffer
    }

    func deallocate() {
        itemStart.deallocate()
        due.deallocate()
        lanes.deallocate()
        fixedUnspent.deallocate()
        driverMask.deallocate()
        driverQuarter.deallocate()
        driverRuns.deallocate()
    }

    /// The number of runs an array of `slipped` (`runProject`) holds per quarter: the runs rounded up to 64.
    var paddedRuns: Int { blocks * 64 }

    /// What all runs of one project left: in how many runs nothing was unspent, and the unspent amounts of all
    /// runs added up (satang, in a `Double`: a million runs of a large plan could pass `Int64`).
    struct ProjectRuns {
        var fullySpent: Int
        var unspent: Double
    }

    /// All runs of project `p`, adding what slips out of each quarter k of run r into `slipped[k × paddedRuns +
    /// r]` (k = 3: what is unspent). Payments follow: paid_k = slipped out of k−1 + due in k − slipped out of k.
    /// The loop is compiled once for each quarter A it may start after, so that which quarters are simulated is
    /// known in it.
    func runProject(_ p: Int, into slipped: UnsafeMutablePointer<Int64>) -> ProjectRuns {
        switch fromQuarter {
        case 0: runProject(p, from: AfterQ0.self, into: slipped)
        case 1: runProject(p, from: AfterQ1.self, into: slipped)
        case 2: runProject(p, from: AfterQ2.self, into: slipped)
        default: runProject(p, from: AfterQ3.self, into: slipped)
        }
    }

    /// For each block of 64 runs, each item draws one word of slips for each quarter k = A…4 (from its project's
    /// stream, in the same order whatever the data, so a run's draws depend only on the seed and the project);
    /// a quarter an active driver blocks slips in the runs it happens in. Then `owed_j`, the runs in which what
    /// was due in quarter j has slipped out of every quarter j…k, is `slips_j & … & slips_k`; the item's due_j is
    /// added to what slipped out of quarter k in those runs, and, after Q4, is unspent in them.
    private func runProject<Start: StartQuarter>(
        _ p: Int, from _: Start.Type, into slipped: UnsafeMutablePointer<Int64>
    ) -> ProjectRuns {
        let a = Start.quarter
        let start = itemStart[p]
        let end = itemStart[p &+ 1]
        let lanes = self.lanes[p]
        let mask = driverMask[p]
        let padded = paddedRuns
        var rng = RandomSource(seed: seed, stream: UInt64(p))
        var fullySpent = 0
        var unspent = 0.0
        for b in 0..<blocks {
            let used = min(64, runs &- b &* 64)
            let inUse: UInt64 = used == 64 ? ~0 : (1 << UInt64(used)) &- 1
            var blocked: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            var bits = mask
            while bits != 0 {
                let d = bits.trailingZeroBitCount
                let happens = driverRuns[d &* blocks &+ b]
                switch driverQuarter[d] {
                case 0: blocked.0 |= happens
                case 1: blocked.1 |= happens
                case 2: blocked.2 |= happens
                default: blocked.3 |= happens
                }
                bits &= bits &- 1
            }
            let out0 = slipped + b &* 64
            let out1 = out0 + padded
            let out2 = out1 + padded
            let out3 = out2 + padded
            var left: UInt64 = 0
            for item in start..<end {
                let due = self.due.baseAddress! + item &* 4
                var owed0: UInt64 = 0
                var owed1: UInt64 = 0
                var owed2: UInt64 = 0
                if a == 0 {
                    owed0 = lanes.draw(&rng) | blocked.0
                    Self.add(due[0], in: owed0, to: out0)
                }
                if a <= 1 {
                    let slips = lanes.draw(&rng) | blocked.1
                    owed0 &= slips
                    owed1 = slips
                    Self.add(due[0], in: owed0, to: out1)
                    Self.add(due[1], in: owed1, to: out1)
                }
                if a <= 2 {
                    let slips = lanes.draw(&rng) | blocked.2
                    owed0 &= slips
                    owed1 &= slips
                    owed2 = slips
                    Self.add(due[0], in: owed0, to: out2)
                    Self.add(due[1], in: owed1, to: out2)
                    Self.add(due[2], in: owed2, to: out2)
                }
                let owed3 = lanes.draw(&rng) | blocked.3
                owed0 &= owed3
                owed1 &= owed3
                owed2 &= owed3
                owed0 &= inUse
                owed1 &= inUse
                owed2 &= inUse
                if a == 0 { unspent += Self.add(due[0], in: owed0, to: out3) }
                if a <= 1 { unspent += Self.add(due[1], in: owed1, to: out3) }
                if a <= 2 { unspent += Self.add(due[2], in: owed2, to: out3) }
                unspent += Self.add(due[3], in: owed3 & inUse, to: out3)
                // A run's unspent amount is due_j + … + due_3 for the first j whose owed_j has it (the owed_j
                // are nested); it is left when that sum is not 0.
                let from3 = due[3]
                let from2 = from3 &+ due[2]
                let from1 = from2 &+ due[1]
                let from0 = from1 &+ due[0]
                left |= (owed3 & ~owed2) & Self.nonZero(from3)
                if a <= 2 { left |= (owed2 & ~owed1) & Self.nonZero(from2) }
                if a <= 1 { left |= (owed1 & ~owed0) & Self.nonZero(from1) }
                if a == 0 { left |= owed0 & Self.nonZero(from0) }
            }
            fullySpent &+= (~left & inUse).nonzeroBitCount
        }
        let fixed = fixedUnspent[p]
        return ProjectRuns(
            fullySpent: fixed > 0 ? 0 : fullySpent, unspent: unspent + Double(fixed) * Double(runs))
    }

    /// Adds `amount` to `runs[r]` for each bit r of `lanes`; returns what it added, in all. (It counts the bits
    /// as it goes: the x86-64 baseline has no instruction that counts them.)
    @inline(__always)
    @discardableResult
    private static func add(_ amount: Int64, in lanes: UInt64, to runs: UnsafeMutablePointer<Int64>) -> Double {
        var bits = amount == 0 ? 0 : lanes
        var count = 0
        while bits != 0 {
            runs[bits.trailingZeroBitCount] &+= amount
            bits &= bits &- 1
            count &+= 1
        }
        return Double(amount) * Double(count)
    }

    /// All ones when `amount` is not 0.
    @inline(__always)
    private static func nonZero(_ amount: Int64) -> UInt64 { amount == 0 ? 0 : ~0 }

    /// Project `p`'s unspent amount at the end of Q4 in each run: the same runs as in the simulation (its own
    /// stream, the same drivers), run again alone.
    func unspentByRun(_ p: Int) -> [Int64] {
        let count = paddedRuns * 4
        let slipped = UnsafeMutablePointer<Int64>.allocate(capacity: count)
        slipped.initialize(repeating: 0, count: count)
        defer { slipped.deallocate() }
        _ = runProject(p, into: slipped)
        let fixed = fixedUnspent[p]
        return (0..<runs).map { r in fixed &+ slipped[3 * paddedRuns + r] }
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
