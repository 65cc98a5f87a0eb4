import PlanModel

/// What a scenario change names: a code, with the kind of thing when the user wrote it (`project P11`), or all.
public struct ScenarioTargetSyntax: Sendable, Equatable {
    /// `project`, `activity`, `strategy` or `source` when written before the code; nil to look the code up.
    public var kind: String?
    /// The code as written; nil for `all`.
    public var code: String?
    public var range: SourceRange

    public init(kind: String?, code: String?, range: SourceRange) {
        self.kind = kind
        self.code = code
        self.range = range
    }
}

/// How much a cut or raise is: baht, or a percentage written as decimal text (`10`, `12.5`), kept exact.
public enum ScenarioAmountSyntax: Sendable, Equatable {
    case money(Money)
    case percent(String)
}

/// One change of `scenario NAME = …`, as written.
public struct ScenarioChangeSyntax: Sendable {
    public enum Kind: Sendable {
        case delay(ScenarioTargetSyntax, quarters: Int)
        case cut(ScenarioTargetSyntax, ScenarioAmountSyntax)
        case raise(ScenarioTargetSyntax, ScenarioAmountSyntax)
        case shift(Money, from: Int, to: Int, within: ScenarioTargetSyntax)
        case transfer(Money, from: ScenarioTargetSyntax, to: ScenarioTargetSyntax)
        case slip(ScenarioTargetSyntax, probability: Double)
        case driver(name: String, probability: Double, quarter: Int, touches: ScenarioTargetSyntax)
    }

    public var kind: Kind
    public var range: SourceRange

    public init(kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// `scenario NAME = [BASE +] change, …`.
public struct ScenarioDefinitionSyntax: Sendable {
    public var name: String
    public var base: String?
    public var baseRange: SourceRange?
    public var changes: [ScenarioChangeSyntax]

    public init(name: String, base: String?, baseRange: SourceRange?, changes: [ScenarioChangeSyntax]) {
        self.name = name
        self.base = base
        self.baseRange = baseRange
        self.changes = changes
    }
}

/// `STATEMENT in NAME`: a query, `let`, report or simulation run in a scenario.
public struct ScenarioSuffix: Command {
    public var name: String
    public var range: SourceRange
    public var inner: Statement
    public var pipedHint: String? { nil }
}
