import Foundation
import TocPipeline
import TocLSPKit
import TocSyntax

/// Completion: node ids after `->` (and in chains and lists), area ids after
/// `område:`, keywords at a line's start in the file's language.
extension LanguageServer {
    func completion(_ params: JSONValue) -> JSONValue {
        guard let uri = params["textDocument"]?["uri"]?.string, let text = documents[uri],
              let position = params.position else { return .null }
        let lines = textLines(text)
        let (line, column) = lines.column(of: position)
        guard line - 1 < lines.lines.count else { return .null }
        let before = String(lines.lines[line - 1].prefix(column - 1))
        let declared = texts(around: uri).flatMap { file in occurrences(in: file.text).filter(\.declares) }
        // Levels and labels as written: the text being typed need not parse.
        var labels: [String: (level: String, label: String)] = [:]
        for declaration in declared { labels[declaration.id] = (declaration.keyword ?? "", declaration.label ?? "") }
        var items: [JSONValue] = []
        if let match = before.wholeMatch(of: /(?<lead>.*)(?<sep>->|,)\s*(?<prefix>[\p{L}\p{N}_-]*)/), before.contains("->"),
           !match.output.lead.contains(":") {
            let prefix = String(match.output.prefix)
            for id in Set(declared.filter { !$0.isArea }.map(\.id)).sorted() where id.hasPrefix(prefix) && id != prefix {
                let info = labels[id]
                items.append(item(id, detail: info.map { "\($0.level): \($0.label)" }, kind: 18))
            }
        } else if let match = before.wholeMatch(of: /\s+(?<keyword>[\p{L}-]+)\s*:\s*(?<prefix>[\p{L}\p{N}_-]*)/),
                  IdOccurrences.area.contains(String(match.output.keyword).lowercased()) {
            let prefix = String(match.output.prefix)
            for area in declared.filter(\.isArea) where area.id.hasPrefix(prefix) && area.id != prefix {
                items.append(item(area.id, detail: labels[area.id]?.label, kind: 19))
            }
        } else if let match = before.wholeMatch(of: /(?<indent>\s*)(?<prefix>[\p{L}-]*)/) {
            let level = min(2, match.output.indent.replacingOccurrences(of: "\t", with: "  ").count / 2)
            let prefix = String(match.output.prefix).lowercased()
            let danish = Self.writesDanish(text)
            for keyword in Keyword.allCases where keyword.placements.contains(level) {
                let word = keyword.spelling(in: danish ? .da : .en)
                guard word.hasPrefix(prefix), word != prefix else { continue }
                let declares = level == 0 && (keyword.nodeKind != nil || keyword == .area)
                items.append(item(word, detail: danish ? keyword.english : keyword.danish, kind: 14,
                                  insert: word + (declares ? " " : ": ")))
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

    /// Danish unless the file's keywords are mostly English.
    static func writesDanish(_ text: String) -> Bool {
        var danish = 0, english = 0
        for line in IdOccurrences.lines(of: text) {
            guard let word = line.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "\t" }).first?.lowercased() else { continue }
            for keyword in Keyword.allCases where keyword.english != keyword.danish {
                if word == keyword.english { english += 1 } else if keyword.spellings.dropFirst().contains(word) { danish += 1 }
            }
        }
        return english <= danish
    }
}
