import Foundation
import TocSyntax

/// Where ids stand in a theory's text, read line by line as the language
/// places them: the id after a declaring keyword (`aktivitet lektiecafe:`,
/// `område uddannelse:`), the ids of an edge (`-> a, b`, `a -> b -> c`), and
/// the value of `område:` under a node. Labels and comments are not ids.
/// The text need not parse: completion, navigation and renaming read it as
/// it is being typed (`toc lsp`, the page's completion).
public struct IdOccurrence: Equatable, Sendable {
    /// The id.
    public var id: String
    /// 1-based line.
    public var line: Int
    /// 1-based column of its first character (in characters).
    public var column: Int
    /// Whether this is where it is declared.
    public var declares: Bool
    /// Whether it names an area.
    public var isArea: Bool
    /// For a declaration: its keyword as written.
    public var keyword: String? = nil
    /// For a declaration: its label.
    public var label: String? = nil
}

/// Finds ids in a theory's text, line by line.
public enum IdOccurrences {
    /// The spellings of the keywords that declare a node.
    public static let declaring = Set(Keyword.allCases.filter { $0.nodeKind != nil }.flatMap(\.spellings))
    /// The spellings of `område` / `area`.
    public static let area = Set(Keyword.area.spellings)

    /// Every id occurrence in a text.
    public static func scan(_ text: String) -> [IdOccurrence] {
        var found: [IdOccurrence] = []
        for (index, line) in lines(of: text).enumerated() {
            found += scan(line: line, number: index + 1)
        }
        return found
    }

    /// The lines of a text, split at LF, CR or CRLF, without their ends.
    public static func lines(of text: String) -> [Substring] {
        SourceLines.split(text)
    }

    /// Whether a character may stand in an id.
    public static func isIDCharacter(_ character: Character) -> Bool {
        isLetter(character) || character.isNumber || character == "_" || character == "-"
    }

    /// `Character.isLetter` with a fast path for ASCII (most of a theory's
    /// text), which the Unicode tables make slow.
    static func isLetter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue {
            return (ascii >= 0x61 && ascii <= 0x7A) || (ascii >= 0x41 && ascii <= 0x5A)
        }
        return character.isLetter
    }

    static func isSpace(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii == 0x20 || ascii == 0x09 }
        return character.isWhitespace
    }

    /// The words of a line with their 1-based columns (ids may contain `-`,
    /// but an arrow `->` is never part of one), up to the first `:` (what
    /// follows is a label or a value, never an id).
    public static func tokens(_ line: Substring) -> [(text: String, column: Int)] {
        var tokens: [(String, Int)] = []
        var current = "", start = 0, column = 0
        let characters = Array(line.prefix { $0 != ":" } + (line.utf8.contains(0x3A) ? ":" : ""))
        var index = 0
        while index < characters.count {
            let character = characters[index]
            column = index + 1
            let arrow = character == "-" && index + 1 < characters.count && characters[index + 1] == ">"
            if isIDCharacter(character) && !arrow && (!current.isEmpty || isLetter(character)) {
                if current.isEmpty { start = column }
                current.append(character)
            } else {
                if !current.isEmpty { tokens.append((current, start)) }
                current = ""
                if arrow { tokens.append(("->", column)); index += 1 }
                else if character == "#" { break }
                else if character == ":" { tokens.append((":", column)); return tokens }
                else if !isSpace(character) { tokens.append((String(character), column)) }
            }
            index += 1
        }
        if !current.isEmpty { tokens.append((current, start)) }
        return tokens
    }

    /// The id occurrences of one line, numbered `number`.
    public static func scan(line: Substring, number: Int) -> [IdOccurrence] {
        let words = tokens(line)
        guard let first = words.first else { return [] }
        let keyword = first.text.lowercased()
        var found: [IdOccurrence] = []
        // `aktivitet id: label` / `område id: label`: the id, then free text.
        if (declaring.contains(keyword) || area.contains(keyword)), words.count > 2, words[2].text == ":",
           words[1].text != ":" {
            let label = line.dropFirst(words[2].column).trimmingCharacters(in: .whitespaces)
            found.append(IdOccurrence(id: words[1].text, line: number, column: words[1].column, declares: true,
                                      isArea: area.contains(keyword), keyword: first.text, label: label))
            return found
        }
        // `område: id` under a node.
        if area.contains(keyword), words.count > 2, words[1].text == ":" {
            found.append(IdOccurrence(id: words[2].text, line: number, column: words[2].column, declares: false, isArea: true))
            return found
        }
        // Edges: `-> a, b` or `a -> b -> c`; a `:` starts other text.
        guard words.contains(where: { $0.text == "->" }) else { return [] }
        for word in words {
            if word.text == ":" { break }
            if word.text != "->", word.text != ",", word.text.first?.isLetter == true {
                found.append(IdOccurrence(id: word.text, line: number, column: word.column, declares: false, isArea: false))
            }
        }
        return found
    }

    /// The occurrence at a 1-based line and column, if the column is on one.
    public static func at(_ text: String, line: Int, column: Int) -> IdOccurrence? {
        let all = lines(of: text)
        guard line >= 1, line <= all.count else { return nil }
        return scan(line: all[line - 1], number: line).first { column >= $0.column && column <= $0.column + $0.id.count }
    }
}
