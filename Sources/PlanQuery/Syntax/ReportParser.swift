/// `report Q2 [to "file.EXT"]` and `note PROJECT Qn problems|suggestions "text"`.
extension TokenParser {
    /// After `report`: the quarter, then optionally `to` and a file whose extension names the format.
    mutating func report() throws(QueryError) -> Statement {
        let q = try quarter()
        guard current.isKeyword("to") else { return .report(quarter: q, path: nil) }
        _ = advance()
        let path = try string(
            "a file name in quotes, e.g. \"q2.html\"", thai: "ชื่อไฟล์ในเครื่องหมายคำพูด เช่น \"q2.html\"")
        return .report(quarter: q, path: path)
    }

    /// After `note`: a project code, a quarter, which text (`problems` / `suggestions`, or ปัญหา / ข้อเสนอแนะ)
    /// and the text in quotes.
    mutating func note() throws(QueryError) -> Statement {
        let project: String
        switch current.kind {
        case .identifier(let s, _), .string(let s):
            _ = advance()
            project = s
        default:
            throw expected("a project code, e.g. `P07`", thai: "รหัสโครงการ เช่น `P07`")
        }
        let q = try quarter()
        let fields = ["problems": "problems", "ปัญหา": "problems", "suggestions": "suggestions", "ข้อเสนอแนะ": "suggestions"]
        guard case .identifier(let word, _) = current.kind, let field = fields[word.lowercased()] else {
            throw expected(
                "`problems` or `suggestions`", thai: "`problems` (ปัญหาอุปสรรค) หรือ `suggestions` (ข้อเสนอแนะ)")
        }
        _ = advance()
        let text = try string("the text in quotes", thai: "ข้อความในเครื่องหมายคำพูด")
        return .note(project: project, quarter: q, field: field, text: text)
    }
}
