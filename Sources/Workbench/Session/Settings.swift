/// The options a user changes with `set`: how results are shown and in which language.
public struct Settings: Sendable, Equatable {
    /// How results are written.
    public enum Format: String, Sendable, CaseIterable { case table, csv, json, markdown }
    /// The language of messages and help.
    public enum Language: String, Sendable, CaseIterable { case en, th }
    /// How a table wider than the terminal is shown: chosen for it (`auto`), its columns that do not fit left out
    /// (`cut`), one `column │ value` line each (`expanded`), or its text wrapped within narrower columns (`wrap`).
    public enum Wide: String, Sendable, CaseIterable { case auto, cut, expanded, wrap }
    /// The prompt: the office and year (`long`), the year alone (`short`), or short on a narrow terminal (`auto`).
    public enum Prompt: String, Sendable, CaseIterable { case auto, long, short }

    public var format: Format = .table
    public var language: Language = .en
    /// Whether to colour headers and errors (only ever on a terminal).
    public var colour: Bool = false
    /// How many rows a table shows before "… N more rows"; 0 shows all.
    public var rows: Int = 40
    public var wide: Wide = .auto
    /// Whether output taller than the screen goes through a pager (only ever on a terminal).
    public var pager: Bool = true
    public var prompt: Prompt = .auto
    /// The terminal's columns while results are shown on one (the shell sets it); nil for files, pipes and
    /// scripts, which get every column at full width so that transcripts stay the same.
    public var terminalWidth: Int?

    public init() {}

    /// The option names `set` accepts, with what each takes.
    public static let options: [(name: String, values: String)] = [
        ("format", "table | csv | json | markdown"),
        ("lang", "en | th"),
        ("colour", "on | off"),
        ("rows", "a number (0 = all)"),
        ("wide", "auto | cut | expanded | wrap"),
        ("pager", "on | off"),
        ("prompt", "auto | long | short"),
    ]

    /// Applies `set NAME VALUE`, or says what is wrong (English, Thai).
    public mutating func apply(option: String, value: String) -> (en: String, th: String)? {
        switch option.lowercased() {
        case "format":
            guard let f = Format(rawValue: value.lowercased()) else {
                return ("format must be one of table, csv, json, markdown (not `\(value)`)",
                        "format ต้องเป็น table, csv, json หรือ markdown (ไม่ใช่ `\(value)`)")
            }
            format = f
        case "lang", "language":
            guard let l = Language(rawValue: value.lowercased()) ?? Self.languageNames[value.lowercased()] else {
                return ("lang must be en or th (not `\(value)`)", "lang ต้องเป็น en หรือ th (ไม่ใช่ `\(value)`)")
            }
            language = l
        case "colour", "color":
            switch value.lowercased() {
            case "on", "true", "yes": colour = true
            case "off", "false", "no": colour = false
            default: return ("colour must be on or off (not `\(value)`)", "colour ต้องเป็น on หรือ off (ไม่ใช่ `\(value)`)")
            }
        case "rows":
            guard let n = Int(value.replacingOccurrences(of: "_", with: "")), n >= 0 else {
                return ("rows must be a whole number, 0 for all (not `\(value)`)",
                        "rows ต้องเป็นจำนวนเต็ม 0 คือแสดงทั้งหมด (ไม่ใช่ `\(value)`)")
            }
            rows = n
        case "wide":
            guard let w = Wide(rawValue: value.lowercased()) else {
                return ("wide must be one of auto, cut, expanded, wrap (not `\(value)`)",
                        "wide ต้องเป็น auto, cut, expanded หรือ wrap (ไม่ใช่ `\(value)`)")
            }
            wide = w
        case "pager":
            switch value.lowercased() {
            case "on", "true", "yes": pager = true
            case "off", "false", "no": pager = false
            default: return ("pager must be on or off (not `\(value)`)", "pager ต้องเป็น on หรือ off (ไม่ใช่ `\(value)`)")
            }
        case "prompt":
            guard let p = Prompt(rawValue: value.lowercased()) else {
                return ("prompt must be one of auto, long, short (not `\(value)`)",
                        "prompt ต้องเป็น auto, long หรือ short (ไม่ใช่ `\(value)`)")
            }
            prompt = p
        default:
            let names = Settings.options.map(\.name).joined(separator: ", ")
            return ("no option `\(option)`; options are \(names)", "ไม่มีตัวเลือก `\(option)` ตัวเลือกที่มี: \(names)")
        }
        return nil
    }

    /// Other ways users name the two languages (`set lang ไทย`).
    static let languageNames: [String: Language] = [
        "thai": .th, "ไทย": .th, "ภาษาไทย": .th, "english": .en, "อังกฤษ": .en, "ภาษาอังกฤษ": .en,
    ]

    /// The current value of each option, for `set` alone.
    public var listing: [(String, String)] {
        [
            ("format", format.rawValue), ("lang", language.rawValue), ("colour", colour ? "on" : "off"),
            ("rows", String(rows)), ("wide", wide.rawValue), ("pager", pager ? "on" : "off"),
            ("prompt", prompt.rawValue),
        ]
    }
}
