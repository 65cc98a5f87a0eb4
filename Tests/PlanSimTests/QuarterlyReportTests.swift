import PlanModel
import Testing

@testable import PlanSim

/// The report's figures against figures worked out by hand from `TestPlans.mahasarakham` with bundle v1.1's data
/// added: A1 is investment (written งบลงทุน) with its own targets 10/40/70/87, A2 operating; transfers P4 → P1
/// 5,000.00 on 1 Feb 2018, reserve → P2 1,000.00 on 20 Mar 2018, P1 → reserve 3,000.00 on 10 Apr 2018 (after Q2);
/// notes for P1 at Q2 and for P2 at Q1.
@Suite struct QuarterlyReportTests {
    static var plan: Plan {
        var plan = TestPlans.mahasarakham
        let t = TestPlans.t
        let m = TestPlans.m
        let d = TestPlans.d
        var activities = plan["activities"]!
        activities.columnNames.append("expense_type")
        var types = ColumnBuilder(type: .text)
        types.appendText("งบลงทุน")
        types.appendText("operating")
        activities.columns.append(types.build())
        plan.tables["activities"] = activities
        plan.targetsByType = ["investment": [10, 40, 70, 87]]
        plan.tables["transfers"] = TestPlans.table(
            "transfers",
            [
                ("date", .date, [d("2018-02-01"), d("2561-03-20"), d("2018-04-10")]),
                ("from", .text, [t("P4"), t("reserve"), t("P1")]),
                ("to", .text, [t("P1"), t("P2"), t("reserve")]),
                ("amount", .money, [m("5,000"), m("1,000"), m("3,000")]),
                ("note", .text, [TestPlans.null, TestPlans.null, TestPlans.null]),
            ])
        plan.tables["notes"] = TestPlans.table(
            "notes",
            [
                ("project", .text, [t("P1"), t("P2")]),
                ("quarter", .int, [.int(2), .int(1)]),
                ("problems", .text, [t("ครูติดภารกิจสอบ"), t("ฝนตกหนัก")]),
                ("suggestions", .text, [t("จัดอบรมช่วงปิดภาคเรียน"), TestPlans.null]),
            ])
        return plan
    }

    func fact(_ report: Report, _ label: String) -> String? {
        report.facts.first { $0.0 == label }?.1
    }

    func section(_ report: Report, _ name: String) throws -> Table {
        try #require(report.sections.first { $0.table.name == name }?.table)
    }

    @Test func sixMonthHeaderInThaiAndEnglish() throws {
        let th = try QuarterlyReport.make(Self.plan, quarter: 2, language: .th)
        #expect(th.heading == "รายงานผลการดำเนินงานตามแผนปฏิบัติการ รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2561")
        #expect(fact(th, "หน่วยงาน") == "สพป.มหาสารคาม เขต 3")
        #expect(fact(th, "ข้อมูล ณ วันที่") == "31 มีนาคม พ.ศ. 2561")
        #expect(fact(th, "กำหนดส่ง") == "15 เมษายน พ.ศ. 2561")
        #expect(fact(th, "ระยะเวลา") == "6 เดือน: 1 ตุลาคม พ.ศ. 2560 – 31 มีนาคม พ.ศ. 2561")
        #expect(th.sections.map(\.title).first == "สรุปตามประเภทงบประมาณ")
        #expect(th.label("used_to_date") == "รวมใช้จ่าย (ผูกพัน + เบิกจ่าย)")
        let en = try QuarterlyReport.make(Self.plan, quarter: 2, language: .en)
        #expect(en.heading == "6-month report (Q2), fiscal year 2561")
        #expect(fact(en, "As of") == "31 March 2018")
        #expect(fact(en, "Cumulative disbursement target") == "52.00%")
        #expect(en.label("budget_after_transfers") == "Budget after transfers")
    }

    @Test(arguments: [
        (1, "31 ธันวาคม พ.ศ. 2560", "15 มกราคม พ.ศ. 2561"), (4, "30 กันยายน พ.ศ. 2561", "15 ตุลาคม พ.ศ. 2561"),
    ])
    func otherQuarters(_ q: Int, _ asOf: String, _ due: String) throws {
        let report = try QuarterlyReport.make(Self.plan, quarter: q, language: .th)
        #expect(fact(report, "ข้อมูล ณ วันที่") == asOf)
        #expect(fact(report, "กำหนดส่ง") == due)
    }

    @Test func projectLinesWithATransferAndANote() throws {
        let lines = try section(try QuarterlyReport.make(Self.plan, quarter: 2), "report_projects")
        let p1 = try #require(lines.row("code", "P1"))
        #expect(lines.value("no", p1) == .int(1))
        #expect(lines.value("owner", p1) == .text("กลุ่มพัฒนาครูฯ"))
        #expect(lines.value("budget", p1) == money("100,000"))
        #expect(lines.value("transfers_in", p1) == money("5,000"))
        #expect(lines.value("transfers_out", p1) == money("0"))  // its 3,000.00 out is dated after Q2
        #expect(lines.value("budget_after_transfers", p1) == money("105,000"))
        #expect(lines.value("obligated_to_date", p1) == money("2,000"))
        #expect(lines.value("disbursed_to_date", p1) == money("40,000"))
        #expect(lines.value("used_to_date", p1) == money("42,000"))
        #expect(lines.value("remaining", p1) == money("63,000"))
        #expect(lines.value("disbursed_pct", p1) == .percent(38.10))
        #expect(lines.value("used_pct", p1) == .percent(40))
        #expect(lines.value("target_pct", p1) == .percent(52))
        #expect(lines.value("activities_done_pct", p1) == .percent(50))
        #expect(lines.value("indicator_results", p1) == .text("50 / 40; 10 / 20"))
        #expect(lines.value("status", p1) == .text("behind"))
        #expect(lines.value("problems", p1) == .text("ครูติดภารกิจสอบ"))
        #expect(lines.value("suggestions", p1) == .text("จัดอบรมช่วงปิดภาคเรียน"))
        let p2 = try #require(lines.row("code", "P2"))
        #expect(lines.value("budget_after_transfers", p2) == money("51,000.50"))
        #expect(lines.value("disbursed_pct", p2) == .percent(29.41))
        #expect(lines.value("used_pct", p2) == .percent(68.63))
        #expect(lines.value("problems", p2) == .null)  // its note is for Q1
        let p4 = try #require(lines.row("code", "P4"))
        #expect(lines.value("transfers_out", p4) == money("5,000"))
        #expect(lines.value("remaining", p4) == money("14,500.01"))
        #expect(lines.value("disbursed_pct", p4) == .percent(3.33))
        let th = try section(try QuarterlyReport.make(Self.plan, quarter: 2, language: .th), "report_projects")
        #expect(th.value("status", try #require(th.row("code", "P3"))) == .text("ยกเลิก"))
    }

    /// `progress(Qn)` measures against the same budget as the report: after the transfers dated up to the
    /// quarter's end (P1's 5,000 in by Q2, its 3,000 out later; P4's 5,000 out), and its forecast too.
    @Test func progressIsOfTheBudgetAfterTransfersAsTheReportIs() throws {
        let progress = try Progress.byProject(Self.plan, quarter: 2)
        let report = try section(try QuarterlyReport.make(Self.plan, quarter: 2), "report_projects")
        for code in ["P1", "P2", "P4"] {
            let p = try #require(progress.row("code", code))
            let r = try #require(report.row("code", code))
            #expect(progress.value("budget", p) == report.value("budget_after_transfers", r), "\(code)")
            #expect(progress.value("disbursed_pct", p) == report.value("disbursed_pct", r), "\(code)")
        }
        let p1 = try #require(progress.row("code", "P1"))
        #expect(progress.value("budget", p1) == money("105,000"))
        #expect(progress.value("disbursed_pct", p1) == .percent(38.10))
        // ⌈105,000 × 77%⌉ − 40,000 by the end of Q3.
        #expect(progress.value("needed_by_next_quarter", p1) == money("40,850"))
        let q1 = try Progress.byProject(Self.plan, quarter: 1)
        #expect(q1.value("budget", try #require(q1.row("code", "P1"))) == money("100,000"))
        let strategies = try Progress.byStrategy(Self.plan, quarter: 2)
        let byStrategy = try section(try QuarterlyReport.make(Self.plan, quarter: 2), "report_strategies")
        #expect(strategies.values("budget").last == byStrategy.values("budget_after_transfers").last)
        #expect(strategies.values("disbursed_pct").last == byStrategy.values("disbursed_pct").last)
    }

    @Test func rollUpsBySourceStrategyAndGroup() throws {
        let report = try QuarterlyReport.make(Self.plan, quarter: 2)
        let sources = try section(report, "report_sources")
        #expect(sources.values("source") == [.text("basic"), .text("strategic"), .text("total")])
        #expect(sources.values("budget") == [money("130,000"), money("70,000.51"), money("200,000.51")])
        #expect(sources.values("transfers_in") == [money("5,000"), money("1,000"), money("6,000")])
        #expect(sources.values("transfers_out") == [money("0"), money("5,000"), money("5,000")])
        #expect(
            sources.values("budget_after_transfers") == [money("135,000"), money("66,000.51"), money("201,000.51")])
        #expect(sources.values("used_to_date") == [money("42,000"), money("35,500.25"), money("77,500.25")])
        #expect(sources.values("remaining") == [money("93,000"), money("30,500.26"), money("123,500.26")])
        #expect(sources.values("disbursed_pct") == [.percent(29.63), .percent(23.49), .percent(27.61)])
        #expect(sources.values("used_pct") == [.percent(31.11), .percent(53.79), .percent(38.56)])
        #expect(sources.values("gap_pct") == [.percent(-22.37), .percent(-28.51), .percent(-24.39)])
        let strategies = try section(report, "report_strategies")
        #expect(strategies.values("strategy") == [.text("S1"), .text("S2"), .text("total")])
        #expect(strategies.values("projects") == [.int(3), .int(1), .int(4)])
        let groups = try section(report, "report_groups")
        #expect(groups.rowCount == 5 && groups.value("owner", 4) == .text("total"))
        #expect(groups.value("remaining", 4) == money("123,500.26"))
    }

    @Test func expenseTypesAgainstTheirOwnTargets() throws {
        let types = try section(try QuarterlyReport.make(Self.plan, quarter: 2, language: .th), "report_expense_types")
        let investment = try #require(types.row("expense_type", "investment"))
        #expect(types.value("name", investment) == .text("งบลงทุน"))
        #expect(types.value("budget", investment) == money("30,000"))
        #expect(types.value("disbursed_to_date", investment) == money("30,000"))
        #expect(types.value("disbursed_pct", investment) == .percent(100))
        #expect(types.value("target_pct", investment) == .percent(40))
        let operating = try #require(types.row("expense_type", "operating"))
        #expect(types.value("disbursed_pct", operating) == .percent(14.29))
        #expect(types.value("target_pct", operating) == .percent(52))
        let unspecified = try #require(types.row("expense_type", "unspecified"))
        #expect(types.value("budget", unspecified) == money("100,000.51"))
        #expect(types.value("obligated_to_date", unspecified) == money("22,000"))
        #expect(types.value("used_pct", unspecified) == .percent(37.5))
    }

    @Test func monthCurve() throws {
        let months = try section(try QuarterlyReport.make(Self.plan, quarter: 2, language: .th), "report_months")
        #expect(months.rowCount == 12)
        #expect(months.value("month", 0) == .text("ต.ค. 60") && months.value("month", 11) == .text("ก.ย. 61"))
        #expect(months.value("planned_pct", 2) == .percent(25))  // 50,000.00 of the 200,000.51 allocated
        #expect(months.value("planned_pct", 5) == .percent(55))  // 110,000.00
        #expect(months.value("planned_pct", 11) == .percent(100))
        #expect(months.value("disbursed_pct", 2) == .percent(12.44))
        #expect(months.value("disbursed_pct", 5) == .percent(27.61))
        #expect(months.value("disbursed_pct", 6) == .null)
        #expect(
            months.values("target_pct").compactMap { if case .percent(let v) = $0 { v } else { nil } } == [
                30, 52, 77, 96,
            ])
    }

    @Test func indicatorsAndTheYearEndSummary() throws {
        let report = try QuarterlyReport.make(Self.plan, quarter: 4, language: .en)
        let indicators = try section(report, "report_indicators")
        #expect(indicators.values("code") == [.text("I1"), .text("I2"), .text("I3")])
        #expect(indicators.values("result") == [.float(60), .float(8), .null])
        #expect(indicators.values("met") == [.text("yes"), .text("yes"), .text("no")])
        let met = try section(report, "report_indicators_met")
        #expect(met.values("met") == [.int(0), .int(2), .int(2)])
        #expect(met.values("not_met") == [.int(1), .int(0), .int(1)])
        #expect(report.paragraphs.last == "Of 3 indicators, 2 met their target and 1 did not.")
        #expect(report.paragraphs.first?.contains("a budget of 198,000.51 baht after transfers") == true)
        let thai = try QuarterlyReport.make(Self.plan, quarter: 4, language: .th)
        #expect(thai.paragraphs.last == "ตัวชี้วัดทั้งหมด 3 ตัว บรรลุเป้าหมาย 2 ตัว ไม่บรรลุ 1 ตัว")
        #expect(try QuarterlyReport.make(Self.plan, quarter: 3).paragraphs.isEmpty)
    }

    @Test func aNoteTypedInTheSessionReplacesOrAdds() throws {
        var plan = try ProjectNotes.setting(.suggestions, of: "P2", quarter: 1, to: "เลื่อนค่าย", in: Self.plan)
        plan = try ProjectNotes.setting(.problems, of: "P4", quarter: 2, to: "รอผลการประเมิน", in: plan)
        let notes = ProjectNotes(plan)
        #expect(notes.problems("P2", quarter: 1) == "ฝนตกหนัก")
        #expect(notes.suggestions("P2", quarter: 1) == "เลื่อนค่าย")
        #expect(notes.problems("P4", quarter: 2) == "รอผลการประเมิน")
        #expect(plan["notes"]!.rowCount == 3)
        #expect(throws: Diagnostic.self) {
            try ProjectNotes.setting(.problems, of: "P9", quarter: 2, to: "x", in: plan)
        }
    }
}
