import PlanModel

/// The names a table's columns get from a header, and how many a table may have.
enum ColumnNames {
    /// The most cells a record (and so columns a table) may have: far beyond any real table (a spreadsheet
    /// has at most 16,384 columns), and low enough that a hostile line of millions of commas is refused before
    /// it costs gigabytes.
    static let limit = 65_536

    /// Header names made unique and non-empty: an unnamed column is `columnN` (N its 1-based position), a
    /// repeated name gets `_2`, `_3`, … (skipping names the header already has). Linear in the header's size:
    /// each name remembers the next suffix to try, so 20,000 columns named `x` take one pass, not 200 million
    /// look-ups.
    static func usable(_ header: [String]) -> [String] {
        var taken = Set<String>(minimumCapacity: header.count)
        var nextSuffix: [String: Int] = [:]
        var names: [String] = []
        names.reserveCapacity(header.count)
        for (i, raw) in header.enumerated() {
            let base = raw.isEmpty ? "column\(i + 1)" : raw
            var candidate = base
            if taken.contains(candidate) {
                var n = nextSuffix[base, default: 2]
                repeat {
                    candidate = "\(base)_\(n)"
                    n += 1
                } while taken.contains(candidate)
                nextSuffix[base] = n
            }
            taken.insert(candidate)
            names.append(candidate)
        }
        return names
    }

    /// What is wrong with a record of more than `limit` cells, in English and Thai.
    static let tooManyCells = (
        message: "more than \(limit) cells in one record; a table has at most \(limit) columns",
        thai: "ระเบียนนี้มีเกิน \(limit) ช่อง ตารางมีได้ไม่เกิน \(limit) คอลัมน์"
    )

    /// The error for a record with more than `limit` cells, at the first cell past the limit.
    static func tooMany(file: String, line: Int, column: Int) -> Diagnostic {
        Diagnostic(
            file: file, line: line, column: column, message: tooManyCells.message, thai: tooManyCells.thai)
    }
}
