/// One `help` topic: a statement, a step or a function.
public struct HelpTopic: Sendable {
    public var name, syntax, english, thai, example: String
    public init(name: String, syntax: String, english: String, thai: String, example: String) {
        self.name = name
        self.syntax = syntax
        self.english = english
        self.thai = thai
        self.example = example
    }
}

/// The text of `help TOPIC` for the language's steps, functions and operators, in English and Thai.
public enum LanguageHelp {
    private static func t(
        _ name: String, _ syntax: String, _ english: String, _ thai: String, _ example: String
    ) -> HelpTopic {
        HelpTopic(name: name, syntax: syntax, english: english, thai: thai, example: example)
    }

    /// Every step, function and operator, English + Thai (statements and table functions keep their own help).
    public static let topics: [HelpTopic] = steps + functions + operators

    /// The topic named `name` (case-insensitive; `exit` is `quit`, a step alias such as `filter` its step), if any.
    public static func topic(_ name: String) -> HelpTopic? {
        let key = name.lowercased()
        let canonical =
            topicAliases[key]
            ?? Vocabulary.stepAliases[key].flatMap { alias in
                topics.contains { $0.name == key } ? nil : alias
            } ?? key
        return topics.first { $0.name == canonical }
    }

    /// Words whose help is another topic's.
    static let topicAliases = ["or": "and", "not": "and", "is": "null", "like": "contains"]

    static let steps: [HelpTopic] = [
        t(
            "where", "| where CONDITION", "Keeps the rows where the condition is true (null counts as false).",
            "เก็บเฉพาะแถวที่เงื่อนไขเป็นจริง", "projects | where strategy = \"S2\" and budget >= 100_000"),
        t(
            "select", "| select COLUMN, NAME = EXPR, …  (* = every other column)",
            "Keeps only these columns, in this order; computes new ones. `*` stands for every column no other item"
                + " names or moves: `select *, half = budget / 2` keeps all and adds one.",
            "เลือกเฉพาะคอลัมน์ที่ระบุตามลำดับ หรือคำนวณคอลัมน์ใหม่ `*` แทนทุกคอลัมน์ที่ไม่ได้ระบุชื่อไว้",
            "projects | select code, name, project_strategy = strategy.name"
        ),
        t(
            "derive", "| derive NAME = EXPR, …", "Adds (or replaces) computed columns, keeping the others.",
            "เพิ่มหรือแทนที่คอลัมน์ที่คำนวณ โดยเก็บคอลัมน์อื่นไว้", "projects | derive h1 = plan_q1 + plan_q2"),
        t(
            "sort", "| sort EXPR [asc|desc], …",
            "Orders the rows (Thai text in dictionary order); ties keep their order; nulls come last.",
            "เรียงลำดับแถว ค่าว่างอยู่ท้ายเสมอ", "projects | sort budget desc, code"),
        t("take", "| take N", "Keeps the first N rows.", "เก็บเฉพาะ N แถวแรก", "projects | sort budget desc | take 5"),
        t(
            "group", "| group KEY, … | agg NAME = AGGREGATE, …",
            "Groups rows by keys (a path such as `project.strategy` gives a column named `strategy`); "
                + "must be followed by `agg`.",
            "จัดกลุ่มแถวตามคีย์ ต้องตามด้วย `agg`", "disbursements | group project.strategy | agg paid = sum(amount)"),
        t(
            "agg", "| agg NAME = AGGREGATE, …", "Aggregates over the preceding `group`, or over the whole table.",
            "คำนวณค่ารวมของแต่ละกลุ่ม หรือของทั้งตาราง", "projects | agg n = count(), total = sum(budget)"),
        t("distinct", "| distinct", "Removes duplicate rows.", "ตัดแถวที่ซ้ำกันออก", "projects | select strategy | distinct"),
        t(
            "join", "| join TABLE [on COLUMN = COLUMN, …]",
            "Adds another table's columns from matching rows (left join); without `on`, along the plan's links.",
            "นำคอลัมน์ของอีกตารางมาต่อท้ายตามแถวที่ตรงกัน ถ้าไม่ระบุ on จะเชื่อมตามความสัมพันธ์ของแผน",
            "projects | join strategies"),
        t(
            "chart", "| chart bar|line VALUE by LABEL",
            "Draws a chart of the result, a row a label; must be the last step. `bar`: negative values go left of "
                + "the axis in ░, positive ones right in █. `line`: a point ● a row across the values' range, joined.",
            "วาดแผนภูมิจากผลลัพธ์ แถวละหนึ่งป้าย ต้องเป็นขั้นตอนสุดท้าย `bar`: ค่าติดลบอยู่ซ้ายของแกนเป็น ░ ค่าบวกอยู่ขวาเป็น █ "
                + "`line`: จุด ● แถวละจุดตามช่วงของค่า ลากเส้นต่อกัน",
            "projects | chart bar budget by code"),
        t(
            "export", "| export \"FILE.csv\"",
            "Writes the result to a .csv, .json or .md (Markdown) file, as its name says; must be the last step. "
                + "A .csv file starts with a BOM, as Excel's \"CSV UTF-8\" does, so Excel shows the Thai.",
            "บันทึกผลลัพธ์ลงไฟล์ .csv, .json หรือ .md (Markdown) ตามนามสกุลไฟล์ ต้องเป็นขั้นตอนสุดท้าย "
                + "ไฟล์ .csv ขึ้นต้นด้วย BOM แบบ \"CSV UTF-8\" ของ Excel เพื่อให้ Excel แสดงภาษาไทยได้ถูกต้อง",
            "projects | export \"projects.csv\""),
    ]

    static let functions: [HelpTopic] = [
        t(
            "count", "count() | count(X)", "In `agg`: the number of rows, or of non-null X.",
            "ใน agg: จำนวนแถว หรือจำนวนค่า X ที่ไม่ว่าง",
            "projects | group strategy | agg n = count()"),
        t(
            "sum", "sum(X)", "In `agg`: the exact total (money to the satang).", "ใน agg: ผลรวมที่แม่นยำถึงสตางค์",
            "projects | agg total = sum(budget)"),
        t(
            "avg", "avg(X)", "In `agg`: the mean (money rounds half to even, to the satang).", "ใน agg: ค่าเฉลี่ย",
            "projects | group source | agg mean = avg(budget)"),
        t(
            "min", "min(X)", "In `agg`: the smallest value.", "ใน agg: ค่าที่น้อยที่สุด",
            "disbursements | agg first = min(date)"),
        t("max", "max(X)", "In `agg`: the largest value.", "ใน agg: ค่าที่มากที่สุด", "disbursements | agg last = max(date)"),
        t(
            "share", "share(X)", "In `agg`: the group's part of the total of X, as a percentage (`part > 10%`).",
            "ใน agg: สัดส่วนของกลุ่มต่อยอดรวมทั้งหมด เป็นร้อยละ (`part > 10%`)",
            "projects | group strategy | agg part = share(budget)"),
        t(
            "round", "round(X) | round(X, DIGITS)", "Rounds half away from zero, as a spreadsheet does.",
            "ปัดเศษครึ่งหนึ่งขึ้นออกจากศูนย์ แบบสเปรดชีต", "projects | select code, r = round(budget / 3, 2)"),
        t("abs", "abs(X)", "The value without its sign.", "ค่าสัมบูรณ์", "projects | select d = abs(plan_q1 - plan_q2)"),
        t(
            "coalesce", "coalesce(A, B, …)", "The first value that is not null.", "ค่าแรกที่ไม่ว่าง",
            "projects | select code, s = coalesce(status, \"not_started\")"),
        t("lower", "lower(TEXT)", "Text in lower case.", "แปลงเป็นตัวพิมพ์เล็ก", "projects | select lower(code)"),
        t("upper", "upper(TEXT)", "Text in upper case.", "แปลงเป็นตัวพิมพ์ใหญ่", "projects | select upper(code)"),
        t(
            "length", "length(TEXT)", "The number of characters (a Thai consonant with its marks is one).",
            "จำนวนตัวอักษร (พยัญชนะไทยรวมสระและวรรณยุกต์นับเป็นหนึ่ง)", "projects | where length(name) > 20"),
        t(
            "year", "year(DATE)", "The Buddhist Era year of a date (2561).", "ปี พ.ศ. ของวันที่",
            "disbursements | select y = year(date)"),
        t(
            "month", "month(DATE)", "The month of a date, 1–12.", "เดือนของวันที่ 1–12",
            "disbursements | select m = month(date)"),
        t(
            "quarter", "quarter(DATE)", "The fiscal quarter of a date: Oct–Dec is 1, Jan–Mar 2, Apr–Jun 3, Jul–Sep 4.",
            "ไตรมาสของปีงบประมาณ: ต.ค.–ธ.ค. = 1 ม.ค.–มี.ค. = 2 เม.ย.–มิ.ย. = 3 ก.ค.–ก.ย. = 4",
            "disbursements | group q = quarter(date) | agg paid = sum(amount)"),
        t(
            "end_of", "end_of(Qn)", "The last day of quarter n of the loaded plan's fiscal year.",
            "วันสุดท้ายของไตรมาส n ในปีงบประมาณของแผน", "disbursements | where date <= end_of(Q2)"),
        t(
            "start_of", "start_of(Qn)", "The first day of quarter n of the loaded plan's fiscal year.",
            "วันแรกของไตรมาส n ในปีงบประมาณของแผน", "disbursements | where date >= start_of(Q3)"),
        t(
            "days_between", "days_between(FROM, TO)", "Days from one date to another.", "จำนวนวันระหว่างสองวันที่",
            "disbursements | select d = days_between(start_of(Q1), date)"),
        t(
            "if", "if(CONDITION, THEN, ELSE) | case when C then V … else E end",
            "THEN where the condition holds, else ELSE (a null condition counts as false); `case` tries each `when` "
                + "in turn. Both results are of one type; money stays exact.",
            "ค่า THEN เมื่อเงื่อนไขเป็นจริง มิฉะนั้นค่า ELSE (เงื่อนไขที่เป็น null นับเป็นเท็จ) `case` ตรวจ `when` ทีละข้อ "
                + "ผลลัพธ์ทั้งสองทางต้องเป็นชนิดเดียวกัน จำนวนเงินยังแม่นยำ",
            "projects | group strategy | agg done = sum(if(status = \"done\", budget, 0))"),
        t(
            "percent", "percent(FRACTION)", "A fraction as a percentage: percent(0.52) is 52%.",
            "แปลงเศษส่วนเป็นร้อยละ: percent(0.52) คือ 52%", "projects | select code, p = percent(plan_q1 / budget)"),
        t(
            "points", "points(PERCENTAGE)", "A percentage's number of points: points(52%) is 52.",
            "จำนวนจุดของร้อยละ: points(52%) คือ 52", "progress(Q2) | select code, n = points(disbursed_pct)"),
    ]

    static let operators: [HelpTopic] = [
        t(
            "contains", "TEXT contains TEXT", "True when the text holds the other text (ignoring case).",
            "เป็นจริงเมื่อข้อความมีข้อความอีกตัวอยู่ภายใน (ไม่สนตัวพิมพ์เล็กใหญ่)",
            "projects | where name contains \"ครู\""),
        t(
            "in", "X in (A, B, …) | X not in (A, B, …)", "True when the value is one of those listed.",
            "เป็นจริงเมื่อค่าตรงกับค่าใดค่าหนึ่งในรายการ", "projects | where strategy in (\"S1\", \"S2\")"),
        t(
            "between", "X between LOW and HIGH", "True when LOW <= X <= HIGH.",
            "เป็นจริงเมื่อค่าอยู่ระหว่าง LOW ถึง HIGH (รวมปลายทั้งสอง)",
            "projects | where budget between 100_000 and 300_000"),
        t(
            "null", "X is null | X is not null",
            "A missing value. `is null` finds it; arithmetic with null gives null; `where` drops rows whose "
                + "condition is null; `coalesce` replaces it.",
            "ค่าที่ไม่มีข้อมูล ใช้ `is null` ค้นหา คำนวณกับ null ได้ null และ `where` ตัดแถวที่เงื่อนไขเป็น null ออก",
            "projects | where status is null"),
        t(
            "and", "A and B | A or B | not A", "Join conditions (`and` before `or`; use brackets to group).",
            "เชื่อมเงื่อนไข (`and` ทำก่อน `or` ใช้วงเล็บจัดกลุ่มได้)",
            "projects | where (strategy = \"S1\" or strategy = \"S2\") and not budget > 300_000"),
    ]
}
