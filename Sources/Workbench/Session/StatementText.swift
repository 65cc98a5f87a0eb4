import Foundation
import PlanModel
import PlanQuery

/// The text a session runs, with where it came from: statement slices and error locations are read from its
/// bytes, decoded once, so a long script costs time in proportion to its length.
struct StatementText {
    let text: String
    let file: String?
    /// Lines before the text in its file.
    let lineOffset: Int
    private let utf8: [UInt8]

    init(_ text: String, file: String?, lineOffset: Int) {
        self.text = text
        self.file = file
        self.lineOffset = lineOffset
        self.utf8 = Array(text.utf8)
    }

    /// The text of a range, without surrounding white space.
    func slice(_ r: SourceRange) -> String {
        let lo = max(0, min(r.start, utf8.count))
        let hi = max(lo, min(r.end, utf8.count))
        return String(decoding: utf8[lo..<hi], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
