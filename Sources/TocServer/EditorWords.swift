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
            "The same lines were changed in another window or program. Everything else is merged; choose which of these lines to keep. Both texts are kept in this browser.",
            da: "De samme linjer er ændret i et andet vindue eller program. Resten er flettet; vælg, hvilke af linjerne der skal gælde. Begge tekster gemmes i browseren."),
        "conflicted": LocalizedText("Not saved: choose lines", da: "Ikke gemt: vælg linjer"),
        "atLine": LocalizedText("Line {line}", da: "Linje {line}"),
        "mine": LocalizedText("My lines", da: "Mine linjer"),
        "theirs": LocalizedText("The lines on disk", da: "Linjerne på disken"),
        "keepMine": LocalizedText("Keep my lines and save", da: "Behold mine linjer og gem"),
        "takeTheirs": LocalizedText(
            "Use the lines on disk (Ctrl-Z brings mine back)", da: "Brug linjerne fra disken (Ctrl-Z henter mine tilbage)"),
        "merged": LocalizedText(
            "Merged with changes made elsewhere", da: "Flettet med ændringer fra et andet sted"),
        "offline": LocalizedText(
            "The server does not answer: the text is kept in this browser and saved when it is back",
            da: "Serveren svarer ikke: teksten gemmes i browseren og skrives, når serveren er tilbage"),
        "tokenGone": LocalizedText(
            "this toc serve has another token; open the address it printed (with ?token=). Your text is kept in this browser.",
            da: "denne toc serve har en anden nøgle; åbn den adresse, den skrev (med ?token=). Teksten er gemt i browseren."),
        "keysHint": LocalizedText(
            "Tab indents; Esc then Tab leaves the text", da: "Tab rykker ind; Esc og så Tab forlader teksten"),
        "textPane": LocalizedText("Text", da: "Tekst"),
        "editorLabel": LocalizedText("Theory of change", da: "Forandringsteori"),
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
        "ruleAt": LocalizedText("{rule}, line {line}, column {column}", da: "linje {line}, kolonne {column}"),
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
                -> deltagelse

              output deltagelse: 40 børn deltager fast
                -> lektier

              resultat lektier: Børnene laver deres lektier og følger med i skolen
                indikator: Andel deltagere der afleverer deres lektier
                  udgangspunkt: 55% (2025)
                  målværdi: 75% (2029)
                  kilde: Lektiecaféens registrering
                -> uddannelse_maal

              mål uddannelse_maal: Flere unge gennemfører en ungdomsuddannelse
                indikator: Andel 25-årige med en ungdomsuddannelse
                  udgangspunkt: 62% (2025)
                  målværdi: 70% (2029)
                  kilde: Danmarks Statistik

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
