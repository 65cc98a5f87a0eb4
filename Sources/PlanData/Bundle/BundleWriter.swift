import PlanModel

/// Writes a plan as a bundle folder that `BundleLoader` reads back to the same plan: `plan.json` and one CSV
/// file per table (all of them, empty ones with their header), in UTF-8; v1.1's targets by expense type when
/// the plan has any.
public enum BundleWriter {
    /// Writes `plan` into `folder`, creating it if needed and replacing the bundle's files.
    public static func write(_ plan: Plan, to folder: String) throws {
        try FileBytes.makeDirectory(folder)
        func list(_ targets: [Double]) -> String {
            "[" + targets.map(TableWriter.floatText).joined(separator: ", ") + "]"
        }
        let byType = PlanSchema.expenseTypes.compactMap { type in
            plan.targetsByType[type].map { "    \(TableWriter.jsonString(type)): \(list($0))" }
        }
        let typed =
            byType.isEmpty
            ? "" : ",\n  \"disbursement_targets_by_type\": {\n" + byType.joined(separator: ",\n") + "\n  }"
        let header = """
            {
              "office": \(TableWriter.jsonString(plan.office)),
              "fiscal_year": \(plan.fiscalYear.buddhistEra),
              "disbursement_targets": \(list(plan.targets))\(typed)
            }

            """
        try FileBytes.write(header, to: BundleLoader.join(folder, "plan.json"))
        for spec in PlanSchema.tables {
            guard let table = plan.tables[spec.name] else { continue }
            try FileBytes.write(TableWriter.csv(table), to: BundleLoader.join(folder, spec.file))
        }
    }
}
