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
    private var digest = ""
    private var thread: pthread_t?

    /// Starts hashing the concatenation of `buffers`, in order.
    init(_ buffers: [ByteBuffer]) {
        ThreadMemory.shareOneArena()
        self.buffers = buffers
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
        for buffer in buffers {
            var start = 0
            while start < buffer.count {
                let end = min(start + ByteBuffer.releaseStep, buffer.count)
                hasher.update(buffer.slice(start, end))
                buffer.release(start, end)
                start = end
            }
        }
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
