import PlanModel

/// What a long load tells the user and listens for: how far it is through each file, reported in steps of 5%
/// (at most 20 reports a file), and whether to stop, asked about every 64 K rows and between files.
final class LoadControl {
    /// The error a stopped load throws.
    static let interrupted = Diagnostic(message: "interrupted", thai: "ถูกขัดจังหวะ")
    /// Rows between calls to `advance`; a power of two.
    static let rowsPerAdvance = 4096
    private static let rowsPerPoll = 1 << 16
    private static let steps = 20

    private let report: ((_ file: String, _ fraction: Double) -> Void)?
    private let shouldStop: () -> Bool
    private var file = ""
    /// The part of the current file the table being read covers.
    private var span = (start: 0.0, end: 1.0)
    /// Steps reported so far for the current file.
    private var reported = 0

    init(progress: ((_ file: String, _ fraction: Double) -> Void)?, shouldStop: @escaping () -> Bool) {
        report = progress
        self.shouldStop = shouldStop
    }

    /// Starts reporting on `file` (its name without the folder), whose reading goes from `start` to `end` of
    /// it; a new file starts again from no steps reported.
    func begin(_ file: String, from start: Double = 0, to end: Double = 1) {
        if file != self.file { reported = 0 }
        self.file = file
        span = (start, end)
    }

    /// After every `rowsPerAdvance` rows: reports progress when it passes a step, and asks whether to stop.
    func advance(rows: Int, fraction: Double) throws(Diagnostic) {
        if rows % Self.rowsPerPoll == 0 { try checkStop() }
        move(to: span.start + (span.end - span.start) * min(max(fraction, 0), 1))
    }

    /// The current table is read: its whole span is done.
    func endOfTable() { move(to: span.end) }

    /// Throws `interrupted` if the user asked to stop.
    func checkStop() throws(Diagnostic) {
        if shouldStop() { throw Self.interrupted }
    }

    private func move(to fraction: Double) {
        guard let report else { return }
        let step = Int(fraction * Double(Self.steps) + 1e-9)
        guard step > reported else { return }
        reported = step
        report(file, Double(step) / Double(Self.steps))
    }
}
