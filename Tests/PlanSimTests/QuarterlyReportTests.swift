import PlanModel
import Testing

@testable import PlanSim

@Suite struct QuarterlyReportTests {
    let plan = TestPlans.mahasarakham

    func fact(_ report: Report, _ label: String) -> String? {
        report.facts.first { $0.0.hasPrefix(label) }?.1
    }

    @Test func sixMonthHeaderOfFiscalYear2561() throws {
        let report = try QuarterlyReport.make(plan, quarter: 2)
        #expect(report.title == "6-month report (Q2), fiscal year 2561")
        #expect(report.thaiTitle.contains("รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2561"))
        #expect(fact(report, "office") == "สพป.มหาสารคาม เขต 3")
        #expect(fact(report, "fiscal year") == "2561")
        #expect(fact(report, "as of") == "31 March 2561 (2018-03-31) · 31 มีนาคม 2561")
        #expect(fact(report, "due") == "15 April 2561 (2018-04-15) · 15 เมษายน 2561")
        #expect(
            fact(report, "months covered")
                == "6 months: 1 October 2560 – 31 March 2561 · 6 เดือน: 1 ตุลาคม 2560 – 31 มีนาคม 2561")
        #expect(fact(report, "disbursement target") == "52.00%")
    }

    @Test(arguments: [
        (1, "31 December 2560 (2017-12-31)", "15 January 2561 (2018-01-15)", "3"),
        (3, "30 June 2561 (2018-06-30)", "15 July 2561 (2018-07-15)", "9"),
        (4, "30 September 2561 (2018-09-30)", "15 October 2561 (2018-10-15)", "12"),
    ])
    func otherQuarters(_ q: Int, _ asOf: String, _ due: String, _ months: String) throws {
        let report = try QuarterlyReport.make(plan, quarter: q)
        #expect(fact(report, "as of")?.hasPrefix(asOf) == true)
        #expect(fact(report, "due")?.hasPrefix(due) == true)
        #expect(fact(report, "months covered")?.hasPrefix(months + " months:") == true)
    }

    @Test func summaryBySource() throws {
        let report = try QuarterlyReport.make(plan, quarter: 2)
        #expect(
            report.sections.map(\.title).map { $0.split(separator: " ").first.map(String.init) } == [
                "Summary", "By", "Projects", "Indicators",
            ])
        let summary = report.sections[0].table
        #expect(summary.values("source") == [.text("basic"), .text("strategic"), .text("total")])
        #expect(summary.values("projects") == [.int(2), .int(2), .int(4)])
        #expect(summary.values("budget") == [money("130,000"), money("70,000.51"), money("200,000.51")])
        #expect(summary.values("obligated_to_date") == [money("2,000"), money("20,000"), money("22,000")])
        #expect(summary.values("disbursed_to_date") == [money("40,000"), money("15,500.25"), money("55,500.25")])
        #expect(summary.values("disbursed_pct") == [.percent(30.77), .percent(22.14), .percent(27.75)])
        #expect(summary.values("gap_pct") == [.percent(-21.23), .percent(-29.86), .percent(-24.25)])
    }

    @Test func projectLinesAndIndicators() throws {
        let report = try QuarterlyReport.make(plan, quarter: 2)
        let lines = report.sections[2].table
        let p1 = try #require(lines.row("code", "P1"))
        #expect(lines.value("owner", p1) == .text("กลุ่มพัฒนาครูฯ"))
        #expect(lines.value("strategy", p1) == .text("S2"))
        #expect(lines.value("activities_done_pct", p1) == .percent(50))
        #expect(lines.value("indicators_pct", p1) == .percent(65))
        #expect(lines.value("status", p1) == .text("behind"))
        #expect(lines.value("status_th", p1) == .text("ล่าช้า"))
        #expect(lines.value("status_th", try #require(lines.row("code", "P3"))) == .text("ยกเลิก"))

        let indicators = report.sections[3].table
        #expect(indicators.values("code") == [.text("I1"), .text("I2"), .text("I3")])
        #expect(indicators.values("result") == [.float(40), .float(20), .null])
        #expect(indicators.values("target") == [.float(50), .float(10), .float(100)])
        #expect(indicators.values("achieved_pct") == [.percent(80), .percent(50), .percent(0)])
        #expect(indicators.values("direction") == [.text("higher"), .text("lower"), .text("higher")])
    }
}
