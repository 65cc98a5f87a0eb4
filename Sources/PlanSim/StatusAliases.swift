/// Spellings of a project's `status` (English and Thai) and the Thai labels of the computed progress states.
enum StatusAliases {
    static let aliases: [String: String] = [
        "not_started": "not_started", "not started": "not_started", "ยังไม่ดำเนินการ": "not_started",
        "on_track": "on_track", "on track": "on_track", "ตามแผน": "on_track", "เป็นไปตามแผน": "on_track",
        "delayed": "delayed", "behind": "delayed", "ล่าช้า": "delayed",
        "done": "done", "completed": "done", "เสร็จสิ้น": "done", "ดำเนินการแล้วเสร็จ": "done",
        "cancelled": "cancelled", "canceled": "cancelled", "ยกเลิก": "cancelled",
    ]

    /// The canonical status for a spelling, or the text as given.
    static func canonical(_ text: String) -> String {
        aliases[text] ?? aliases[text.lowercased()] ?? text
    }

    /// Thai for a computed state (`ProjectState`).
    static let thaiState: [String: String] = [
        "not_started": "ยังไม่ดำเนินการ", "on_track": "ตามแผน", "behind": "ล่าช้า", "done": "เสร็จสิ้น",
        "cancelled": "ยกเลิก",
    ]
}
