import Foundation
import PlanData
import PlanModel
import PlanQuery
import PlanSim

/// One user's working session: the loaded plan and tables, settings, and what ran. Every way in — the shell,
/// `phaen FILE`, `phaen -c`, piped stdin and `run "file"` — calls `execute`.
public final class Session {
    /// How a session was started.
    public struct Options: Sendable {
        /// Refuse writes and reads outside `allow` (for a script from someone else).
        public var safe = false
        /// Folders `--safe` allows reading from.
        public var allow: [String] = []
        /// Go on after a failed statement in a script.
        public var keepGoing = false
        /// Print each statement before its result (`--echo`).
        public var echo = false
        /// The folder relative paths resolve against.
        public var directory = FileManager.default.currentDirectoryPath
        /// Where snapshots of loaded bundle folders are kept (`SnapshotCache`); `nil`: none are read or written.
        /// Never used under `safe`.
        public var snapshots: String?
        /// Where the lessons a user has done are kept (`$XDG_STATE_HOME/phaen/lessons-done`); nil keeps none
        /// (a transcript being checked lists the same for everyone).
        public var lessonProgress: String? = LessonProgress.file()
        public init() {}
    }

    /// The result of running text.
    public enum Outcome: Equatable, Sendable {
        case succeeded, failed, quit
    }

    public var settings = Settings()
    public let options: Options
    var workspace = Workspace()
    /// The lesson a trainee is doing, from `tutorial N` until `tutorial off`.
    var lessonMode: LessonMode?
    var scenarios = ScenarioState()
    /// The statements typed that succeeded, for `save session`.
    private(set) var succeeded: [RecordedStatement] = []
    /// Every statement typed, for `history`.
    private(set) var ran: [String] = []
    /// The last result shown, for `last`.
    var lastResult: StatementOutput?
    /// How many `run` statements and tutorial lessons are running: their statements are not typed ones, so
    /// they are not recorded for `save session`, `history` or the journal (the `run` itself is).
    var replaying = 0
    /// Where relative paths resolve and what `--safe` lets statements read and write.
    var paths: PathPolicy
    /// Scripts being run, to refuse a script that runs itself.
    var runningScripts: [String] = []
    /// The bundles the header of the script being run recorded, to warn when one loads with other contents.
    var recordedBundles: [(path: String, sha256: String)] = []
    let journal: Journal?
    let out: (String) -> Void
    let err: (String) -> Void
    /// Polled during long work; true when the user pressed Ctrl-C.
    public var shouldStop: () -> Bool = { false }
    /// Shown while a plan loads: a status line such as `loading disbursements.csv  45%`, then `""` when the
    /// load ends, to clear it. `nil` (the default): nothing is shown.
    public var progress: ((String) -> Void)?
    /// Called once a typed statement's result has been written, before what the session says about it (a lesson's
    /// verdict and next task): the shell shows the result then, through the pager when it is tall, so that what
    /// follows is on the screen after the pager closes rather than at the pager's end.
    public var resultWritten: () -> Void = {}

    /// A session writing results with `out` and errors with `err` (each call one whole block of text, no
    /// trailing newline), journaling to `journal` when given.
    public init(
        options: Options = Options(), journal: Journal? = nil,
        out: @escaping (String) -> Void, err: @escaping (String) -> Void
    ) {
        self.options = options
        self.journal = journal
        self.out = out
        self.err = err
        self.paths = PathPolicy(safe: options.safe, allow: options.allow, directory: options.directory)
        self.settings.echo = options.echo
    }

    /// The prompt: the loaded office and fiscal year, or the year alone (`set prompt`; on a terminal narrower
    /// than `PromptChoice.longFrom` columns by default).
    public var prompt: String {
        guard let plan = workspace.plan else { return "phaen> " }
        let scenario = scenarios.active.map { " · " + $0 } ?? ""
        guard PromptChoice.isLong(settings) else { return "phaen[\(plan.fiscalYear.buddhistEra)\(scenario)]> " }
        return "phaen[\(plan.office) \(plan.fiscalYear.buddhistEra)\(scenario)]> "
    }

    /// The prompt for a statement's continuation lines.
    public var continuationPrompt: String { "   ...> " }

    /// Whether `text` is a whole statement (no open quote or bracket, no trailing `|`).
    public func isComplete(_ text: String) -> Bool { StatementSplitter.isComplete(text) }

    /// Completion candidates for the text before the cursor; `start` is a UTF-8 offset into it.
    public func complete(_ textBeforeCursor: String) -> (start: Int, candidates: [String]) {
        Completer.complete(textBeforeCursor, catalog: workspace, grammar: StatementRegistry.grammar)
    }

    /// Parses and runs every statement in `text`. Errors are written as `FILE:LINE:COL: error: …`.
    /// `file` and `lineOffset` place the text in a script for error locations. A statement that does not parse
    /// stops the text before anything runs, unless `keepGoing`, when the others run around it.
    @discardableResult
    public func execute(_ text: String, file: String? = nil, lineOffset: Int = 0) -> Outcome {
        let source = StatementText(text, file: file, lineOffset: lineOffset)
        let parsed = Parser.statements(text, grammar: StatementRegistry.grammar)
        let typed = replaying == 0
        if !options.keepGoing, let error = parsed.lazy.compactMap(\.error).first {
            if typed { journal?.record(text, outcome: .failed) }
            report(error.located(in: text, file: file, lineOffset: lineOffset))
            return .failed
        }
        var outcome = Outcome.succeeded
        for statement in parsed {
            switch statement.result {
            case .failure(let error):
                if typed { journal?.record(source.slice(statement.range), outcome: .failed) }
                report(error.located(in: text, file: file, lineOffset: lineOffset))
                outcome = .failed
            case .success(let parsed):
                let statementText = source.slice(parsed.range)
                switch run(
                    inActiveScenario(StatementRegistry.sessionStatement(parsed.statement)), text: statementText,
                    at: parsed.range,
                    in: source)
                {
                case .succeeded: continue
                case .quit: return .quit
                case .failed:
                    outcome = .failed
                    if !options.keepGoing { return .failed }
                }
            }
        }
        return outcome
    }

    /// Runs one statement, writing its output or its error, and records it. The workspace changes only when it
    /// succeeds: the statement works on a copy that is swapped in at the end.
    private func run(_ statement: any SessionStatement, text: String, at range: SourceRange, in source: StatementText)
        -> Outcome
    {
        let typed = replaying == 0
        if typed {
            ran.append(text)
            if statement.isJournaled { journal?.begin(text) }
        }
        if settings.echo { out(text) }
        let outcome = perform(statement, at: range, in: source)
        if typed && statement.isJournaled { journal?.end(outcome) }
        if typed && outcome == .succeeded && statement.isReplayable {
            succeeded.append(RecordedStatement(text: text, effects: statement.effects, resolve: resolve))
        }
        return outcome
    }

    private func perform(_ statement: any SessionStatement, at range: SourceRange, in source: StatementText)
        -> Outcome
    {
        do {
            try checkEffects(statement.effects)
            var next = workspace
            let output = try statement.perform(in: self, &next)
            workspace = next
            if case .quit = output { return .quit }
            if let rendered = OutputWriter(settings: settings).render(output) {
                out(rendered)
                if replaying == 0 { resultWritten() }
            }
            checkLessonAnswer(output)
            if output.isResult { lastResult = output }
            return .succeeded
        } catch is AlreadyReported {
        } catch let error as Diagnostics {
            for d in error.items { report(d) }
            if error.more > 0 {
                err(settings.language == .th ? "… และอีก \(error.more) ข้อผิดพลาด" : "… and \(error.more) more errors")
            }
        } catch var error as Diagnostic {
            if error.location == .unknown, let other = error.file, other != source.file {
                error.nameFile(other, as: shownPath(other))
                error.file = nil
            }
            report(
                error.located(
                    in: source.text, file: source.file, lineOffset: source.lineOffset, statementStart: range.start))
        } catch {
            report(Diagnostic(file: source.file, message: "\(error)"))
        }
        return .failed
    }

    func report(_ d: Diagnostic) { err(d.formatted(thaiFirst: settings.language == .th)) }

    /// A path shown relative to the folder relative paths resolve against, as the user would have typed it.
    func shownPath(_ path: String) -> String { paths.shown(path) }

    /// A path as the user typed it, resolved against the current script's folder (or the working folder).
    func resolve(_ path: String) -> String { paths.resolve(path) }
}

extension Session {
    /// Ends the journal: removed when nothing ran.
    public func closeJournal() { journal?.closeRemovingIfEmpty() }
}

extension Diagnostic {
    /// A problem with another file (one being read or written), placed at the statement that named it: the
    /// message names that file as `shown` (the file's own location would point into the wrong file).
    mutating func nameFile(_ path: String, as shown: String) {
        if message.contains(path) {
            message = message.replacingOccurrences(of: path, with: shown)
            thai = thai?.replacingOccurrences(of: path, with: shown)
        } else {
            message = "\(shown): \(message)"
            thai = thai.map { "\(shown): \($0)" }
        }
    }
}
