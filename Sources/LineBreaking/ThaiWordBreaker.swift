import CLibThai
import Foundation

/// Where words end inside Thai text, found by libthai's dictionary word breaker: Thai is written without spaces
/// between words, so a line may only be broken where libthai finds a word boundary.
public enum ThaiWordBreaker {
    /// libthai's breaker with its default dictionary, loaded once; nil when the dictionary is missing.
    nonisolated(unsafe) private static let breaker: OpaquePointer? = th_brk_new(nil)
    /// A `ThBrk` keeps state while it works: one call at a time.
    private static let lock = NSLock()

    /// Whether `scalar` is a Thai letter, vowel or mark (not a Thai digit or Thai punctuation).
    public static func isThai(_ scalar: Unicode.Scalar) -> Bool { (0x0E01...0x0E4E).contains(scalar.value) }

    /// The offsets (in Unicode scalars, strictly between 0 and `run.count`) where a word ends in a run of
    /// Thai text; empty when libthai finds none or is not available.
    public static func breaks(in run: [Unicode.Scalar]) -> [Int] {
        guard run.count > 1, let breaker else { return [] }
        var wide = run.map { wchar_t(bitPattern: $0.value) } + [0]
        var positions = [Int32](repeating: 0, count: run.count)
        let found = lock.withLock { th_brk_wc_find_breaks(breaker, &wide, &positions, positions.count) }
        return positions.prefix(Int(max(0, found))).map(Int.init).filter { $0 > 0 && $0 < run.count }
    }
}
