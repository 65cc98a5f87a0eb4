/// "Did you mean …?": the closest name by edit distance, when it is close enough to be a likely slip.
enum Suggest {
    static func closest(to word: String, in names: [String]) -> String? {
        let w = Array(word.lowercased())
        var best: (String, Int)?
        for name in names {
            let d = distance(w, Array(name.lowercased()))
            if d <= max(1, w.count / 3), d < (best?.1 ?? .max) { best = (name, d) }
        }
        return best?.0
    }

    /// Levenshtein distance over Characters.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
