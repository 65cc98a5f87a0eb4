/// The language a report is written in: every title, heading, label, month name and date follows it.
public enum ReportLanguage: String, Sendable, CaseIterable {
    case en, th

    /// `english` or `thai`, whichever this is.
    func pick(_ english: String, _ thai: String) -> String { self == .th ? thai : english }

    /// The header a report shows for a column, in this language (the column's own name when none is listed).
    public func label(_ column: String) -> String {
        (self == .th ? Self.thaiLabels[column] : Self.englishLabels[column]) ?? column
    }

    static let englishLabels: [String: String] = [
        "no": "No.", "code": "Code", "name": "Name", "strategy": "Strategy", "owner": "Responsible group",
        "source": "Source", "expense_type": "Expense type", "projects": "Projects", "activities": "Activities",
        "budget": "Allocated", "transfers_in": "Transfers in", "transfers_out": "Transfers out",
        "budget_after_transfers": "Budget after transfers", "obligated_to_date": "Obligated (PO)",
        "disbursed_to_date": "Disbursed", "used_to_date": "Used (PO + disbursed)", "remaining": "Remaining",
        "disbursed_pct": "% disbursed", "used_pct": "% used", "target_pct": "Target %", "gap_pct": "Gap %",
        "activities_done_pct": "% activities done", "indicator_results": "Indicators: target / result",
        "status": "Status", "problems": "Problems", "suggestions": "Suggestions", "project": "Project",
        "unit": "Unit", "direction": "Direction", "target": "Target", "result": "Result",
        "achieved_pct": "% achieved", "met": "Met", "indicators": "Indicators", "not_met": "Not met",
        "month": "Month", "planned_pct": "Planned %",
    ]

    static let thaiLabels: [String: String] = [
        "no": "ที่", "code": "รหัส", "name": "ชื่อ", "strategy": "กลยุทธ์", "owner": "กลุ่มผู้รับผิดชอบ",
        "source": "ประเภทงบประมาณ", "expense_type": "ประเภทงบรายจ่าย", "projects": "จำนวนโครงการ",
        "activities": "จำนวนกิจกรรม", "budget": "ได้รับจัดสรร", "transfers_in": "โอนเพิ่ม",
        "transfers_out": "โอนลด", "budget_after_transfers": "งบประมาณหลังโอน", "obligated_to_date": "ก่อหนี้ผูกพัน (PO)",
        "disbursed_to_date": "เบิกจ่าย", "used_to_date": "รวมใช้จ่าย (ผูกพัน + เบิกจ่าย)", "remaining": "คงเหลือ",
        "disbursed_pct": "ร้อยละการเบิกจ่าย", "used_pct": "ร้อยละการใช้จ่าย", "target_pct": "เป้าหมาย (ร้อยละ)",
        "gap_pct": "ส่วนต่าง (ร้อยละ)", "activities_done_pct": "ร้อยละกิจกรรมที่แล้วเสร็จ",
        "indicator_results": "ตัวชี้วัด: เป้าหมาย / ผล", "status": "สถานะ", "problems": "ปัญหาอุปสรรค",
        "suggestions": "ข้อเสนอแนะ", "project": "โครงการ", "unit": "หน่วยนับ", "direction": "ทิศทาง",
        "target": "เป้าหมาย", "result": "ผล", "achieved_pct": "ร้อยละความสำเร็จ", "met": "บรรลุ",
        "indicators": "จำนวนตัวชี้วัด", "not_met": "ไม่บรรลุ", "month": "เดือน", "planned_pct": "ตามแผน (ร้อยละ)",
    ]
}
