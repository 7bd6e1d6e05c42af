import TocChecks
import TocModel
import TocSyntax

/// How one level of the theory is drawn. Colours come from the Okabe-Ito
/// palette (safe for colour-blind readers); levels also differ in shape and
/// border, so they stay apart in grayscale print.
struct LevelStyle {
    let shape: String
    let style: String
    let fill: String
    let border: String
    let peripheries: Int

    static func of(_ kind: NodeKind) -> LevelStyle {
        switch kind {
        case .activity: LevelStyle(shape: "box", style: "filled", fill: "#E3EFF9", border: "#0072B2", peripheries: 1)
        case .output: LevelStyle(shape: "note", style: "filled", fill: "#FCEBCB", border: "#B27A00", peripheries: 1)
        case .outcome:
            LevelStyle(shape: "box", style: "filled,rounded", fill: "#D4EFE5", border: "#007A5A", peripheries: 1)
        case .goal:
            LevelStyle(shape: "box", style: "filled,rounded,bold", fill: "#F3DCEA", border: "#A0527F", peripheries: 2)
        }
    }
}

/// Colours and sizes shared by the whole diagram.
enum Theme {
    static let font = "DejaVu Sans"
    static let problem = "#D55E00"
    /// The problem colour for words: darker, so that 9 pt text keeps WCAG
    /// AA contrast (4.5:1) on every level's fill, as a status's
    /// `textColour` does.
    static let problemText = "#A14700"
    static let edge = "#4D4D4D"
    static let areaBorder = "#8C8C8C"
    static let labelWidth = 28
    /// On a projector boxes are narrower and taller: a wide diagram is
    /// shrunk to the screen's width, a tall one has room (16:9).
    static let presentedLabelWidth = 16
    static let detailWidth = 34
    /// Text that says where a node stands rather than what it is (dark enough for print: 7:1 on white).
    static let quiet = "#4D4D4D"
    /// Lines of context under the title and an area's title.
    static let contextWidth = 70
}

/// The words the diagram itself uses, in the theory's language.
struct Words {
    let language: Language

    /// A level's name with a capital: `Aktivitet`, `Goal`.
    func level(_ kind: NodeKind) -> String {
        kind.keyword.spelling(in: language).capitalizedFirst
    }

    var period: String { LocalizedText("Period", da: "Periode").text(language) }
    var assumption: String { LocalizedText("Assumption", da: "Antagelse").text(language) }
    var problem: String { LocalizedText("Problem", da: "Problem").text(language) }
    var challenge: String { LocalizedText("Problem", da: "Udfordring").text(language) }
    var targetGroup: String { LocalizedText("Target group", da: "Målgruppe").text(language) }
    var inputs: String { LocalizedText("Inputs", da: "Ressourcer").text(language) }

    /// `Udfordring: …`, `Målgruppe: …`, `Ressourcer: …` lines of a context, in that order.
    func lines(_ context: PlanContext) -> [String] {
        [(challenge, context.problem), (targetGroup, context.targetGroup), (inputs, context.inputs)]
            .compactMap { word, value in value.map { "\(word): \($0)" } }
    }

    /// A short marker for an error-level finding shown on the diagram, in
    /// words from the catalogue.
    func marker(for rule: FindingID) -> String {
        Catalogue.marker(for: rule, in: language)
    }
}
