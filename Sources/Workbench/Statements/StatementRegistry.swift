import PlanQuery

/// Every statement that starts with a word, listed once: the parser's grammar, `help` and completion read it.
enum StatementRegistry {
    static let all: [any WordStatement.Type] = [
        Load.self, Tables.self, Describe.self, SetOption.self, HelpStatement.self, SaveSession.self, Run.self,
        ReportStatement.self, Note.self, Simulate.self, Allocate.self, History.self, Last.self, TutorialStatement.self,
        LessonHint.self, LessonShow.self, LessonSkip.self, LessonBack.self, LessonNext.self, Quit.self,
        DefineScenario.self, ListScenarios.self, UseScenario.self, CompareScenarios.self,
    ]

    /// The grammar the session parses with.
    static let grammar: Grammar = {
        var rules: [String: Grammar.Rule] = [:]
        for kind in all {
            let rule = Grammar.Rule(
                parse: { (p: inout TokenParser) throws(QueryError) -> any Command in try kind.parse(&p) },
                complete: { kind.complete($0, $1) })
            for word in kind.words { rules[word] = rule }
        }
        return Grammar(rules)
    }()

    /// The help of every statement, `let` among them.
    static var helpTopics: [HelpTopic] { [Let.help] + all.map { $0.help } }

    /// The statement a word starts, for `help exit`.
    static func statement(startingWith word: String) -> (any WordStatement.Type)? {
        all.first { $0.words.contains(word.lowercased()) }
    }

    /// The session's form of a parsed statement.
    static func sessionStatement(_ statement: Statement) -> any SessionStatement {
        switch statement {
        case .query(let pipeline): return Query(pipeline: pipeline)
        case .assign(let name, let pipeline): return Let(name: name, pipeline: pipeline)
        case .command(let suffix as ScenarioSuffix):
            return InScenario(name: suffix.name, range: suffix.range, inner: sessionStatement(suffix.inner))
        case .command(let command):
            // The grammar holds only the rules above, each of which makes its own statement.
            return command as! any SessionStatement
        }
    }
}
