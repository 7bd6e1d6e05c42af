import TocSyntax

/// Formats diagnostics the way compilers do, for people and editors:
/// `file:line:col: severity: message [rule]`, the source line, a caret.
public struct HumanFormatter: Sendable {
    /// Whether to use ANSI colours.
    public var colour: Bool
    /// The language of messages and the closing line. `error`, `warning`
    /// and `note` stay English: editors and CI look for those words.
    public var language: Language

    /// Creates a formatter.
    public init(colour: Bool, language: Language = .en) {
        self.colour = colour
        self.language = language
    }

    /// One diagnostic with its source line and caret, and its notes.
    public func format(_ diagnostic: Diagnostic, source: SourceFile?) -> String {
        format(diagnostic, sources: source.map { [$0] } ?? [])
    }

    /// One diagnostic and its notes, each with the line it points at when
    /// that line's file is among `sources` (a theory and the files it includes).
    public func format(_ diagnostic: Diagnostic, sources: [SourceFile]) -> String {
        format(diagnostic, sources: sources, lines: LineMemo())
    }

    private func format(_ diagnostic: Diagnostic, sources: [SourceFile], lines: LineMemo) -> String {
        let source = { (path: String) in sources.first { $0.path == path } }
        var text = headline(
            file: diagnostic.file, location: diagnostic.location, severity: diagnostic.severity,
            message: diagnostic.text.text(language), rule: diagnostic.rule)
        if let own = source(diagnostic.file) { text += snippet(own, at: diagnostic.location, lines: lines) }
        for note in diagnostic.notes {
            text += headline(
                file: note.file, location: note.location, severity: .note, message: note.text.text(language), rule: nil)
            if let own = source(note.file) { text += snippet(own, at: note.location, lines: lines) }
        }
        return text
    }

    /// Several diagnostics of one file, one after the other.
    public func format(_ diagnostics: [Diagnostic], source: SourceFile?) -> String {
        format(diagnostics, sources: source.map { [$0] } ?? [])
    }

    /// Several diagnostics of a theory and the files it includes. Many on
    /// one long line cost one decoding of that line, not one each.
    public func format(_ diagnostics: [Diagnostic], sources: [SourceFile]) -> String {
        let lines = LineMemo()
        return diagnostics.map { format($0, sources: sources, lines: lines) }.joined()
    }

    /// The closing line: how many files, errors and warnings, and how many
    /// paths could not be read (said on standard error already).
    public func summary(files: Int, errors: Int, warnings: Int, unreadable: Int = 0) -> String {
        let lead = LocalizedText("checked \(count(files, "file"))", da: "tjekkede \(files) \(files == 1 ? "fil" : "filer")")
            .text(language)
        let note = LocalizedText(
            "\(unreadable) \(unreadable == 1 ? "path" : "paths") could not be read",
            da: "\(unreadable) \(unreadable == 1 ? "sti" : "stier") kunne ikke læses").text(language)
        return summary(lead: lead, errors: errors, warnings: warnings, failed: unreadable > 0 ? note : nil)
    }

    /// What follows the summary when `count` things could not be done (each
    /// said on standard error already).
    public func failedNote(_ count: Int) -> String? {
        guard count > 0 else { return nil }
        return LocalizedText("\(count) could not be done (see the messages)", da: "\(count) kunne ikke gennemføres (se beskederne)")
            .text(language)
    }

    /// The closing line after a lead such as `drew 3 of 4 diagrams`; `failed`
    /// says what could not be done, and then nothing is "found clean".
    public func summary(lead: String, errors: Int, warnings: Int, failed: String? = nil) -> String {
        let tail = failed.map { "; \(paint($0, errorCode))" } ?? ""
        if errors == 0, warnings == 0 {
            if tail.isEmpty { return "\(lead): \(LocalizedText("no problems found", da: "ingen problemer fundet").text(language))\n" }
            return lead + tail + "\n"
        }
        var parts: [String] = []
        if errors > 0 { parts.append(paint(LocalizedText(count(errors, "error"), da: "\(errors) fejl").text(language), errorCode)) }
        if warnings > 0 {
            let said = LocalizedText(count(warnings, "warning"), da: "\(warnings) \(warnings == 1 ? "advarsel" : "advarsler")")
            parts.append(paint(said.text(language), warningCode))
        }
        return "\(lead): \(parts.joined(separator: ", "))\(tail)\n"
    }

    private func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// Lines longer than this are shown as a window of twice `window` characters.
    static let longLine = 200
    static let window = 60

    private let errorCode = "1;31"
    private let warningCode = "1;33"
    private let noteCode = "1;36"

    private func headline(
        file: String, location: SourceLocation, severity: Severity, message: String, rule: FindingID?
    ) -> String {
        let code = switch severity {
        case .error: errorCode
        case .warning: warningCode
        case .note: noteCode
        }
        // File names and messages (which quote labels) never reach the terminal with control characters.
        let place = paint("\(ControlCharacters.escaped(file)):\(location.line):\(location.column):", "1")
        let suffix = rule.map { " [\($0)]" } ?? ""
        return "\(place) \(paint("\(severity.rawValue):", code)) \(ControlCharacters.escaped(message))\(suffix)\n"
    }

    private func snippet(_ source: SourceFile, at location: SourceLocation, lines: LineMemo) -> String {
        // A binary file or an empty line shows nothing worth a caret.
        guard !source.isBinary else { return "" }
        let characters = lines.characters(of: location.line, in: source)
        guard characters.contains(where: { $0 != " " && $0 != "\t" }) else { return "" }
        // A very long line is shown as a window around the column.
        var shown = characters[...]
        var column = location.column
        var before = "", after = ""
        if characters.count > Self.longLine {
            let from = max(0, min(column - 1, characters.count) - Self.window)
            let to = min(characters.count, from + 2 * Self.window)
            shown = characters[from..<to]
            before = from > 0 ? "…" : ""
            after = to < characters.count ? "…" : ""
            column = column - from + (from > 0 ? 1 : 0)
        }
        // Control characters are shown as `\u001B`; the caret allows for their width.
        var caret = before.isEmpty ? "" : " "
        for character in shown.prefix(max(0, column - 1 - before.count)) {
            caret += character == "\t" ? "\t" : String(repeating: " ", count: ControlCharacters.escaped(String(character)).count)
        }
        let text = before + ControlCharacters.escaped(String(shown)) + after
        return "    \(text)\n    \(caret)\(paint("^", "1;32"))\n"
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// The characters of the last source line shown, so that many findings on
/// one long line decode it once.
final class LineMemo {
    private var key: (path: String, line: Int)?
    private var characters: [Character] = []

    func characters(of line: Int, in source: SourceFile) -> [Character] {
        if let key, key.path == source.path, key.line == line { return characters }
        characters = Array(source.text(ofLine: line))
        key = (source.path, line)
        return characters
    }
}
