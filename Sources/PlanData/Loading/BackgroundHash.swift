#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Computes the SHA-256 of a sequence of buffers on a second thread, so that fingerprinting a national bundle
/// overlaps with parsing it on a 2-core machine. Falls back to hashing on the caller's thread if no thread can
/// be started.
final class BackgroundHash {
    private let buffers: [ByteBuffer]
    private let withDigests: Bool
    private var digest = ""
    /// Each buffer's `ContentDigest`, when asked for (for a snapshot of the bundle).
    private(set) var contentDigests: [UInt64] = []
    private var thread: pthread_t?

    /// Starts hashing the concatenation of `buffers`, in order, and digesting each (`ContentDigest`) if
    /// `withDigests`.
    init(_ buffers: [ByteBuffer], withDigests: Bool = false) {
        ThreadMemory.shareOneArena()
        self.buffers = buffers
        self.withDigests = withDigests
        var tid = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        let started = pthread_create(
            &tid, nil,
            { context in
                let job = Unmanaged<BackgroundHash>.fromOpaque(context!).takeRetainedValue()
                job.digest = job.compute()
                return nil
            }, context)
        if started == 0 {
            thread = tid
        } else {
            Unmanaged<BackgroundHash>.fromOpaque(context).release()
        }
    }

    private func compute() -> String {
        var hasher = SHA256.Hasher()
        var digests: [UInt64] = []
        for buffer in buffers {
            var combined = ContentDigest.Combiner()
            var start = 0
            while start < buffer.count {
                let end = min(start + ByteBuffer.releaseStep, buffer.count)
                hasher.update(buffer.slice(start, end))
                if withDigests {
                    // `releaseStep` is a whole number of the digest's chunks, so these are the file's chunks.
                    var chunk = start
                    while chunk < end {
                        let chunkEnd = min(chunk + ContentDigest.chunkBytes, end)
                        combined.add(ContentDigest.chunk(UnsafeRawBufferPointer(buffer.slice(chunk, chunkEnd))))
                        chunk = chunkEnd
                    }
                }
                buffer.release(start, end)
                start = end
            }
            digests.append(combined.value(length: buffer.count))
        }
        contentDigests = digests
        return hasher.finalizeHex()
    }

    /// Lets the hash finish on its own, unwaited for (the load it was for failed).
    func abandon() {
        if let thread {
            pthread_detach(thread)
            self.thread = nil
        }
    }

    /// Waits for the digest: 64 lowercase hex digits.
    func wait() -> String {
        if let thread {
            pthread_join(thread, nil)
            self.thread = nil
            return digest
        }
        if digest.isEmpty { digest = compute() }
        return digest
    }
}
