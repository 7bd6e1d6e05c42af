import TocModel
import TocSyntax

/// The theory has over 60 nodes.
///
/// A diagram with more than about 60 boxes no longer reads at a glance, on a
/// projector or on a page. Draw one area at a time with
/// `toc render --area ID`, beside the whole.
///
/// The finding sits at the start of the file.
public struct OversizedDiagram: Rule {
    /// Creates the rule.
    public init() {}

    /// The most nodes a diagram should have.
    static let limit = 60

    /// `oversized-diagram`.
    public var id: String { "oversized-diagram" }
    /// A warning when it runs.
    public var defaultSeverity: Severity { .warning }
    /// One line for `toc rules`.
    public var summary: LocalizedText { LocalizedText("the theory has over 60 nodes; draw it per area", da: "teorien har over 60 noder; tegn den pr. område") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        The theory has over 60 nodes.

        A diagram with more than about 60 boxes no longer reads at a glance, on a
        projector or on a page. Draw one area at a time with
        `toc render --area ID`, beside the whole.

        The finding sits at the start of the file.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                """
                aktivitet a0: Aktivitet 0
                aktivitet a1: Aktivitet 1
                aktivitet a2: Aktivitet 2
                aktivitet a3: Aktivitet 3
                aktivitet a4: Aktivitet 4
                aktivitet a5: Aktivitet 5
                aktivitet a6: Aktivitet 6
                aktivitet a7: Aktivitet 7
                aktivitet a8: Aktivitet 8
                aktivitet a9: Aktivitet 9
                aktivitet a10: Aktivitet 10
                aktivitet a11: Aktivitet 11
                aktivitet a12: Aktivitet 12
                aktivitet a13: Aktivitet 13
                aktivitet a14: Aktivitet 14
                aktivitet a15: Aktivitet 15
                aktivitet a16: Aktivitet 16
                aktivitet a17: Aktivitet 17
                aktivitet a18: Aktivitet 18
                aktivitet a19: Aktivitet 19
                aktivitet a20: Aktivitet 20
                aktivitet a21: Aktivitet 21
                aktivitet a22: Aktivitet 22
                aktivitet a23: Aktivitet 23
                aktivitet a24: Aktivitet 24
                aktivitet a25: Aktivitet 25
                aktivitet a26: Aktivitet 26
                aktivitet a27: Aktivitet 27
                aktivitet a28: Aktivitet 28
                aktivitet a29: Aktivitet 29
                aktivitet a30: Aktivitet 30
                aktivitet a31: Aktivitet 31
                aktivitet a32: Aktivitet 32
                aktivitet a33: Aktivitet 33
                aktivitet a34: Aktivitet 34
                aktivitet a35: Aktivitet 35
                aktivitet a36: Aktivitet 36
                aktivitet a37: Aktivitet 37
                aktivitet a38: Aktivitet 38
                aktivitet a39: Aktivitet 39
                aktivitet a40: Aktivitet 40
                aktivitet a41: Aktivitet 41
                aktivitet a42: Aktivitet 42
                aktivitet a43: Aktivitet 43
                aktivitet a44: Aktivitet 44
                aktivitet a45: Aktivitet 45
                aktivitet a46: Aktivitet 46
                aktivitet a47: Aktivitet 47
                aktivitet a48: Aktivitet 48
                aktivitet a49: Aktivitet 49
                aktivitet a50: Aktivitet 50
                aktivitet a51: Aktivitet 51
                aktivitet a52: Aktivitet 52
                aktivitet a53: Aktivitet 53
                aktivitet a54: Aktivitet 54
                aktivitet a55: Aktivitet 55
                aktivitet a56: Aktivitet 56
                aktivitet a57: Aktivitet 57
                aktivitet a58: Aktivitet 58
                aktivitet a59: Aktivitet 59
                aktivitet a60: Aktivitet 60
                """,
            ],
            passing: [
                """
                aktivitet a0: Aktivitet 0
                aktivitet a1: Aktivitet 1
                aktivitet a2: Aktivitet 2
                aktivitet a3: Aktivitet 3
                aktivitet a4: Aktivitet 4
                aktivitet a5: Aktivitet 5
                aktivitet a6: Aktivitet 6
                aktivitet a7: Aktivitet 7
                aktivitet a8: Aktivitet 8
                aktivitet a9: Aktivitet 9
                aktivitet a10: Aktivitet 10
                aktivitet a11: Aktivitet 11
                aktivitet a12: Aktivitet 12
                aktivitet a13: Aktivitet 13
                aktivitet a14: Aktivitet 14
                aktivitet a15: Aktivitet 15
                aktivitet a16: Aktivitet 16
                aktivitet a17: Aktivitet 17
                aktivitet a18: Aktivitet 18
                aktivitet a19: Aktivitet 19
                aktivitet a20: Aktivitet 20
                aktivitet a21: Aktivitet 21
                aktivitet a22: Aktivitet 22
                aktivitet a23: Aktivitet 23
                aktivitet a24: Aktivitet 24
                aktivitet a25: Aktivitet 25
                aktivitet a26: Aktivitet 26
                aktivitet a27: Aktivitet 27
                aktivitet a28: Aktivitet 28
                aktivitet a29: Aktivitet 29
                aktivitet a30: Aktivitet 30
                aktivitet a31: Aktivitet 31
                aktivitet a32: Aktivitet 32
                aktivitet a33: Aktivitet 33
                aktivitet a34: Aktivitet 34
                aktivitet a35: Aktivitet 35
                aktivitet a36: Aktivitet 36
                aktivitet a37: Aktivitet 37
                aktivitet a38: Aktivitet 38
                aktivitet a39: Aktivitet 39
                aktivitet a40: Aktivitet 40
                aktivitet a41: Aktivitet 41
                aktivitet a42: Aktivitet 42
                aktivitet a43: Aktivitet 43
                aktivitet a44: Aktivitet 44
                aktivitet a45: Aktivitet 45
                aktivitet a46: Aktivitet 46
                aktivitet a47: Aktivitet 47
                aktivitet a48: Aktivitet 48
                aktivitet a49: Aktivitet 49
                aktivitet a50: Aktivitet 50
                aktivitet a51: Aktivitet 51
                aktivitet a52: Aktivitet 52
                aktivitet a53: Aktivitet 53
                aktivitet a54: Aktivitet 54
                aktivitet a55: Aktivitet 55
                aktivitet a56: Aktivitet 56
                aktivitet a57: Aktivitet 57
                aktivitet a58: Aktivitet 58
                aktivitet a59: Aktivitet 59
                """,
            ])
    }

    /// Reports the rule's findings.
    public func check(_ analysis: Analysis) -> [Finding] {
        let count = analysis.theory.nodes.count
        guard count > OversizedDiagram.limit else { return [] }
        var message = LocalizedText(
            "the theory has \(count) nodes, over \(OversizedDiagram.limit); draw it per area with 'toc render --area ID'",
            da: "teorien har \(count) noder, over \(OversizedDiagram.limit); tegn den pr. område med 'toc render --area ID'")
        if let area = analysis.theory.areas.first {
            message = message + LocalizedText(" (for instance --area \(area.id))", da: " (fx --area \(area.id))")
        }
        return [Finding(message, at: SourceLocation(line: 1, column: 1))]
    }
}
