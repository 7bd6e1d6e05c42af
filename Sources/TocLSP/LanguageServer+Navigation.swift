import Foundation
import TocLSPKit
import TocPipeline
import TocSyntax

/// Go to definition, find references and rename, across the document and
/// the files it includes.
extension LanguageServer {
    /// The document's text and those of its included files, by URI.
    func texts(around uri: String) -> [(uri: String, text: String)] {
        guard let text = documents[uri] else { return [] }
        var all = [(uri, text)]
        for source in checked(uri)?.checked.includedSources ?? [] {
            let included = Self.uri(of: source.path)
            if included != uri { all.append((included, documents[included] ?? String(decoding: source.bytes, as: UTF8.self))) }
        }
        return all
    }

    /// The id under a position, with its document's lines.
    func occurrence(_ at: PositionParams) -> (uri: String, occurrence: IdOccurrence)? {
        let uri = at.textDocument.uri
        guard let text = documents[uri] else { return nil }
        let (line, column) = textLines(text).column(of: at.position)
        return IdOccurrences.at(text, line: line, column: column).map { (uri, $0) }
    }

    /// Every occurrence of an id (node or area) in the document and its includes.
    func occurrences(of target: IdOccurrence, around uri: String) -> [(uri: String, lines: TextLines, occurrence: IdOccurrence)] {
        texts(around: uri).flatMap { file in
            let lines = textLines(file.text)
            return occurrences(in: file.text).filter { $0.id == target.id && $0.isArea == target.isArea }
                .map { (file.uri, lines, $0) }
        }
    }

    func location(_ uri: String, _ lines: TextLines, _ occurrence: IdOccurrence) -> Location {
        let start = lines.position(line: occurrence.line, column: occurrence.column)
        let end = lines.position(line: occurrence.line, column: occurrence.column + occurrence.id.count)
        return Location(uri: uri, range: LSPRange(start: start, end: end))
    }

    func definition(_ at: PositionParams) -> JSONValue {
        guard let (uri, target) = occurrence(at),
              let found = occurrences(of: target, around: uri).first(where: { $0.occurrence.declares }) else { return .null }
        return JSONValue.from(location(found.uri, found.lines, found.occurrence))
    }

    func references(_ at: PositionParams) -> JSONValue {
        guard let (uri, target) = occurrence(at) else { return .array([]) }
        let withDeclaration = at.context?.includeDeclaration != false
        let all = occurrences(of: target, around: uri).filter { withDeclaration || !$0.occurrence.declares }
        return JSONValue.from(all.map { location($0.uri, $0.lines, $0.occurrence) })
    }

    /// A rename's edits, or why it cannot be done.
    func rename(_ at: PositionParams) -> Result<JSONValue, RenameRefusal> {
        guard let (uri, target) = occurrence(at), let name = at.newName else {
            return .failure(RenameRefusal(LocalizedText("there is no id here to rename", da: "der er ikke noget id her at omdøbe").text(language)))
        }
        let valid = name.first?.isLetter == true && name.allSatisfy(IdOccurrences.isIDCharacter) && !name.contains("->")
        guard valid else {
            return .failure(RenameRefusal(LocalizedText(
                "'\(name)' is not an id: start with a letter, then letters, digits, _ or -",
                da: "'\(name)' er ikke et id: start med et bogstav, derefter bogstaver, tal, _ eller -").text(language)))
        }
        let taken = texts(around: uri).contains { file in
            occurrences(in: file.text).contains { $0.declares && $0.id == name && $0.isArea == target.isArea }
        }
        guard !taken || name == target.id else {
            return .failure(RenameRefusal(LocalizedText(
                "'\(name)' is already declared; choose another id", da: "'\(name)' er allerede erklæret; vælg et andet id")
                .text(language)))
        }
        var changes: [String: [TextEdit]] = [:]
        for found in occurrences(of: target, around: uri) {
            changes[found.uri, default: []].append(TextEdit(range: location(found.uri, found.lines, found.occurrence).range, newText: name))
        }
        return .success(.object(["changes": JSONValue.from(changes)]))
    }
}

/// Why a rename is refused, said to the user.
struct RenameRefusal: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
