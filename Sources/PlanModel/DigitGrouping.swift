/// Thousands separators, written one way for every place that shows a number: tables and money (`,`), the
/// language's literals (`_`), workbook cells and the simulation's headline.
public enum DigitGrouping {
    /// `digits` (an optional `-`, then digits) with `separator` between each group of three from the right.
    public static func grouped(_ digits: some StringProtocol, separator: Character = ",") -> String {
        var out = ""
        var rest = Substring(digits)
        if rest.first == "-" {
            out.append("-")
            rest = rest.dropFirst()
        }
        let count = rest.count
        for (k, c) in rest.enumerated() {
            if k > 0 && (count - k) % 3 == 0 { out.append(separator) }
            out.append(c)
        }
        return out
    }

    /// `n` grouped with `separator`.
    public static func grouped(_ n: some BinaryInteger, separator: Character = ",") -> String {
        grouped(String(n), separator: separator)
    }
}
