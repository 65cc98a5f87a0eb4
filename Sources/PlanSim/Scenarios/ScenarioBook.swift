import PlanModel

/// A named scenario: optionally another scenario it builds on, then its own changes, in order.
public struct ScenarioDefinition: Sendable {
    public var name: String
    /// The scenario this one builds on (`late2 = late + cut S2 10%`), or nil for the baseline.
    public var base: String?
    public var changes: [ScenarioChange]
    /// Each change as the user wrote it, for listings.
    public var texts: [String]

    public init(name: String, base: String?, changes: [ScenarioChange], texts: [String]) {
        self.name = name
        self.base = base
        self.changes = changes
        self.texts = texts
    }
}

/// The scenarios defined in a session. `baseline` is the plan as loaded and cannot be defined.
public struct ScenarioBook: Sendable {
    /// The name of the plan without changes.
    public static let baseline = "baseline"

    public private(set) var definitions: [String: ScenarioDefinition] = [:]
    /// Names in the order first defined.
    public private(set) var names: [String] = []

    public init() {}

    /// Every change of a scenario, its bases' first; `baseline` has none.
    public func changes(of name: String) throws -> [ScenarioChange] {
        if name == Self.baseline { return [] }
        guard let definition = definitions[name] else { throw Self.unknown(name, among: names) }
        return try (definition.base.map(changes(of:)) ?? []) + definition.changes
    }

    /// The book with `definition` added (or replacing one of the same name). Throws for the name `baseline`, an
    /// unknown base, or a base that is, or builds on, the scenario itself.
    public func defining(_ definition: ScenarioDefinition) throws -> ScenarioBook {
        if definition.name == Self.baseline {
            throw Diagnostic(
                message: "`baseline` is the plan as loaded; give the scenario another name",
                thai: "`baseline` คือแผนตามที่โหลด ให้ตั้งชื่อฉากทัศน์อื่น")
        }
        var base = definition.base
        while let name = base {
            if name == definition.name {
                throw Diagnostic(
                    message: "scenario \(definition.name) cannot build on itself"
                        + (name == definition.base ? "" : " (through \(definition.base!))"),
                    thai: "ฉากทัศน์ \(definition.name) สร้างต่อจากตัวเองไม่ได้")
            }
            if name == Self.baseline { break }
            guard let next = definitions[name] else { throw Self.unknown(name, among: names) }
            base = next.base
        }
        var out = self
        if out.definitions[definition.name] == nil { out.names.append(definition.name) }
        out.definitions[definition.name] = definition
        return out
    }

    static func unknown(_ name: String, among names: [String]) -> Diagnostic {
        let known = ([baseline] + names).joined(separator: ", ")
        return Diagnostic(
            message: "there is no scenario \(name); defined: \(known)",
            thai: "ไม่มีฉากทัศน์ \(name) ที่มีอยู่: \(known)")
    }
}
