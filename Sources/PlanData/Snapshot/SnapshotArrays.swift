import Synchronization
import SystemCalls

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The large arrays of a snapshot (columns, null marks, links), read from the file straight into the arrays that
/// will hold them, a chunk at a time, each chunk digested while it is still in the cache: one copy, by the
/// kernel, and no mapped file held beside the plan. An array whose bytes do not have the digest the index gives
/// is damage. This thread and a second one share the arrays.
enum SnapshotArrays {
    /// What an array holds.
    enum Kind: Sendable {
        case int64, double, int32, bool

        var stride: Int {
            switch self {
            case .int64, .double: 8
            case .int32: 4
            case .bool: 1
            }
        }
    }

    /// Where an array lies in the snapshot file, and the digest of its bytes.
    struct Reference: Sendable {
        var kind: Kind
        var offset: Int
        var count: Int
        var digest: UInt64
        /// For text codes and links (`int32`): every value must be −1 (none) or below this, checked as the array
        /// is read.
        var bound: Int?

        var byteCount: Int { count * kind.stride }
    }

    /// An array read.
    enum Values: Sendable {
        case int64([Int64])
        case double([Double])
        case int32([Int32])
        case bool([Bool])
    }

    /// Arrays being read by two threads, each taking the largest left until none is: a second thread from the
    /// start, and this one in `finish`, once it has done what it does meanwhile (so that neither waits long for
    /// the other, however the machine shares its cores). `finish` must be called before `fd` is closed.
    final class Reading {
        private let queue: Queue
        private let second: BackgroundTask<Result<[(Int, Values)], SnapshotBytes.Damaged>>

        init(_ fd: Int32, _ references: [Reference]) {
            let queue = Queue(fd, references)
            self.queue = queue
            second = BackgroundTask { queue.drain() }
        }

        /// Every array, in the order of the references, once both threads have read theirs.
        func finish() throws(SnapshotBytes.Damaged) -> [Values] {
            let mine = queue.drain()
            let theirs = second.wait()
            var values = [Values?](repeating: nil, count: queue.references.count)
            for read in [mine, theirs] {
                switch read {
                case .success(let arrays): for (k, array) in arrays { values[k] = array }
                case .failure(let error): throw error
                }
            }
            return values.map { $0! }
        }
    }

    /// The arrays left to read, largest first.
    private final class Queue: Sendable {
        let fd: Int32
        let references: [Reference]
        private let order: [Int]
        private let next = Atomic<Int>(0)

        init(_ fd: Int32, _ references: [Reference]) {
            self.fd = fd
            self.references = references
            order = references.indices.sorted { references[$0].byteCount > references[$1].byteCount }
        }

        /// Reads the next array left until none is, or one is damaged (and then none is left for the other thread
        /// either); what it read, each with its number among the references.
        func drain() -> Result<[(Int, Values)], SnapshotBytes.Damaged> {
            var read: [(Int, Values)] = []
            while true {
                let k = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard k < order.count else { return .success(read) }
                do throws(SnapshotBytes.Damaged) {
                    read.append((order[k], try SnapshotArrays.read(fd, references[order[k]])))
                } catch {
                    next.store(order.count, ordering: .relaxed)
                    return .failure(error)
                }
            }
        }
    }

    /// One array, read and checked against its digest (and, for `Bool`s, every byte checked to be 0 or 1).
    static func read(_ fd: Int32, _ reference: Reference) throws(SnapshotBytes.Damaged) -> Values {
        switch reference.kind {
        case .int64: .int64(try read(fd, reference, as: Int64.self))
        case .double: .double(try read(fd, reference, as: Double.self))
        case .int32: .int32(try read(fd, reference, as: Int32.self))
        case .bool: .bool(try read(fd, reference, as: Bool.self))
        }
    }

    private static func read<T: BitwiseCopyable>(_ fd: Int32, _ reference: Reference, as _: T.Type)
        throws(SnapshotBytes.Damaged) -> [T]
    {
        var damage: SnapshotBytes.Damaged?
        let values = [T](unsafeUninitializedCapacity: reference.count) { buffer, initialized in
            let target = UnsafeMutableRawPointer(buffer.baseAddress)
            damage = fill(target, fd, reference, checkingBools: T.self == Bool.self)
            initialized = damage == nil ? reference.count : 0
        }
        if let damage { throw damage }
        return values
    }

    /// Reads an array's bytes into `target`, digesting each chunk as it comes; the damage found, if any.
    private static func fill(
        _ target: UnsafeMutableRawPointer?, _ fd: Int32, _ reference: Reference, checkingBools: Bool
    ) -> SnapshotBytes.Damaged? {
        let total = reference.byteCount
        var digest = ContentDigest.Combiner()
        if let target, total > 0 {
            prepare(target, byteCount: total)
            var done = 0
            var bools = true
            var inRange = true
            while done < total {
                let count = min(ContentDigest.chunkBytes, total - done)
                let code = System.readAll(fd, into: target + done, count: count, at: reference.offset + done)
                guard code == 0 else { return .unread(code) }
                let chunk = UnsafeRawBufferPointer(start: target + done, count: count)
                digest.add(ContentDigest.chunk(chunk))
                if checkingBools { bools = bools && allBools(chunk) }
                if let bound = reference.bound { inRange = inRange && allInRange(chunk, below: Int32(clamping: bound)) }
                done += count
            }
            guard bools else { return SnapshotBytes.Damaged(reason: "a true-or-false value is neither") }
            guard inRange else {
                return SnapshotBytes.Damaged(reason: "a text code or a link is out of range")
            }
        }
        guard digest.value(length: total) == reference.digest else {
            return SnapshotBytes.Damaged(reason: "its contents do not match their digest")
        }
        return nil
    }

    /// Whether every 4-byte value in `chunk` is −1 or in `0..<bound`: with `y = value + 1`, `y` and
    /// `bound − y` are both ≥ 0 exactly then, so one sign bit ORed over them all tells (a branch-free loop the
    /// compiler vectorizes with the baseline x86-64 instructions).
    private static func allInRange(_ chunk: UnsafeRawBufferPointer, below bound: Int32) -> Bool {
        var signs: Int32 = 0
        for value in chunk.assumingMemoryBound(to: Int32.self) {
            let y = value &+ 1
            signs |= y | (bound &- y)
        }
        return signs >= 0
    }

    /// Whether every byte of `chunk` is 0 or 1 (a `Bool`), eight at a time.
    private static func allBools(_ chunk: UnsafeRawBufferPointer) -> Bool {
        guard let base = chunk.baseAddress else { return true }
        var other: UInt64 = 0
        var k = 0
        while k + 8 <= chunk.count {
            other |= base.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            k += 8
        }
        while k < chunk.count {
            other |= UInt64(base.load(fromByteOffset: k, as: UInt8.self))
            k += 1
        }
        return other & 0xFEFE_FEFE_FEFE_FEFE == 0
    }

    /// Has the kernel map a large array's new pages in one call before they are written, rather than one page
    /// fault at a time (`MADV_POPULATE_WRITE`, Linux 5.14), in 2 MiB pages where it can (`MADV_HUGEPAGE`: a
    /// tenth of the kernel's work per byte); elsewhere, or when refused, the pages come as the reads fault them.
    static func prepare(_ target: UnsafeMutableRawPointer, byteCount: Int) {
        #if os(Linux)
            guard byteCount >= 1 << 20 else { return }
            let page = 4096
            let huge = 1 << 21
            let start = (Int(bitPattern: target) + page - 1) / page * page
            let end = (Int(bitPattern: target) + byteCount) / page * page
            let hugeStart = (start + huge - 1) / huge * huge
            let hugeEnd = end / huge * huge
            if hugeEnd > hugeStart {
                _ = madvise(UnsafeMutableRawPointer(bitPattern: hugeStart), hugeEnd - hugeStart, 14)  // MADV_HUGEPAGE
            }
            if end > start {
                _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, 23)  // MADV_POPULATE_WRITE
            }
        #endif
    }
}
