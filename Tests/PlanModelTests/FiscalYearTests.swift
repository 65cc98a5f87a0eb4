import PlanModel
import Testing

@Suite struct FiscalYearTests {
    let fy2561 = FiscalYear(2561)

    @Test func runsFromOctoberToSeptember() {
        #expect(fy2561.commonEra == 2018)
        #expect(fy2561.start.description == "2017-10-01")
        #expect(fy2561.end.description == "2018-09-30")
        #expect(FiscalYear(2018) == fy2561)
    }

    @Test func quartersAndReportDueDates() {
        #expect(fy2561.endOf(quarter: 1).description == "2017-12-31")
        #expect(fy2561.endOf(quarter: 2).description == "2018-03-31")
        #expect(fy2561.endOf(quarter: 3).description == "2018-06-30")
        #expect(fy2561.endOf(quarter: 4).description == "2018-09-30")
        #expect(fy2561.reportDue(quarter: 1).description == "2018-01-15")
        #expect(fy2561.reportDue(quarter: 2).description == "2018-04-15")
        #expect(fy2561.reportDue(quarter: 4).description == "2018-10-15")
        #expect(fy2561.reportDue(quarter: 2).buddhistEra == "15/4/2561")
    }

    @Test func placesDaysInQuarters() {
        #expect(fy2561.quarter(of: Day.parse("2017-10-01")!) == 1)
        #expect(fy2561.quarter(of: Day.parse("2560-12-31")!) == 1)
        #expect(fy2561.quarter(of: Day.parse("2018-01-01")!) == 2)
        #expect(fy2561.quarter(of: Day.parse("2561-06-30")!) == 3)
        #expect(fy2561.quarter(of: Day.parse("2018-09-30")!) == 4)
        #expect(fy2561.quarter(of: Day.parse("2018-10-01")!) == nil)
    }
}

@Suite struct DayTests {
    @Test func readsBuddhistAndCommonEra() {
        #expect(Day.parse("2561-03-31") == Day.parse("2018-03-31"))
        #expect(Day.parse("2018-03-31")!.components == (2018, 3, 31))
    }

    @Test(arguments: ["2018-02-29", "2018-13-01", "2018-00-10", "18-01-01", "2018/01/01", "2018-1-1", ""])
    func rejectsImpossibleOrMalformedDates(text: String) {
        #expect(Day.parse(text) == nil)
    }

    @Test func leapDaysAndRoundTrip() {
        #expect(Day.parse("2020-02-29") != nil)
        #expect(Day.parse("2000-02-29") != nil)
        #expect(Day.parse("1900-02-29") == nil)
        var d = Day.parse("2016-12-25")!
        for _ in 0..<800 {
            #expect(Day.parse(d.description) == d)
            d = d.advanced(by: 1)
        }
        #expect(Day.parse("1970-01-01")!.ordinal == 0)
    }
}
