import CMalloc

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a piece of work on a thread of its own, for the loader to use a second core. Runs it on the caller's
/// thread, when waited for, if no thread can be started. The work must touch nothing the caller's thread uses
/// meanwhile, other than reading shared bytes.
final class BackgroundTask<Value> {
    private let body: BackgroundTaskBody
    private var thread: pthread_t?

    private final class Outcome {
        var value: Value?
    }
    private let outcome = Outcome()

    /// Starts `work`.
    init(_ work: @escaping () -> Value) {
        ThreadMemory.shareOneArena()
        let outcome = outcome
        body = BackgroundTaskBody { outcome.value = work() }
        var tid = pthread_t()
        let context = Unmanaged.passRetained(body).toOpaque()
        let started = pthread_create(
            &tid, nil,
            { context in
                Unmanaged<BackgroundTaskBody>.fromOpaque(context!).takeRetainedValue().run()
                return nil
            }, context)
        if started == 0 {
            thread = tid
        } else {
            Unmanaged<BackgroundTaskBody>.fromOpaque(context).release()
        }
    }

    /// Lets the work finish on its own, unwaited for (its result is not needed any more).
    func abandon() {
        if let thread {
            pthread_detach(thread)
            self.thread = nil
        }
    }

    /// Waits for the work (or does it now, if it has no thread) and hands over what it made, keeping nothing of
    /// it; to be called once.
    func wait() -> Value {
        if let thread {
            pthread_join(thread, nil)
            self.thread = nil
        } else {
            body.run()
        }
        defer { outcome.value = nil }
        return outcome.value!
    }
}

/// A background task's work, not generic (a type nested in a generic one is), so that the thread's C entry point
/// can call it.
private final class BackgroundTaskBody {
    private var work: (() -> Void)?

    init(_ work: @escaping () -> Void) { self.work = work }

    /// Does the work, once.
    func run() {
        guard let work else { return }
        self.work = nil
        work()
    }
}

/// How the loader's threads allocate memory.
enum ThreadMemory {
    /// Makes every thread allocate from one malloc arena (glibc), once, before the loader starts its first thread.
    /// With an arena of its own, a thread that built half a table leaves the main thread's later large arrays
    /// (a query's selection, gathered columns) to be mapped afresh and page-faulted on every query: a group-by
    /// over the disbursements took twice the CPU time (611 K page faults against 39 K over 100 runs). The
    /// loader's threads allocate little while they work, so sharing one arena costs them nothing measurable.
    /// Blocks below 16 MiB are served from that arena's heap and kept there when freed (`phaen_keep_freed_blocks`),
    /// so that the same queries do not depend on where glibc's moving mmap threshold happened to be left.
    static func shareOneArena() {
        _ = oneArena
    }

    private static let oneArena: Void = {
        phaen_use_one_arena()
        phaen_keep_freed_blocks()
    }()
}
