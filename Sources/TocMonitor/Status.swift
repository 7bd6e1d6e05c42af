import TocModel
import TocSyntax

/// Where an indicator stands.
public enum StatusState: String, CaseIterable, Sendable {
    /// The latest value is at or past the target.
    case reached
    /// Moving towards the target at least as fast as a straight line from
    /// baseline to target would by now.
    case onTrack = "on-track"
    /// Slower than that, or moving the wrong way.
    case behind
    /// No measurements.
    case noData = "no-data"
    /// Measured, but no target, or no baseline to tell the direction from.
    case unclear

    /// A symbol that survives grayscale print.
    public var symbol: String {
        switch self {
        case .reached: "✔"
        case .onTrack: "↗"
        case .behind: "▼"
        case .noData: "○"
        case .unclear: "?"
        }
    }

    /// Its name in a language.
    public func word(_ language: Language) -> String {
        switch (self, language) {
        case (.reached, .en): "reached"
        case (.onTrack, .en): "on track"
        case (.behind, .en): "behind"
        case (.noData, .en): "no data"
        case (.unclear, .en): "cannot be judged"
        case (.reached, .da): "nået"
        case (.onTrack, .da): "på vej"
        case (.behind, .da): "bagud"
        case (.noData, .da): "ingen data"
        case (.unclear, .da): "kan ikke vurderes"
        }
    }

    /// Its colour (Okabe-Ito, apart from the orange used for errors).
    public var colour: String {
        switch self {
        case .reached: "#007A5A"
        case .onTrack: "#0072B2"
        case .behind: "#A0527F"
        case .noData: "#6B6B6B"
        case .unclear: "#8A6A00"
        }
    }
}

extension StatusState {
    /// Its colour for words: a little darker, so that 9 pt text keeps WCAG
    /// AA contrast (4.5:1) on white and on every level's fill.
    public var textColour: String {
        switch self {
        case .reached: "#007052"
        case .onTrack: "#0068A3"
        case .behind: "#934B74"
        case .noData: "#626262"
        case .unclear: "#7A5E00"
        }
    }
}

/// The status of one indicator.
public struct IndicatorStatus: Hashable, Sendable {
    /// The indicator's plan row.
    public var row: PlanRow
    /// Where it stands.
    public var state: StatusState
    /// The latest measurement, if any.
    public var latest: Observation?
    /// How many measurements there are.
    public var count: Int
    /// Every measurement of it, oldest first.
    public var measurements: [Observation] = []
}

/// Statuses of indicators from baseline, target and measurements.
public enum Status {
    /// The status of every indicator of `theory`, in plan order, from the
    /// measurements that belong to it (see `Measurements.match`).
    public static func of(_ theory: Theory, measurements: [Observation]) -> [IndicatorStatus] {
        let plan = MeasurementPlan.rows(for: theory)
        var byRow: [Int: [Observation]] = [:]
        let rowOfKey = Measurements.keyTable(plan)
        for measurement in measurements {
            if case .found(let index)? = rowOfKey[measurement.key] { byRow[index, default: []].append(measurement) }
        }
        return plan.enumerated().map { index, row in
            let values = byRow[index] ?? []
            let latest = values.max { $0.date < $1.date }
            return IndicatorStatus(
                row: row, state: judge(row, latest: latest, earliest: values.min { $0.date < $1.date }, theory: theory),
                latest: latest, count: values.count, measurements: values.sorted { $0.date < $1.date })
        }
    }

    /// Judges the latest value. The direction of improvement is read from
    /// baseline to target (a falling unemployment rate is good); without a
    /// baseline, from the earliest measurement when there are two or more.
    /// A threshold (`mindst 50 %`, `under 270`) or range (`85-100 %`) is
    /// reached when the latest value meets it, and aims towards it.
    static func judge(_ row: PlanRow, latest: Observation?, earliest: Observation?, theory: Theory) -> StatusState {
        guard let latest else { return .noData }
        guard let targetValue = row.target, let number = targetValue.number else { return .unclear }
        if targetValue.meets(latest.value) { return .reached }
        var target = number
        var rising: Bool?
        switch targetValue.bound {
        case .point: break
        case .atLeast, .above: rising = true
        case .atMost, .below: rising = false
        case .range(let upper):
            rising = latest.value < number
            target = latest.value < number ? number : upper
        }
        var start = row.baseline?.number
        // A baseline year is the value as of that year (its middle); a target
        // year is a deadline (its end).
        var startYear = row.baseline?.year.map { Double($0) + 0.5 }
        if start == nil, let earliest, earliest.date < latest.date {
            start = earliest.value
            startYear = earliest.date.fractionalYear
        }
        guard let start, start != target else { return start == target && latest.value == target ? .reached : .unclear }
        let upwards = rising ?? (target > start)
        if rising == nil, upwards ? latest.value >= target : latest.value <= target { return .reached }
        // A baseline already past a threshold gives no line to follow.
        guard upwards == (target > start) else { return .behind }
        let progress = (latest.value - start) / (target - start)
        guard progress > 0 else { return .behind }
        let from = startYear ?? theory.period.map { Double($0.lowerBound) }
        let to = row.target?.year.map { Double($0) + 1 } ?? theory.period.map { Double($0.upperBound) + 1 }
        guard let from, let to, to > from else { return .onTrack }
        let expected = min(1, max(0, (latest.date.fractionalYear - from) / (to - from)))
        return progress + 1e-9 >= expected ? .onTrack : .behind
    }
}

extension MeasuredValue {
    /// Whether a measured value meets this target as a threshold or range
    /// (a plain number is judged against its baseline instead: false).
    func meets(_ value: Double) -> Bool {
        guard let number else { return false }
        switch bound {
        case .point: return false
        case .atLeast: return value >= number
        case .atMost: return value <= number
        case .above: return value > number
        case .below: return value < number
        case .range(let upper): return value >= number && value <= upper
        }
    }
}

/// Matching measurements to the indicators of the theories in a run.
public enum Measurements {
    /// What a key names in one theory's plan.
    public enum KeyMatch: Hashable, Sendable {
        /// One indicator (its row).
        case found(Int)
        /// A node with several indicators: the key must be an indicator id.
        case ambiguous(node: String, count: Int)
    }

    /// Keys of a plan: indicator ids, and node ids of nodes with one indicator.
    public static func keyTable(_ plan: [PlanRow]) -> [String: KeyMatch] {
        var table: [String: KeyMatch] = [:]
        let perNode = Dictionary(grouping: plan.indices, by: { plan[$0].nodeID })
        for (node, rows) in perNode {
            table[node] = rows.count == 1 ? .found(rows[0]) : .ambiguous(node: node, count: rows.count)
        }
        for (index, row) in plan.enumerated() { if let id = row.indicatorID { table[id] = .found(index) } }
        return table
    }

    /// The measurements that belong to each theory, and a located error for
    /// each that names no indicator of any of them (with the nearest id).
    /// A measurement with a theory column goes only to a theory whose file
    /// name (without `.ft`) or path is that value.
    public static func match(_ file: MeasurementFile, theories: [Theory]) -> (perTheory: [[Observation]], problems: [Diagnostic]) {
        let tables = theories.map { keyTable(MeasurementPlan.rows(for: $0)) }
        var perTheory = Array(repeating: [Observation](), count: theories.count)
        var problems: [Diagnostic] = []
        for measurement in file.measurements {
            var matched = false
            var ambiguity: (String, Int)?
            for (index, theory) in theories.enumerated() where belongs(measurement, to: theory) {
                switch tables[index][measurement.key] {
                case .found?: perTheory[index].append(measurement); matched = true
                case .ambiguous(let node, let count)?: ambiguity = (node, count)
                case nil: break
                }
            }
            guard !matched else { continue }
            let text: LocalizedText
            if let (node, count) = ambiguity {
                text = LocalizedText(
                    "node '\(node)' has \(count) indicators; name one by its id (indikator ID: ...)",
                    da: "noden '\(node)' har \(count) indikatorer; angiv én ved dens id (indikator ID: ...)")
            } else {
                let known = tables.flatMap(\.keys)
                let near = EditDistance.nearest(to: measurement.key, among: known)
                let hint = near.map { LocalizedText("; did you mean '\($0)'?", da: "; mente du '\($0)'?") } ?? LocalizedText("", da: "")
                text = LocalizedText(
                    "no indicator or node '\(measurement.key)' in the theories given",
                    da: "ingen indikator eller node '\(measurement.key)' i de angivne teorier") + hint
            }
            problems.append(Diagnostic(
                rule: .measurementError, severity: .error, text: text, file: file.path, location: measurement.location))
        }
        return (perTheory, problems)
    }

    static func belongs(_ measurement: Observation, to theory: Theory) -> Bool {
        guard let name = measurement.theory else { return true }
        let file = theory.path.split(separator: "/").last.map(String.init) ?? theory.path
        let stem = file.hasSuffix(".ft") ? String(file.dropLast(3)) : file
        return name == theory.path || name == stem || name == file
    }
}
