import PlanModel
import PlanQuery

/// A statement that is its word alone and touches nothing outside the session: it takes no arguments, Tab offers
/// nothing after it, and it is not replayed, not journaled and has no effects. Conforming is the declaration
/// `SessionStatement` asks for, made once for `quit`, `history`, `last` and the lesson words.
protocol BareWordStatement: WordStatement {
    init()
}

extension BareWordStatement {
    static func parse(_ p: inout TokenParser) throws(QueryError) -> Self { Self() }
    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] { [] }

    var pipedHint: String? { nil }
    var isReplayable: Bool { false }
    var isJournaled: Bool { false }
    var effects: [Effect] { [] }
}
