import PlanModel

/// A report: a title in English and Thai, header facts (label, value), titled tables and, for the year-end
/// report, a few sentences of summary — for the Renderer and the file writers.
public struct Report: Sendable {
    public var title: String
    public var thaiTitle: String
    /// Header facts in order, as (label, value).
    public var facts: [(String, String)]
    /// The report's tables in order, each under a title. A table's name says what it is (`report_projects`,
    /// `report_months`, …), so a writer can draw a chart from it.
    public var sections: [(title: String, table: Table)]
    /// The language its headings and labels are written in; column headers come from `label(_:)`.
    public var language: ReportLanguage
    /// Sentences of summary filled from the figures (the 12-month report's account for the public).
    public var paragraphs: [String]
    /// The table the statement answers with, when one of the sections is that answer and the others show it
    /// (`compare`'s table, under which its chart is drawn): what a lesson checks a trainee's answer against.
    public var result: Table?

    public init(
        title: String, thaiTitle: String, facts: [(String, String)], sections: [(title: String, table: Table)],
        language: ReportLanguage = .en, paragraphs: [String] = [], result: Table? = nil
    ) {
        self.title = title
        self.thaiTitle = thaiTitle
        self.facts = facts
        self.sections = sections
        self.language = language
        self.paragraphs = paragraphs
        self.result = result
    }

    /// The title in the report's language.
    public var heading: String { language == .th ? thaiTitle : title }

    /// The header of a column in the report's language.
    public func label(_ column: String) -> String { language.label(column) }
}
