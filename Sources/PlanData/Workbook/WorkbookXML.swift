import Foundation
import PlanModel

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One XML part of a workbook read with Foundation's `XMLParser`: the elements it meets, with their attributes,
/// and the text inside the elements a part asks for. Each part of a workbook (the sheet list, the relations,
/// the shared strings, the styles, a sheet) is a small handler over these events.
final class WorkbookXML: NSObject, XMLParserDelegate {
    /// What a part does with the events.
    struct Handler {
        /// An element opens (its local name, without a namespace prefix).
        var open: (_ name: String, _ attributes: [String: String]) -> Void = { _, _ in }
        /// An element closes, with the text read inside it when `collectsText` said so (else empty).
        var close: (_ name: String, _ text: String) -> Void = { _, _ in }
        /// Whether the text inside an element of this name is wanted.
        var collectsText: (_ name: String) -> Bool = { _ in false }
    }

    private let handler: Handler
    private var text = ""
    private var collecting = 0

    private init(_ handler: Handler) { self.handler = handler }

    /// Parses `data`; throws a `Diagnostic` naming `part` of `file` when it is not well-formed XML.
    static func parse(_ data: Data, part: String, file: String, _ handler: Handler) throws(Diagnostic) {
        let parser = XMLParser(data: data)
        let reader = WorkbookXML(handler)
        parser.delegate = reader
        parser.shouldProcessNamespaces = false
        guard parser.parse() else {
            throw Diagnostic(
                file: file, line: parser.lineNumber, column: parser.columnNumber,
                message:
                    "the workbook's \(part) is not well-formed XML (\(parser.parserError?.localizedDescription ?? "unknown error"))",
                thai: "ส่วน \(part) ของเวิร์กบุ๊กไม่ใช่ XML ที่ถูกต้อง")
        }
    }

    private static func local(_ name: String) -> String {
        name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        let name = Self.local(elementName)
        if handler.collectsText(name) {
            if collecting == 0 { text = "" }
            collecting += 1
        }
        var local: [String: String] = [:]
        for (key, value) in attributes { local[key.hasPrefix("xmlns") ? key : Self.local(key)] = value }
        handler.open(name, local)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting > 0 { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        let name = Self.local(elementName)
        let wanted = handler.collectsText(name)
        handler.close(name, wanted ? text : "")
        if wanted {
            collecting -= 1
            if collecting == 0 { text = "" }
        }
    }
}
