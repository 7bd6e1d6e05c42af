import TocSyntax

/// A row of `toc indicators --format json`: English keys, stable for tools;
/// values in their written form, and as numbers where they are numbers.
public struct PlanRecord: Encodable, Sendable {
    var theory: String
    var theoryTitle: String?
    var area, node, level, nodeLabel, indicatorID, indicator: String
    var baseline, baselineYear, target, targetYear, source, owner, targetGroup, inputs: String
    var baselineNumber, targetNumber: Double?

    enum CodingKeys: String, CodingKey {
        case theory, area, node, level, indicator, baseline, target, source, owner, inputs
        case theoryTitle = "theory_title", nodeLabel = "node_label", indicatorID = "indicator_id"
        case baselineYear = "baseline_year", targetYear = "target_year", targetGroup = "target_group"
        case baselineNumber = "baseline_number", targetNumber = "target_number"
    }

    /// The record of a row of the measurement plan.
    public init(_ row: PlanRow) {
        let fields = PlanWriter.fields(row, language: .en)
        theory = row.theoryPath
        theoryTitle = row.theoryTitle
        (area, node, level, nodeLabel, indicatorID, indicator) = (fields[1], fields[2], fields[3], fields[4], fields[5], fields[6])
        (baseline, baselineYear, target, targetYear) = (fields[7], fields[8], fields[9], fields[10])
        (source, owner, targetGroup, inputs) = (fields[11], fields[12], fields[13], fields[14])
        baselineNumber = row.baseline?.number.flatMap { $0.isFinite ? $0 : nil }
        targetNumber = row.target?.number.flatMap { $0.isFinite ? $0 : nil }
    }

    /// Nulls are written, so every record has every key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(theory, forKey: .theory)
        try container.encode(theoryTitle, forKey: .theoryTitle)
        for (key, value) in [(CodingKeys.area, area), (.node, node), (.level, level), (.nodeLabel, nodeLabel),
                             (.indicatorID, indicatorID), (.indicator, indicator), (.baseline, baseline),
                             (.baselineYear, baselineYear), (.target, target), (.targetYear, targetYear), (.source, source),
                             (.owner, owner), (.targetGroup, targetGroup), (.inputs, inputs)] {
            try container.encode(value, forKey: key)
        }
        try container.encode(baselineNumber, forKey: .baselineNumber)
        try container.encode(targetNumber, forKey: .targetNumber)
    }
}

/// A row of `toc status --format json`.
public struct StatusRecord: Encodable, Sendable {
    var theory, node, indicator, status: String
    var indicatorID: String?
    var measurements: Int
    var latest: Double?
    var latestDate: String?

    enum CodingKeys: String, CodingKey {
        case theory, node, indicator, status, measurements, latest
        case indicatorID = "indicator_id", latestDate = "latest_date"
    }

    /// The record of an indicator's status.
    public init(_ status: IndicatorStatus) {
        theory = status.row.theoryPath
        node = status.row.nodeID
        indicator = status.row.indicator
        indicatorID = status.row.indicatorID
        self.status = status.state.rawValue
        measurements = status.count
        latest = status.latest.flatMap { $0.value.isFinite ? $0.value : nil }
        latestDate = status.latest.map { "\($0.date)" }
    }

    /// `indicator_id` is written as null when there is none; `latest` and
    /// `latest_date` only when there is a measurement.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(theory, forKey: .theory)
        try container.encode(node, forKey: .node)
        try container.encode(indicator, forKey: .indicator)
        try container.encode(indicatorID, forKey: .indicatorID)
        try container.encode(status, forKey: .status)
        try container.encode(measurements, forKey: .measurements)
        try container.encodeIfPresent(latest, forKey: .latest)
        try container.encodeIfPresent(latestDate, forKey: .latestDate)
    }
}
