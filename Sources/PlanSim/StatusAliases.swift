import PlanModel

/// A project's `status` as the contract spells it, and the Thai labels of the computed progress states.
enum StatusAliases {
    /// The canonical status for a spelling, or the text as given.
    static func canonical(_ text: String) -> String {
        PlanSchema.statusAliases[text] ?? PlanSchema.statusAliases[text.lowercased()] ?? text
    }

    /// Thai for a computed state (`ProjectState`).
    static let thaiState: [String: String] = [
        "not_started": "ยังไม่ดำเนินการ", "on_track": "ตามแผน", "behind": "ล่าช้า", "done": "เสร็จสิ้น",
        "cancelled": "ยกเลิก",
    ]
}
