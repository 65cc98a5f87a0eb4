import Glibc

/// A `FILE *` writing into memory (`open_memstream`): where libedit's own display goes. Only the bell is
/// taken from it and passed on to the terminal.
final class MemoryStream {
    let file: UnsafeMutablePointer<FILE>
    private let buffer = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: 1)
    private let size = UnsafeMutablePointer<Int>.allocate(capacity: 1)

    init?() {
        buffer.initialize(to: nil)
        size.initialize(to: 0)
        guard let file = open_memstream(buffer, size) else {
            buffer.deallocate()
            size.deallocate()
            return nil
        }
        self.file = file
    }

    deinit {
        fclose(file)
        free(buffer.pointee)
        buffer.deallocate()
        size.deallocate()
    }

    /// Whether a bell (BEL, 0x07) was written since the last call; empties the stream.
    func takeBell() -> Bool {
        fflush(file)
        var bell = false
        if let bytes = buffer.pointee {
            bell = UnsafeBufferPointer(start: bytes, count: size.pointee).contains(0x07)
        }
        fseek(file, 0, SEEK_SET)
        fflush(file)
        return bell
    }
}
