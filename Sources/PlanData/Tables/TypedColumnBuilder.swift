import PlanModel

/// Builds one column of a known type from cell bytes: empty cells are null, text is interned without making a
/// `String` per cell, money and dates go through `Money.parse` and `Day.parse`.
struct TypedColumnBuilder {
    let type: DataType
    /// Whether money is read as `CellParsing.looseMoney` does (files with no schema) rather than strictly.
    let looseMoney: Bool
    private let whole: GrowableBuffer<Int64>
    private let floats: GrowableBuffer<Double>
    private let days: GrowableBuffer<Int32>
    private let bools: GrowableBuffer<Bool>
    private let codes: GrowableBuffer<Int32>
    private var interner = TextInterner()
    private var dayCache = DayCache()
    /// Which rows are null, made at the first null (every row before it is not): most columns never have one.
    private var nulls: GrowableBuffer<Bool>?
    private let capacity: Int
    private var count = 0

    /// A builder with room for about `capacity` rows.
    init(type: DataType, looseMoney: Bool = false, capacity: Int = 0) {
        self.type = type
        self.looseMoney = looseMoney
        func room(_ t: DataType...) -> Int { t.contains(type) ? capacity : 0 }
        self.capacity = capacity
        whole = GrowableBuffer(capacity: room(.money, .int))
        floats = GrowableBuffer(capacity: room(.float, .percent))
        days = GrowableBuffer(capacity: room(.date))
        bools = GrowableBuffer(capacity: room(.bool))
        codes = GrowableBuffer(capacity: room(.text))
    }

    /// Appends a cell; `false` (and a null) when its text is not of the column's type.
    @inline(__always)
    mutating func append(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        if cell.isEmpty {
            appendNull()
            return true
        }
        var ok = true
        switch type {
        case .text:
            codes.append(interner.intern(cell))
        case .money:
            if let m = looseMoney ? CellParsing.looseMoney(cell) : Money.parse(cell) {
                whole.append(m.satang)
            } else {
                whole.append(0)
                ok = false
            }
        case .date:
            if let d = dayCache.day(cell) {
                days.append(d)
            } else {
                days.append(0)
                ok = false
            }
        case .int:
            if let v = CellParsing.int(cell) {
                whole.append(v)
            } else {
                whole.append(0)
                ok = false
            }
        case .float, .percent:
            if let v = CellParsing.float(cell) {
                floats.append(v)
            } else {
                floats.append(0)
                ok = false
            }
        case .bool:
            if let v = CellParsing.bool(cell) {
                bools.append(v)
            } else {
                bools.append(false)
                ok = false
            }
        }
        count += 1
        if let nulls {
            nulls.append(!ok)
        } else if !ok {
            markNull()
        }
        return ok
    }

    mutating func appendNull() {
        count += 1
        if let nulls { nulls.append(true) } else { markNull() }
        switch type {
        case .text: codes.append(-1)
        case .money, .int: whole.append(0)
        case .date: days.append(0)
        case .float, .percent: floats.append(0)
        case .bool: bools.append(false)
        }
    }

    /// Starts the null marks at the first null, the row just counted: every row before it is not null.
    private mutating func markNull() {
        let marks = GrowableBuffer<Bool>(capacity: max(capacity, count))
        for _ in 1..<count { marks.append(false) }
        marks.append(true)
        nulls = marks
    }

    /// The finished column, its arrays with room for `room` rows in all (see `Column.append`).
    func build(room: Int = 0) -> Column {
        let n = nulls?.array(room: room)
        switch type {
        case .text: return Column(.text(codes: codes.array(room: room), dictionary: interner.strings()), nulls: n)
        case .money: return Column(.money(whole.array(room: room)), nulls: n)
        case .int: return Column(.int(whole.array(room: room)), nulls: n)
        case .date: return Column(.date(days.array(room: room)), nulls: n)
        case .float: return Column(.float(floats.array(room: room)), nulls: n)
        case .percent: return Column(.percent(floats.array(room: room)), nulls: n)
        case .bool: return Column(.bool(bools.array(room: room)), nulls: n)
        }
    }

    /// Why a cell was refused, in English and Thai.
    static func refusal(_ cell: UnsafeBufferPointer<UInt8>, type: DataType, column: String) -> (String, String) {
        let q = CellParsing.quote(cell)
        switch type {
        case .money:
            return (
                "\(q) in `\(column)` is not an amount of money (e.g. 1250000 or \"1,250,000.50\")",
                "\(q) ในคอลัมน์ \(column) ไม่ใช่จำนวนเงิน"
            )
        case .date:
            return (
                "\(q) in `\(column)` is not a date (YYYY-MM-DD, BE or CE)",
                "\(q) ในคอลัมน์ \(column) ไม่ใช่วันที่ (ปปปป-ดด-วว)"
            )
        case .int:
            return ("\(q) in `\(column)` is not a whole number", "\(q) ในคอลัมน์ \(column) ไม่ใช่จำนวนเต็ม")
        case .float, .percent:
            return ("\(q) in `\(column)` is not a number", "\(q) ในคอลัมน์ \(column) ไม่ใช่ตัวเลข")
        case .bool:
            return ("\(q) in `\(column)` is not true or false", "\(q) ในคอลัมน์ \(column) ไม่ใช่ค่าจริงหรือเท็จ")
        case .text:
            return ("\(q) in `\(column)` is not text", "\(q) ในคอลัมน์ \(column) ไม่ใช่ข้อความ")
        }
    }
}
