import Foundation
import TestSupport

@testable import Workbench

/// A session whose output and errors are captured, as a user would read them.
final class SessionHarness {
    final class Captured {
        var out: [String] = []
        var err: [String] = []
    }

    let captured: Captured
    let session: Session

    static let root = Package.root
    static let example = Package.example

    init(options: Session.Options = Session.Options(), journal: Journal? = nil) {
        let c = Captured()
        captured = c
        session = Session(options: options, journal: journal, out: { c.out.append($0) }, err: { c.err.append($0) })
    }

    /// Runs text and returns its outcome and what it printed on stdout.
    @discardableResult
    func run(_ text: String) -> (Session.Outcome, String) {
        captured.out = []
        captured.err = []
        let outcome = session.execute(text)
        return (outcome, captured.out.joined(separator: "\n"))
    }

    /// What the last run printed on stderr.
    var errors: String { captured.err.joined(separator: "\n") }
}
