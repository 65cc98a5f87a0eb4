import PlanModel

/// A binary operator.
public enum BinaryOp: String, Sendable {
    case add = "+"
    case sub = "-"
    case mul = "*"
    case div = "/"
    case mod = "%"
    case eq = "="
    case ne = "!="
    case lt = "<"
    case le = "<="
    case gt = ">"
    case ge = ">="
    case and, or
    /// Substring match for Thai and English text (`name contains "อบรม"`).
    case contains
}

/// A unary operator.
public enum UnaryOp: String, Sendable {
    case neg = "-"
    case not
}

/// An expression. Plain data with source ranges; it knows nothing of evaluation or output.
public indirect enum Expr: Sendable {
    case literal(Value, SourceRange)
    /// A column, or a path along relations (`project.strategy.name`).
    case column([String], SourceRange)
    /// A quarter literal `Q1`…`Q4`.
    case quarter(Int, SourceRange)
    case unary(UnaryOp, Expr, SourceRange)
    case binary(BinaryOp, Expr, Expr, SourceRange)
    case call(String, [Expr], SourceRange)
    case inList(Expr, [Expr], negated: Bool, SourceRange)
    case between(Expr, Expr, Expr, negated: Bool, SourceRange)
    case isNull(Expr, negated: Bool, SourceRange)

    public var range: SourceRange {
        switch self {
        case .literal(_, let r), .column(_, let r), .quarter(_, let r), .unary(_, _, let r),
            .binary(_, _, _, let r), .call(_, _, let r), .inList(_, _, _, let r), .between(_, _, _, _, let r),
            .isNull(_, _, let r):
            r
        }
    }
}

/// `name = expr`, or a bare expression whose name is derived from its text.
public struct NamedExpr: Sendable {
    public var name: String
    public var expr: Expr
    public init(name: String, expr: Expr) {
        self.name = name
        self.expr = expr
    }
}

/// One sort key.
public struct SortKey: Sendable {
    public var expr: Expr
    public var descending: Bool
    public init(expr: Expr, descending: Bool) {
        self.expr = expr
        self.descending = descending
    }
}

/// The kinds of chart.
public enum ChartKind: String, Sendable { case bar, line }

/// One step of a pipeline.
public enum Step: Sendable {
    case filter(Expr, SourceRange)
    /// Keep only these columns (computed or not), in this order.
    case select([NamedExpr], SourceRange)
    /// Add (or replace) columns, keeping the others.
    case derive([NamedExpr], SourceRange)
    case sort([SortKey], SourceRange)
    case take(Int, SourceRange)
    /// Group keys; must be followed by `agg`.
    case group([NamedExpr], SourceRange)
    /// Aggregates: over the preceding `group`, or over the whole table.
    case agg([NamedExpr], SourceRange)
    case distinct(SourceRange)
    /// Join with another table on `column = other.column` (or along a relation when `on` is empty).
    case join(table: String, on: [(left: [String], right: String)], SourceRange)
    case chart(ChartKind, value: Expr, by: Expr, SourceRange)
    case export(path: String, SourceRange)

    public var range: SourceRange {
        switch self {
        case .filter(_, let r), .select(_, let r), .derive(_, let r), .sort(_, let r), .take(_, let r),
            .group(_, let r), .agg(_, let r), .distinct(let r), .join(_, _, let r), .chart(_, _, _, let r),
            .export(_, let r):
            r
        }
    }
}

/// Where a pipeline starts: a table by name, or a table function such as `progress(Q2)`.
public enum PipelineSource: Sendable {
    case table(String, SourceRange)
    case function(String, [Expr], SourceRange)
}

/// A source followed by steps.
public struct Pipeline: Sendable {
    public var source: PipelineSource
    public var steps: [Step]
    public var range: SourceRange
    public init(source: PipelineSource, steps: [Step], range: SourceRange) {
        self.source = source
        self.steps = steps
        self.range = range
    }
}

/// A statement: a pipeline, `let`, or a command of the grammar's.
public enum Statement: Sendable {
    /// A pipeline whose result is shown.
    case query(Pipeline)
    /// `let NAME = pipeline`: names a result for the rest of the session.
    case assign(name: String, Pipeline)
    /// Any other statement, as its grammar rule read it.
    case command(any Command)
}

/// A parsed statement with its range in the text.
public struct ParsedStatement: Sendable {
    public var statement: Statement
    public var range: SourceRange
    public init(statement: Statement, range: SourceRange) {
        self.statement = statement
        self.range = range
    }
}
