import PlanModel
import PlanQuery
import PlanSim

extension Session {
    /// `simulate …`: slip names resolved against the plan (a source, strategy or project), over the slip
    /// probabilities and with the risk drivers of the scenario the statement runs in.
    func simulate(_ o: SimulateOptions) throws -> StatementOutput {
        guard let plan = workspace.plan else { throw Messages.noPlan }
        let targets = ScenarioTargets(plan)
        var byTarget = scenarios.running?.applied.slip ?? [:]
        for (name, p) in o.slip.sorted(by: { $0.key < $1.key }) {
            byTarget[try targets.resolveSlip(name, at: o.slipRanges[name] ?? SourceRange(0, 0))] = p
        }
        let options = SimulationOptions(
            fromQuarter: o.fromQuarter, runs: o.runs, seed: o.seed, slipByTarget: byTarget,
            drivers: scenarios.running?.applied.drivers ?? [])
        let show = progress
        let label = settings.language == .th ? "กำลังจำลอง" : "simulating"
        defer { show?("") }
        let result = try MonteCarlo.run(
            plan, options: options, shouldStop: shouldStop,
            progress: { fraction in show?("\(label) \(Int(fraction * 100))%") })
        workspace.name(result.byQuarter, as: "simulation", binding: true)
        workspace.name(result.byProject, as: "simulation_projects", binding: true)
        workspace.name(result.shortfall, as: "simulation_shortfall", binding: true)
        return .report(SimulationAnswer.report(result, options, scenario: scenarios.running?.name))
    }
}
