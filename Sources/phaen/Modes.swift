import Foundation
import LineEditing
import PlanModel
import SystemCalls
import Workbench

/// The ways into a session. Each returns the process's exit status.
enum Modes {
    /// A bundle to load into every session before its statements (`--plan`).
    nonisolated(unsafe) static var initialPlan: String?

    /// A session writing results to stdout and errors to stderr (through the shell's `screen`, when given, with
    /// results fitted to the terminal), journaled when asked. Errors are red while `set colour` is on and stderr
    /// is a terminal.
    static func session(
        _ options: Session.Options, journal: Bool, colour: Bool = false, screen: ScreenOutput? = nil
    ) -> Session {
        let write = screen?.write ?? Output.write
        let j = journal ? Journal(folder: Journal.folder()) : nil
        var colourErrors: () -> Bool = { false }
        let session = Session(
            options: options, journal: j,
            out: { write($0 + "\n", 1) },
            err: { write((colourErrors() ? "\u{1B}[31m\($0)\u{1B}[0m" : $0) + "\n", 2) })
        colourErrors = { [unowned session] in session.settings.colour && isatty(2) != 0 }
        session.settings.colour = colour
        session.settings.terminalWidth = screen != nil ? TerminalSize.current()?.columns : nil
        session.shouldStop = { Interrupt.isRequested }
        if let initialPlan {
            let quoted = initialPlan.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
                of: "\"", with: "\\\"")
            initialPlanFailed = session.execute("load \"\(quoted)\"", file: "--plan") == .failed
        }
        return session
    }

    /// Whether the `--plan` bundle failed to load.
    nonisolated(unsafe) static var initialPlanFailed = false

    /// Runs statements without a terminal (`-c`, scripts, stdin). A `--plan` bundle that fails to load fails
    /// the run: nothing else runs, unless `--keep-going`, and the exit status is 1 either way.
    static func batch(_ options: Session.Options, _ run: (Session) -> Int32) -> Int32 {
        let session = session(options, journal: false)
        if initialPlanFailed && !options.keepGoing { return 1 }
        let status = run(session)
        return initialPlanFailed ? 1 : status
    }

    static func scripts(_ files: [String], options: Session.Options) -> Int32 {
        batch(options) { session in runScripts(files, in: session, options: options) }
    }

    private static func runScripts(_ files: [String], in session: Session, options: Session.Options) -> Int32 {
        var failed = false
        for file in files {
            let path =
                (file as NSString).isAbsolutePath
                ? file : (options.directory as NSString).appendingPathComponent(file)
            switch session.runScript(at: (path as NSString).standardizingPath) {
            case .succeeded: continue
            case .quit: return failed ? 1 : 0
            case .failed:
                failed = true
                if !options.keepGoing { return 1 }
            }
        }
        return failed ? 1 : 0
    }

    static func standardInput(_ options: Session.Options) -> Int32 {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else {
            Output.write("<stdin>: error: the input is not UTF-8 text; " + Session.notUTF8Hint + "\n", to: 2)
            return 1
        }
        return batch(options) { $0.execute(text, file: "<stdin>") == .failed ? 1 : 0 }
    }

    /// Whether the shell colours by default: not when `NO_COLOR` is set (no-color.org) or the terminal is dumb.
    static var colourByDefault: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["NO_COLOR"].map(\.isEmpty) ?? true && environment["TERM"] != "dumb"
    }

    /// The shell. Under `--safe` it writes nothing: no journal, no history.
    static func interactive(_ options: Session.Options, startupFile: String?) -> Int32 {
        let screen = ScreenOutput()
        let session = session(options, journal: !options.safe, colour: colourByDefault, screen: screen)
        if isatty(2) != 0 {
            session.progress = { status in Output.write("\r" + status + "\u{1B}[K", to: 2) }
        }
        if let startupFile, FileManager.default.fileExists(atPath: startupFile) {
            _ = session.runScript(at: startupFile)
        }
        defer { session.closeJournal() }
        return InteractiveShell.run(session: SessionShell(session, screen: screen), keepsHistory: !options.safe)
    }

    /// `~/.config/phaen/phaenrc` (or under `$XDG_CONFIG_HOME`).
    static func startupFile() -> String {
        let env = ProcessInfo.processInfo.environment
        let config = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.config")
        return config + "/phaen/phaenrc"
    }

    /// `--check` (and `--update`): reruns transcripts. An update that would write in an error for a statement
    /// whose expected output had none says so, leaves the transcript as it was and fails, unless
    /// `acceptFailures`.
    static func check(_ files: [String], update: Bool, acceptFailures: Bool, options: Session.Options) -> Int32 {
        guard !files.isEmpty else {
            Output.write("phaen --check: name one or more transcripts\n", to: 2)
            return 2
        }
        if update && options.safe {
            Output.write(
                "phaen: --update rewrites transcripts, and --safe writes nothing; check with --safe --check"
                    + " (--update เขียนไฟล์ ซึ่ง --safe ไม่อนุญาต)\n", to: 2)
            return 2
        }
        var status: Int32 = 0
        for file in files {
            do {
                let result = try Transcript.check(path: file, options: options)
                let problems = LessonCheck.problems(path: file, options: options)
                if !problems.isEmpty {
                    Output.write("FAIL \(file)\n" + problems.joined(separator: "\n") + "\n", to: 1)
                    status = 1
                }
                if result.matches {
                    if problems.isEmpty { Output.write("ok   \(file)\n", to: 1) }
                } else if update && !result.newFailures.isEmpty && !acceptFailures {
                    var lines = ["not updated \(file): statements that succeeded now fail"]
                    lines += result.newFailures.map { "\(file):\($0.line): \($0.statement)" }
                    lines.append("fix them, or update anyway with --update --accept-failures")
                    Output.write(lines.joined(separator: "\n") + "\n\(result.diff(name: file))\n", to: 1)
                    status = 1
                } else if update {
                    try AtomicFile.write(result.updated, to: file)
                    Output.write("updated \(file)\n", to: 1)
                } else {
                    Output.write((problems.isEmpty ? "FAIL \(file)\n" : "") + "\(result.diff(name: file))\n", to: 1)
                    status = 1
                }
            } catch {
                let why = (error as? Diagnostic)?.message ?? "cannot read the transcript"
                Output.write("error: \(why)\n", to: 2)
                status = 1
            }
        }
        return status
    }

    /// `--recover`: lists the journals, or restores session N's state. Statements that wrote files or ran
    /// scripts are listed, not run again, unless `repeatingEffects`; the one running when the shell died is
    /// listed too. Without a terminal, prints the replay as a script (the listed ones commented out).
    static func recover(_ pick: String?, repeatingEffects: Bool, options: Session.Options) -> Int32 {
        let entries = Recovery.list(folder: Journal.folder())
        guard let pick else {
            if entries.isEmpty {
                Output.write("no earlier sessions to recover\n", to: 1)
            } else {
                Output.write(TableRenderer.render(Recovery.listing(entries), rowLimit: 0, language: .en) + "\n", to: 1)
                Output.write("replay one with: phaen --recover N\n", to: 1)
            }
            return 0
        }
        guard let n = Int(pick), n >= 1, n <= entries.count else {
            Output.write("phaen --recover: no session \(pick); there are \(entries.count)\n", to: 2)
            return 2
        }
        let entry = entries[n - 1]
        let replay = Recovery.Replay(entry, repeatingEffects: repeatingEffects)
        if isatty(0) != 0 {
            var options = options
            if let folder = entry.folder, folder != options.directory,
                FileManager.default.changeCurrentDirectoryPath(folder)
            {
                options.directory = folder
                Output.write("working in \(folder), as the session did\n", to: 1)
            }
            let screen = ScreenOutput()
            let session = session(options, journal: !options.safe, colour: colourByDefault, screen: screen)
            session.execute(replay.statements.joined(separator: "\n"), file: entry.path)
            for note in replay.notes { Output.write(note + "\n", to: 1) }
            defer { session.closeJournal() }
            return InteractiveShell.run(session: SessionShell(session, screen: screen), keepsHistory: !options.safe)
        }
        Output.write(replay.script + "\n", to: 1)
        return 0
    }
}

/// Unbuffered writes to a file descriptor, whole blocks at a time.
enum Output {
    static func write(_ text: String, to fd: Int32) {
        System.writeAll(fd, text)
    }
}
