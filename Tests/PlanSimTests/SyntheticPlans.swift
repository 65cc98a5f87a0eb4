import PlanModel

extension TestPlans {
    /// A generated plan: `projects` projects (every fifth strategic; every seventh without activities unless
    /// `allWithActivities`), each with `activitiesPerProject` activities planned by quarter, and disbursements in
    /// January to March: `paymentsPerActivity` an activity (when 0, two activities in three get one).
    static func synthetic(
        projects: Int, activitiesPerProject: Int, paymentsPerActivity: Int = 0, allWithActivities: Bool = false,
        seed: UInt64 = 7
    ) -> Plan {
        var state = seed
        func next(_ bound: Int64) -> Int64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int64((state >> 33) % UInt64(bound))
        }
        var project = (code: [Value](), name: [Value](), strategy: [Value](), source: [Value](), budget: [Value]())
        var projectPlan = [[Value]](repeating: [], count: 4)
        var activity = (code: [Value](), project: [Value](), name: [Value](), budget: [Value]())
        var activityPlan = [[Value]](repeating: [], count: 4)
        var paid = (project: [Value](), activity: [Value](), date: [Value](), amount: [Value]())
        for p in 0..<projects {
            let code = "P\(p)"
            let withActivities = (allWithActivities || p % 7 != 0) && activitiesPerProject > 0
            var total: Int64 = 0
            var totals: [Int64] = [0, 0, 0, 0]
            for a in 0..<(withActivities ? activitiesPerProject : 1) {
                let quarters = (0..<4).map { _ in next(5_000_000) }
                let budget = quarters.reduce(0, +)
                total += budget
                for k in 0..<4 { totals[k] += quarters[k] }
                if withActivities {
                    let activityCode = "\(code)-A\(a)"
                    activity.code.append(.text(activityCode))
                    activity.project.append(.text(code))
                    activity.name.append(.text("กิจกรรม \(a)"))
                    activity.budget.append(.money(Money(satang: budget)))
                    for k in 0..<4 { activityPlan[k].append(.money(Money(satang: quarters[k]))) }
                    let payments = paymentsPerActivity > 0 ? paymentsPerActivity : (next(3) > 0 ? 1 : 0)
                    for _ in 0..<payments {
                        paid.project.append(.text(code))
                        paid.activity.append(.text(activityCode))
                        paid.date.append(.date(Day(year: 2018, month: 1 + Int(next(3)), day: 10)!))
                        paid.amount.append(
                            .money(Money(satang: 1 + next(max(1, (quarters[0] + quarters[1]) / Int64(payments))))))
                    }
                }
            }
            project.code.append(.text(code))
            project.name.append(.text("โครงการ \(p)"))
            project.strategy.append(.text("S\(1 + p % 2)"))
            project.source.append(.text(p % 5 == 0 ? "strategic" : "basic"))
            project.budget.append(.money(Money(satang: total)))
            for k in 0..<4 { projectPlan[k].append(withActivities ? .null : .money(Money(satang: totals[k]))) }
            if !withActivities {
                paid.project.append(.text(code))
                paid.activity.append(.null)
                paid.date.append(.date(Day(year: 2017, month: 11, day: 1)!))
                paid.amount.append(.money(Money(satang: 1 + next(max(1, totals[0])))))
            }
        }
        let projectsTable = table(
            "projects",
            [
                ("code", .text, project.code), ("name", .text, project.name), ("strategy", .text, project.strategy),
                ("source", .text, project.source), ("budget", .money, project.budget),
                ("plan_q1", .money, projectPlan[0]), ("plan_q2", .money, projectPlan[1]),
                ("plan_q3", .money, projectPlan[2]), ("plan_q4", .money, projectPlan[3]),
            ])
        let activities = table(
            "activities",
            [
                ("code", .text, activity.code), ("project", .text, activity.project), ("name", .text, activity.name),
                ("budget", .money, activity.budget), ("plan_q1", .money, activityPlan[0]),
                ("plan_q2", .money, activityPlan[1]), ("plan_q3", .money, activityPlan[2]),
                ("plan_q4", .money, activityPlan[3]),
            ])
        let disbursements = table(
            "disbursements",
            [
                ("project", .text, paid.project), ("activity", .text, paid.activity), ("date", .date, paid.date),
                ("amount", .money, paid.amount),
            ])
        return plan(
            strategies: strategies, projects: projectsTable, activities: activities, disbursements: disbursements)
    }
}
