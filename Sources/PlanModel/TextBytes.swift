/// A text hashed and compared by its UTF-8 bytes, as the loader interns cells, rather than by Unicode canonical
/// equivalence, for which `String` normalizes every non-ASCII text it hashes or compares (most of the cost of
/// interning Thai names).
struct TextBytes: Hashable {
    let text: String

    init(_ text: String) {
        var native = text
        native.makeContiguousUTF8()
        self.text = native
    }

    static func == (a: TextBytes, b: TextBytes) -> Bool {
        a.withBytes { x in b.withBytes { y in x.elementsEqual(y) } }
    }

    func hash(into hasher: inout Hasher) {
        withBytes { hasher.combine(bytes: $0) }
    }

    private func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        text.utf8.withContiguousStorageIfAvailable { body(UnsafeRawBufferPointer($0)) }
            ?? Array(text.utf8).withUnsafeBytes(body)
    }
}
