import PlanModel

/// A JSON value with where it starts, for the one-file bundle, `plan.json` and `load json`. Numbers keep their
/// text so that money is read exactly.
struct JSONNode {
    indirect enum Value {
        case null
        case bool(Bool)
        case number(String)
        case string(String)
        case array([JSONNode])
        case object([(key: String, value: JSONNode)])
    }

    var value: Value
    /// 1-based line and column (in characters) of the value's first character.
    var line: Int
    var column: Int

    /// The member named `key` of an object.
    subscript(key: String) -> JSONNode? {
        if case .object(let members) = value { return members.first { $0.key == key }?.value }
        return nil
    }

    /// What kind of value this is, for messages.
    var kind: String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A small strict JSON parser (RFC 8259) over UTF-8 bytes that reports errors as `Diagnostic`s with line and
/// column.
struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private var position = 0
    private var line = 1
    private var lineStart = 0
    /// Characters counted on the current line up to a byte offset, so that each column is counted on from the
    /// last one: linear on a long one-line document (minified JSON), where counting from the line's start for
    /// every value would be quadratic.
    private var counted = (position: 0, characters: 0)

    /// Parses one JSON document.
    static func parse(_ buffer: ByteBuffer, file: String) throws(Diagnostic) -> JSONNode {
        var parser = JSONParser(bytes: buffer.all, file: file)
        let node = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.position == parser.bytes.count else { throw parser.error("unexpected text after the JSON value") }
        return node
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    private var column: Int {
        mutating get {
            if counted.position < lineStart || counted.position > position { counted = (lineStart, 0) }
            var n = counted.characters
            for i in counted.position..<position where bytes[i] & 0xC0 != 0x80 { n += 1 }
            counted = (position, n)
            return n + 1
        }
    }

    private mutating func error(_ message: String) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, message: "bad JSON: " + message, thai: "JSON ไม่ถูกต้อง")
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0D: position += 1
            case 0x0A:
                position += 1
                line += 1
                lineStart = position
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(Diagnostic) -> JSONNode {
        skipSpace()
        guard depth < 512 else { throw error("nested too deeply") }
        guard position < bytes.count else { throw error("unexpected end of input") }
        let (startLine, startColumn) = (line, column)
        func node(_ v: JSONNode.Value) -> JSONNode { JSONNode(value: v, line: startLine, column: startColumn) }
        switch bytes[position] {
        case UInt8(ascii: "{"):
            position += 1
            var members: [(key: String, value: JSONNode)] = []
            skipSpace()
            if position < bytes.count && bytes[position] == UInt8(ascii: "}") {
                position += 1
                return node(.object(members))
            }
            while true {
                skipSpace()
                guard position < bytes.count, bytes[position] == 0x22 else { throw error("expected a member name") }
                let key = try string()
                skipSpace()
                try expect(UInt8(ascii: ":"))
                members.append((key, try value(depth: depth + 1)))
                skipSpace()
                if try endOrComma(UInt8(ascii: "}")) { return node(.object(members)) }
            }
        case UInt8(ascii: "["):
            position += 1
            var items: [JSONNode] = []
            skipSpace()
            if position < bytes.count && bytes[position] == UInt8(ascii: "]") {
                position += 1
                return node(.array(items))
            }
            while true {
                items.append(try value(depth: depth + 1))
                skipSpace()
                if try endOrComma(UInt8(ascii: "]")) { return node(.array(items)) }
            }
        case 0x22:
            return node(.string(try string()))
        case UInt8(ascii: "t"):
            try word("true")
            return node(.bool(true))
        case UInt8(ascii: "f"):
            try word("false")
            return node(.bool(false))
        case UInt8(ascii: "n"):
            try word("null")
            return node(.null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return node(.number(try number()))
        default:
            throw error("unexpected character")
        }
    }

    private mutating func expect(_ c: UInt8) throws(Diagnostic) {
        guard position < bytes.count, bytes[position] == c else {
            throw error("expected `\(Character(Unicode.Scalar(c)))`")
        }
        position += 1
    }

    /// After an item: `true` at the closing bracket, `false` after a comma.
    private mutating func endOrComma(_ close: UInt8) throws(Diagnostic) -> Bool {
        guard position < bytes.count else { throw error("unexpected end of input") }
        if bytes[position] == close {
            position += 1
            return true
        }
        guard bytes[position] == UInt8(ascii: ",") else {
            throw error("expected `,` or `\(Character(Unicode.Scalar(close)))`")
        }
        position += 1
        return false
    }

    private mutating func word(_ w: String) throws(Diagnostic) {
        for c in w.utf8 {
            guard position < bytes.count, bytes[position] == c else { throw error("unexpected character") }
            position += 1
        }
    }

    private mutating func number() throws(Diagnostic) -> String {
        let start = position
        func digits() -> Int {
            var n = 0
            while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
                position += 1
                n += 1
            }
            return n
        }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard digits() > 0 else { throw error("bad number") }
        if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw error("bad number") }
        }
        if position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-"))
            {
                position += 1
            }
            guard digits() > 0 else { throw error("bad number") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    private mutating func string() throws(Diagnostic) -> String {
        position += 1
        var out: [UInt8] = []
        while true {
            guard position < bytes.count else { throw error("a string is not closed") }
            let c = bytes[position]
            if c == 0x22 {
                position += 1
                return String(decoding: out, as: UTF8.self)
            }
            guard c >= 0x20 else { throw error("a control character in a string") }
            if c != UInt8(ascii: "\\") {
                out.append(c)
                position += 1
                continue
            }
            position += 1
            guard position < bytes.count else { throw error("a string is not closed") }
            let e = bytes[position]
            position += 1
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar) {
                    try word("\\u")
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw error("a lone surrogate in \\u escape") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let u = Unicode.Scalar(scalar) else { throw error("a bad \\u escape") }
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default: throw error("a bad escape in a string")
            }
        }
    }

    private mutating func hex4() throws(Diagnostic) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count else { throw error("a bad \\u escape") }
            let c = bytes[position]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw error("a bad \\u escape")
            }
            v = v << 4 | d
            position += 1
        }
        return v
    }
}
