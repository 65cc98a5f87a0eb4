import PlanModel

extension Column {
    /// This column's rows followed by `rest`'s, as if one reader had read them all: `rest`'s text codes are
    /// renumbered into one dictionary, the values new to it coded after this column's in `rest`'s order of first
    /// appearance (values compared as bytes, like `TextInterner`). Both columns must have the same type.
    func followed(by rest: Column) -> Column {
        var nulls: [Bool]?
        if self.nulls != nil || rest.nulls != nil {
            nulls =
                (self.nulls ?? Array(repeating: false, count: count))
                + (rest.nulls ?? Array(repeating: false, count: rest.count))
        }
        switch (storage, rest.storage) {
        case (.int(let a), .int(let b)): return Column(.int(a + b), nulls: nulls)
        case (.money(let a), .money(let b)): return Column(.money(a + b), nulls: nulls)
        case (.float(let a), .float(let b)): return Column(.float(a + b), nulls: nulls)
        case (.date(let a), .date(let b)): return Column(.date(a + b), nulls: nulls)
        case (.bool(let a), .bool(let b)): return Column(.bool(a + b), nulls: nulls)
        case (.text(let a, let first), .text(let b, let second)):
            var interner = TextInterner()
            for var value in first { _ = value.withUTF8 { interner.intern($0) } }
            let renumbered = second.map { value in
                var value = value
                return value.withUTF8 { interner.intern($0) }
            }
            var codes = a
            codes.reserveCapacity(a.count + b.count)
            renumbered.withUnsafeBufferPointer { renumbered in
                for code in b { codes.append(code < 0 ? code : renumbered[Int(code)]) }
            }
            return Column(.text(codes: codes, dictionary: interner.strings()), nulls: nulls)
        default:
            preconditionFailure("a \(type) column followed by a \(rest.type) one")
        }
    }
}
