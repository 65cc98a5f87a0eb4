import PlanModel
import PlanSim

/// A scenario change in words, for `scenarios` and for errors.
enum ScenarioText {
    static func english(_ change: ScenarioChange) -> String {
        switch change {
        case .delay(let target, let quarters):
            return "delay \(target) by \(quarters) quarter\(quarters == 1 ? "" : "s")"
        case .cut(let target, let amount):
            return "cut \(target) by \(text(amount))"
        case .raise(let target, let amount):
            return "raise \(target) by \(text(amount))"
        case .shift(let money, let from, let to, let within):
            return "shift \(money) from Q\(from) to Q\(to)" + (within == .everything ? "" : " in \(within)")
        case .transfer(let money, let from, let to):
            return "transfer \(money) from \(from) to \(to)"
        case .slip(let target, let p):
            return "slip \(target) \(percent(p))"
        case .driver(let d):
            return "driver \"\(d.name)\" \(percent(d.probability)) delays \(d.touches) in Q\(d.quarter)"
        }
    }

    static func text(_ amount: ScenarioAmount) -> String {
        switch amount {
        case .money(let m): "\(m)"
        case .proportion(let p): percent(p.value)
        }
    }

    static func percent(_ p: Double) -> String {
        let v = (p * 100 * 1_000_000).rounded() / 1_000_000
        return (v == v.rounded() ? String(Int64(v)) : String(v)) + "%"
    }
}
