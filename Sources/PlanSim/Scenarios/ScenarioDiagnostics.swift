import PlanModel

/// The scenario model's messages, in English and Thai.
enum ScenarioDiagnostics {
    static func unknown(_ target: ScenarioTarget) -> Diagnostic {
        Diagnostic(message: "the plan has no \(target)", thai: "แผนไม่มี \(thai(target))")
    }

    static func thai(_ target: ScenarioTarget) -> String {
        switch target {
        case .project(let code): "โครงการ \(code)"
        case .activity(let code): "กิจกรรม \(code)"
        case .strategy(let code): "กลยุทธ์ \(code)"
        case .source(let name): "งบ \(name)"
        case .everything: "ทั้งแผน"
        }
    }

    static func delayPastYear(_ quarters: Int) -> Diagnostic {
        Diagnostic(
            message: "a delay of \(quarters) quarters passes Q4, the end of the fiscal year; delay by 1 to 3 quarters",
            thai: "การเลื่อน \(quarters) ไตรมาสเลยไตรมาส 4 ซึ่งเป็นสิ้นปีงบประมาณ ให้เลื่อน 1 ถึง 3 ไตรมาส")
    }

    static func shiftToItself(_ quarter: Int) -> Diagnostic {
        Diagnostic(
            message: "a shift from Q\(quarter) to Q\(quarter) changes nothing; name two different quarters",
            thai: "การย้ายจาก Q\(quarter) ไป Q\(quarter) ไม่เปลี่ยนอะไร ให้ระบุสองไตรมาสที่ต่างกัน")
    }

    static func shiftMoreThanPlanned(_ amount: Money, planned: Money, _ target: ScenarioTarget, _ quarter: Int)
        -> Diagnostic
    {
        var d = Diagnostic(
            message: "cannot shift \(amount) out of Q\(quarter): \(target) plans only \(planned) in Q\(quarter)",
            thai: "ย้าย \(amount) ออกจาก Q\(quarter) ไม่ได้ \(thai(target)) วางแผนไว้ใน Q\(quarter) เพียง \(planned)")
        d.suggestion = "shift at most \(planned) out of Q\(quarter) (ย้ายได้ไม่เกิน \(planned))"
        return d
    }

    static func transferEnds(_ target: ScenarioTarget) -> Diagnostic {
        Diagnostic(
            message: "a transfer moves budget between projects or activities, not \(target)",
            thai: "การโอนงบประมาณทำได้ระหว่างโครงการหรือกิจกรรม ไม่ใช่ \(thai(target))")
    }

    static func transferMoreThanBudget(_ amount: Money, budget: Money, _ target: ScenarioTarget) -> Diagnostic {
        Diagnostic(
            message: "cannot transfer \(amount) from \(target): its budget is \(budget)",
            thai: "โอน \(amount) จาก \(thai(target)) ไม่ได้ งบประมาณมีเพียง \(budget)")
    }

    static func cutOverWhole(_ p: Proportion) -> Diagnostic {
        Diagnostic(
            message: "a cut of \(percent(p))% is more than the whole budget; cut by 0% to 100%",
            thai: "การลด \(percent(p))% มากกว่างบประมาณทั้งหมด ให้ลด 0% ถึง 100%")
    }

    static func cutMoreThanBudget(_ amount: Money, budget: Money, _ target: ScenarioTarget) -> Diagnostic {
        Diagnostic(
            message: "cannot cut \(amount) from \(target): its budget is \(budget)",
            thai: "ลด \(amount) จาก \(thai(target)) ไม่ได้ งบประมาณมีเพียง \(budget)")
    }

    static func cutBelowDisbursed(_ cut: Money, _ target: ScenarioTarget, room: Money, disbursed: Money)
        -> Diagnostic
    {
        var d = Diagnostic(
            message: "cannot take \(cut) from \(target): it has already disbursed \(disbursed), and only \(room) of"
                + " its budget is left to cut",
            thai: "ลด \(cut) จาก\(thai(target))ไม่ได้ เบิกจ่ายไปแล้ว \(disbursed) เหลืองบประมาณที่ลดได้เพียง \(room)")
        d.suggestion = "take at most \(room) from it (ลดได้ไม่เกิน \(room))"
        return d
    }

    static func checkProbability(_ p: Double) throws {
        guard p >= 0 && p <= 1 else {
            throw Diagnostic(
                message: "a probability must be from 0% to 100%, not \(p * 100)%",
                thai: "ความน่าจะเป็นต้องอยู่ระหว่าง 0% ถึง 100% ไม่ใช่ \(p * 100)%")
        }
    }

    /// Slip probabilities and drivers belong to projects, strategies and sources (the simulator draws per
    /// project), not to single activities.
    static func checkSlipTarget(_ target: ScenarioTarget) throws {
        if case .activity(let code) = target {
            throw Diagnostic(
                message: "slip is set per project, strategy or budget source, not for activity \(code)",
                thai: "ความน่าจะเป็นที่จะล่าช้ากำหนดได้ต่อโครงการ กลยุทธ์ หรือประเภทงบ ไม่ใช่กิจกรรม \(code)")
        }
    }

    /// The value, or the overflow diagnostic when exact arithmetic could not hold it.
    static func exact(_ value: Int64?) throws -> Int64 {
        guard let value else { throw Diagnostic.moneyOverflow }
        return value
    }

    static func exact(_ values: [Int64]?) throws -> [Int64] {
        guard let values else { throw Diagnostic.moneyOverflow }
        return values
    }

    static func percent(_ p: Proportion) -> String {
        let v = p.value * 100
        return v == v.rounded() ? String(Int64(v)) : String(v)
    }
}
