/// The language's words: statement keywords, steps, functions and options, shared by the parser (for
/// "did you mean …?"), the completer and help.
enum Vocabulary {
    /// Words that start a statement other than a pipeline.
    static let statements = [
        "let", "load", "tables", "describe", "set", "help", "save", "run", "report", "simulate", "allocate",
        "history", "last", "tutorial", "quit", "exit",
    ]

    /// Words that start a pipeline step (after `|`).
    static let steps = [
        "where", "select", "derive", "sort", "take", "group", "agg", "distinct", "join", "chart", "export",
    ]

    /// Words from other languages that users type for a step, and the step meant.
    static let stepAliases = [
        "filter": "where", "order": "sort", "orderby": "sort", "limit": "take", "head": "take", "top": "take",
        "groupby": "group", "aggregate": "agg", "summarize": "agg", "unique": "distinct", "mutate": "derive",
        "extend": "derive", "plot": "chart", "save": "export", "output": "export",
    ]

    /// Functions that reduce many rows to one value: only inside `agg`.
    static let aggregates = ["count", "sum", "avg", "min", "max", "share"]

    /// Functions of one row's values.
    static let scalars = [
        "round", "abs", "coalesce", "lower", "upper", "length", "year", "month", "quarter", "end_of",
        "start_of", "days_between",
    ]

    static var functions: [String] { aggregates + scalars }

    /// Words with a meaning inside expressions.
    static let expressionWords = ["and", "or", "not", "in", "between", "is", "null", "true", "false", "contains"]

    /// Options of `set`, and the values each takes (empty when free).
    static let options: [(name: String, values: [String])] = [
        ("format", ["table", "csv", "json", "markdown"]), ("lang", ["en", "th"]), ("colour", ["on", "off"]),
        ("rows", []),
    ]

    /// File formats of `load FORMAT "file" as NAME`.
    static let loadFormats = ["csv", "json"]
}
