/// The language's words: steps, functions and operators, shared by the parser (for
/// "did you mean …?"), the completer and help.
public enum Vocabulary {
    /// Words that start a pipeline step (after `|`).
    public static let steps = [
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
        "start_of", "days_between", "percent", "points", "if",
    ]

    public static var functions: [String] { aggregates + scalars }

    /// Words with a meaning inside expressions.
    static let expressionWords = [
        "and", "or", "not", "in", "between", "is", "null", "true", "false", "contains", "case", "when", "then", "else",
        "end",
    ]

}
