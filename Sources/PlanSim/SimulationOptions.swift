import PlanModel

/// The inputs of a Monte Carlo run of the slip model.
public struct SimulationOptions: Sendable {
    /// The quarter (0…3) whose end the simulation starts from: actuals up to it are known; 0 is 1 October.
    public var fromQuarter: Int
    /// How many simulated years (1…1,000,000).
    public var runs: Int
    /// The seed: the same seed on the same plan gives the same result.
    public var seed: UInt64
    /// Slip probabilities (0…1) by source (`basic`, `strategic`, or their Thai names); sources not given take
    /// `defaultSlip`.
    public var slip: [String: Double]
    /// Slip probabilities (0…1) for projects, strategies or sources, over `slip`: a project's own first, then its
    /// strategy's, then its source's.
    public var slipByTarget: [ScenarioTarget: Double]
    /// Risk drivers (at most 64): each drawn once a run and shared by the projects it touches (slip model v2).
    public var drivers: [RiskDriver]

    public init(
        fromQuarter: Int = 0, runs: Int = 1000, seed: UInt64 = 1, slip: [String: Double] = [:],
        slipByTarget: [ScenarioTarget: Double] = [:], drivers: [RiskDriver] = []
    ) {
        self.fromQuarter = fromQuarter
        self.runs = runs
        self.seed = seed
        self.slip = slip
        self.slipByTarget = slipByTarget
        self.drivers = drivers
    }

    /// The default slip probability of each source: basic 0.10, strategic 0.25.
    public static let defaultSlip: [String: Double] = ["basic": 0.10, "strategic": 0.25]

    /// `defaultSlip` overridden by `slip`, with source aliases resolved; throws for an unknown source or a
    /// probability outside 0…1.
    func resolvedSlip() throws -> [String: Double] {
        var out = Self.defaultSlip
        for (name, p) in slip.sorted(by: { $0.key < $1.key }) {
            guard let source = PlanSchema.sourceAliases[name] ?? PlanSchema.sourceAliases[name.lowercased()] else {
                throw Diagnostic(
                    message: "unknown budget source \(name) for slip; use basic or strategic",
                    thai: "ไม่รู้จักประเภทงบประมาณ \(name) ใช้ basic (พื้นฐาน) หรือ strategic (กลยุทธ์)")
            }
            guard p >= 0 && p <= 1 else {
                throw Diagnostic(
                    message: "slip probability for \(source) must be between 0 and 1, not \(p)",
                    thai: "ความน่าจะเป็นที่จะล่าช้าของงบ \(source) ต้องอยู่ระหว่าง 0 ถึง 1 ไม่ใช่ \(p)")
            }
            out[source] = p
        }
        return out
    }

    func validate() throws {
        guard (0...3).contains(fromQuarter) else { throw Diagnostic.badQuarter(fromQuarter, allowed: 0...3) }
        guard runs > 0 && runs <= 1_000_000 else {
            throw Diagnostic(
                message: "runs must be between 1 and 1,000,000, not \(runs)",
                thai: "จำนวนรอบต้องอยู่ระหว่าง 1 ถึง 1,000,000 ไม่ใช่ \(runs)")
        }
        guard drivers.count <= 64 else {
            throw Diagnostic(
                message: "a simulation takes at most 64 risk drivers, not \(drivers.count)",
                thai: "การจำลองรับปัจจัยเสี่ยงได้ไม่เกิน 64 ตัว ไม่ใช่ \(drivers.count)")
        }
        for p in slipByTarget.values { try ScenarioDiagnostics.checkProbability(p) }
        for driver in drivers {
            try ScenarioDiagnostics.checkProbability(driver.probability)
            guard (1...4).contains(driver.quarter) else { throw Diagnostic.badQuarter(driver.quarter, allowed: 1...4) }
        }
    }
}

/// What `MonteCarlo.run` returns.
public struct SimulationResult: Sendable {
    /// Per quarter: quarter, mean_pct, p10_pct, p50_pct, p90_pct, target_pct, p_meet_target_pct, expected_pct.
    public var byQuarter: Table
    /// Per project: code, name, source, budget, expected_unspent (money), p_fully_spent_pct.
    public var byProject: Table
    /// The answer in one line: the chance of meeting the year-end target.
    public var headline: SimulationHeadline
    /// The projects and drivers the expected shortfall against the year-end target comes from, largest first (a
    /// tornado).
    public var shortfall: Table
    /// The expected shortfall against the year-end target: the mean over the runs of how far below it each
    /// ended (0 for a run that met it), in percentage points of the plan's budget.
    public var expectedShortfall: Double

    public init(
        byQuarter: Table, byProject: Table, headline: SimulationHeadline, shortfall: Table, expectedShortfall: Double
    ) {
        self.byQuarter = byQuarter
        self.byProject = byProject
        self.headline = headline
        self.shortfall = shortfall
        self.expectedShortfall = expectedShortfall
    }
}
