import PlanModel
import PlanSim

/// A loaded plan's `ProgressIndex`, built by the first `progress` or `progress_by_strategy` and reused by the
/// next ones; copies of a workspace holding the same plan share it, and loading another plan starts a new one.
final class ProgressIndexCache {
    private var index: ProgressIndex?

    /// The index of `plan`, which must be the plan this cache was made for.
    func index(of plan: Plan) throws -> ProgressIndex {
        if let index { return index }
        let built = try ProgressIndex(plan)
        index = built
        return built
    }
}
