import PlanData

/// The options a user changes with `set`: how results are shown and in which language. Each option is listed
/// once, in `options`; `set`, its listing and completion read that list.
public struct Settings: Sendable, Equatable {
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
    /// Whether each statement is printed before its result (`phaen --echo`, as `psql -e` does).
    public var echo: Bool = false
    public var wide: Wide = .auto
    /// Whether output taller than the screen goes through a pager (only ever on a terminal).
    public var pager: Bool = true
    public var prompt: Prompt = .auto
    /// The terminal's columns while results are shown on one (the shell sets it); nil for files, pipes and
    /// scripts, which get every column at full width so that transcripts stay the same.
    public var terminalWidth: Int?
    /// Whether a bundle folder re-opens from its snapshot when unchanged, and leaves one when loaded (never under
    /// `--safe`, and only when the session has a folder for them: `phaen` does, `$XDG_CACHE_HOME/phaen`).
    public var cache: Bool = true
    /// The most MiB the snapshots may take together.
    public var cacheLimit: Int = SnapshotCache.defaultLimit >> 20

    public init() {}

    /// One option of `set`: its name, the choices it offers (empty when free), and how it reads and writes.
    struct Option: Sendable {
        var name: String
        /// Other names it answers to (`color`, `language`).
        var aliases: [String] = []
        var choices: [String]
        /// The choices as `set` lists them.
        var describe: String
        var value: @Sendable (Settings) -> String
        /// Sets the value, or says what is wrong (English, Thai).
        var apply: @Sendable (inout Settings, String) -> (en: String, th: String)?
    }

    static let options: [Option] = [
        Option(
            name: "format", choices: Format.shown.map(\.rawValue),
            describe: Format.shown.map(\.rawValue).joined(separator: " | "), value: { $0.format.rawValue },
            apply: { settings, value in
                guard let f = Format(rawValue: value.lowercased()), f.isText else {
                    let all = Format.shown.map(\.rawValue).joined(separator: ", ")
                    let file =
                        Format(rawValue: value.lowercased()) == nil ? "" : "; write it to a file: export \"x.\(value)\""
                    return (
                        "format must be one of \(all) (not `\(value)`)\(file)",
                        "format ต้องเป็น \(all) (ไม่ใช่ `\(value)`)\(file)"
                    )
                }
                settings.format = f
                return nil
            }),
        Option(
            name: "lang", aliases: ["language"], choices: Language.allCases.map(\.rawValue), describe: "en | th",
            value: { $0.language.rawValue },
            apply: { settings, value in
                guard let l = Language(rawValue: value.lowercased()) ?? languageNames[value.lowercased()] else {
                    return ("lang must be en or th (not `\(value)`)", "lang ต้องเป็น en หรือ th (ไม่ใช่ `\(value)`)")
                }
                settings.language = l
                return nil
            }),
        onOff("colour", aliases: ["color"], \.colour),
        Option(
            name: "rows", choices: [], describe: "a number (0 = all)", value: { String($0.rows) },
            apply: { settings, value in
                guard let n = Int(value.replacingOccurrences(of: "_", with: "")), n >= 0 else {
                    return (
                        "rows must be a whole number, 0 for all (not `\(value)`)",
                        "rows ต้องเป็นจำนวนเต็ม 0 คือแสดงทั้งหมด (ไม่ใช่ `\(value)`)"
                    )
                }
                settings.rows = n
                return nil
            }),
        onOff("echo", \.echo),
        choice("wide", \.wide),
        onOff("pager", \.pager),
        choice("prompt", \.prompt),
        onOff("cache", \.cache),
        Option(
            name: "cache_limit", choices: [], describe: "MiB for all snapshots", value: { String($0.cacheLimit) },
            apply: { settings, value in
                guard let n = Int(value.replacingOccurrences(of: "_", with: "")), n >= 0 else {
                    return (
                        "cache_limit must be a whole number of MiB (not `\(value)`)",
                        "cache_limit ต้องเป็นจำนวนเต็ม หน่วย MiB (ไม่ใช่ `\(value)`)"
                    )
                }
                settings.cacheLimit = n
                return nil
            }),
    ]

    /// An option that takes one of an enumeration's cases.
    private static func choice<Choice: RawRepresentable & CaseIterable & Sendable>(
        _ name: String, _ key: WritableKeyPath<Settings, Choice> & Sendable
    ) -> Option where Choice.RawValue == String {
        let all = Choice.allCases.map(\.rawValue)
        return Option(
            name: name, choices: all, describe: all.joined(separator: " | "), value: { $0[keyPath: key].rawValue },
            apply: { settings, value in
                guard let chosen = Choice(rawValue: value.lowercased()) else {
                    let list = all.joined(separator: ", ")
                    return (
                        "\(name) must be one of \(list) (not `\(value)`)", "\(name) ต้องเป็น \(list) (ไม่ใช่ `\(value)`)"
                    )
                }
                settings[keyPath: key] = chosen
                return nil
            })
    }

    /// An option that is on or off.
    private static func onOff(
        _ name: String, aliases: [String] = [], _ key: WritableKeyPath<Settings, Bool> & Sendable
    ) -> Option {
        Option(
            name: name, aliases: aliases, choices: ["on", "off"], describe: "on | off",
            value: { $0[keyPath: key] ? "on" : "off" },
            apply: { settings, value in
                switch value.lowercased() {
                case "on", "true", "yes": settings[keyPath: key] = true
                case "off", "false", "no": settings[keyPath: key] = false
                default:
                    return ("\(name) must be on or off (not `\(value)`)", "\(name) ต้องเป็น on หรือ off (ไม่ใช่ `\(value)`)")
                }
                return nil
            })
    }

    /// The option called `name` or one of its aliases.
    static func option(_ name: String) -> Option? {
        let key = name.lowercased()
        return options.first { $0.name == key || $0.aliases.contains(key) }
    }

    /// Applies `set NAME VALUE`, or says what is wrong (English, Thai).
    public mutating func apply(option name: String, value: String) -> (en: String, th: String)? {
        guard let option = Self.option(name) else {
            let names = Self.options.map(\.name).joined(separator: ", ")
            return ("no option `\(name)`; options are \(names)", "ไม่มีตัวเลือก `\(name)` ตัวเลือกที่มี: \(names)")
        }
        return option.apply(&self, value)
    }

    /// The current value of option `name`, as `set` shows it.
    func value(of name: String) -> String { Self.option(name).map { $0.value(self) } ?? "" }

    /// Other ways users name the two languages (`set lang ไทย`).
    static let languageNames: [String: Language] = [
        "thai": .th, "ไทย": .th, "ภาษาไทย": .th, "english": .en, "อังกฤษ": .en, "ภาษาอังกฤษ": .en,
    ]
}
