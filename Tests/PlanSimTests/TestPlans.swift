import PlanModel

/// Plans built by hand for the tests, with the bundle contract's columns and the loader's relations.
enum TestPlans {
    /// A column spec for `table`: name, type and the values, one a row.
    typealias Spec = (name: String, type: DataType, values: [Value])

    static func table(_ name: String, _ specs: [Spec]) -> Table {
        let columns = specs.map { spec in
            var builder = ColumnBuilder(type: spec.type)
            for value in spec.values { builder.append(value) }
            return builder.build()
        }
        return Table(name: name, columnNames: specs.map(\.name), columns: columns)
    }

    /// `table` with a relation from `column` to `target`'s rows by code, as the loader resolves it.
    static func relate(_ table: inout Table, _ column: String, to target: Table) {
        var rowOf: [String: Int32] = [:]
        for row in 0..<target.rowCount {
            if case .text(let code) = target.column("code")![row] { rowOf[code] = Int32(row) }
        }
        let rows = (0..<table.rowCount).map { row -> Int32 in
            if case .text(let code) = table.column(column)![row] { return rowOf[code] ?? -1 }
            return -1
        }
        table.relations.append(Relation(column: column, target: target.name, targetRows: rows))
    }

    static func t(_ s: String) -> Value { .text(s) }
    static func m(_ baht: String) -> Value { .money(Money.parse(baht)!) }
    static func d(_ text: String) -> Value { .date(Day.parse(text)!) }
    static let null = Value.null

    /// A plan from its tables, relations set as the loader would.
    static func plan(
        fiscalYear: Int = 2561, targets: [Double] = FiscalYear.defaultTargets, strategies: Table, projects: Table,
        activities: Table? = nil, disbursements: Table? = nil, indicators: Table? = nil, results: Table? = nil
    ) -> Plan {
        var tables: [String: Table] = ["strategies": strategies]
        var projects = projects
        relate(&projects, "strategy", to: strategies)
        tables["projects"] = projects
        if var activities {
            relate(&activities, "project", to: projects)
            tables["activities"] = activities
        }
        if var disbursements {
            relate(&disbursements, "project", to: projects)
            if let activities = tables["activities"] { relate(&disbursements, "activity", to: activities) }
            tables["disbursements"] = disbursements
        }
        if var indicators {
            relate(&indicators, "project", to: projects)
            tables["indicators"] = indicators
            if var results {
                relate(&results, "indicator", to: indicators)
                tables["results"] = results
            }
        }
        return Plan(office: "สพป.มหาสารคาม เขต 3", fiscalYear: FiscalYear(fiscalYear), targets: targets, tables: tables)
    }

    static let strategies = table(
        "strategies",
        [
            ("code", .text, [t("S1"), t("S2")]),
            ("name", .text, [t("พัฒนาคุณภาพผู้เรียน"), t("พัฒนาครูและบุคลากรทางการศึกษา")]),
        ])

    /// A small FY2561 plan: P1 with two activities (one without plan_q*), P2 planned by quarter, P3 cancelled,
    /// P4 without plan_q* (spread evenly), obligations, a disbursement on 31 March and one after it.
    static var mahasarakham: Plan {
        let projects = table(
            "projects",
            [
                ("code", .text, [t("P1"), t("P2"), t("P3"), t("P4")]),
                ("name", .text, [t("อบรมครูภาษาไทย"), t("ค่ายวิทยาศาสตร์"), t("ทัศนศึกษา"), t("นิเทศติดตาม")]),
                ("strategy", .text, [t("S2"), t("S1"), t("S1"), t("S1")]),
                ("owner", .text, [t("กลุ่มพัฒนาครูฯ"), t("กลุ่มส่งเสริมการจัดการศึกษา"), t("กลุ่มอำนวยการ"), t("กลุ่มนิเทศฯ")]),
                ("source", .text, [t("basic"), t("strategic"), t("พื้นฐาน"), t("strategic")]),
                ("budget", .money, [m("100,000"), m("50,000.50"), m("30,000"), m("20,000.01")]),
                ("plan_q1", .money, [null, m("0"), null, null]),
                ("plan_q2", .money, [null, m("20,000"), null, null]),
                ("plan_q3", .money, [null, m("20,000"), null, null]),
                ("plan_q4", .money, [null, m("10,000.50"), null, null]),
                ("status", .text, [null, t("on_track"), t("ยกเลิก"), null]),
            ])
        let activities = table(
            "activities",
            [
                ("code", .text, [t("A1"), t("A2")]),
                ("project", .text, [t("P1"), t("P1")]),
                ("name", .text, [t("อบรมเชิงปฏิบัติการ"), t("ติดตามผลในชั้นเรียน")]),
                ("budget", .money, [m("30,000"), m("70,000")]),
                ("plan_q1", .money, [m("20,000"), null]),
                ("plan_q2", .money, [m("10,000"), null]),
                ("plan_q3", .money, [m("0"), null]),
                ("plan_q4", .money, [m("0"), null]),
            ])
        let disbursements = table(
            "disbursements",
            [
                ("project", .text, [t("P1"), t("P1"), t("P1"), t("P1"), t("P1"), t("P2"), t("P2"), t("P4")]),
                ("activity", .text, [t("A1"), t("A1"), t("A2"), null, t("A2"), null, null, null]),
                (
                    "date", .date,
                    [
                        d("2560-11-15"), d("2018-02-10"), d("2018-03-31"), d("2018-01-20"), d("2018-04-01"),
                        d("2018-03-01"), d("2018-03-15"), d("2018-01-05"),
                    ]
                ),
                (
                    "amount", .money,
                    [
                        m("25,000"), m("5,000"), m("10,000"), m("2,000"), m("9,999"), m("15,000.25"), m("20,000"),
                        m("500"),
                    ]
                ),
                (
                    "kind", .text,
                    [
                        null, t("disbursement"), t("disbursement"), t("obligation"), t("disbursement"), t("เบิกจ่าย"),
                        t("ก่อหนี้ผูกพัน"), null,
                    ]
                ),
            ])
        let indicators = table(
            "indicators",
            [
                ("code", .text, [t("I1"), t("I2"), t("I3")]),
                ("name", .text, [t("ครูผ่านการอบรม"), t("เวลาเฉลี่ยต่อเรื่อง"), t("นักเรียนเข้าค่าย")]),
                ("project", .text, [t("P1"), t("P1"), t("P2")]),
                ("unit", .text, [t("คน"), t("วัน"), t("คน")]),
                ("target", .float, [.float(50), .float(10), .float(100)]),
                ("direction", .text, [t("higher"), t("lower"), null]),
            ])
        let results = table(
            "results",
            [
                ("indicator", .text, [t("I1"), t("I1"), t("I1"), t("I2"), t("I2")]),
                ("quarter", .int, [.int(1), .int(2), .int(3), .int(1), .int(3)]),
                ("value", .float, [.float(20), .float(40), .float(60), .float(20), .float(8)]),
            ])
        return plan(
            strategies: strategies, projects: projects, activities: activities, disbursements: disbursements,
            indicators: indicators, results: results)
    }
}

extension Table {
    /// The value in column `name` at `row`.
    func value(_ name: String, _ row: Int) -> Value { column(name)![row] }

    /// The row whose column `key` is `text`.
    func row(_ key: String, _ text: String) -> Int? {
        (0..<rowCount).first { value(key, $0) == .text(text) }
    }

    /// Every row's value in column `name`.
    func values(_ name: String) -> [Value] { (0..<rowCount).map { value(name, $0) } }
}

func money(_ baht: String) -> Value { .money(Money.parse(baht)!) }
