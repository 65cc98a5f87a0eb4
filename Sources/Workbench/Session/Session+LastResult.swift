import PlanModel

extension StatementOutput {
    /// Whether this is a result `last` can show again: a table, chart, report or text, not a message.
    var isResult: Bool {
        switch self {
        case .table, .chart, .report, .text: true
        case .message, .inFull, .nothing, .quit: false
        }
    }
}

extension Session {
    /// `last`: the last result again, every row and column at full width (on a terminal, through the pager).
    func showLastResult() throws -> StatementOutput {
        guard let lastResult else {
            throw Diagnostic(message: "no result has been shown yet", thai: "ยังไม่มีผลลัพธ์ที่แสดงไว้")
        }
        return .inFull(lastResult)
    }
}
