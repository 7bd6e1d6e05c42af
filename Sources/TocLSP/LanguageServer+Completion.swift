import Foundation
import TocPipeline
import TocLSPKit
import TocSyntax

/// Completion: node ids after `->` (and in chains and lists), area ids after
/// `område:`, keywords at a line's start in the file's language.
extension LanguageServer {
    /// The same offers as the page's text pane (`Pipeline.completions`), as LSP items.
    func completion(_ at: PositionParams) -> JSONValue {
        let uri = at.textDocument.uri, position = at.position
        guard let text = documents[uri] else { return .null }
        let lines = textLines(text)
        let (line, column) = lines.column(of: position)
        guard line - 1 < lines.lines.count else { return .null }
        // The caret as a count of UTF-16 code units from the text's start.
        let offset = lines.lines.prefix(line - 1).reduce(0) { $0 + $1.utf16.count + 1 }
            + String(lines.lines[line - 1].prefix(column - 1)).utf16.count
        // The declarations found already (while the diagnostics were published) for this text and its includes.
        let declared = texts(around: uri).flatMap { occurrences(in: $0.text).filter(\.declares) }
        let items = (Pipeline.completions(in: text, at: offset, declared: declared)?.items ?? []).map { offer -> JSONValue in
            switch offer.kind {
            case .node: return item(offer.show, detail: offer.alias.map { "\($0): \(offer.note ?? "")" }, kind: 18)
            case .area: return item(offer.show, detail: offer.note, kind: 19)
            case .keyword: return item(offer.show, detail: offer.alias, kind: 14, insert: offer.insert)
            }
        }
        return .object(["isIncomplete": .bool(false), "items": .array(items)])
    }

    func item(_ label: String, detail: String?, kind: Int, insert: String? = nil) -> JSONValue {
        var fields: [String: JSONValue] = ["label": .string(label), "kind": .number(Double(kind))]
        if let detail { fields["detail"] = .string(detail) }
        if let insert { fields["insertText"] = .string(insert) }
        return .object(fields)
    }
}
