import TocSyntax

/// An intervention area (indsatsområde).
public struct Area: Hashable, Sendable {
    /// The area's id.
    public var id: String
    /// The area's title.
    public var label: String
    /// Where the area's id is declared.
    public var location: SourceLocation
    /// The problem it answers, whom it reaches, what it spends.
    public var context = PlanContext()
    /// What its `lbf-område:` line says, and where, when it has one.
    public var declaredStandard: DeclaredStandard?

    /// Which standard intervention area it is: what `lbf-område:` names,
    /// or, without one, what its title suggests; nil when neither says.
    public var standard: StandardArea? {
        if let declared = declaredStandard { return StandardArea(naming: declared.text) }
        return StandardArea(title: label) ?? StandardArea(title: id)
    }

    /// An area's `lbf-område:` line: its words and where they stand.
    public struct DeclaredStandard: Hashable, Sendable {
        /// The words, as written.
        public var text: String
        /// Where they were written.
        public var location: SourceLocation
    }
}

/// What a plan says around the graph, verbatim: the problem it answers
/// (`udfordring:`), the target group (`målgruppe:`) and the resources
/// (`ressourcer:`).
public typealias PlanContext = ContextTexts<String>

extension ContextTexts where Value == String {
    /// The context as written in a file, without the places.
    public init(_ declared: Context) {
        self.init(problem: declared.problem?.value, targetGroup: declared.targetGroup?.value, inputs: declared.inputs?.value)
    }
}

/// How a node is measured.
public struct Indicator: Hashable, Sendable {
    /// The indicator's optional id.
    public var id: String?
    /// What is measured.
    public var label: String
    /// The starting value.
    public var baseline: MeasuredValue?
    /// The value aimed for.
    public var target: MeasuredValue?
    /// Where the data comes from.
    public var source: String?
    /// Where the indicator is declared.
    public var location: SourceLocation

    /// The indicator in one line, as every drawing and report writes it:
    /// `label: baseline → target`, `label → target`, `label: baseline`, or the label alone
    /// (`label` may be a shortened form of the indicator's own).
    public func line(label: String) -> String {
        if let baseline, let target { return label + ": " + baseline.text + " → " + target.text }
        if let target { return label + " → " + target.text }
        if let baseline { return label + ": " + baseline.text }
        return label
    }
}

/// A node of the theory: an activity, output, outcome or goal.
public struct Node: Hashable, Sendable {
    /// The node's level.
    public var kind: NodeKind
    /// The node's id.
    public var id: String
    /// The node's label, verbatim.
    public var label: String
    /// The id of the node's area, if it has one and it is declared.
    public var area: String?
    /// Who is responsible.
    public var owner: String?
    /// Whom it reaches and (activities) what it spends.
    public var context = PlanContext()
    /// When it is expected (outcomes and goals).
    public var horizon: Horizon?
    /// How the node is measured.
    public var indicators: [Indicator]
    /// Assumptions about the node itself.
    public var assumptions: [String]
    /// Where the node is declared: the start of its id in the declaration.
    public var location: SourceLocation
    /// The range of the node's id in its declaration.
    public var idRange: SourceRange
}

/// Where an edge was written.
public enum EdgeOrigin: Hashable, Sendable {
    /// In a `->` line under the source node.
    case nodeLine
    /// In a top-level chain.
    case chain
}

/// A resolved edge between two nodes.
public struct Edge: Hashable, Sendable {
    /// Where the edge is written: the start of its target id.
    public var location: SourceLocation { range.start }
    /// Index of the source node in `Theory.nodes`.
    public var from: Int
    /// Index of the target node in `Theory.nodes`.
    public var to: Int
    /// Assumptions that must hold for the step.
    public var assumptions: [String]
    /// Where the edge's target id is written.
    public var range: SourceRange
    /// Whether it came from a node's `->` line or a chain.
    public var origin: EdgeOrigin
    /// For an edge of a chain step that names several sources and several
    /// targets (`a, b -> x, y`), a number its step's edges share: the author
    /// said "these lead to these", which the diagram draws as one bundle.
    public var step: Int? = nil
}

/// A reference to an id that nobody declares.
public struct UnresolvedReference: Hashable, Sendable {
    /// What kind of thing the reference names.
    public enum Kind: Hashable, Sendable {
        /// A node, named in an edge or a chain.
        case node
        /// An area, named in `område:`.
        case area
    }

    /// The id as written.
    public var name: String
    /// What it should name.
    public var kind: Kind
    /// Where it is written.
    public var location: SourceLocation
}

/// A second declaration of an id that is already declared.
public struct DuplicateDeclaration: Hashable, Sendable {
    /// The id declared twice.
    public var id: String
    /// Where the first declaration is.
    public var first: SourceLocation
    /// Where the second (reported) declaration is.
    public var second: SourceLocation
    /// Whether the id is an area's (otherwise a node's).
    public var isArea: Bool
    /// The second declaration's label and level (nodes), so a diagram can
    /// still show it while the id is fixed.
    public var label: String = ""
    /// The second declaration's level, for nodes.
    public var kind: NodeKind?
}

/// An edge with an end that nobody declares yet (`jobcafe -> cv` before
/// `cv` is declared): not part of the graph, but drawn, so a facilitator
/// sees a chain as it is typed.
public struct PendingEdge: Hashable, Sendable {
    /// The source's id.
    public var from: String
    /// The target's id.
    public var to: String
}

/// The typed graph of one theory of change.
public struct Theory: Hashable, Sendable {
    /// The file the theory was read from.
    public var path: String
    /// The title, if given.
    public var title: String?
    /// The first and last year, if given.
    public var period: ClosedRange<Int>?
    /// The problem, target group and resources of the whole theory.
    public var context = PlanContext()
    /// Areas, in order of declaration.
    public var areas: [Area]
    /// Nodes, in order of declaration; ids are unique.
    public var nodes: [Node]
    /// Resolved edges, in the order they are written.
    public var edges: [Edge]
    /// References to undeclared ids.
    public var unresolved: [UnresolvedReference]
    /// Ids declared more than once.
    public var duplicates: [DuplicateDeclaration]
    /// Edges with an undeclared end, in the order written.
    public var pendingEdges: [PendingEdge] = []
    /// Node index by id.
    public var nodeIndex: [String: Int]
    /// The language most of the file's keywords are written in.
    public var language: Language

    /// The node with an id, if declared.
    public func node(_ id: String) -> Node? {
        nodeIndex[id].map { nodes[$0] }
    }
}
