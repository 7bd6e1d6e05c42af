/// A keyword of the theory language. Danish and English spellings are equal.
public enum Keyword: String, CaseIterable, Sendable {
    /// `theory:` / `forandringsteori:`: the theory's title.
    case theory
    /// `period:` / `periode:`: the years the theory covers.
    case period
    /// `area` / `område`: an intervention area, or a node's area.
    case area
    /// `activity` / `aktivitet`.
    case activity
    /// `output` / `leverance`.
    case output
    /// `outcome` / `resultat`.
    case outcome
    /// `goal` / `mål`.
    case goal
    /// `owner:` / `ansvarlig:`.
    case owner
    /// `indicator` / `indikator`.
    case indicator
    /// `baseline:` / `udgangspunkt:`.
    case baseline
    /// `target:` / `målværdi:`.
    case target
    /// `source:` / `kilde:`.
    case source
    /// `assumption:` / `antagelse:`.
    case assumption
    /// `include:` / `inkluder:`: another file whose areas and nodes belong here.
    case include
    /// `problem:` / `udfordring:`: the problem the theory or an area answers.
    case problem
    /// `target-group:` / `målgruppe:`: whom the theory, an area or a node reaches.
    case targetGroup
    /// `inputs:` / `ressourcer:`: money and staff of the theory, an area or an activity.
    case inputs
    /// `term:` / `sigt:`: when an outcome or goal is expected (short, medium, long).
    case term
    /// `standard-area:` / `lbf-område:`: which of Landsbyggefonden's
    /// standard intervention areas an area is, for comparing plans.
    case standardArea

    /// Every accepted spelling, English first, then Danish and aliases.
    public var spellings: [String] {
        switch self {
        case .theory: ["theory", "forandringsteori", "programteori", "virkningsteori"]
        case .period: ["period", "periode"]
        case .area: ["area", "område", "indsatsområde"]
        case .activity: ["activity", "aktivitet"]
        case .output: ["output", "leverance"]
        case .outcome: ["outcome", "resultat", "virkning"]
        case .goal: ["goal", "mål", "impact", "effekt"]
        case .owner: ["owner", "ansvarlig"]
        case .indicator: ["indicator", "indikator"]
        case .baseline: ["baseline", "udgangspunkt"]
        case .target: ["target", "målværdi", "succeskriterium"]
        case .source: ["source", "kilde"]
        case .assumption: ["assumption", "antagelse", "forudsætning"]
        case .include: ["include", "inkluder", "inkludér"]
        case .problem: ["problem", "udfordring", "baggrund"]
        case .targetGroup: ["target-group", "målgruppe", "målgrupper"]
        case .inputs: ["inputs", "ressourcer", "input"]
        case .term: ["term", "sigt", "tidshorisont"]
        case .standardArea: ["standard-area", "lbf-område", "lbf-omraade"]
        }
    }

    /// Where the keyword may stand, for editors offering it: 0 at a line's
    /// start, 1 under a node or area, 2 under an indicator (or an edge).
    public var placements: [Int] {
        switch self {
        case .theory, .period, .include, .activity, .output, .outcome, .goal: [0]
        case .area, .problem, .targetGroup, .inputs: [0, 1]
        case .owner, .indicator, .term, .standardArea: [1]
        case .assumption: [1, 2]
        case .baseline, .target, .source: [2]
        }
    }

    /// The English spelling.
    public var english: String { spellings[0] }

    /// The Danish spelling.
    public var danish: String {
        self == .output ? "output" : spellings[1]
    }

    /// The spelling in a language.
    public func spelling(in language: Language) -> String {
        language == .da ? danish : english
    }

    /// The node kind this keyword declares, if it declares a node.
    public var nodeKind: NodeKind? {
        switch self {
        case .activity: .activity
        case .output: .output
        case .outcome: .outcome
        case .goal: .goal
        default: nil
        }
    }

    private static let table: [String: Keyword] = {
        var table: [String: Keyword] = [:]
        for keyword in Keyword.allCases {
            for spelling in keyword.spellings { table[spelling] = keyword }
        }
        return table
    }()

    /// Looks a word up, ignoring case.
    public static func lookup(_ word: String) -> Keyword? {
        if let exact = table[word] { return exact }
        return table[word.lowercased()]
    }

    /// The spelling closest to a mistyped word, if one is close enough, in
    /// the file's language (`prefer`): a Danish file that mistypes `period`
    /// is offered `periode`, the spelling of the keyword it is nearest to.
    public static func suggestion(for word: String, prefer language: Language? = nil) -> String? {
        guard let near = EditDistance.nearest(to: word.lowercased(), among: Keyword.allCases.flatMap(\.spellings)),
              let language, let keyword = lookup(near) else {
            return EditDistance.nearest(to: word.lowercased(), among: Keyword.allCases.flatMap(\.spellings))
        }
        let own = language == .en ? [keyword.english] : Array(keyword.spellings.dropFirst())
        return own.contains(near) ? near : keyword.spelling(in: language)
    }

    /// The language a text's keywords are written in: English only when more
    /// of its lines start with an English keyword than with a Danish one.
    public static func language(of text: String) -> Language {
        var danish = 0, english = 0
        for line in SourceLines.split(text) {
            let start = line.drop { $0 == " " || $0 == "\t" }
            guard !start.hasPrefix("#") else { continue }
            let word = start.prefix { $0 != " " && $0 != ":" && $0 != "\t" && $0 != "#" }.lowercased()
            switch spellingIsEnglish[word] {
            case true?: english += 1
            case false?: danish += 1
            case nil: break
            }
        }
        return english > danish ? .en : .da
    }

    /// Each keyword spelling that tells a language: true for English.
    static let spellingIsEnglish: [String: Bool] = {
        var table: [String: Bool] = [:]
        for keyword in Keyword.allCases where keyword.english != keyword.danish {
            for spelling in keyword.spellings { table[spelling] = table[spelling] ?? (spelling == keyword.english) }
        }
        return table
    }()
}

/// The four levels of a theory of change, in the order the arrows run.
public enum NodeKind: Int, CaseIterable, Comparable, Sendable, Codable {
    /// Something the programme does.
    case activity
    /// What an activity directly delivers.
    case output
    /// A change for the target group.
    case outcome
    /// The long-term change the programme exists for.
    case goal

    /// Orders kinds by level: activity first, goal last.
    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The keyword that declares this kind.
    public var keyword: Keyword {
        switch self {
        case .activity: .activity
        case .output: .output
        case .outcome: .outcome
        case .goal: .goal
        }
    }

    /// The English name, as used in messages.
    public var name: String { keyword.english }
}
