extension Completer {
    /// The words that may come next in `load FORMAT "file" [sheet "S"] as NAME [with COLUMN TYPE, …]`, given the
    /// tokens after `load`: `sheet` and `as` after a workbook's file, `with` after the name, a type after a
    /// column of `with`.
    static func loadWords(after tokens: [Token]) -> [String] {
        guard let format = tokens.first?.keyword, Vocabulary.loadFormats.contains(format) else { return [] }
        guard let last = tokens.last, tokens.count > 1 else { return [] }
        if case .string = last.kind {
            let afterFile = tokens.count == 2
            return afterFile && format == "xlsx" ? ["sheet", "as"] : afterFile || format == "xlsx" ? ["as"] : []
        }
        guard let with = tokens.firstIndex(where: { $0.isKeyword("with") }) else {
            let named = tokens.count >= 2 && tokens[tokens.count - 2].isKeyword("as")
            return named ? ["with"] : []
        }
        let previous = tokens[tokens.count - 2]
        let atColumn = tokens.count - 1 > with && (previous.isKeyword("with") || previous.isSymbol(","))
        return atColumn && !last.isSymbol(",") ? Vocabulary.columnTypes : []
    }
}
