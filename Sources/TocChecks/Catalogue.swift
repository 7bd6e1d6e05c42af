import TocSyntax

/// Every finding any stage can emit: the rules, and the problems the
/// parser, the model, the configuration, the measurements and the renderer
/// report themselves. Each entry has its default level, the words that mark
/// it on a diagram and its summary in both languages, so that `toc rules`,
/// the diagram, the page and every output name a finding the same way.
public enum Catalogue {
    /// One entry of the catalogue.
    public struct Entry: Sendable {
        /// The stable id.
        public var id: FindingID
        /// Its severity when it runs.
        public var severity: Severity
        /// Whether it runs unless configured otherwise.
        public var enabledByDefault: Bool { rule?.enabledByDefault ?? true }
        /// One line, in English and Danish.
        public var summary: LocalizedText
        /// A few words that mark it on the diagram.
        public var marker: LocalizedText
        /// Its name, for a report's reader.
        public var name: LocalizedText
        /// The rule behind it, when it is a rule.
        public var rule: (any Rule)?
    }

    /// Problems the stages report themselves, before or after the rules.
    public static let builtIn: [Entry] = [
        Entry(id: .parseError, severity: .error,
              summary: LocalizedText("a line cannot be read", da: "en linje kan ikke læses"),
              marker: LocalizedText("cannot be read", da: "kan ikke læses"),
              name: LocalizedText("Unreadable line", da: "Ulæselig linje")),
        Entry(id: .invalidEncoding, severity: .error,
              summary: LocalizedText("the file is not UTF-8 text", da: "filen er ikke UTF-8-tekst"),
              marker: LocalizedText("not UTF-8", da: "ikke UTF-8"),
              name: LocalizedText("Not UTF-8", da: "Ikke UTF-8")),
        Entry(id: .mixedIndentation, severity: .warning,
              summary: LocalizedText("indentation mixes tabs and spaces", da: "indrykningen blander tabulatorer og mellemrum"),
              marker: LocalizedText("mixed indentation", da: "blandet indrykning"),
              name: LocalizedText("Mixed indentation", da: "Blandet indrykning")),
        Entry(id: .emptyTheory, severity: .warning,
              summary: LocalizedText("the file declares no nodes", da: "filen erklærer ingen noder"),
              marker: LocalizedText("no nodes", da: "ingen noder"),
              name: LocalizedText("No nodes", da: "Ingen noder")),
        Entry(id: .includeError, severity: .error,
              summary: LocalizedText(
                "an included file is missing, a folder, not a .ft file, outside the tree, or includes itself",
                da: "en inkluderet fil mangler, er en mappe, er ikke en .ft-fil, ligger uden for træet eller inkluderer sig selv"),
              marker: LocalizedText("include failed", da: "inkludering fejlede"),
              name: LocalizedText("Include failed", da: "Inkludering fejlede")),
        Entry(id: .longLabel, severity: .warning,
              summary: LocalizedText("a text is too long for the diagram and is shortened",
                                     da: "en tekst er for lang til diagrammet og forkortes"),
              marker: LocalizedText("text shortened", da: "tekst forkortet"),
              name: LocalizedText("Text shortened", da: "Forkortet tekst")),
        Entry(id: .configError, severity: .error,
              summary: LocalizedText("toc.yml names an unknown rule or level, or is not valid YAML",
                                     da: "toc.yml nævner en ukendt regel eller et ukendt niveau, eller er ikke gyldig YAML"),
              marker: LocalizedText("toc.yml problem", da: "fejl i toc.yml"),
              name: LocalizedText("Problem in toc.yml", da: "Fejl i toc.yml")),
        Entry(id: .measurementError, severity: .error,
              summary: LocalizedText("a measurement has a bad date or value, or names an unknown indicator",
                                     da: "en måling har en forkert dato eller værdi, eller nævner en ukendt indikator"),
              marker: LocalizedText("measurement unusable", da: "målingen kan ikke bruges"),
              name: LocalizedText("Unusable measurement", da: "Måling kan ikke bruges")),
        Entry(id: .renderError, severity: .error,
              summary: LocalizedText("the diagram cannot be drawn", da: "diagrammet kan ikke tegnes"),
              marker: LocalizedText("cannot be drawn", da: "kan ikke tegnes"),
              name: LocalizedText("Diagram not drawn", da: "Diagram ikke tegnet")),
    ]

    /// The rules, then the built-in problems.
    public static let all: [Entry] =
        Checker.allRules.map {
            Entry(id: $0.id, severity: $0.defaultSeverity, summary: $0.summary, marker: $0.marker, name: $0.name, rule: $0)
        } + builtIn

    private static let byID: [FindingID: Entry] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

    /// The entry with an id.
    public static func entry(_ id: FindingID) -> Entry? {
        byID[id]
    }

    /// A finding's name for a report's reader (`Aktivitet uden mål`); the
    /// id itself only for an id outside the catalogue.
    public static func name(of id: FindingID, in language: Language) -> String {
        entry(id)?.name.text(language) ?? id.rawValue
    }

    /// The words that mark a finding on the diagram; the id itself only for
    /// an id outside the catalogue (which a test forbids).
    public static func marker(for id: FindingID, in language: Language) -> String {
        entry(id)?.marker.text(language) ?? id.rawValue
    }
}
