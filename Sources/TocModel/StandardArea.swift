import TocSyntax

/// One of Landsbyggefonden's standard intervention areas (indsatsområder),
/// the ones plans are compared by across a portfolio. The 2019-26 round's
/// four and the 2015-18 round's family area; earlier rounds' names are
/// read as the area they became (../shared/design/domain.md).
public enum StandardArea: String, CaseIterable, Sendable, Comparable {
    /// Uddannelse og livschancer (2019-26); Skolegang og uddannelse (2011-14).
    case education = "uddannelse"
    /// Beskæftigelse (2019-26, 2011-14); Uddannelse og beskæftigelse (2015-18).
    case employment = "beskæftigelse"
    /// Kriminalitetsforebyggelse (2019-26, 2011-14); Kriminalpræventiv indsats (2015-18).
    case crimePrevention = "kriminalitet"
    /// Sammenhængskraft og medborgerskab (2019-26); Tryghed og trivsel (2015-18).
    case cohesion = "sammenhængskraft"
    /// Forebyggelse og forældreansvar (2015-18); Forældrekompetencer og børns trivsel (2011-14).
    case prevention = "forebyggelse"

    /// The order of the portfolio's sections: the order of the cases.
    public static func < (a: StandardArea, b: StandardArea) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The area's name in the current round, in a language.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.education, .da): "Uddannelse og livschancer"
        case (.employment, .da): "Beskæftigelse"
        case (.crimePrevention, .da): "Kriminalitetsforebyggelse"
        case (.cohesion, .da): "Sammenhængskraft og medborgerskab"
        case (.prevention, .da): "Forebyggelse og forældreansvar"
        case (.education, .en): "Education and life chances"
        case (.employment, .en): "Employment"
        case (.crimePrevention, .en): "Crime prevention"
        case (.cohesion, .en): "Cohesion and citizenship"
        case (.prevention, .en): "Prevention and parental responsibility"
        }
    }

    /// What `lbf-område:` may say for the area, besides its names: its id
    /// in both languages and the names it had in earlier rounds.
    var spellings: [String] {
        let earlier: [String] = switch self {
        case .education: ["education", "skolegang og uddannelse"]
        case .employment: ["employment", "uddannelse og beskæftigelse", "beskaeftigelse", "jobs"]
        case .crimePrevention: ["crime-prevention", "crime", "kriminalpræventiv indsats", "kriminalitetsforebyggelse"]
        case .cohesion: ["cohesion", "tryghed og trivsel", "sammenhaengskraft"]
        case .prevention: ["prevention", "forældrekompetencer og børns trivsel", "forældreansvar"]
        }
        return [rawValue, name(.da), name(.en)] + earlier
    }

    /// The area `lbf-område:` names: an id or a name, in either language,
    /// ignoring case; nil when it names none.
    public init?(naming text: String) {
        let wanted = Self.folded(text)
        guard let found = Self.allCases.first(where: { $0.spellings.map(Self.folded).contains(wanted) }) else { return nil }
        self = found
    }

    /// The area an area's title suggests (`Job og uddannelse` is
    /// employment, `Tryghed` cohesion), when it says no `lbf-område:`;
    /// nil when the title suggests none. Exact names first, then words, in
    /// an order that keeps `Kriminalitetsforebyggelse` crime prevention.
    public init?(title: String) {
        if let named = StandardArea(naming: title) {
            self = named
            return
        }
        let words = Self.folded(title)
        let stems: [(StandardArea, [String])] = [
            (.crimePrevention, ["kriminal", "crime", "bande"]),
            (.prevention, ["forældre", "familie", "parent", "family", "forebyggelse", "prevention"]),
            (.employment, ["beskæftigelse", "job", "arbejde", "employment", "work"]),
            (.education, ["uddannelse", "skole", "lektie", "livschancer", "education", "school", "learning"]),
            (.cohesion, ["sammenhæng", "medborger", "tryghed", "trivsel", "fællesskab", "beboerdemokrati",
                         "cohesion", "citizen", "community", "safety"]),
        ]
        guard let found = stems.first(where: { _, stems in stems.contains { words.contains($0) } }) else { return nil }
        self = found.0
    }

    static func folded(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
