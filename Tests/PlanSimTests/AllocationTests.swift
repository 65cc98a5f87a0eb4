import PlanModel
import Testing

@testable import PlanSim

@Suite struct AllocationTests {
    static let units = TestPlans.table(
        "units",
        [
            ("code", .text, [.text("U1"), .text("U2"), .text("U3")]),
            ("name", .text, [.text("โรงเรียนบ้านหนองแวง"), .text("โรงเรียนบ้านโคกกลาง"), .text("โรงเรียนชุมชนวาปีปทุม")]),
            ("students", .int, [.int(100), .int(200), .int(700)]),
            ("teachers", .int, [.int(10), .int(20), .int(20)]),
            ("schools", .int, [.int(1), .int(1), .int(2)]),
            ("distance_km", .float, [.float(0), .float(30), .float(10)]),
            ("passed_external", .int, [.int(1), .int(0), .int(1)]),
        ])

    static let weights: [(column: String, percent: Double)] = [
        ("students", 40), ("teachers", 20), ("schools", 20), ("distance", 10), ("passed_external", 10),
    ]

    @Test func handFigures() throws {
        let table = try Allocation.allocate(Money(baht: 1_000_000), over: Self.units, weights: Self.weights)
        // U1: .4 × .1 + .2 × .2 + .2 × .25 + .1 × 0 + .1 × .5 = .18; U2 = .285; U3 = .535.
        #expect(table.values("amount") == [money("180,000"), money("285,000"), money("535,000")])
        #expect(
            table.columnNames == [
                "code", "name", "students_pct", "teachers_pct", "schools_pct", "distance_km_pct", "passed_external_pct",
                "share_pct", "amount",
            ])
        #expect(table.values("students_pct") == [.percent(10), .percent(20), .percent(70)])
        #expect(table.values("distance_km_pct") == [.percent(0), .percent(75), .percent(25)])
        #expect(table.values("share_pct") == [.percent(18), .percent(28.5), .percent(53.5)])
        #expect(table.value("name", 0) == .text("โรงเรียนบ้านหนองแวง"))
    }

    @Test func largestRemainderToTheSatang() throws {
        let table = try Allocation.allocate(Money(baht: 100), over: Self.units, weights: [("schools", 100)])
        // 1 : 1 : 2 of 10,000 satang is exact; thirds are not.
        #expect(table.values("amount") == [money("25"), money("25"), money("50")])
        let thirds = try Allocation.allocate(
            Money(baht: 100), over: Self.units, weights: [("passed_external", 50), ("teachers", 50)])
        // Shares: U1 .5×.5 + .5×.2 = .35, U2 .5×0 + .5×.4 = .2, U3 .25 + .2 = .45 — exact again.
        #expect(thirds.values("amount") == [money("35"), money("20"), money("45")])
        let equal = TestPlans.table(
            "units",
            [
                ("code", .text, [.text("A"), .text("B"), .text("C")]),
                ("name", .text, [.text("ก"), .text("ข"), .text("ค")]),
                ("students", .int, [.int(1), .int(1), .int(1)]),
            ])
        let split = try Allocation.allocate(Money(baht: 100), over: equal, weights: [("students", 100)])
        #expect(split.values("amount") == [money("33.34"), money("33.33"), money("33.33")])
    }

    @Test func sharesAlwaysSumToTheAmount() throws {
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for trial in 0..<50 {
            let n = 1 + next(40)
            let units = TestPlans.table(
                "units",
                [
                    ("code", .text, (0..<n).map { .text("U\($0)") }),
                    ("name", .text, (0..<n).map { .text("โรงเรียน \($0)") }),
                    ("students", .int, (0..<n).map { _ in .int(Int64(1 + next(900))) }),
                    ("teachers", .int, (0..<n).map { _ in .int(Int64(next(60))) }),
                    ("distance_km", .float, (0..<n).map { _ in .float(Double(next(10_000)) / 7) }),
                ])
            let amount = Money(satang: Int64(next(1_000_000_000)) * 1_000 + Int64(trial))
            let table = try Allocation.allocate(
                amount, over: units, weights: [("students", 50), ("teachers", 12.5), ("distance", 37.5)])
            let total = table.values("amount").map { value -> Money in
                guard case .money(let m) = value else { return Money(satang: -1) }
                #expect(m.satang >= 0)
                return m
            }.total()
            #expect(total == amount)
        }
    }

    @Test func badInput() throws {
        let cases: [([(column: String, percent: Double)], Money, String)] = [
            ([("students", 40), ("teachers", 50)], Money(baht: 100), "sum to 90%"),
            ([("pupils", 100)], Money(baht: 100), "no column `pupils`"),
            ([("students", 50), ("students", 50)], Money(baht: 100), "twice"),
            ([("students", 120), ("teachers", -20)], Money(baht: 100), "0% or more"),
            ([("name", 100)], Money(baht: 100), "must be a number"),
            ([("students", 100)], Money(satang: -1), "negative"),
            ([], Money(baht: 100), "at least one criterion"),
        ]
        for (weights, amount, text) in cases {
            let error = try #require(throws: Diagnostic.self) {
                try Allocation.allocate(amount, over: Self.units, weights: weights)
            }
            #expect(error.message.contains(text), "\(error.message)")
            #expect(error.thai?.isEmpty == false)
        }
        let none = TestPlans.table(
            "units",
            [
                ("code", .text, [.text("A")]), ("name", .text, [.text("ก")]), ("students", .int, [.int(0)]),
            ])
        let error = try #require(throws: Diagnostic.self) {
            try Allocation.allocate(Money(baht: 1), over: none, weights: [("students", 100)])
        }
        #expect(error.message.contains("totals 0"))
    }
}
