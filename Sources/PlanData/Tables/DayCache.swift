import PlanModel

/// Remembers the days of recently parsed `YYYY-MM-DD` cells, so that a ledger's dates, which repeat the few
/// hundred days of one fiscal year, are each parsed by `Day.parse` about once: a direct-mapped table keyed by
/// all ten bytes of the cell.
struct DayCache {
    private static let size = 1024
    private var heads = [UInt64](repeating: 0, count: size)
    private var tails = [UInt16](repeating: 0, count: size)
    /// The day's ordinal; `Int32.min` marks an empty slot.
    private var ordinals = [Int32](repeating: .min, count: size)

    /// The day of a cell, as `Day.parse` reads it; `nil` when it is not a date.
    @inline(__always)
    mutating func day(_ cell: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard cell.count == 10, let base = cell.baseAddress else { return Day.parse(cell)?.ordinal }
        let raw = UnsafeRawPointer(base)
        let head = raw.loadUnaligned(as: UInt64.self)
        let tail = raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        let mixed = (head ^ UInt64(tail) &* 0x9E37_79B9) &* 0xFF51_AFD7_ED55_8CCD
        let slot = Int(truncatingIfNeeded: mixed >> 54) & (Self.size - 1)
        if ordinals[slot] != .min && heads[slot] == head && tails[slot] == tail { return ordinals[slot] }
        guard let day = Day.parse(cell) else { return nil }
        heads[slot] = head
        tails[slot] = tail
        ordinals[slot] = day.ordinal
        return day.ordinal
    }
}
