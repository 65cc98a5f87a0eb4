import PlanModel

/// The 12-month report's account for the public: a few fixed sentences filled from the year's figures, in the
/// report's language.
enum YearEndSummary {
    /// The sentences: the budget after transfers and how much of it was disbursed and used against the target,
    /// the source and the strategy that spent the most and the least of theirs, and the indicators met.
    static func paragraphs(_ f: ReportFigures, sections: [Table], language l: ReportLanguage) -> [String] {
        func section(_ name: String) -> Table? { sections.first { $0.name == name } }
        guard let sources = section("report_sources"), let strategies = section("report_strategies"),
            let met = section("report_indicators_met")
        else { return [] }
        let last = sources.rowCount - 1
        let after = money(sources, "budget_after_transfers", last)
        let disbursed = money(sources, "disbursed_to_date", last)
        let used = money(sources, "used_to_date", last)
        let pct = float(sources, "disbursed_pct", last)
        let usedPct = float(sources, "used_pct", last)
        let target = String(format2: f.progress.target)
        let reached = (pct ?? 0) >= f.progress.target
        var out: [String] = []
        out.append(
            l.pick(
                "In fiscal year \(f.plan.fiscalYear.buddhistEra) \(f.plan.office) had a budget of \(after) baht after"
                    + " transfers across \(f.index.projectCount) projects. By 30 September it had disbursed"
                    + " \(disbursed) baht (\(shown(pct))%) and used \(used) baht including obligations"
                    + " (\(shown(usedPct))%), against a year-end target of \(target)%: the target was"
                    + (reached ? " met." : " not met."),
                "ในปีงบประมาณ พ.ศ. \(f.plan.fiscalYear.buddhistEra) \(f.plan.office) ได้รับงบประมาณหลังโอนเปลี่ยนแปลง"
                    + " \(after) บาท จำนวน \(f.index.projectCount) โครงการ ณ วันที่ 30 กันยายน เบิกจ่ายแล้ว \(disbursed) บาท"
                    + " (ร้อยละ \(shown(pct))) และใช้จ่ายรวมก่อหนี้ผูกพัน \(used) บาท (ร้อยละ \(shown(usedPct)))"
                    + " เทียบกับเป้าหมายสิ้นปีร้อยละ \(target) " + (reached ? "ซึ่งบรรลุเป้าหมาย" : "ซึ่งยังไม่บรรลุเป้าหมาย")))
        let rows = (0..<strategies.rowCount - 1).filter { float(strategies, "disbursed_pct", $0) != nil }
        if let best = rows.max(by: { float(strategies, "disbursed_pct", $0)! < float(strategies, "disbursed_pct", $1)! }
        ),
            let worst = rows.min(by: {
                float(strategies, "disbursed_pct", $0)! < float(strategies, "disbursed_pct", $1)!
            })
        {
            let b = text(strategies, "strategy", best)
            let w = text(strategies, "strategy", worst)
            let bp = shown(float(strategies, "disbursed_pct", best))
            let wp = shown(float(strategies, "disbursed_pct", worst))
            out.append(
                l.pick(
                    "Strategy \(b) disbursed the largest share of its budget (\(bp)%), strategy \(w) the smallest"
                        + " (\(wp)%).",
                    "กลยุทธ์ที่ \(b) เบิกจ่ายได้สูงสุด (ร้อยละ \(bp)) และกลยุทธ์ที่ \(w) เบิกจ่ายได้ต่ำสุด (ร้อยละ \(wp))"))
        }
        let m = met.rowCount - 1
        let all = int(met, "indicators", m)
        let yes = int(met, "met", m)
        out.append(
            l.pick(
                "Of \(all) indicators, \(yes) met their target and \(all - yes) did not.",
                "ตัวชี้วัดทั้งหมด \(all) ตัว บรรลุเป้าหมาย \(yes) ตัว ไม่บรรลุ \(all - yes) ตัว"))
        return out
    }

    private static func money(_ t: Table, _ c: String, _ row: Int) -> String {
        if case .money(let m)? = t.column(c)?[row] { return m.description }
        return "0.00"
    }

    private static func float(_ t: Table, _ c: String, _ row: Int) -> Double? {
        switch t.column(c)?[row] {
        case .float(let v)?, .percent(let v)?: return v
        default: return nil
        }
    }

    private static func int(_ t: Table, _ c: String, _ row: Int) -> Int {
        if case .int(let v)? = t.column(c)?[row] { return Int(v) }
        return 0
    }

    private static func text(_ t: Table, _ c: String, _ row: Int) -> String { t.cellText(c, row) ?? "" }

    private static func shown(_ x: Double?) -> String { x.map { String(format2: $0) } ?? "–" }
}
