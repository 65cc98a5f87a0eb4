/// A loaded annual action plan: who it belongs to, its fiscal year and disbursement targets, and its tables.
public struct Plan: Sendable {
    /// The office's name (e.g. สพป.มหาสารคาม เขต 3).
    public var office: String
    public var fiscalYear: FiscalYear
    /// Cumulative disbursement targets, % of budget at the end of Q1..Q4.
    public var targets: [Double]
    /// v1.1: an expense type's own cumulative targets (canonical type → % at the end of Q1..Q4), where the plan
    /// states them (the FY2561 measures: investment 87% by year-end against 96% overall).
    public var targetsByType: [String: [Double]]
    /// The bundle's tables by name (`strategies`, `projects`, …); absent optional files are empty tables
    /// with the contract's columns.
    public var tables: [String: Table]
    /// Where the plan was loaded from, and a SHA-256 over its files, so a replay can warn when data changed.
    public var source: Source?

    /// Where a plan came from.
    public struct Source: Sendable, Hashable {
        public var path: String
        public var sha256: String
        public init(path: String, sha256: String) {
            self.path = path
            self.sha256 = sha256
        }
    }

    public init(
        office: String, fiscalYear: FiscalYear, targets: [Double] = FiscalYear.defaultTargets,
        targetsByType: [String: [Double]] = [:], tables: [String: Table], source: Source? = nil
    ) {
        self.office = office
        self.fiscalYear = fiscalYear
        self.targets = targets
        self.targetsByType = targetsByType
        self.tables = tables
        self.source = source
    }

    /// A bundle table by name.
    public subscript(table: String) -> Table? { tables[table] }

    /// The cumulative target (%) at the end of quarter `q` (1–4).
    public func target(quarter q: Int) -> Double { targets[q - 1] }

    /// The cumulative target (%) at the end of quarter `q` for an expense type: its own when stated, else the plan's.
    public func target(quarter q: Int, expenseType: String) -> Double { (targetsByType[expenseType] ?? targets)[q - 1] }
}
