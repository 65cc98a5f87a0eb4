import Foundation
import PlanModel

/// Tab completion: what fits where the cursor is.
public enum Completer {
    /// Completion for the line editor: what fits where the cursor is (statement keywords at the start, table
    /// names at the start of a pipeline or after `join`/`describe`, column names of the pipeline's table after
    /// `where`/`select`/`sort`/`group`/`agg`/… (including relation paths like `project.strategy`), function names in
    /// expressions, entity codes (strategy/project codes) inside a string after `= "`, and file paths inside
    /// `load "…`/`run "…`). A lone candidate inside quotes (a code, a file) ends with the closing quote.
    /// `start` is the UTF-8 offset where the replaced text begins.
    public static func complete(_ textBeforeCursor: String, catalog: Catalog, grammar: Grammar = Grammar())
        -> (start: Int, candidates: [String])
    {
        let text = textBeforeCursor
        let lexer = Lexer.scan(text)
        var tokens = lexer.tokens.filter { $0.kind != .end }
        if let sep = tokens.lastIndex(where: { $0.kind == .separator }) { tokens.removeFirst(sep + 1) }
        let utf8 = Array(text.utf8)

        if let stringStart = lexer.openStringStart {
            let prefix = String(decoding: utf8[min(stringStart, utf8.count)...], as: UTF8.self)
            let before = Array(tokens.dropLast())
            return (stringStart, stringCandidates(prefix, before: before, text: text, catalog: catalog))
        }

        // The word being typed: identifier characters and dots back from the cursor.
        var wordStart = utf8.count
        var context = tokens
        if let last = tokens.last, last.range.end == utf8.count, isWordToken(last) {
            var k = tokens.count - 1
            while k >= 2, tokens[k - 1].isSymbol("."), isWordToken(tokens[k - 2]),
                tokens[k - 1].range.start == tokens[k - 2].range.end
            {
                k -= 2
            }
            wordStart = tokens[k].range.start
            context = Array(tokens[..<k])
        } else if let last = tokens.last, last.isSymbol("."), last.range.end == utf8.count {
            var k = tokens.count - 1
            while k >= 1, isWordToken(tokens[k - 1]) {
                k -= 1
                if k >= 1, tokens[k - 1].isSymbol(".") { k -= 1 } else { break }
            }
            wordStart = tokens[k].range.start
            context = Array(tokens[..<k])
        }
        let prefix = String(decoding: utf8[wordStart...], as: UTF8.self)
        let all = candidates(context: context, prefix: prefix, text: text, catalog: catalog, grammar: grammar)
        let lower = prefix.lowercased()
        var seen = Set<String>()
        let matching = all.filter { $0.lowercased().hasPrefix(lower) && seen.insert($0).inserted }
        return (wordStart, matching)
    }

    private static func isWordToken(_ t: Token) -> Bool {
        switch t.kind {
        case .identifier, .quarter: true
        default: false
        }
    }

    private static func candidates(
        context: [Token], prefix: String, text: String, catalog: Catalog, grammar: Grammar
    ) -> [String] {
        let tableNames = catalog.tableNames.sorted()
        guard let last = context.last else {
            return grammar.statementWords + tableNames + catalog.tableFunctionNames.sorted()
        }
        let first = context.first?.keyword
        if last.isSymbol("|") { return Vocabulary.steps }
        if last.isKeyword("join") { return tableNames }
        if last.isKeyword("chart") { return ["bar", "line"] }
        if let first, let rule = grammar.rules[first] { return rule.complete(context, catalog) }
        if first == "let", context.count == 3, last.isSymbol("=") { return tableNames + catalog.tableFunctionNames }
        guard let schema = pipelineSchema(context: context, text: text, catalog: catalog) else { return [] }
        let stepWord = context.last { $0.keyword.map(Vocabulary.steps.contains) ?? false }?.keyword
        let path = prefix.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if path.count > 1 {
            return relationPaths(Array(path.dropLast()), schema: schema, catalog: catalog)
        }
        var out = schema.names
        for c in schema.columns where c.link != nil { out.append(c.name + ".") }
        switch stepWord {
        case "join": return ["on"] + out
        case "sort": out += ["desc", "asc"]
        case "chart": out += ["by"]
        case "select" where last.isKeyword("select") || last.isSymbol(","): out.append("*")
        default: break
        }
        if stepWord == "agg" { out += Vocabulary.aggregates.map { $0 + "(" } }
        out += Vocabulary.scalars.map { $0 + "(" }
        out += ["and", "or", "not", "in", "between", "contains", "is null", "is not null"]
        return out
    }

    /// `project.strategy.` → the columns of the table at the end of the path, written in full.
    private static func relationPaths(_ parts: [String], schema: PipelineSchema, catalog: Catalog) -> [String] {
        guard var target = schema.columns.first(where: { $0.name == parts[0] })?.link else { return [] }
        for part in parts.dropFirst() {
            guard let next = catalog.table(named: target)?.relation(from: part)?.target else { return [] }
            target = next
        }
        guard let table = catalog.table(named: target) else { return [] }
        let head = parts.joined(separator: ".") + "."
        return table.columnNames.map { head + $0 } + table.relations.map { head + $0.column + "." }
    }

    /// The columns the current step reads: those of the pipeline up to the last `|`, derived from the schema
    /// without evaluating anything; or the source's when that text does not parse.
    private static func pipelineSchema(context: [Token], text: String, catalog: Catalog) -> PipelineSchema? {
        var tokens = context
        if tokens.first?.isKeyword("let") == true, tokens.count >= 3 { tokens.removeFirst(3) }
        guard let first = tokens.first, case .identifier(let sourceName, _) = first.kind else { return nil }
        let isFunction = tokens.count > 1 && tokens[1].isSymbol("(")
        let sourceSchema = {
            (isFunction ? catalog.tableFunctionSchema(sourceName) : catalog.table(named: sourceName))
                .map(PipelineSchema.init)
        }
        guard let pipe = tokens.lastIndex(where: { $0.isSymbol("|") }) else { return sourceSchema() }
        let utf8 = Array(text.utf8)
        let prefix = String(decoding: utf8[first.range.start..<tokens[pipe].range.start], as: UTF8.self)
        if let parsed = try? Parser.parse(prefix), parsed.count == 1, case .query(let pipeline) = parsed[0].statement {
            return PipelineSchema(pipeline, catalog: catalog)
        }
        return sourceSchema()
    }

    private static func stringCandidates(_ prefix: String, before: [Token], text: String, catalog: Catalog) -> [String]
    {
        let first = before.first?.keyword
        if first == "load" || first == "run" || first == "save" || before.last?.isKeyword("export") == true {
            return files(prefix, closingBundles: first == "load" && before.count == 1)
        }
        // `column = "…`, `column in ("…", "…`, `column != "…`: the column's distinct values.
        var k = before.count - 1
        while k >= 0,
            before[k].isSymbol(",") || before[k].isSymbol("(") || before[k].isKeyword("in")
                || before[k].isSymbol("=") || before[k].isSymbol("!=") || isStringToken(before[k])
        {
            k -= 1
        }
        guard k >= 0, isWordToken(before[k]) else { return [] }
        var start = k
        while start >= 2, before[start - 1].isSymbol("."), isWordToken(before[start - 2]) { start -= 2 }
        let path = stride(from: start, through: k, by: 2).compactMap { i -> String? in
            if case .identifier(let s, _) = before[i].kind { return s }
            return nil
        }
        guard
            let schema =
                pipelineSchema(context: Array(before[..<start]) + [before[start]], text: text, catalog: catalog)
                ?? pipelineSchema(context: before, text: text, catalog: catalog),
            let dict = schema.resolve(path, catalog: catalog)?.dictionary
        else { return [] }
        return closingTheOnlyOne(dict.filter { $0.hasPrefix(prefix) }.sorted().prefix(200).map { $0 })
    }

    /// A lone candidate inside quotes is the whole text: it ends with the closing quote, so Tab finishes it.
    private static func closingTheOnlyOne(_ candidates: [String]) -> [String] {
        candidates.count == 1 ? [candidates[0] + "\""] : candidates
    }

    private static func isStringToken(_ t: Token) -> Bool {
        if case .string = t.kind { return true }
        return false
    }

    /// Files and folders whose path starts with `prefix`; folders end with `/`, and a lone file with the closing
    /// quote. With `closingBundles` (after `load "`), a plan bundle's folder (one holding `plan.json`) ends with
    /// the closing quote instead: it is what `load` takes, so Tab then Enter loads it.
    private static func files(_ prefix: String, closingBundles: Bool = false) -> [String] {
        let slash = prefix.lastIndex(of: "/")
        let dirPart = slash.map { String(prefix[...$0]) } ?? ""
        let namePart = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
        let fm = FileManager.default
        let dir = dirPart.isEmpty ? "." : dirPart
        guard let entries = try? fm.contentsOfDirectory(atPath: dir) else { return [] }
        let visible = entries.filter { $0.hasPrefix(namePart) && (!$0.hasPrefix(".") || namePart.hasPrefix(".")) }
        let found = visible.sorted()
            .map { name in
                var isDir: ObjCBool = false
                let full = dirPart + name
                _ = fm.fileExists(atPath: (dirPart.isEmpty ? "" : dirPart) + name, isDirectory: &isDir)
                guard isDir.boolValue else { return full }
                return closingBundles && fm.fileExists(atPath: full + "/plan.json") ? full + "\"" : full + "/"
            }
        guard found.count == 1, !found[0].hasSuffix("/"), !found[0].hasSuffix("\"") else { return found }
        return closingTheOnlyOne(found)
    }
}
