import Foundation
import TocLSPKit
import TocPipeline
import TocSyntax

/// Diagnostics, formatting and the outline, all through the pipeline.
extension LanguageServer {
    /// The file path of a `file://` URI (percent-decoded); other schemes
    /// are checked as a file of that name in the current folder.
    static func path(of uri: String) -> String {
        if let url = URL(string: uri), url.isFileURL { return url.path }
        return uri.removingPercentEncoding ?? uri
    }

    static func uri(of path: String) -> String {
        URL(fileURLWithPath: path).absoluteString
    }

    /// The document checked as `toc check` checks it, with includes read
    /// from disk beside it.
    /// Checked once per version of the text: completion, hover and the
    /// rest reuse the check the diagnostics made.
    func checked(_ uri: String) -> CheckedSource? {
        guard let text = documents[uri] else { return nil }
        if let last = lastChecked[uri], last.text == text { return last.file }
        let path = Self.path(of: uri)
        guard case .success(let file) = Pipeline().check(file: path, shownAs: path, text: Array(text.utf8)) else { return nil }
        lastChecked[uri] = (text, file)
        return file
    }

    func publishDiagnostics(_ uri: String) {
        guard let text = documents[uri], let file = checked(uri) else { return }
        // What completion and navigation need next, made while the editor waits anyway.
        _ = occurrences(in: text)
        let path = Self.path(of: uri)
        var byFile: [String: [LSPDiagnostic]] = [uri: []]
        var lines: [String: TextLines] = [uri: textLines(text)]
        func linesOf(_ uri: String, _ source: SourceFile?) -> TextLines {
            if let known = lines[uri] { return known }
            let made = TextLines(source.map { String(decoding: $0.bytes, as: UTF8.self) } ?? "", encoding: encoding)
            lines[uri] = made
            return made
        }
        let included = Dictionary(file.checked.includedSources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for finding in file.checked.diagnostics {
            let inFile = finding.location.file.map { included[$0]?.path ?? $0 }
            let target = inFile.map { $0 == path ? uri : Self.uri(of: $0) } ?? uri
            let source = inFile.flatMap { included[$0] }
            let range = linesOf(target, source).word(line: finding.location.line, column: finding.location.column)
            let related = finding.notes.map { note in
                let noteURI = note.location.file.map(Self.uri(of:)) ?? uri
                return RelatedInformation(
                    location: Location(uri: noteURI, range: linesOf(noteURI, note.location.file.flatMap { included[$0] })
                        .word(line: note.location.line, column: note.location.column)),
                    message: note.text.text(language))
            }
            byFile[target, default: []].append(LSPDiagnostic(
                range: range, severity: finding.severity == .error ? 1 : finding.severity == .warning ? 2 : 3,
                code: finding.rule.rawValue, message: finding.text.text(language),
                relatedInformation: related.isEmpty ? nil : related))
        }
        for (target, diagnostics) in byFile {
            let value = JSONValue.from(diagnostics)
            notify("textDocument/publishDiagnostics", .object(["uri": .string(target), "diagnostics": value]))
        }
    }

    /// Exactly `toc fmt`'s result, as one edit of the whole document; none
    /// when the text does not parse or is already formatted.
    func formatting(_ uri: String) -> JSONValue {
        guard let text = documents[uri] else { return .null }
        guard case .formatted(let formatted) = Pipeline.format(SourceFile(path: Self.path(of: uri), text: text)),
              formatted != text else { return .array([]) }
        let lines = textLines(text)
        let edit = TextEdit(range: LSPRange(start: Position(line: 0, character: 0), end: lines.end), newText: formatted)
        return JSONValue.from([edit])
    }

    /// Areas with their nodes, then nodes outside any area, in file order.
    func symbols(_ uri: String) -> JSONValue {
        guard let text = documents[uri], let theory = checked(uri)?.checked.theory else { return .array([]) }
        let lines = textLines(text)
        let own = theory.nodes.filter { $0.location.file == nil }
        // A node's lines run to the line before the next declaration.
        let starts = (own.map(\.location.line) + theory.areas.filter { $0.location.file == nil }.map(\.location.line)).sorted()
        func span(_ line: Int) -> LSPRange {
            var last = (starts.first { $0 > line } ?? lines.lines.count + 1) - 1
            while last > line, lines.lines[last - 1].allSatisfy(\.isWhitespace) { last -= 1 }
            return LSPRange(start: Position(line: line - 1, character: 0), end: Position(line: last - 1, character: lines.position(
                line: last, column: lines.lines[last - 1].count + 1).character))
        }
        func symbol(_ node: Node) -> DocumentSymbol {
            DocumentSymbol(
                name: node.id, detail: "\(node.kind): \(node.label)", kind: Self.symbolKind(node.kind),
                range: span(node.location.line),
                selectionRange: lines.word(line: node.idRange.start.line, column: node.idRange.start.column))
        }
        var result: [DocumentSymbol] = []
        for area in theory.areas where area.location.file == nil {
            let members = own.filter { $0.area == area.id }.map(symbol)
            result.append(DocumentSymbol(
                name: area.id, detail: area.label, kind: 3, range: span(area.location.line),
                selectionRange: lines.word(line: area.location.line, column: area.location.column), children: members))
        }
        result += own.filter { node in node.area == nil || !theory.areas.contains { $0.id == node.area } }.map(symbol)
        return JSONValue.from(result)
    }

    /// Levels as LSP symbol kinds: activity function (12), output field (8),
    /// outcome event (24), goal constant (14).
    static func symbolKind(_ kind: NodeKind) -> Int {
        switch kind {
        case .activity: 12
        case .output: 8
        case .outcome: 24
        case .goal: 14
        }
    }
}
