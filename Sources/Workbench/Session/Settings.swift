/// The options a user changes with `set`: how results are shown and in which language.
public struct Settings: Sendable, Equatable {
    /// The language of messages and help.
    public enum Language: String, Sendable, CaseIterable { case en, th }

    public var format: Format = .table
    public var language: Language = .en
    /// Whether to colour headers and errors (only ever on a terminal).
    public var colour: Bool = false
    /// How many rows a table shows before "… N more rows"; 0 shows all.
    public var rows: Int = 40

    public init() {}

    /// The option names `set` accepts, with what each takes.
    public static let options: [(name: String, values: String)] = [
        ("format", Format.shown.map(\.rawValue).joined(separator: " | ")),
        ("lang", "en | th"),
        ("colour", "on | off"),
        ("rows", "a number (0 = all)"),
    ]

    /// Applies `set NAME VALUE`, or says what is wrong (English, Thai).
    public mutating func apply(option: String, value: String) -> (en: String, th: String)? {
        switch option.lowercased() {
        case "format":
            let names = Format.shown.map(\.rawValue).joined(separator: ", ")
            guard let f = Format(rawValue: value.lowercased()), f.isText else {
                let file = Format(rawValue: value.lowercased()) == nil ? "" : "; write a workbook to a file: export \"x.\(value)\""
                return ("format must be one of \(names) (not `\(value)`)\(file)",
                        "format ต้องเป็น \(names) (ไม่ใช่ `\(value)`)\(file)")
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
        [("format", format.rawValue), ("lang", language.rawValue), ("colour", colour ? "on" : "off"), ("rows", String(rows))]
    }
}
