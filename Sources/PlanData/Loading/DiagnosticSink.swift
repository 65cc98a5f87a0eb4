import PlanModel

/// Collects the problems a load finds, keeping the first `limit` and counting the rest.
struct DiagnosticSink {
    static let limit = 50
    private(set) var items: [Diagnostic] = []
    private(set) var more = 0

    var isEmpty: Bool { items.isEmpty }

    mutating func add(_ d: Diagnostic) {
        if items.count < DiagnosticSink.limit { items.append(d) } else { more += 1 }
    }

    /// Adds what `other` collected, after what this sink holds, each item changed by `adjust`.
    mutating func add(contentsOf other: DiagnosticSink, adjusting adjust: (Diagnostic) -> Diagnostic) {
        for item in other.items { add(adjust(item)) }
        more += other.more
    }

    /// Throws everything collected, if anything was.
    func throwIfAny() throws(Diagnostics) {
        if !items.isEmpty { throw Diagnostics(items, more: more) }
    }
}
