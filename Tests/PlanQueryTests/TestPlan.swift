import PlanModel

@testable import PlanQuery

/// A small hand-built FY2561 plan with Thai names and resolved relations, and a catalog over it.
struct TestCatalog: Catalog {
    var tables: [String: Table]
    var fiscalYear: FiscalYear? = FiscalYear(2561)

    var tableNames: [String] { tables.keys.sorted() }
    func table(named name: String) -> Table? { tables[name] }
    var tableFunctionNames: [String] { ["progress", "progress_by_strategy"] }

    /// `progress(Qn)` and `progress_by_strategy(Qn)`: fixed stand-ins with some of the columns the simulator's
    /// table functions have.
    func tableFunction(_ name: String, arguments: [Value]) throws -> Table? {
        guard tableFunctionNames.contains(name) else { return nil }
        guard arguments.count == 1, case .int(let q) = arguments[0], (1...4).contains(q) else {
            throw Diagnostic(message: "\(name) needs a quarter Q1..Q4", thai: "\(name) ต้องระบุไตรมาส")
        }
        let target = Double(q) * 26
        if name == "progress_by_strategy" {
            return TestPlan.table(
                name, [("strategy", .text), ("disbursed_pct", .percent), ("target_pct", .percent)],
                [[.text("S1"), .percent(45), .percent(target)]])
        }
        return TestPlan.table(
            "progress",
            [("code", .text), ("disbursed_pct", .percent), ("target_pct", .percent), ("gap_pct", .percent)],
            [
                [.text("P01"), .percent(40), .percent(target), .percent(40 - target)],
                [.text("P03"), .percent(60), .percent(target), .percent(60 - target)],
            ])
    }

    func tableFunctionSchema(_ name: String) -> Table? { try? tableFunction(name, arguments: [.int(1)]) }
}

enum TestPlan {
    static func money(_ baht: String) -> Value { .money(Money.parse(baht)!) }
    static func date(_ s: String) -> Value { .date(Day.parse(s)!) }

    /// A table from rows of values.
    static func table(_ name: String, _ columns: [(String, DataType)], _ rows: [[Value]]) -> Table {
        var builders = columns.map { ColumnBuilder(type: $0.1) }
        for row in rows {
            for (k, v) in row.enumerated() { builders[k].append(v) }
        }
        return Table(name: name, columnNames: columns.map(\.0), columns: builders.map { $0.build() })
    }

    /// Resolves `column` of `table` to rows of `target` by its `code`.
    static func link(_ table: inout Table, _ column: String, to target: Table) {
        let codes = target.column("code")!
        var index: [String: Int32] = [:]
        for r in 0..<target.rowCount { if case .text(let s) = codes[r] { index[s] = Int32(r) } }
        let c = table.column(column)!
        let rows = (0..<table.rowCount).map { r -> Int32 in
            if case .text(let s) = c[r] { return index[s] ?? -1 }
            return -1
        }
        table.relations.append(Relation(column: column, target: target.name, targetRows: rows))
    }

    static let strategies = table(
        "strategies", [("code", .text), ("name", .text)],
        [
            [.text("S1"), .text("พัฒนาคุณภาพผู้เรียน")],
            [.text("S2"), .text("พัฒนาครูและบุคลากร")],
            [.text("S3"), .text("บริหารจัดการ")],
        ])

    static let projectColumns: [(String, DataType)] = [
        ("code", .text), ("name", .text), ("strategy", .text), ("source", .text), ("budget", .money),
        ("plan_q1", .money), ("plan_q2", .money), ("plan_q3", .money), ("plan_q4", .money), ("status", .text),
    ]

    static var projects: Table {
        var t = table(
            "projects", projectColumns,
            [
                [
                    .text("P01"), .text("อบรมครูภาษาอังกฤษ"), .text("S2"), .text("strategic"), money("150000"),
                    money("30000"), money("50000"), money("40000"), money("30000"), .text("on_track"),
                ],
                [
                    .text("P02"), .text("ค่ายวิทยาศาสตร์"), .text("S1"), .text("strategic"), money("80000.50"),
                    money("0"), money("40000.50"), money("40000"), money("0"), .text("delayed"),
                ],
                [
                    .text("P03"), .text("ซ่อมแซมอาคารเรียน"), .text("S3"), .text("basic"), money("1250000"),
                    money("250000"), money("500000"), money("300000"), money("200000"), .text("on_track"),
                ],
                [
                    .text("P04"), .text("นิเทศติดตามโรงเรียน"), .text("S3"), .text("basic"), money("45000"),
                    money("10000"), money("15000"), money("10000"), money("10000"), .text("done"),
                ],
                [
                    .text("P05"), .text("Reading Camp อ่านออกเขียนได้"), .text("S1"), .text("strategic"),
                    money("120000.25"),
                    money("20000"), money("40000"), money("40000.25"), money("20000"), .null,
                ],
            ])
        link(&t, "strategy", to: strategies)
        return t
    }

    static var activities: Table {
        var t = table(
            "activities", [("code", .text), ("project", .text), ("name", .text), ("budget", .money)],
            [
                [.text("A1"), .text("P01"), .text("อบรมรุ่นที่ 1"), money("75000")],
                [.text("A2"), .text("P01"), .text("อบรมรุ่นที่ 2"), money("75000")],
                [.text("A3"), .text("P03"), .text("ซ่อมหลังคา"), money("1250000")],
            ])
        link(&t, "project", to: projects)
        return t
    }

    /// Ten payments; P99 links to nothing.
    static var disbursements: Table {
        let rows: [[Value]] = [
            [.text("P01"), .text("A1"), date("2560-11-15"), money("20000"), .text("disbursement")],
            [.text("P01"), .text("A2"), date("2561-02-01"), money("35000.50"), .text("disbursement")],
            [.text("P02"), .null, date("2561-03-31"), money("12500.25"), .text("disbursement")],
            [.text("P03"), .text("A3"), date("2560-12-31"), money("250000"), .text("disbursement")],
            [.text("P03"), .text("A3"), date("2561-01-01"), money("300000"), .text("obligation")],
            [.text("P03"), .text("A3"), date("2561-04-01"), money("100000.75"), .text("disbursement")],
            [.text("P04"), .null, date("2560-10-01"), money("10000"), .text("disbursement")],
            [.text("P05"), .null, date("2561-03-15"), money("0.01"), .text("disbursement")],
            [.text("P05"), .null, date("2561-07-20"), money("19999.99"), .text("disbursement")],
            [.text("P99"), .null, date("2561-09-30"), money("5"), .text("disbursement")],
        ]
        var t = table(
            "disbursements",
            [
                ("project", .text), ("activity", .text), ("date", .date), ("amount", .money),
                ("kind", .text),
            ], rows)
        link(&t, "project", to: projects)
        link(&t, "activity", to: activities)
        return t
    }

    static var catalog: TestCatalog {
        TestCatalog(tables: [
            "strategies": strategies, "projects": projects, "activities": activities, "disbursements": disbursements,
        ])
    }

    /// Runs one pipeline statement.
    static func run(_ text: String, _ catalog: Catalog = TestPlan.catalog) throws(QueryError) -> PipelineResult {
        let statements = try Parser.parse(text)
        switch statements.first?.statement {
        case .query(let p), .assign(_, let p): return try Evaluator.run(p, in: catalog)
        default: throw QueryError(SourceRange(0, 0), "not a pipeline", thai: "ไม่ใช่ไปป์ไลน์")
        }
    }

    /// A column of a result as values.
    static func values(_ result: PipelineResult, _ column: String) -> [Value] {
        result.table.column(column).map { c in (0..<c.count).map { c[$0] } } ?? []
    }

    /// The error a statement gives, or nil.
    static func error(_ text: String, _ catalog: Catalog = TestPlan.catalog) -> QueryError? {
        do {
            _ = try run(text, catalog)
            return nil
        } catch {
            return error
        }
    }
}
