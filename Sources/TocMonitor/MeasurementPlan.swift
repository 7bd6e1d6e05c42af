import TocModel
import TocSyntax

/// One row of a measurement plan: an indicator with its node and values.
public struct PlanRow: Hashable, Sendable {
    /// The theory's file.
    public var theoryPath: String
    /// The theory's title, if any.
    public var theoryTitle: String?
    /// The node's area id, if any.
    public var areaID: String?
    /// The node's area title, if any.
    public var areaLabel: String?
    /// The node's id.
    public var nodeID: String
    /// The node's level.
    public var level: NodeKind
    /// The node's label.
    public var nodeLabel: String
    /// The indicator's id, if it has one.
    public var indicatorID: String?
    /// What is measured.
    public var indicator: String
    /// The starting value.
    public var baseline: MeasuredValue?
    /// The value aimed for.
    public var target: MeasuredValue?
    /// Where the data comes from.
    public var source: String?
    /// Who is responsible for the node.
    public var owner: String?
    /// Which of the node's indicators this is (0-based).
    public var indicatorIndex: Int
    /// Whom the node reaches: its own `målgruppe:`, else its area's, else the theory's.
    public var targetGroup: String?
    /// What the node spends: its own `ressourcer:`, else its area's.
    public var inputs: String?

    /// The indicator's key in a measurements file: its id, or the node's id.
    public var key: String { indicatorID ?? nodeID }
}

/// The measurement plan of a theory: every indicator, in the order of the
/// file (nodes in order of declaration, indicators in order under each).
public enum MeasurementPlan {
    /// One row per indicator of `theory`.
    public static func rows(for theory: Theory) -> [PlanRow] {
        let areas = Dictionary(theory.areas.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        let contexts = Dictionary(theory.areas.map { ($0.id, $0.context) }, uniquingKeysWith: { first, _ in first })
        var rows: [PlanRow] = []
        for node in theory.nodes {
            for (index, indicator) in node.indicators.enumerated() {
                rows.append(PlanRow(
                    theoryPath: theory.path, theoryTitle: theory.title,
                    areaID: node.area, areaLabel: node.area.flatMap { areas[$0] },
                    nodeID: node.id, level: node.kind, nodeLabel: node.label,
                    indicatorID: indicator.id, indicator: indicator.label,
                    baseline: indicator.baseline, target: indicator.target, source: indicator.source,
                    owner: node.owner, indicatorIndex: index,
                    targetGroup: node.context.targetGroup ?? node.area.flatMap { contexts[$0]?.targetGroup }
                        ?? theory.context.targetGroup,
                    inputs: node.context.inputs ?? node.area.flatMap { contexts[$0]?.inputs }))
            }
        }
        return rows
    }
}

extension NodeKind {
    /// The level's name in a language: `aktivitet`, `output`, `resultat`, `mål`.
    public func word(_ language: Language) -> String {
        keyword.spelling(in: language)
    }
}

extension PlanRow {
    /// Complete, as reports count indicators: a baseline, a target with a
    /// number, and a source.
    public var isComplete: Bool { baseline != nil && target?.number != nil && source != nil }
}
