import PlanModel
import PlanQuery
import PlanSim

extension Session {
    /// `simulate …`: slip names resolved against the plan (a source, strategy or project), over the slip
    /// probabilities and with the risk drivers of the scenario the statement runs in.
    func simulate(_ statement: Simulate, _ workspace: inout Workspace) throws -> StatementOutput {
        guard let plan = workspace.plan else { throw Messages.noPlan }
        var options = statement.options
        var byTarget = scenarios.running?.applied.slip ?? [:]
        if !statement.slip.isEmpty {
            let targets = ScenarioTargets(plan)
            for (name, p, range) in statement.slip { byTarget[try targets.resolveSlip(name, at: range)] = p }
        }
        options.slipByTarget = byTarget
        options.drivers = scenarios.running?.applied.drivers ?? []
        let show = progress
        let label = settings.language == .th ? "กำลังจำลอง" : "simulating"
        defer { show?("") }
        let result = try MonteCarlo.run(
            plan, prepared: try workspace.preparedPlan(), options: options, shouldStop: shouldStop,
            progress: { fraction in show?("\(label) \(Int(fraction * 100))%") })
        workspace.name(result.byQuarter, as: Simulate.results[0], binding: true)
        workspace.name(result.byProject, as: Simulate.results[1], binding: true)
        workspace.name(result.shortfall, as: Simulate.results[2], binding: true)
        let answer = SimulationAnswer.report(
            result, options, scenario: scenarios.running?.name, language: settings.language == .th ? .th : .en)
        guard let path = statement.path else { return .report(answer) }
        try write(.report(answer), to: path)
        return .message(
            "wrote the simulation to \(path)", thai: "เขียนผลการจำลองลง \(path)")
    }
}
