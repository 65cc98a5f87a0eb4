import PlanModel
import Testing

@testable import PlanQuery

/// Every step on the hand-built Thai plan; expected values worked out by hand from `TestPlan`.
@Suite struct EvaluatorTests {
    let m = TestPlan.money
    let d = TestPlan.date
    func run(_ s: String) throws -> PipelineResult { try TestPlan.run(s) }
    func col(_ s: String, _ c: String) throws -> [Value] { TestPlan.values(try run(s), c) }
    func codes(_ s: String) throws -> [Value] { try col(s, "code") }
    func texts(_ xs: String...) -> [Value] { xs.map(Value.text) }

    @Test func whereWithMoneyAndText() throws {
        #expect(try codes("projects | where strategy = \"S2\" and budget >= 100_000") == texts("P01"))
        #expect(try codes("projects | where budget >= 1,000,000") == texts("P03"))
        #expect(try codes("projects | where budget = 80000.50") == texts("P02"))
        #expect(try codes("projects | where name contains \"อบรม\"") == texts("P01"))
        #expect(try codes("projects | where name contains \"camp\"") == texts("P05"))
        #expect(try codes("projects | where budget between 80_000 and 150_000") == texts("P01", "P02", "P05"))
        #expect(try codes("projects | where strategy in (\"S1\", \"S3\")") == texts("P02", "P03", "P04", "P05"))
        #expect(try codes("projects | where strategy not in (\"S1\", \"S3\")") == texts("P01"))
        #expect(try codes("projects | where status is null") == texts("P05"))
        #expect(try codes("projects | where status != \"on_track\"") == texts("P02", "P04"))  // null is not kept
        #expect(try codes("projects | where not (budget > 100_000) or code = \"P05\"") == texts("P02", "P04", "P05"))
    }

    @Test func datesBuddhistAndCommonEra() throws {
        let q2 = "disbursements | where date <= end_of(Q2) | agg paid = sum(amount), n = count()"
        #expect(try col(q2, "paid") == [m("627500.76")])
        #expect(try col(q2, "n") == [.int(7)])
        #expect(try col("disbursements | where date >= \"2561-04-01\" | agg n = count()", "n") == [.int(3)])
        #expect(try col("disbursements | where date = 2018-03-31", "project") == texts("P02"))
        #expect(try col("disbursements | where date = 2561-03-31", "project") == texts("P02"))
        #expect(
            try col("disbursements | where date >= start_of(Q3) and date <= end_of(Q3)", "amount") == [m("100000.75")])
        let derived = try run(
            "disbursements | take 2 | select y = year(date), mo = month(date), q = quarter(date), "
                + "since = days_between(start_of(Q1), date), e = end_of(Q2)")
        #expect(TestPlan.values(derived, "y") == [.int(2560), .int(2561)])
        #expect(TestPlan.values(derived, "mo") == [.int(11), .int(2)])
        #expect(TestPlan.values(derived, "q") == [.int(1), .int(2)])
        #expect(TestPlan.values(derived, "since") == [.int(45), .int(123)])
        #expect(TestPlan.values(derived, "e") == [d("2018-03-31"), d("2018-03-31")])
        #expect(
            try col("disbursements | take 1 | select later = date + 30, back = date - 2560-10-01", "back") == [.int(45)]
        )
    }

    @Test func groupAlongARelation() throws {
        let r = try run("disbursements | where date <= end_of(Q2) | group project.strategy | agg paid = sum(amount)")
        #expect(r.table.columnNames == ["strategy", "paid"])
        #expect(TestPlan.values(r, "strategy") == texts("S1", "S2", "S3"))
        #expect(TestPlan.values(r, "paid") == [m("12500.26"), m("55000.50"), m("560000.00")])
        // The key keeps its link: the strategy's Thai name is one step away.
        let named = try run(
            "disbursements | group project.strategy | agg paid = sum(amount) | select strategy.name, paid")
        #expect(TestPlan.values(named, "name") == texts("พัฒนาคุณภาพผู้เรียน", "พัฒนาครูและบุคลากร", "บริหารจัดการ") + [.null])
        #expect(TestPlan.values(named, "paid").last == m("5.00"))  // P99 links to no strategy: a null group, last
    }

    @Test func aggregates() throws {
        let r = try run(
            "projects | group strategy | agg n = count(), total = sum(budget), mean = avg(budget), "
                + "low = min(budget), high = max(name), part = share(budget), with_status = count(status)")
        #expect(TestPlan.values(r, "strategy") == texts("S1", "S2", "S3"))
        #expect(TestPlan.values(r, "n") == [.int(2), .int(1), .int(2)])
        #expect(TestPlan.values(r, "total") == [m("200000.75"), m("150000"), m("1295000")])
        #expect(TestPlan.values(r, "mean") == [m("100000.38"), m("150000"), m("647500")])  // 100000.375 → even
        #expect(TestPlan.values(r, "low") == [m("80000.50"), m("150000"), m("45000")])
        #expect(TestPlan.values(r, "high") == texts("ค่ายวิทยาศาสตร์", "อบรมครูภาษาอังกฤษ", "นิเทศติดตามโรงเรียน"))
        let total: Double = 164_500_075
        let parts: [Double] = [20_000_075 / total, 15_000_000 / total, 129_500_000 / total]
        #expect(TestPlan.values(r, "part") == parts.map { .percent($0 * 100) })  // a percentage, in points
        #expect(TestPlan.values(r, "with_status") == [.int(1), .int(1), .int(2)])
        let whole = try run("projects | agg n = count(), total = sum(budget), mean = avg(budget), first = min(code)")
        #expect(TestPlan.values(whole, "total") == [m("1645000.75")])
        #expect(TestPlan.values(whole, "mean") == [m("329000.15")])
        #expect(TestPlan.values(whole, "first") == texts("P01"))
        let empty = try run("projects | where budget < 0 | agg n = count(), total = sum(budget)")
        #expect(TestPlan.values(empty, "n") == [.int(0)])
        #expect(TestPlan.values(empty, "total") == [.null])
        let ratio = try run("projects | group source | agg pct = round(sum(plan_q1) / sum(budget) * 100, 1)")
        #expect(TestPlan.values(ratio, "pct") == [.float(20.1), .float(14.3)])  // 260000/1295000, 50000/350000.75
        let byQuarter = try run("disbursements | group q = quarter(date) | agg paid = sum(amount)")
        #expect(TestPlan.values(byQuarter, "paid") == [m("280000"), m("347500.76"), m("100000.75"), m("20004.99")])
        let twoKeys = try run("disbursements | group project, kind | agg n = count()")
        #expect(twoKeys.table.rowCount == 7)
    }

    @Test func moneyStaysExact() throws {
        let r = try run(
            "projects | where code = \"P05\" | select half = budget / 2, tenth = budget * 10%, "
                + "twice = budget * 2, plus = budget + 1000, minus = budget - 0.25, ratio = plan_q2 / budget, "
                + "none = budget / 0, ints = 7 / 2, rem = 7 % 3, neg = -budget, diff = abs(plan_q1 - plan_q2)")
        #expect(TestPlan.values(r, "half") == [m("60000.12")])  // 60000.125 rounds half to even
        #expect(TestPlan.values(r, "tenth") == [m("12000.02")])  // 12000.025 → even
        #expect(TestPlan.values(r, "twice") == [m("240000.50")])
        #expect(TestPlan.values(r, "plus") == [m("121000.25")])
        #expect(TestPlan.values(r, "minus") == [m("120000")])
        #expect(TestPlan.values(r, "ratio") == [.float(4_000_000 / 12000025.0)])
        #expect(TestPlan.values(r, "none") == [.null])
        #expect(TestPlan.values(r, "ints") == [.float(3.5)])
        #expect(TestPlan.values(r, "rem") == [.int(1)])
        #expect(TestPlan.values(r, "neg") == [m("-120000.25")])
        #expect(TestPlan.values(r, "diff") == [m("20000")])
    }

    @Test func wholeColumnArithmeticMatchesValueByValue() throws {
        let r = try run(
            "disbursements | select a = amount * 3, b = amount + 1, c = 2 - amount, d = amount - amount, "
                + "e = amount * 1.5")
        #expect(TestPlan.values(r, "a").first == m("60000"))
        #expect(TestPlan.values(r, "b")[1] == m("35001.50"))
        #expect(TestPlan.values(r, "c")[1] == m("-34998.50"))
        #expect(TestPlan.values(r, "d").allSatisfy { $0 == m("0") })
        #expect(TestPlan.values(r, "e")[1] == m("52500.75"))
        let withNulls = try run("projects | select x = coalesce(status, null) = \"done\", n = length(status) * 2")
        #expect(TestPlan.values(withNulls, "n") == [.int(16), .int(14), .int(16), .int(8), .null])
    }

    @Test func scalarFunctions() throws {
        let r = try run(
            "projects | where code = \"P05\" | select a = round(budget, 0), b = round(2.345, 2), "
                + "c = round(1234, -2), s = coalesce(status, \"none\"), lo = lower(code), up = upper(name), "
                + "n = length(code), t = length(\"ค่าย\")")
        #expect(TestPlan.values(r, "a") == [m("120000")])
        #expect(TestPlan.values(r, "b") == [.float(2.35)])
        #expect(TestPlan.values(r, "c") == [.int(1200)])
        #expect(TestPlan.values(r, "s") == texts("none"))
        #expect(TestPlan.values(r, "lo") == texts("p05"))
        #expect(TestPlan.values(r, "up") == texts("READING CAMP อ่านออกเขียนได้"))
        #expect(TestPlan.values(r, "n") == [.int(3)])
        #expect(TestPlan.values(r, "t") == [.int(3)])  // ค่ + า + ย: marks join their consonant
    }

    @Test func sortTakeDistinct() throws {
        #expect(try codes("projects | sort budget desc | take 2") == texts("P03", "P01"))
        #expect(try codes("projects | sort status, code desc") == texts("P02", "P04", "P03", "P01", "P05"))
        #expect(try codes("projects | sort status desc") == texts("P01", "P03", "P04", "P02", "P05"))
        #expect(try codes("projects | take 0") == [])
        #expect(try col("projects | select strategy | distinct", "strategy") == texts("S2", "S1", "S3"))
        #expect(
            try col("projects | sort strategy.name | select strategy", "strategy")
                == texts("S3", "S3", "S2", "S1", "S1"))
    }

    @Test func sortThenTakeOnALargeTableKeepsTheFullSortOrder() throws {
        let plan = GeneratedPlan(projects: 50, disbursements: 5_000, seed: 9)
        for query in [
            "disbursements | sort amount desc", "disbursements | sort project, date desc",
            "disbursements | sort kind",
        ] {
            let all = try TestPlan.run(query, plan.catalog).table
            for n in [0, 1, 7, 100] {
                let top = try TestPlan.run("\(query) | take \(n)", plan.catalog).table
                #expect(top.rowCount == n)
                for c in 0..<all.columns.count {
                    #expect(
                        (0..<n).map { top.columns[c][$0] } == (0..<n).map { all.columns[c][$0] }, "\(query) | take \(n)"
                    )
                }
            }
        }
    }

    @Test func thaiTextSortsInDictionaryOrder() throws {
        let words = TestPlan.table(
            "words", [("w", .text)], ["ไก่", "เข็ม", "กา", "ขา", "Apple", "แกง", "ก้าง"].map { [.text($0)] })
        let catalog = TestCatalog(tables: ["words": words])
        let sorted = try TestPlan.run("words | sort w", catalog)
        #expect(TestPlan.values(sorted, "w") == ["Apple", "กา", "ก้าง", "แกง", "ไก่", "ขา", "เข็ม"].map(Value.text))
        let range = try TestPlan.run("words | where w >= \"ก\" and w < \"ข\" | agg n = count(), last = max(w)", catalog)
        #expect(TestPlan.values(range, "n") == [.int(4)])
        #expect(TestPlan.values(range, "last") == [.text("ไก่")])
    }

    @Test func selectDeriveAndRelationPaths() throws {
        let r = try run("disbursements | select project, s = project.strategy.name, amount | take 1")
        #expect(r.table.columnNames == ["project", "s", "amount"])
        #expect(TestPlan.values(r, "s") == texts("พัฒนาครูและบุคลากร"))
        let nulls = try run("disbursements | where project = \"P99\" | select project.name, project.strategy")
        #expect(TestPlan.values(nulls, "name") == [.null])
        let derived = try run("projects | derive budget = budget * 2, h1 = plan_q1 + plan_q2 | take 1")
        #expect(derived.table.columnNames.last == "h1")
        #expect(TestPlan.values(derived, "budget") == [m("300000")])
        #expect(TestPlan.values(derived, "h1") == [m("80000")])
        let quoted = try run("projects | select `budget`, x = `plan_q1` | take 1")
        #expect(quoted.table.columnNames == ["budget", "x"])
    }

    @Test func joins() throws {
        let along = try run("projects | join strategies | select code, strategies.name")
        #expect(along.table.columnNames == ["code", "name"])
        #expect(TestPlan.values(along, "name").first == .text("พัฒนาครูและบุคลากร"))
        let reverse = try run("strategies | join projects")
        #expect(reverse.table.rowCount == 5)
        #expect(TestPlan.values(reverse, "projects.code") == texts("P02", "P05", "P01", "P03", "P04"))
        let on = try run("disbursements | join projects on project = code | select project, budget")
        #expect(on.table.rowCount == 10)
        #expect(TestPlan.values(on, "budget").last == .null)
        #expect(TestPlan.values(on, "budget").first == m("150000"))
    }

    @Test func outputsAndTableFunctions() throws {
        let chart = try run("projects | chart bar budget by code")
        guard case .chart(.bar, "budget", "code") = chart.output else {
            Issue.record("\(chart.output)")
            return
        }
        let computed = try run("projects | chart line budget / 1000 by strategy.name")
        guard case .chart(.line, "value", "strategy.name") = computed.output else {
            Issue.record()
            return
        }
        #expect(computed.table.column("value")?[0] == m("150"))
        guard case .export("out.csv") = try run("projects | export \"out.csv\"").output else {
            Issue.record()
            return
        }
        #expect(try codes("progress(Q2) | where disbursed_pct < target_pct") == texts("P01"))
    }

    @Test func letResultsAreTables() throws {
        var catalog = TestPlan.catalog
        let big = try TestPlan.run("let big = projects | where budget > 100_000", catalog)
        catalog.tables["big"] = big.table
        #expect(try TestPlan.run("big | agg n = count()", catalog).table.column("n")?[0] == .int(3))
        // The relation survives a `let`.
        #expect(TestPlan.values(try TestPlan.run("big | select strategy.name", catalog), "name").count == 3)
    }

    @Test func interruption() {
        let p = try! Parser.parse("projects | where budget > 0 | sort code")[0]
        guard case .query(let pipeline) = p.statement else { return }
        #expect(throws: QueryError.self) { try Evaluator.run(pipeline, in: TestPlan.catalog, shouldStop: { true }) }
    }
}
