import TocPipeline
import TocSyntax

/// The editor's words, the keywords it offers and the templates of a new
/// theory, handed to the page as JSON so that the page and the language
/// never disagree.
enum EditorWords {
    static let words: [String: LocalizedText] = [
        "save": LocalizedText("Save (Ctrl-S)", da: "Gem (Ctrl-S)"),
        "fold": LocalizedText("Text", da: "Tekst"),
        "saved": LocalizedText("Saved", da: "Gemt"),
        "unsaved": LocalizedText("Not saved yet", da: "Ikke gemt endnu"),
        "saving": LocalizedText("Saving…", da: "Gemmer…"),
        "saveFailed": LocalizedText("Not saved: {reason}", da: "Ikke gemt: {reason}"),
        "readOnly": LocalizedText(
            "View only. To write here, open the address toc serve printed (with ?token=).",
            da: "Kun visning. For at skrive her skal du åbne den adresse, toc serve skrev (med ?token=)."),
        "serverReadOnly": LocalizedText(
            "View only: toc serve runs with --read-only.", da: "Kun visning: toc serve kører med --read-only."),
        "conflict": LocalizedText(
            "The file was changed on disk while you were writing. Nothing is lost: choose which text to keep.",
            da: "Filen blev ændret på disken, mens du skrev. Intet er tabt: vælg hvilken tekst, der skal gælde."),
        "mine": LocalizedText("My text", da: "Min tekst"),
        "theirs": LocalizedText("The file on disk", da: "Filen på disken"),
        "keepMine": LocalizedText("Keep my text and save it", da: "Behold min tekst og gem den"),
        "takeTheirs": LocalizedText(
            "Use the file's text (Ctrl-Z brings mine back)", da: "Brug filens tekst (Ctrl-Z henter min tilbage)"),
        "newTheory": LocalizedText("New theory of change", da: "Ny forandringsteori"),
        "fileName": LocalizedText("File name", da: "Filnavn"),
        "startFrom": LocalizedText("Start from", da: "Start med"),
        "blank": LocalizedText("An empty theory", da: "En tom teori"),
        "oneArea": LocalizedText("One intervention area", da: "Ét indsatsområde"),
        "masterPlan": LocalizedText(
            "A master plan with Landsbyggefonden's four areas (2019-26)",
            da: "En helhedsplan med Landsbyggefondens fire indsatsområder (2019-26)"),
        "create": LocalizedText("Create", da: "Opret"),
        "exists": LocalizedText("A theory with that name exists already.", da: "Der findes allerede en teori med det navn."),
        "badName": LocalizedText(
            "Use letters, digits, spaces, - and _ (and / for a folder); no part may start with a dot.",
            da: "Brug bogstaver, tal, mellemrum, - og _ (og / for en mappe); ingen del må starte med punktum."),
        "misnamed": LocalizedText(
            "These files end in .ft.txt (Notepad adds .txt). Rename them to end in .ft to see them here:",
            da: "Disse filer ender på .ft.txt (Notesblok tilføjer .txt). Omdøb dem, så de ender på .ft, for at se dem her:"),
        "notParsed": LocalizedText("The text does not parse", da: "Teksten kan ikke læses"),
        "ruleAt": LocalizedText("{rule}, line {line}, column {column}", da: "{rule}, linje {line}, kolonne {column}"),
    ]

    /// Every keyword with both spellings and where it may stand: `0` at a
    /// line's start, `1` under a node or area, `2` under an indicator.
    static let keywordsJSON: String = {
        struct Entry: Encodable {
            var en: String
            var da: String
            var declares: Bool
            var levels: [Int]
            var all: [String]
        }
        let entries = Keyword.allCases.map { keyword -> Entry in
            let declares = keyword.nodeKind != nil || keyword == .area
            return Entry(en: keyword.english, da: keyword.danish, declares: declares, levels: keyword.placements, all: keyword.spellings)
        }
        return JSONOutput.text(entries).replacingOccurrences(of: "<", with: "\\u003c")
    }()

    /// The texts a new theory can start from, in Danish (the users' language).
    static let templates: [String: String] = [
        "blank": "forandringsteori: Ny forandringsteori\nperiode: 2026-2029\n",
        "oneArea": """
            forandringsteori: Ny forandringsteori
            periode: 2026-2029
            område uddannelse: Uddannelse og livschancer

            aktivitet lektiecafe: Lektiecafé to gange om ugen
              område: uddannelse
              -> deltagelse

            output deltagelse: 40 børn deltager fast
              område: uddannelse

            """,
        "masterPlan": """
            forandringsteori: Boligsocial helhedsplan 2026-2029
            periode: 2026-2029
            # udfordring: hvad planen svarer på
            # målgruppe: hvem planen skal nå
            # ressourcer: penge og medarbejdere

            område uddannelse: Uddannelse og livschancer
            område beskæftigelse: Beskæftigelse
            område kriminalitet: Kriminalitetsforebyggelse
            område sammenhængskraft: Sammenhængskraft og medborgerskab

            """,
    ]

    /// The templates as JSON, for the index page.
    static let templatesJSON: String = JSONOutput.text(templates).replacingOccurrences(of: "<", with: "\\u003c")
}
