/// "Did you mean …?": the closest known name to a misspelt one, by edit distance.
public enum Suggestion {
    /// The candidate closest to `name` (case-insensitive), if it is close enough to be a plausible typo.
    public static func closest(to name: String, in candidates: [String]) -> String? {
        let target = Array(name.lowercased())
        let limit = max(1, min(3, (target.count + 1) / 3))
        var best: (String, Int)?
        // Lengths further apart than the limit are further apart in edits too: skip them, so a long text costs
        // nothing against short names.
        for c in candidates {
            let candidate = Array(c.lowercased())
            guard abs(candidate.count - target.count) <= limit else { continue }
            let d = distance(target, candidate)
            if best == nil || d < best!.1 { best = (c, d) }
        }
        guard let (c, d) = best else { return nil }
        return d <= limit ? c : nil
    }

    /// Up to `limit` candidates nearest to `name` that are close enough to be a typo, nearest first; a candidate
    /// that differs only in case counts as nearest of all.
    public static func nearest(to name: String, in candidates: [String], limit: Int = 3) -> [String] {
        let target = Array(name.lowercased())
        let allowed = max(1, min(3, (target.count + 1) / 3))
        let scored = candidates.map { ($0, distance(target, Array($0.lowercased()))) }.filter { $0.1 <= allowed }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.0)
    }

    /// "did you mean `x`?" for the closest candidate, or nil.
    public static func didYouMean(_ name: String, in candidates: [String]) -> String? {
        closest(to: name, in: candidates).map { "did you mean `\($0)`? (หมายถึง `\($0)` หรือไม่)" }
    }

    /// Whether a name is written like a quarter but is none (`Q0`, `Q5`, `q12`): the lexer reads only `Q1`…`Q4`
    /// as quarters, so anything else of that shape reaches the evaluator as a name.
    public static func looksLikeQuarter(_ name: String) -> Bool {
        guard let first = name.first, first == "Q" || first == "q", name.count > 1 else { return false }
        return name.dropFirst().allSatisfy(\.isASCII) && name.dropFirst().allSatisfy(\.isNumber)
    }

    /// The note for a name written like a quarter that is none.
    public static func quarterNote(_ name: String) -> String {
        "quarters are `Q1`…`Q4`, not `\(name)` (ไตรมาสคือ `Q1`…`Q4` ไม่ใช่ `\(name)`)"
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cur[j] = min(cur[j], prev2[j - 2] + 1)
                }
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }
}
