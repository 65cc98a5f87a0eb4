import PlanModel

/// A span of the statement text, as UTF-8 byte offsets `[start, end)` into the text given to the parser.
public struct SourceRange: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }
}

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

/// Options of `simulate`.
public struct SimulateOptions: Sendable {
    /// The quarter the simulation starts after (actuals up to its end are known).
    public var fromQuarter: Int
    public var runs: Int
    public var seed: UInt64
    /// Slip probabilities by source, when given (`slip basic 0.1 strategic 0.3`).
    public var slip: [String: Double]
    public init(fromQuarter: Int, runs: Int = 1000, seed: UInt64 = 1, slip: [String: Double] = [:]) {
        self.fromQuarter = fromQuarter
        self.runs = runs
        self.seed = seed
        self.slip = slip
    }
}

/// One allocation criterion: `students 40%`.
public struct AllocationWeight: Sendable {
    public var column: String
    public var percent: Double
    public init(column: String, percent: Double) {
        self.column = column
        self.percent = percent
    }
}

/// A statement: everything a user can type is one of these.
public enum Statement: Sendable {
    /// A pipeline whose result is shown.
    case query(Pipeline)
    /// `let NAME = pipeline`: names a result for the rest of the session.
    case assign(name: String, Pipeline)
    /// `load "bundle"`: a plan bundle folder or one-file JSON bundle.
    case loadBundle(path: String)
    /// `load csv "file.csv" as NAME` (also a JSON array of objects with `load json`).
    case loadTable(path: String, format: String, name: String)
    /// `tables`
    case tables
    /// `describe NAME`
    case describe(String)
    /// `set OPTION VALUE` (format, lang, colour, rows, …); `set` alone lists them.
    case set(option: String?, value: String?)
    /// `help` or `help TOPIC`
    case help(String?)
    /// `save session "f.phaen"`
    case saveSession(path: String)
    /// `run "f.phaen"`
    case run(path: String)
    /// `report Q2`: the cumulative quarterly report.
    case report(quarter: Int)
    /// `simulate from Q2 runs 1000 seed 7`
    case simulate(SimulateOptions)
    /// `allocate 5_000_000 over units by students 40%, …`
    case allocate(amount: Money, table: String, weights: [AllocationWeight])
    /// `history`: the statements typed so far.
    case history
    /// `last`: the last result shown, again and in full (every row and column).
    case last
    /// `tutorial` or `tutorial N`
    case tutorial(Int?)
    /// `quit` / `exit`
    case quit
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
