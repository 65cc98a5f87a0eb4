import PlanModel
import PlanQuery
import PlanSim

/// Resolves the codes a scenario names against the loaded plan: a budget source, a project, a strategy or an
/// activity (in that order when the kind is not written), with "did you mean" for a code the plan lacks.
struct ScenarioTargets {
    let projects: Set<String>
    let strategies: Set<String>
    let activities: Set<String>

    init(_ plan: Plan) {
        func codes(_ table: String) -> Set<String> {
            guard let t = plan[table], let column = t.column("code") else { return [] }
            return Set(
                (0..<t.rowCount).compactMap { row -> String? in
                    switch column[row] {
                    case .text(let s): s
                    case .int(let v): String(v)
                    default: nil
                    }
                })
        }
        projects = codes("projects")
        strategies = codes("strategies")
        activities = codes("activities")
    }

    func resolve(_ syntax: ScenarioTargetSyntax) throws(QueryError) -> ScenarioTarget {
        guard let code = syntax.code else { return .everything }
        let source = PlanSchema.sourceAliases[code] ?? PlanSchema.sourceAliases[code.lowercased()]
        switch syntax.kind {
        case "project" where projects.contains(code): return .project(code)
        case "strategy" where strategies.contains(code): return .strategy(code)
        case "activity" where activities.contains(code): return .activity(code)
        case "source" where source != nil: return .source(source!)
        case nil:
            if let source { return .source(source) }
            if projects.contains(code) { return .project(code) }
            if strategies.contains(code) { return .strategy(code) }
            if activities.contains(code) { return .activity(code) }
        default: break
        }
        throw unknown(code, kind: syntax.kind, at: syntax.range)
    }

    /// A slip name of `simulate` (`basic`, `S2`, `P11`), at `range`.
    func resolveSlip(_ name: String, at range: SourceRange, kind: String? = nil) throws(QueryError) -> ScenarioTarget {
        let target = try resolve(ScenarioTargetSyntax(kind: kind, code: name, range: range))
        if case .activity(let code) = target {
            throw QueryError(
                range, "slip is set per project, strategy or budget source, not for activity \(code)",
                thai: "ความน่าจะเป็นที่จะล่าช้ากำหนดได้ต่อโครงการ กลยุทธ์ หรือประเภทงบ ไม่ใช่กิจกรรม \(code)",
                suggestion: "name its project instead (ระบุโครงการของกิจกรรมนี้แทน)")
        }
        return target
    }

    private func unknown(_ code: String, kind: String?, at range: SourceRange) -> QueryError {
        let pool: [String] =
            switch kind {
            case "project": projects.sorted()
            case "strategy": strategies.sorted()
            case "activity": activities.sorted()
            case "source": ["basic", "strategic"]
            default: ["basic", "strategic"] + projects.sorted() + strategies.sorted() + activities.sorted()
            }
        let what = kind ?? "project, strategy, activity or budget source"
        let thaiWhat: String =
            switch kind {
            case "project": "โครงการ"
            case "strategy": "กลยุทธ์"
            case "activity": "กิจกรรม"
            case "source": "ประเภทงบ"
            default: "โครงการ กลยุทธ์ กิจกรรม หรือประเภทงบ"
            }
        return QueryError(
            range, "the plan has no \(what) `\(code)`", thai: "แผนไม่มี\(thaiWhat) `\(code)`",
            suggestion: Suggestion.didYouMean(code, in: pool)
                ?? "`projects`, `strategies` and `activities` list the codes (ดูรหัสได้จากตารางเหล่านี้)")
    }
}
