import PlanModel

/// What a scenario's change applies to: a project, an activity, a strategy or a budget source, by code.
public enum ScenarioTarget: Hashable, Sendable, CustomStringConvertible {
    case project(String)
    case activity(String)
    case strategy(String)
    /// `basic` or `strategic` (aliases resolved).
    case source(String)
    /// Every project of the plan.
    case everything

    public var description: String {
        switch self {
        case .project(let code): "project \(code)"
        case .activity(let code): "activity \(code)"
        case .strategy(let code): "strategy \(code)"
        case .source(let name): "source \(name)"
        case .everything: "all"
        }
    }
}

/// An exact share of an amount: `numerator / denominator` (10% is 10/100, 12.5% is 125/1000).
public struct Proportion: Hashable, Sendable {
    public let numerator: Int64
    public let denominator: Int64

    /// A proportion; `denominator` > 0, `numerator` ≥ 0.
    public init(numerator: Int64, denominator: Int64) {
        precondition(denominator > 0 && numerator >= 0, "a proportion is a non-negative fraction")
        self.numerator = numerator
        self.denominator = denominator
    }

    /// A percentage written as decimal text (`10`, `12.5`), exactly; nil for anything else or more than 6
    /// decimals.
    public init?(percentText text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int64(parts[0]), whole >= 0, whole <= 1_000_000_000 else { return nil }
        let decimals = parts.count == 2 ? parts[1] : ""
        guard decimals.count <= 6, decimals.allSatisfy(\.isASCII), decimals.allSatisfy(\.isNumber) else { return nil }
        var scale: Int64 = 100
        var numerator = whole
        for digit in decimals {
            numerator = numerator * 10 + Int64(digit.wholeNumberValue!)
            scale *= 10
        }
        self.init(numerator: numerator, denominator: scale)
    }

    /// The proportion as a fraction of 1 (for messages).
    public var value: Double { Double(numerator) / Double(denominator) }

    /// `amount × self`, rounded half to even to the satang, computed in 128 bits; nil when it does not fit.
    public func of(_ amount: Int64) -> Int64? {
        ExactSplit.scaled(amount, by: numerator, over: denominator)
    }
}

/// How much a budget is cut or raised by.
public enum ScenarioAmount: Hashable, Sendable {
    case money(Money)
    case proportion(Proportion)
}

/// One change a scenario makes to the plan's inputs.
public enum ScenarioChange: Hashable, Sendable {
    /// The target's planned amounts move `quarters` (1…3) later; what would pass Q4 is planned in Q4.
    case delay(ScenarioTarget, quarters: Int)
    /// The target's budget goes down: spread over its items in proportion to their budgets, and over each item's
    /// quarters in proportion to its plan.
    case cut(ScenarioTarget, ScenarioAmount)
    /// The target's budget goes up, spread as a cut is.
    case raise(ScenarioTarget, ScenarioAmount)
    /// `amount` of the target's plan moves from quarter `from` to quarter `to` (1…4).
    case shift(Money, from: Int, to: Int, within: ScenarioTarget)
    /// `amount` of budget moves from one project or activity to another (a transfer, โอนเปลี่ยนแปลง).
    case transfer(Money, from: ScenarioTarget, to: ScenarioTarget)
    /// The slip probability of a source, strategy or project in `simulate`.
    case slip(ScenarioTarget, probability: Double)
    /// A risk driver for `simulate`.
    case driver(RiskDriver)
}

/// A cause that touches many items at once, drawn once per simulated run and shared by every item it touches:
/// with `probability` (0…1), nothing the items owe is paid in `quarter` (1…4): it moves to the next quarter,
/// or is unspent after Q4.
public struct RiskDriver: Hashable, Sendable {
    /// What the user calls it ("late release of Q3 funds").
    public var name: String
    public var probability: Double
    public var quarter: Int
    public var touches: ScenarioTarget

    public init(name: String, probability: Double, quarter: Int, touches: ScenarioTarget) {
        self.name = name
        self.probability = probability
        self.quarter = quarter
        self.touches = touches
    }
}
