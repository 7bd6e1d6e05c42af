import TocChecks
import TocModel
import TocMonitor
import TocRender

// The stages' types a front end names, given through the facade: a front
// end imports TocPipeline and TocSyntax and nothing else of the stages (a
// test scans the imports), and does its work through `Pipeline`.

// MARK: Theories (TocModel)

/// A theory of change: typed nodes, edges, areas and indicators.
public typealias Theory = TocModel.Theory
/// A node of a theory.
public typealias Node = TocModel.Node
/// How the paths of included files are compared and joined.
public typealias IncludePath = TocModel.IncludePath
/// One of Landsbyggefonden's standard intervention areas.
public typealias StandardArea = TocModel.StandardArea

// MARK: Findings (TocChecks)

/// A theory and its findings, as a check gives them.
public typealias CheckedFile = TocChecks.CheckedFile
/// Every finding id with its level, summary and diagram words.
public typealias Catalogue = TocChecks.Catalogue
/// What a rule is set to: a severity, or off.
public typealias RuleLevel = TocChecks.RuleLevel

// MARK: Measurement (TocMonitor)

/// An indicator's status against its baseline and target.
public typealias IndicatorStatus = TocMonitor.IndicatorStatus
/// The formats of `toc indicators`.
public typealias PlanFormat = TocMonitor.PlanFormat
/// Writes measurement plans and tables: CSV, Markdown.
public typealias PlanWriter = TocMonitor.PlanWriter
/// A row of `toc indicators --format json`.
public typealias PlanRecord = TocMonitor.PlanRecord
/// A row of `toc status --format json`.
public typealias StatusRecord = TocMonitor.StatusRecord

// MARK: Drawing (TocRender)

/// The formats a diagram can be drawn in.
public typealias OutputFormat = TocRender.OutputFormat
/// How a diagram is drawn: direction, area, presentation, language.
public typealias RenderOptions = TocRender.RenderOptions
/// Which way a diagram runs.
public typealias Direction = TocRender.Direction
/// A drawn diagram: its bytes, warnings and timings.
public typealias RenderedDiagram = TocRender.RenderedDiagram

extension Pipeline {
    /// The measurement plan of a theory: one row per indicator (`toc indicators`).
    public static func plan(of theory: Theory) -> [PlanRow] {
        MeasurementPlan.rows(for: theory)
    }
}

/// A row of a measurement plan.
public typealias PlanRow = TocMonitor.PlanRow
