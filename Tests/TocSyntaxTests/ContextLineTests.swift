import Testing
import TocSyntax

/// `udfordring:`, `målgruppe:`, `ressourcer:` and `sigt:` (issue #15): where
/// each may stand, and a clear message where it may not.
@Suite struct ContextLineTests {
    @Test func eachLineLandsWhereItStands() throws {
        let parsed = Parser.parse(text: """
            forandringsteori: T
            udfordring: Mange unge står uden job
            target-group: Young people 16-25
            ressourcer: 6,7 mio. kr.
            område job: Beskæftigelse
              problem: 12 % ledige
              målgruppe: Ledige beboere
              inputs: 2 medarbejdere
            aktivitet a: Jobcafé
              område: job
              målgruppe: Ledige under 30
              ressourcer: 0,5 mio. kr.
              -> r
            resultat r: Flere søger job
              sigt: Mellemlang
              målgruppe: Deltagerne
            """)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.map(\.message))")
        let file = parsed.file
        #expect(file.context.problem?.value == "Mange unge står uden job")
        #expect(file.context.targetGroup?.value == "Young people 16-25")
        #expect(file.context.inputs?.value == "6,7 mio. kr.")
        #expect(file.areas[0].context.problem?.value == "12 % ledige")
        #expect(file.areas[0].context.inputs?.value == "2 medarbejdere")
        #expect(file.nodes[0].context.targetGroup?.value == "Ledige under 30")
        #expect(file.nodes[0].context.inputs?.value == "0,5 mio. kr.")
        #expect(file.nodes[1].horizon == .medium)
        #expect(file.nodes[1].context.targetGroup?.value == "Deltagerne")
    }

    @Test(arguments: [
        ("aktivitet a: A\n  sigt: kort\n", "2:3: 'sigt:' belongs to an outcome or a goal; indent it under one"),
        ("resultat r: R\n  sigt: snart\n", "2:9: 'snart' is not a horizon; write short, medium or long (kort, mellemlang, lang)"),
        ("resultat r: R\n  ressourcer: 2 mio.\n", "2:3: 'ressourcer:' belongs to the theory, an area or an activity, not to an outcome"),
        ("aktivitet a: A\n  udfordring: U\n", "2:3: 'udfordring:' belongs to the theory or an area; write it at the start of a line or under an area"),
        ("målgruppe: A\nmålgruppe: B\n", "2:1: 'målgruppe:' is given twice here; keep one"),
    ])
    func misplacedLinesAreSaidPlainly(text: String, expected: String) {
        let problems = Parser.parse(text: text).diagnostics.map { "\($0.location.line):\($0.location.column): \($0.text.en)" }
        #expect(problems == [expected])
    }

    @Test func fmtPutsThemInAFixedPlace() throws {
        let source = SourceFile(path: "t.ft", text: """
            ressourcer: 6,7 mio. kr.
            forandringsteori: T
            målgruppe: Unge
            udfordring: Mange unge står uden job

            område job: Beskæftigelse
              aktivitet a: Jobcafé
                -> r
              målgruppe: Ledige beboere
            resultat r: Flere søger job
              indikator: Andel
              sigt: kort
              område: job

            """)
        let formatted = try #require(Formatter.format(source))
        #expect(formatted == """
            forandringsteori: T
            udfordring: Mange unge står uden job
            målgruppe: Unge
            ressourcer: 6,7 mio. kr.

            område job: Beskæftigelse
              målgruppe: Ledige beboere
              aktivitet a: Jobcafé
                -> r
            resultat r: Flere søger job
              område: job
              sigt: kort
              indikator: Andel

            """)
    }
}
