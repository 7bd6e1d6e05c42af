/// An identifier as written, with where it was written.
public struct Identifier: Hashable, Sendable {
    /// The identifier's text (case-sensitive).
    public var name: String
    /// Where it was written.
    public var range: SourceRange

    /// Creates an identifier.
    public init(name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }
}

/// Verbatim text as written, with where it was written.
public struct Text: Hashable, Sendable {
    /// The text, exactly as typed (outer spaces trimmed).
    public var value: String
    /// Where it was written.
    public var range: SourceRange

    /// Creates located text.
    public init(value: String, range: SourceRange) {
        self.value = value
        self.range = range
    }
}

/// `period: 2019-2022`.
public struct PeriodDecl: Hashable, Sendable {
    /// The first year.
    public var start: Int
    /// The last year.
    public var end: Int
    /// Where the value was written.
    public var range: SourceRange
}

/// `område uddannelse: Uddannelse og livschancer`.
public struct AreaDecl: Hashable, Sendable {
    /// The area's id.
    public var id: Identifier
    /// The area's title.
    public var label: Text
    /// The `område`/`area` keyword's range.
    public var keywordRange: SourceRange
    /// `udfordring:`, `målgruppe:`, `ressourcer:` under the area.
    public var context = Context()
    /// `lbf-område:` / `standard-area:` under the area: which standard
    /// intervention area it is, as written.
    public var standard: Text?
}

/// What real plans say around the graph: the problem answered, the target
/// group reached and the resources spent. Verbatim text, as written in a
/// file (`Context`, with each text's place) or in the model (`PlanContext`,
/// the words alone).
public struct ContextTexts<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The three texts, boxed: most nodes say none of them, and a node stays
    /// small (parsing and building copy many of them).
    private final class Fields: Sendable {
        let problem: Value?, targetGroup: Value?, inputs: Value?
        init(_ problem: Value?, _ targetGroup: Value?, _ inputs: Value?) {
            (self.problem, self.targetGroup, self.inputs) = (problem, targetGroup, inputs)
        }
    }
    private var fields: Fields?

    /// `udfordring:` / `problem:`: the problem answered.
    public var problem: Value? {
        get { fields?.problem }
        set { set(newValue, targetGroup, inputs) }
    }
    /// `målgruppe:` / `target-group:`: whom it reaches.
    public var targetGroup: Value? {
        get { fields?.targetGroup }
        set { set(problem, newValue, inputs) }
    }
    /// `ressourcer:` / `inputs:`: money and staff.
    public var inputs: Value? {
        get { fields?.inputs }
        set { set(problem, targetGroup, newValue) }
    }

    /// The texts given (none by default).
    public init(problem: Value? = nil, targetGroup: Value? = nil, inputs: Value? = nil) {
        set(problem, targetGroup, inputs)
    }

    private mutating func set(_ problem: Value?, _ targetGroup: Value?, _ inputs: Value?) {
        fields = problem == nil && targetGroup == nil && inputs == nil ? nil : Fields(problem, targetGroup, inputs)
    }

    /// Whether nothing is said.
    public var isEmpty: Bool { fields == nil }

    /// Equal when the three texts are.
    public static func == (a: Self, b: Self) -> Bool {
        a.problem == b.problem && a.targetGroup == b.targetGroup && a.inputs == b.inputs
    }

    /// Hashes the three texts.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(problem)
        hasher.combine(targetGroup)
        hasher.combine(inputs)
    }
}

/// The context as written in a file: each text with its place.
public typealias Context = ContextTexts<Text>

/// When an outcome or goal is expected: `sigt: kort|mellemlang|lang`.
public enum Horizon: Int, CaseIterable, Comparable, Hashable, Sendable, Codable {
    /// Short term (`kort`, `short`).
    case short
    /// Medium term (`mellemlang`, `medium`).
    case medium
    /// Long term (`lang`, `long`).
    case long

    /// Orders horizons: short first.
    public static func < (lhs: Horizon, rhs: Horizon) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The words that name it, English first.
    public var spellings: [String] {
        switch self {
        case .short: ["short", "kort", "kortsigtet"]
        case .medium: ["medium", "mellemlang", "mellemlangt", "mellemsigtet"]
        case .long: ["long", "lang", "langt", "langsigtet"]
        }
    }

    /// Reads a horizon word, ignoring case.
    public init?(word: String) {
        let lowered = word.lowercased()
        guard let found = Horizon.allCases.first(where: { $0.spellings.contains(lowered) }) else { return nil }
        self = found
    }

    /// The horizon in words, for diagrams and reports.
    public var words: LocalizedText {
        switch self {
        case .short: LocalizedText("short term", da: "kort sigt")
        case .medium: LocalizedText("medium term", da: "mellemlangt sigt")
        case .long: LocalizedText("long term", da: "langt sigt")
        }
    }
}

/// `indikator: Andel elever med høj trivsel` with its details.
public struct IndicatorDecl: Hashable, Sendable {
    /// The optional id (`indicator ID: label`).
    public var id: Identifier?
    /// What is measured.
    public var label: Text
    /// The starting value.
    public var baseline: ValueDecl?
    /// The value aimed for.
    public var target: ValueDecl?
    /// Where the data comes from.
    public var source: Text?
    /// The keyword's range.
    public var keywordRange: SourceRange
}

/// A baseline or target as written, and what could be read from it.
public struct ValueDecl: Hashable, Sendable {
    /// The verbatim text.
    public var text: Text
    /// The number and year read from the text.
    public var value: MeasuredValue
}

/// One `-> a, b` line under a node, with assumptions indented under it.
public struct EdgeClause: Hashable, Sendable {
    /// The `->` arrow's range.
    public var arrowRange: SourceRange
    /// The ids the edges lead to.
    public var targets: [Identifier]
    /// Assumptions indented under the line; they hold for each edge of it.
    public var assumptions: [Text]
}

/// A node declaration: `aktivitet lektiecafe: Lektiecafé ...` and its block.
public struct NodeDecl: Hashable, Sendable {
    /// The node's level.
    public var kind: NodeKind
    /// The keyword's range.
    public var keywordRange: SourceRange
    /// The node's id.
    public var id: Identifier
    /// The node's label.
    public var label: Text
    /// `område: ID`, or the area the declaration is indented under.
    public var area: Identifier?
    /// `ansvarlig: ...`.
    public var owner: Text?
    /// `målgruppe:` and (activities) `ressourcer:`.
    public var context = Context()
    /// `sigt:` (outcomes and goals), and where it was written.
    public var horizon: Horizon?
    /// The node's indicators, in order.
    public var indicators: [IndicatorDecl] = []
    /// Assumptions about the node itself.
    public var assumptions: [Text] = []
    /// The node's `->` lines, in order.
    public var edges: [EdgeClause] = []
}

/// A top-level chain: `a -> b, c -> d`.
public struct ChainDecl: Hashable, Sendable {
    /// The steps of the chain; each step lists one or more ids.
    public var steps: [[Identifier]]
    /// Assumptions indented under the chain; they hold for each of its edges.
    public var assumptions: [Text]
}

/// `inkluder: fælles-mål.ft`: a file whose areas and nodes join this theory.
public struct IncludeDecl: Hashable, Sendable {
    /// The path as written, relative to the including file's folder.
    public var path: Text
    /// The keyword's range.
    public var keywordRange: SourceRange
}

/// A parsed theory file.
public struct TheoryFile: Hashable, Sendable {
    /// The file's path, as the user named it.
    public var path: String
    /// `theory: ...`.
    public var title: Text?
    /// `period: ...`.
    public var period: PeriodDecl?
    /// `udfordring:`, `målgruppe:`, `ressourcer:` at the top.
    public var context = Context()
    /// Areas, in order of declaration.
    public var areas: [AreaDecl] = []
    /// Nodes, in order of declaration.
    public var nodes: [NodeDecl] = []
    /// Top-level chains, in order.
    public var chains: [ChainDecl] = []
    /// `include:` lines, in order.
    public var includes: [IncludeDecl] = []
    /// The language most of the file's keywords are written in.
    public var keywordLanguage: Language = .da

    /// An empty file.
    public init(path: String) {
        self.path = path
    }
}

