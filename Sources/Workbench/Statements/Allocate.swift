import PlanModel
import PlanQuery
import PlanSim

/// `allocate AMOUNT over TABLE by COLUMN P%, …`: an amount split over a table's rows by weighted criteria; the
/// result is kept as the table `allocation`.
struct Allocate: WordStatement {
    var amount: Money
    var table: String
    var weights: [(column: String, percent: Double)]

    static let words = ["allocate"]
    static let help = HelpTopic(
        name: "allocate", syntax: "allocate AMOUNT over TABLE by COLUMN P%, …",
        english: "Splits an amount over a table's rows by weighted criteria; the weights add up to 100%. "
            + "Result: the table `allocation`.",
        thai: "จัดสรรงบประมาณให้แต่ละแถวตามเกณฑ์ถ่วงน้ำหนัก น้ำหนักรวมต้องได้ 100% ผลลัพธ์อยู่ในตาราง `allocation`",
        example: "allocate 5_000_000 over units by students 40%, teachers 20%, schools 20%, distance_km 10%, "
            + "passed_external 10%")
    /// The table an allocation publishes.
    static let result = "allocation"

    static func parse(_ p: inout TokenParser) throws(QueryError) -> Allocate {
        let amount: Money
        switch p.current.kind {
        case .integer(let v):
            guard let whole = Money(satang: v).multiplied(by: 100) else {
                throw p.error("this amount is too large", thai: "จำนวนเงินนี้มากเกินไป")
            }
            amount = whole
        case .decimal(let s):
            guard let m = Money.parse(s) else {
                throw p.error(
                    "an amount has at most two decimals (satang)", thai: "จำนวนเงินมีทศนิยมได้ไม่เกินสองตำแหน่ง (สตางค์)")
            }
            amount = m
        default:
            throw p.expected("an amount of baht", thai: "จำนวนเงิน (บาท)")
        }
        _ = p.advance()
        try p.expectKeyword("over")
        let table = try p.name("a table name", thai: "ชื่อตาราง")
        try p.expectKeyword("by")
        let byStart = p.current.range.start
        var weights: [(column: String, percent: Double)] = []
        repeat {
            if !weights.isEmpty { _ = p.advance() }
            let column = try p.name("a criterion column", thai: "คอลัมน์เกณฑ์")
            let percent: Double?
            switch p.current.kind {
            case .percent(let s), .decimal(let s): percent = Double(s)
            case .integer(let v): percent = Double(v)
            default: percent = nil
            }
            guard let weight = percent else { throw p.expected("a weight such as `40%`", thai: "น้ำหนัก เช่น `40%`") }
            _ = p.advance()
            weights.append((column, weight))
        } while p.current.isSymbol(",")
        let total = weights.reduce(0) { $0 + $1.percent }
        guard abs(total - 100) < 1e-9 else {
            let shown = total == total.rounded() && abs(total) < 1e15 ? String(Int64(total)) : String(total)
            throw QueryError(
                SourceRange(byStart, p.previous.range.end),
                "the weights add up to \(shown)%; they must add up to 100%",
                thai: "น้ำหนักรวมกันได้ \(shown)% ต้องรวมกันได้ 100%")
        }
        return Allocate(amount: amount, table: table, weights: weights)
    }

    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] {
        before.last?.isKeyword("over") == true ? catalog.tableNames.sorted() : []
    }

    var pipedHint: String? {
        "its result is kept as the table `allocation`: pipe it on the next line (ผลลัพธ์เก็บไว้ในตาราง `allocation`)"
    }
    var isReplayable: Bool { true }
    var isJournaled: Bool { true }
    var effects: [Effect] { [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        guard let units = workspace.table(named: table) else {
            throw Messages.noTable(table, among: workspace.tableNames)
        }
        let allocation = try Allocation.allocate(amount, over: units, weights: weights)
        workspace.name(allocation, as: Self.result, binding: true)
        return .table(allocation)
    }
}
