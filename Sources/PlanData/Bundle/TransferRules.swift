import PlanModel

/// The v1.1 rules of `transfers.csv`: each side names a project or the reserve, the two sides differ, amounts are
/// above zero and dated inside the fiscal year, and no transfer takes more from a project than its budget left
/// after the transfers dated before it (same-day transfers in file order). Sums are overflow checked.
enum TransferRules {
    /// Checks every transfer, reporting each violation at its cell.
    static func check(
        _ transfers: BundleTable, projects: BundleTable, projectRows: [String: Int32], sink: inout DiagnosticSink
    ) {
        guard case .text(let fromCodes, let fromNames)? = transfers.column("from")?.storage,
            case .text(let toCodes, let toNames)? = transfers.column("to")?.storage,
            let amountColumn = transfers.column("amount"), case .money(let amounts) = amountColumn.storage,
            let budgetColumn = projects.column("budget"), case .money(var left) = budgetColumn.storage
        else { return }
        let dateColumn = transfers.column("date")
        let days: [Int32] = if case .date(let d)? = dateColumn?.storage { d } else { [] }

        func side(_ row: Int, _ column: String, _ code: Int32, _ names: [String]) -> (ok: Bool, project: Int?) {
            guard code >= 0 else { return (false, nil) }
            let name = names[Int(code)]
            if name == PlanSchema.reserve { return (true, nil) }
            if let p = projectRows[name] { return (true, Int(p)) }
            sink.add(
                transfers.diagnostic(
                    row: row, column: column,
                    "unknown \(column) `\(name)`: name a project code of \(projects.file) or `reserve`",
                    thai: "ไม่พบ `\(name)` ใน \(projects.file) (ใช้รหัสโครงการหรือ `reserve` สำหรับเงินกันไว้)"))
            return (false, nil)
        }

        let order = (0..<transfers.rowCount).sorted {
            days.isEmpty || days[$0] == days[$1] ? $0 < $1 : days[$0] < days[$1]
        }
        for row in order {
            let from = side(row, "from", fromCodes[row], fromNames)
            let to = side(row, "to", toCodes[row], toNames)
            guard from.ok, to.ok, !amountColumn.isNull(row), amounts[row] > 0 else { continue }
            if fromNames[Int(fromCodes[row])] == toNames[Int(toCodes[row])] {
                sink.add(
                    transfers.diagnostic(
                        row: row, column: "to", "a transfer from `\(toNames[Int(toCodes[row])])` to itself",
                        thai: "โอนจาก `\(toNames[Int(toCodes[row])])` ไปยังตัวเองไม่ได้"))
                continue
            }
            let amount = amounts[row]
            if let p = from.project {
                guard amount <= left[p] else {
                    let stated = Money(satang: amount)
                    let available = Money(satang: max(0, left[p]))
                    sink.add(
                        transfers.diagnostic(
                            row: row, column: "amount",
                            "the transfer of \(stated) is more than the \(available) left in project"
                                + " `\(fromNames[Int(fromCodes[row])])` on that date",
                            thai: "โอน \(stated) มากกว่างบประมาณคงเหลือ \(available) ของโครงการ"
                                + " \(fromNames[Int(fromCodes[row])]) ณ วันนั้น"))
                    continue
                }
                left[p] -= amount
            }
            if let p = to.project {
                let (sum, overflow) = left[p].addingReportingOverflow(amount)
                guard !overflow else {
                    sink.add(
                        transfers.diagnostic(
                            row: row, column: "amount", "the budget after this transfer is too large to hold",
                            thai: "งบประมาณหลังโอนมีค่ามากเกินไป"))
                    continue
                }
                left[p] = sum
            }
        }
    }
}
