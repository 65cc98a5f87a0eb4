/// A unified diff of two texts, by lines, with three lines of context: what `phaen --check` prints.
enum UnifiedDiff {
    static func make(_ a: String, _ b: String, fromName: String, toName: String, context: Int = 3) -> String {
        guard a != b else { return "" }
        let x = a.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let y = b.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits = script(x, y)
        var out = ["--- \(fromName)", "+++ \(toName)"]
        // Group edits into hunks: runs of changes with up to 2×context equal lines between them.
        var i = 0
        while i < edits.count {
            guard edits[i].kind != .same else {
                i += 1
                continue
            }
            var start = i
            var back = 0
            while start > 0 && back < context && edits[start - 1].kind == .same {
                start -= 1
                back += 1
            }
            var end = i
            var lastChange = i
            while end < edits.count {
                if edits[end].kind != .same { lastChange = end }
                if end - lastChange > 2 * context { break }
                end += 1
            }
            end = min(edits.count, lastChange + context + 1)
            let slice = edits[start..<end]
            let aStart = slice.first!.aLine
            let bStart = slice.first!.bLine
            let aCount = slice.filter { $0.kind != .insert }.count
            let bCount = slice.filter { $0.kind != .delete }.count
            out.append("@@ -\(aStart + (aCount > 0 ? 1 : 0)),\(aCount) +\(bStart + (bCount > 0 ? 1 : 0)),\(bCount) @@")
            for e in slice {
                switch e.kind {
                case .same: out.append(" " + e.text)
                case .delete: out.append("-" + e.text)
                case .insert: out.append("+" + e.text)
                }
            }
            i = end
        }
        return out.joined(separator: "\n")
    }

    struct Edit {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var text: String
        /// Lines of `a` and `b` before this edit (0-based positions).
        var aLine: Int
        var bLine: Int
    }

    /// The shortest edit script by longest common subsequence (transcripts are small).
    static func script(_ a: [String], _ b: [String]) -> [Edit] {
        let n = a.count
        let m = b.count
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n && j < m && a[i] == b[j] {
                edits.append(Edit(kind: .same, text: a[i], aLine: i, bLine: j))
                i += 1
                j += 1
            } else if j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j]) {
                edits.append(Edit(kind: .insert, text: b[j], aLine: i, bLine: j))
                j += 1
            } else {
                edits.append(Edit(kind: .delete, text: a[i], aLine: i, bLine: j))
                i += 1
            }
        }
        return edits
    }
}
