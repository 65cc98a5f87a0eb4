import PlanModel
import PlanQuery
import PlanSim

/// Everything a session has loaded or named: the plan, tables loaded from files, and `let` results.
/// It is the `Catalog` the query language reads. Changing it is all or nothing: a statement builds a new
/// value and the session swaps it in only when the statement succeeded.
struct Workspace: Catalog {
    var plan: Plan? {
        didSet { progressIndex = ProgressIndexCache() }
    }
    /// What `progress` reads from the plan, kept while the plan is loaded.
    private var progressIndex = ProgressIndexCache()
    /// Tables loaded with `load csv|json … as NAME`.
    var userTables: [String: Table] = [:]
    /// Results named with `let`.
    var bindings: [String: Table] = [:]
    /// Insertion order of user tables and bindings, for `tables`.
    var order: [String] = []

    var tableNames: [String] {
        let planNames = PlanSchema.tables.map(\.name).filter { plan?.tables[$0] != nil }
        let extra = (plan?.tables.keys.sorted() ?? []).filter { !planNames.contains($0) }
        return planNames + extra + order
    }

    /// The plan's tables come first: links between them name them, so nothing may stand in for them.
    func table(named name: String) -> Table? {
        plan?.tables[name] ?? bindings[name] ?? userTables[name]
    }

    /// Whether `name` is a table of the loaded plan (which `let` and `load … as` may not take).
    func isPlanTable(_ name: String) -> Bool { plan?.tables[name] != nil }

    /// Forgets tables and results named like a table of the (newly loaded) plan, which hides them.
    mutating func dropNamesTakenByThePlan() {
        let taken = order.filter(isPlanTable)
        for name in taken {
            bindings[name] = nil
            userTables[name] = nil
        }
        order.removeAll(where: isPlanTable)
    }

    var tableFunctionNames: [String] { TableFunctions.all.map(\.name) }

    var fiscalYear: FiscalYear? { plan?.fiscalYear }

    func tableFunction(_ name: String, arguments: [Value]) throws -> Table? {
        guard let function = TableFunctions.named(name) else { return nil }
        guard let plan else { throw Messages.noPlan }
        return try function.run(plan, try progressIndex.index(of: plan), arguments)
    }

    /// What progress figures and simulations read of the plan, read by the first that needs it.
    func preparedPlan() throws -> ProgressIndex {
        guard let plan else { throw Messages.noPlan }
        return try progressIndex.index(of: plan)
    }

    /// The plan and what was read of it, as one value, so a statement run in a scenario can put them back.
    struct PlanInUse {
        let plan: Plan?
        fileprivate let index: ProgressIndexCache
    }

    var planInUse: PlanInUse { PlanInUse(plan: plan, index: progressIndex) }

    /// Puts `plan` in place; what was read of the plan before is kept when `sameData` says `plan` holds the same
    /// tables (a scenario of slips and drivers alone), so a simulation in it does not read them again.
    mutating func replacePlan(_ plan: Plan, sameData: Bool) {
        let index = progressIndex
        self.plan = plan
        if sameData { progressIndex = index }
    }

    /// Puts back a plan and what was read of it, as `planInUse` gave them.
    mutating func putBack(_ inUse: PlanInUse) {
        plan = inUse.plan
        progressIndex = inUse.index
    }

    /// The columns a table function returns, from running it over the plan emptied of rows: the real column list
    /// at the cost of none of the work.
    func tableFunctionSchema(_ name: String) -> Table? {
        guard TableFunctions.named(name) != nil, var empty = plan else { return nil }
        empty.tables = empty.tables.mapValues { $0.gather([]) }
        return try? Workspace(plan: empty).tableFunction(name, arguments: [.int(1)])
    }

    /// Names a table (a user table or a binding), keeping `tables` in the order things were named.
    mutating func name(_ table: Table, as name: String, binding: Bool) {
        if binding { bindings[name] = table } else { userTables[name] = table }
        if !order.contains(name) { order.append(name) }
    }
}
