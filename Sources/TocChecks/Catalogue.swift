import TocSyntax

/// Every id a finding can carry: the rules, and the problems the parser,
/// the model and the renderer report themselves.
public enum Catalogue {
    /// One entry of the catalogue.
    public struct Entry: Sendable {
        /// The stable id.
        public var id: String
        /// Its severity when it runs.
        public var severity: Severity
        /// Whether it runs unless configured otherwise.
        public var enabledByDefault: Bool { rule?.enabledByDefault ?? true }
        /// One line, in English and Danish.
        public var summary: LocalizedText
        /// The rule behind it, when it is a rule.
        public var rule: (any Rule)?
    }

    /// Problems with the text itself, reported before any rule runs.
    public static let builtIn: [Entry] = [
        Entry(id: "parse-error", severity: .error,
              summary: LocalizedText("a line cannot be read", da: "en linje kan ikke læses"), rule: nil),
        Entry(id: "invalid-encoding", severity: .error,
              summary: LocalizedText("the file is not UTF-8 text", da: "filen er ikke UTF-8-tekst"), rule: nil),
        Entry(id: "mixed-indentation", severity: .warning,
              summary: LocalizedText("indentation mixes tabs and spaces", da: "indrykningen blander tabulatorer og mellemrum"),
              rule: nil),
        Entry(id: "empty-theory", severity: .warning,
              summary: LocalizedText("the file declares no nodes", da: "filen erklærer ingen noder"), rule: nil),
        Entry(id: "include-error", severity: .error,
              summary: LocalizedText("an included file is missing, a folder, or includes itself",
                                     da: "en inkluderet fil mangler, er en mappe eller inkluderer sig selv"), rule: nil),
        Entry(id: "long-label", severity: .warning,
              summary: LocalizedText("a text is too long for the diagram and is shortened",
                                     da: "en tekst er for lang til diagrammet og forkortes"), rule: nil),
        Entry(id: "config-error", severity: .error,
              summary: LocalizedText("toc.yml names an unknown rule or level", da: "toc.yml nævner en ukendt regel eller et ukendt niveau"),
              rule: nil),
        Entry(id: "render-error", severity: .error,
              summary: LocalizedText("the diagram cannot be drawn", da: "diagrammet kan ikke tegnes"), rule: nil),
    ]

    /// The rules, then the built-in problems.
    public static var all: [Entry] {
        Checker.allRules.map { Entry(id: $0.id, severity: $0.defaultSeverity, summary: $0.summary, rule: $0) } + builtIn
    }

    /// The entry with an id.
    public static func entry(_ id: String) -> Entry? {
        all.first { $0.id == id }
    }
}
