/// An append-only array of plain values for the loader's hot path: a reference type, so appending through a
/// struct field costs a store and a capacity check, not the copy-on-write uniqueness check of `Array`.
final class GrowableBuffer<Element: BitwiseCopyable> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    func append(_ value: Element) {
        if count == capacity { grow() }
        base[count] = value
        count += 1
    }

    @inline(__always)
    subscript(i: Int) -> Element { base[i] }

    /// Empties the buffer, keeping its room.
    func removeAll() { count = 0 }

    private func grow() {
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    /// The values as an `Array`.
    var array: [Element] { array(room: 0) }

    /// The values as an `Array` with room for `room` elements in all, so that as many can be appended to it
    /// later without copying it (room not written to takes address space, not memory).
    func array(room: Int) -> [Element] {
        var values: [Element] = []
        values.reserveCapacity(max(room, count))
        values.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        return values
    }
}
