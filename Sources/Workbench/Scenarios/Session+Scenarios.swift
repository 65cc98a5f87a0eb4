import PlanModel
import PlanQuery
import PlanSim

extension Session {
    /// A statement in the scenario `use` chose, when it is a query, `let`, `report` or `simulate`.
    func inActiveScenario(_ statement: any SessionStatement) -> any SessionStatement {
        guard let active = scenarios.active, InScenario.runs(statement) else { return statement }
        return InScenario(name: active, range: nil, inner: statement)
    }

    /// `scenario NAME = [BASE +] change, …`: checked against the loaded plan before it is kept.
    func defineScenario(_ syntax: ScenarioDefinitionSyntax, plan: Plan?) throws -> StatementOutput {
        guard let plan = scenarios.loadedPlan ?? plan else { throw Messages.noPlan }
        let targets = ScenarioTargets(plan)
        let changes = try syntax.changes.map { try Self.change($0, targets) }
        let definition = ScenarioDefinition(
            name: syntax.name, base: syntax.base, changes: changes, texts: changes.map(ScenarioText.english))
        let book: ScenarioBook
        do {
            book = try scenarios.book.defining(definition)
        } catch let d as Diagnostic {
            let known = syntax.base.map { scenarios.book.names.contains($0) } ?? false
            throw QueryError(
                syntax.baseRange ?? syntax.changes[0].range, d.message, thai: d.thai ?? d.message,
                suggestion: known
                    ? "build on baseline or on a scenario that does not build on \(syntax.name): `\(syntax.name) ="
                        + " baseline + …` (สร้างต่อจาก baseline หรือฉากทัศน์อื่นที่ไม่ได้สร้างต่อจาก \(syntax.name))"
                    : syntax.base.flatMap {
                        Suggestion.didYouMean($0, in: [ScenarioBook.baseline] + scenarios.book.names)
                    })
        }
        let all = try book.changes(of: syntax.name)
        let inherited = all.count - changes.count
        do {
            _ = try AppliedScenario.apply(all, to: plan)
        } catch let error as ScenarioChangeError {
            let d = error.diagnostic
            if error.changeIndex >= inherited {
                throw QueryError(
                    syntax.changes[error.changeIndex - inherited].range, d.message, thai: d.thai ?? d.message,
                    suggestion: d.suggestion)
            }
            throw QueryError(
                syntax.baseRange!, "\(syntax.base!) no longer applies to the plan: \(d.message)",
                thai: "\(syntax.base!) ใช้กับแผนนี้ไม่ได้แล้ว: \(d.thai ?? d.message)")
        }
        scenarios.book = book
        let count = Messages.count(changes.count, "change")
        let on = syntax.base.map { " on \($0)" } ?? ""
        return .message(
            "scenario \(syntax.name): \(count)\(on)",
            thai: "ฉากทัศน์ \(syntax.name): เปลี่ยน \(changes.count) รายการ" + (syntax.base.map { " ต่อจาก \($0)" } ?? ""))
    }

    /// `scenarios`: one row a change, bases named in `builds_on`.
    func scenarioListing() -> Table {
        var builders = ["scenario", "builds_on", "change"].map { _ in ColumnBuilder(type: .text) }
        for name in scenarios.book.names {
            guard let definition = scenarios.book.definitions[name] else { continue }
            for text in definition.texts {
                builders[0].appendText(name + (scenarios.active == name ? " (in use)" : ""))
                if let base = definition.base { builders[1].appendText(base) } else { builders[1].appendNull() }
                builders[2].appendText(text)
            }
        }
        return Table(
            name: "scenarios", columnNames: ["scenario", "builds_on", "change"], columns: builders.map { $0.build() })
    }

    /// `use NAME`: later queries, reports and simulations run in it; `use baseline` ends that.
    func useScenario(_ name: String, at range: SourceRange, plan: Plan?) throws -> StatementOutput {
        if name == ScenarioBook.baseline {
            scenarios.active = nil
            return .message("using the baseline (the plan as loaded)", thai: "ใช้แผนตามที่โหลด (baseline)")
        }
        guard let plan = scenarios.loadedPlan ?? plan else { throw Messages.noPlan }
        _ = try applied(name, at: range, to: plan)
        scenarios.active = name
        return .message(
            "using scenario \(name); `use baseline` returns to the plan as loaded",
            thai: "ใช้ฉากทัศน์ \(name) พิมพ์ `use baseline` เพื่อกลับไปใช้แผนตามที่โหลด")
    }

    /// Runs `body` with the workspace's plan replaced by the scenario's copy; the loaded plan is put back after,
    /// whatever happens.
    func inScenario<T>(
        _ name: String, at range: SourceRange?, _ workspace: inout Workspace, _ body: (inout Workspace) throws -> T
    ) throws -> T {
        guard let plan = scenarios.loadedPlan ?? workspace.plan else { throw Messages.noPlan }
        let applied = name == ScenarioBook.baseline ? nil : try applied(name, at: range, to: plan)
        let saved = (scenarios.running, scenarios.loadedPlan)
        let inUse = workspace.planInUse
        scenarios.loadedPlan = plan
        scenarios.running = applied.map { (name, $0) }
        // Outside another scenario the workspace holds the loaded plan: what was read of it still holds when the
        // scenario leaves the plan's tables as they are.
        workspace.replacePlan(applied?.plan ?? plan, sameData: saved.1 == nil && !(applied?.changesPlan ?? false))
        defer {
            workspace.putBack(inUse)
            (scenarios.running, scenarios.loadedPlan) = saved
        }
        return try body(&workspace)
    }
    /// The scenario applied to the loaded plan; an unknown name is an error at `range` with a suggestion.
    func applied(_ name: String, at range: SourceRange?, to plan: Plan) throws -> AppliedScenario {
        let changes: [ScenarioChange]
        do {
            changes = try scenarios.book.changes(of: name)
        } catch let d as Diagnostic {
            guard let range else { throw d }
            throw QueryError(
                range, d.message, thai: d.thai ?? d.message,
                suggestion: Suggestion.didYouMean(name, in: [ScenarioBook.baseline] + scenarios.book.names)
                    ?? "`scenarios` lists them (`scenarios` แสดงรายการฉากทัศน์)")
        }
        do {
            return try AppliedScenario.apply(changes, to: plan)
        } catch let error as ScenarioChangeError {
            let text = ScenarioText.english(changes[error.changeIndex])
            throw Diagnostic(
                message: "scenario \(name) (\(text)): \(error.diagnostic.message)",
                thai: "ฉากทัศน์ \(name) (\(text)): \(error.diagnostic.thai ?? error.diagnostic.message)")
        }
    }

    /// A change as the scenario model takes it, its codes resolved against the plan.
    static func change(_ syntax: ScenarioChangeSyntax, _ targets: ScenarioTargets) throws -> ScenarioChange {
        func amount(_ a: ScenarioAmountSyntax) throws(QueryError) -> ScenarioAmount {
            switch a {
            case .money(let m): return .money(m)
            case .percent(let text):
                guard let p = Proportion(percentText: text) else {
                    throw QueryError(
                        syntax.range, "write the percentage with at most 6 decimals, not \(text)%",
                        thai: "เขียนร้อยละโดยมีทศนิยมไม่เกิน 6 ตำแหน่ง ไม่ใช่ \(text)%")
                }
                return .proportion(p)
            }
        }
        switch syntax.kind {
        case .delay(let target, let quarters):
            return .delay(try targets.resolve(target), quarters: quarters)
        case .cut(let target, let a):
            return .cut(try targets.resolve(target), try amount(a))
        case .raise(let target, let a):
            return .raise(try targets.resolve(target), try amount(a))
        case .shift(let money, let from, let to, let within):
            return .shift(money, from: from, to: to, within: try targets.resolve(within))
        case .transfer(let money, let from, let to):
            return .transfer(money, from: try targets.resolve(from), to: try targets.resolve(to))
        case .slip(let target, let p):
            return .slip(
                try targets.resolveSlip(target.code ?? "", at: target.range, kind: target.kind), probability: p)
        case .driver(let name, let p, let quarter, let touches):
            let target =
                touches.code == nil
                ? ScenarioTarget.everything
                : try targets.resolveSlip(touches.code!, at: touches.range, kind: touches.kind)
            return .driver(RiskDriver(name: name, probability: p, quarter: quarter, touches: target))
        }
    }
}
