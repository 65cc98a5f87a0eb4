import PlanModel

/// A report: a title in English and Thai, header facts (label, value) and titled tables, for the Renderer.
public struct Report: Sendable {
    public var title: String
    public var thaiTitle: String
    /// Header facts in order, as (label, value).
    public var facts: [(String, String)]
    /// The report's tables in order, each under a title.
    public var sections: [(title: String, table: Table)]

    public init(title: String, thaiTitle: String, facts: [(String, String)], sections: [(title: String, table: Table)])
    {
        self.title = title
        self.thaiTitle = thaiTitle
        self.facts = facts
        self.sections = sections
    }
}
