import PlanModel

/// Which payments of a disbursements table are obligations, read through its `kind` column's codes rather than a
/// flag a row: kind aliases resolved; a null kind, or no kind column, is a disbursement.
struct PaymentKinds {
    private let codes: [Int32]
    /// For each code shifted by one (a null kind, −1, at 0), whether it is an obligation.
    private let obligationByCode: [Bool]

    init(_ table: Table) {
        guard let column = table.column("kind"), case .text(let codes, let dictionary) = column.storage else {
            codes = []
            obligationByCode = []
            return
        }
        self.codes = codes
        obligationByCode = [false] + dictionary.map { (PlanSchema.kindAliases[$0] ?? $0) == "obligation" }
    }

    /// Whether payment `row` is an obligation.
    @inline(__always)
    func isObligation(_ row: Int) -> Bool {
        !codes.isEmpty && obligationByCode[Int(codes[row]) + 1]
    }
}
