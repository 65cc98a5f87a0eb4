import PlanModel
import PlanSim

/// The session's scenarios: those defined, the one later statements run in, and, while a statement runs in a
/// scenario, that scenario's changes for `simulate` and the loaded plan it replaced in the workspace.
struct ScenarioState {
    var book = ScenarioBook()
    /// The scenario `use` chose; nil for the baseline.
    var active: String?
    /// The scenario the current statement runs in.
    var running: (name: String, applied: AppliedScenario)?
    /// The plan as loaded, while the workspace holds a scenario's copy.
    var loadedPlan: Plan?
}
