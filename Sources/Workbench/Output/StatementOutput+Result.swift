extension StatementOutput {
    /// Whether this is a result `last` can show again: a table, chart, report or text, not a message.
    var isResult: Bool {
        switch self {
        case .table, .chart, .report, .text: true
        case .message, .inFull, .nothing, .quit: false
        }
    }
}
