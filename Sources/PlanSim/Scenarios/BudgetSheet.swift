import PlanModel

/// The plan's budgets and quarterly plans, read into arrays a scenario changes and written back into a copy of
/// the plan. An item is an activity, or a project without activities: budgets and plans change at items, and a
/// project with activities is the sum of them.
struct BudgetSheet {
    let projectCode: [String]
    let projectStrategy: [String?]
    /// `basic` / `strategic` (aliases resolved), or the text as given.
    let projectSource: [String?]
    let activityCode: [String]
    /// Each activity's project row.
    let activityProject: [Int]
    /// Each project's activity rows, in table order.
    let activitiesOf: [[Int]]
    var projectBudget: [Int64]
    /// 4 a project.
    var projectPlan: [Int64]
    var activityBudget: [Int64]
    /// 4 an activity.
    var activityPlan: [Int64]
    /// Rows whose budget or plan a change set: only these are written back, so the others keep their text (a
    /// null plan stays null).
    var touchedProjects = Set<Int>()
    var touchedActivities = Set<Int>()
    /// The plan the sheet was read from, for what its disbursements add up to (read when a cut first needs it).
    private let loaded: Plan
    private var disbursed: (project: [Int64], activity: [Int64])?

    /// An item: an activity row, or a project row without activities.
    enum Item: Hashable {
        case project(Int)
        case activity(Int)
    }

    init(_ plan: Plan) throws {
        guard let projects = plan["projects"] else {
            throw Diagnostic(message: "the plan has no projects table", thai: "แผนไม่มีตารางโครงการ (projects)")
        }
        loaded = plan
        projectCode = try PlanIndex.requiredTexts(projects, "code")
        projectStrategy = PlanIndex.texts(projects, "strategy")
        projectSource = PlanIndex.texts(projects, "source").map { $0.map { PlanSchema.sourceAliases[$0] ?? $0 } }
        projectBudget = try PlanIndex.requiredMoney(projects, "budget")
        projectPlan = try PlanIndex.quarterPlans(projects, budgets: projectBudget)
        let activities = plan["activities"] ?? .empty("activities")
        if activities.rowCount == 0 {
            activityCode = []
            activityProject = []
            activityBudget = []
            activityPlan = []
        } else {
            activityCode = try PlanIndex.requiredTexts(activities, "code")
            activityProject = try PlanIndex.links(activities, "project", to: projects).map { Int($0) }
            activityBudget = try PlanIndex.requiredMoney(activities, "budget")
            activityPlan = try PlanIndex.quarterPlans(activities, budgets: activityBudget)
        }
        var of = [[Int]](repeating: [], count: projectCode.count)
        for (row, project) in activityProject.enumerated() { of[project].append(row) }
        activitiesOf = of
    }

    /// The items of a project: its activities, or itself.
    func items(ofProject p: Int) -> [Item] {
        activitiesOf[p].isEmpty ? [.project(p)] : activitiesOf[p].map { .activity($0) }
    }

    /// The items a target covers, in table order; throws for a code the plan does not have.
    func items(_ target: ScenarioTarget) throws -> [Item] {
        switch target {
        case .project(let code):
            guard let p = projectCode.firstIndex(of: code) else { throw ScenarioDiagnostics.unknown(target) }
            return items(ofProject: p)
        case .activity(let code):
            guard let a = activityCode.firstIndex(of: code) else { throw ScenarioDiagnostics.unknown(target) }
            return [.activity(a)]
        case .strategy(let code):
            let rows = projectCode.indices.filter { projectStrategy[$0] == code }
            guard !rows.isEmpty else { throw ScenarioDiagnostics.unknown(target) }
            return rows.flatMap(items(ofProject:))
        case .source(let name):
            let rows = projectCode.indices.filter { projectSource[$0] == name }
            guard !rows.isEmpty else { throw ScenarioDiagnostics.unknown(target) }
            return rows.flatMap(items(ofProject:))
        case .everything:
            return projectCode.indices.flatMap(items(ofProject:))
        }
    }

    /// The project rows a target touches.
    func projects(_ target: ScenarioTarget) throws -> [Int] {
        var seen = Set<Int>()
        return try items(target).map(project(of:)).filter { seen.insert($0).inserted }
    }

    func project(of item: Item) -> Int {
        switch item {
        case .project(let p): p
        case .activity(let a): activityProject[a]
        }
    }

    func budget(_ item: Item) -> Int64 {
        switch item {
        case .project(let p): projectBudget[p]
        case .activity(let a): activityBudget[a]
        }
    }

    func plan(_ item: Item) -> [Int64] {
        switch item {
        case .project(let p): Array(projectPlan[p * 4..<p * 4 + 4])
        case .activity(let a): Array(activityPlan[a * 4..<a * 4 + 4])
        }
    }

    /// What has been disbursed, whenever paid: by each project (payments naming no activity included) and by
    /// each activity.
    mutating func disbursements() throws -> (project: [Int64], activity: [Int64]) {
        if let disbursed { return disbursed }
        let index = try PlanIndex(loaded)
        let read = (
            project: (0..<index.projectCount).map { PlanIndex.toDate(index.projectPaid, row: $0, quarter: 4) },
            activity: (0..<activityCode.count).map { PlanIndex.toDate(index.activityPaid, row: $0, quarter: 4) }
        )
        disbursed = read
        return read
    }

    /// Sets an item's budget and plan (the plan's quarters sum to the budget), and its project's totals.
    mutating func set(_ item: Item, budget: Int64, plan: [Int64]) throws {
        switch item {
        case .project(let p):
            touchedProjects.insert(p)
            projectBudget[p] = budget
            for k in 0..<4 { projectPlan[p * 4 + k] = plan[k] }
        case .activity(let a):
            touchedActivities.insert(a)
            touchedProjects.insert(activityProject[a])
            activityBudget[a] = budget
            for k in 0..<4 { activityPlan[a * 4 + k] = plan[k] }
            let p = activityProject[a]
            var total: Int64 = 0
            var quarters = [Int64](repeating: 0, count: 4)
            for row in activitiesOf[p] {
                total = try PlanIndex.add(total, activityBudget[row])
                for k in 0..<4 { quarters[k] = try PlanIndex.add(quarters[k], activityPlan[row * 4 + k]) }
            }
            projectBudget[p] = total
            for k in 0..<4 { projectPlan[p * 4 + k] = quarters[k] }
        }
    }

    /// A copy of `plan` with the changed rows' budgets and plans (plan_q1…4 written out) in its projects and
    /// activities tables; other rows and tables are as loaded.
    func written(into plan: Plan) throws -> Plan {
        var out = plan
        if var projects = plan["projects"], !touchedProjects.isEmpty {
            try Self.replace(&projects, rows: touchedProjects, budget: projectBudget, plan: projectPlan)
            out.tables["projects"] = projects
        }
        if var activities = plan["activities"], !touchedActivities.isEmpty {
            try Self.replace(&activities, rows: touchedActivities, budget: activityBudget, plan: activityPlan)
            out.tables["activities"] = activities
        }
        return out
    }

    /// Writes `budget` and `plan` into the money columns budget and plan_q1…4 at `rows`, keeping the other rows'
    /// values and nulls.
    private static func replace(_ table: inout Table, rows: Set<Int>, budget: [Int64], plan: [Int64]) throws {
        func put(_ name: String, _ value: (Int) -> Int64) throws {
            let old = try PlanIndex.money(table, name) ?? [Int64?](repeating: nil, count: table.rowCount)
            var values = [Int64](repeating: 0, count: table.rowCount)
            var nulls = [Bool](repeating: false, count: table.rowCount)
            for row in 0..<table.rowCount {
                if rows.contains(row) {
                    values[row] = value(row)
                } else if let v = old[row] {
                    values[row] = v
                } else {
                    nulls[row] = true
                }
            }
            let column = Column(.money(values), nulls: nulls)
            if let i = table.columnIndex(name) {
                table.columns[i] = column
            } else {
                table.columnNames.append(name)
                table.columns.append(column)
            }
        }
        try put("budget") { budget[$0] }
        for k in 0..<4 { try put("plan_q\(k + 1)") { plan[$0 * 4 + k] } }
    }
}
