import PlanModel
import PlanQuery

/// A pipeline whose result is shown, drawn or written (`projects | where budget > 100_000`).
struct Query: SessionStatement {
    var pipeline: Pipeline

    var pipedHint: String? { nil }
    var isReplayable: Bool { true }
    var isJournaled: Bool { true }
    var effects: [Effect] { pipeline.exportPath.map { [.writes($0)] } ?? [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        let result = try session.evaluate(pipeline, in: workspace)
        let thai = session.settings.language == .th
        ImpossibleValues.notes(pipeline, catalog: workspace, thai: thai).forEach(session.err)
        return try session.show(result)
    }
}

extension Pipeline {
    /// The file its `export` step writes, if it has one.
    var exportPath: String? {
        for case .export(let path, _) in steps { return path }
        return nil
    }
}
