import PlanModel

/// What every progress figure of one plan is computed from — its projects, activities and payments summed per
/// quarter, its indicators, strategies and transfers — read once. A session keeps one while a plan is loaded, so that
/// `progress(Q2)` after `progress(Q1)` does not read the 1.47 million disbursements of a national plan again.
public struct ProgressIndex {
    let plan: PlanIndex
    let indicators: Indicators
    let strategies: Table
    let transfers: ProjectTransfers

    /// Reads `plan`; throws the diagnostic a progress report of it would.
    public init(_ plan: Plan) throws {
        self.plan = try PlanIndex(plan)
        indicators = try Indicators(plan, projects: plan["projects"]!)
        strategies = plan["strategies"] ?? .empty("strategies")
        transfers = try ProjectTransfers(plan, projectCode: self.plan.projectCode)
    }
}
