import Foundation
import PlanModel
import PlanQuery

/// The lessons for new planning staff: transcripts in `Examples/tutorial/en` and `…/th`, checked by the
/// tests like every transcript, so the tutorial never drifts from the program.
enum Tutorial {
    /// The folder holding `Examples/` (see `PhaenHome`).
    static var home: String { PhaenHome.path }

    static func folder(_ language: Settings.Language) -> String { "\(home)/Examples/tutorial/\(language.rawValue)" }

    /// The lesson files, in order.
    static func lessons(_ language: Settings.Language) -> [String] {
        let dir = folder(language)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".phaen") }.sorted().map { "\(dir)/\($0)" }
    }

    /// A lesson's title: its first comment line.
    static func title(_ path: String) -> String {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let first = text.split(separator: "\n").first { $0.hasPrefix("-- ") }
        return first.map { String($0.dropFirst(3)) } ?? (path as NSString).lastPathComponent
    }

    /// The list of lessons `tutorial` shows.
    static func listing(_ language: Settings.Language) throws -> String {
        let files = lessons(language)
        guard !files.isEmpty else {
            throw Diagnostic(
                message: "no lessons found in \(folder(language))", thai: "ไม่พบบทเรียนใน \(folder(language))")
        }
        let head = language == .th ? "บทเรียน (พิมพ์ tutorial 1 เพื่อเริ่ม):" : "Lessons (type tutorial 1 to start):"
        return ([head] + files.enumerated().map { "  \($0.offset + 1). \(title($0.element))" }).joined(separator: "\n")
    }

    /// The file of lesson `n` (1-based).
    static func lesson(_ n: Int, _ language: Settings.Language) throws -> String {
        let files = lessons(language)
        guard n >= 1 && n <= files.count else {
            throw Diagnostic(
                message: "there are lessons 1 to \(files.count); no lesson \(n)",
                thai: "มีบทเรียน 1 ถึง \(files.count) ไม่มีบทที่ \(n)")
        }
        return files[n - 1]
    }
}

extension Session {
    /// Shows a lesson: its prose, then each statement as if typed, run in this session so the learner can go
    /// on from where it leaves off.
    func runLesson(_ path: String) -> Outcome {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            report(Diagnostic(file: path, message: "cannot read the lesson", thai: "อ่านบทเรียนไม่ได้"))
            return .failed
        }
        paths.enter((path as NSString).deletingLastPathComponent)
        defer { paths.leave() }
        for chunk in Transcript(text: text).chunks {
            var statement: [String] = []
            for line in chunk.source {
                if line.hasPrefix("--") {
                    out(
                        OutputWriter(settings: settings).fitted(
                            String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)))
                } else if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    statement.append(line)
                }
            }
            guard !statement.isEmpty else { continue }
            let shown = asTyped(statement.joined(separator: "\n"))
            out(prompt + shown.replacingOccurrences(of: "\n", with: "\n" + continuationPrompt))
            if execute(
                statement.joined(separator: "\n"), file: (path as NSString).lastPathComponent,
                lineOffset: chunk.firstLine - 1) != .succeeded
            {
                return .failed
            }
        }
        return .succeeded
    }

    /// A lesson's statement as the learner would type it: paths in a lesson start from the lesson's folder, so
    /// each is shown as it is reached from the working folder (`load "Examples/mahasarakham3-fy2561"`).
    private func asTyped(_ text: String) -> String {
        guard let parsed = try? Parser.parse(text, grammar: StatementRegistry.grammar) else { return text }
        return parsed.reduce(text) { shown, p in
            let effects = StatementRegistry.sessionStatement(p.statement).effects
            return RecordedStatement(text: shown, effects: effects, resolve: resolve).text(savedIn: options.directory)
        }
    }
}
