import PlanModel

extension Column {
    /// Appends `rest`'s rows after this column's, as if one reader had read them all: `rest`'s text codes are
    /// renumbered into one dictionary, the values new to it coded after this column's in `rest`'s order of first
    /// appearance (values compared as bytes, like `TextInterner`). Both columns must have the same type.
    ///
    /// The rows are appended in place, so a column built with room for them (`TypedColumnBuilder.build(room:)`)
    /// grows without being copied: joining two halves then holds no more than the two halves.
    mutating func append(_ rest: Column) {
        if nulls != nil || rest.nulls != nil {
            var marks = nulls ?? Array(repeating: false, count: count)
            nulls = nil
            marks.append(contentsOf: rest.nulls ?? Array(repeating: false, count: rest.count))
            nulls = marks
        }
        let taken = storage
        storage = .bool([])
        switch (consume taken, rest.storage) {
        case (.int(var a), .int(let b)):
            a.append(contentsOf: b)
            storage = .int(a)
        case (.money(var a), .money(let b)):
            a.append(contentsOf: b)
            storage = .money(a)
        case (.float(var a), .float(let b)):
            a.append(contentsOf: b)
            storage = .float(a)
        case (.percent(var a), .percent(let b)):
            a.append(contentsOf: b)
            storage = .percent(a)
        case (.date(var a), .date(let b)):
            a.append(contentsOf: b)
            storage = .date(a)
        case (.bool(var a), .bool(let b)):
            a.append(contentsOf: b)
            storage = .bool(a)
        case (.text(var codes, let first), .text(let b, let second)):
            var interner = TextInterner()
            for var value in first { _ = value.withUTF8 { interner.intern($0) } }
            let renumbered = second.map { value in
                var value = value
                return value.withUTF8 { interner.intern($0) }
            }
            codes.reserveCapacity(codes.count + b.count)
            renumbered.withUnsafeBufferPointer { renumbered in
                for code in b { codes.append(code < 0 ? code : renumbered[Int(code)]) }
            }
            storage = .text(codes: codes, dictionary: interner.strings())
        case (let mine, let theirs):
            preconditionFailure("a \(Column(mine).type) column followed by a \(Column(theirs).type) one")
        }
    }
}
