import Testing
import TocModel
import TocSyntax

/// Which standard intervention area an area is (issue #28): what its
/// `lbf-område:` line names, else what its title says.
@Suite struct StandardAreaTests {
    @Test(arguments: [
        ("Uddannelse og livschancer", StandardArea.education), ("Skolegang og uddannelse", .education),
        ("Beskæftigelse", .employment), ("Uddannelse og beskæftigelse", .employment), ("Job og uddannelse", .employment),
        ("Employment", .employment), ("Kriminalitetsforebyggelse", .crimePrevention), ("Kriminalpræventiv indsats", .crimePrevention),
        ("Sammenhængskraft og medborgerskab", .cohesion), ("Tryghed og trivsel", .cohesion),
        ("Forebyggelse og forældreansvar", .prevention), ("Forældrekompetencer og børns trivsel", .prevention),
    ])
    func aTitleSaysWhichAreaItIs(_ title: String, _ expected: StandardArea) {
        #expect(StandardArea(title: title) == expected)
    }

    @Test func aTitleThatSaysNothingPlacesNothing() {
        #expect(StandardArea(title: "Netværk i opgangen") == nil)
        #expect(StandardArea(naming: "arbejdsmarked") == nil)
    }

    @Test func theLineWinsOverTheTitle() throws {
        let text = """
            område job: Job og uddannelse
              lbf-område: uddannelse
            område netværk: Netværk i opgangen
              lbf-område: Sammenhængskraft og medborgerskab
            område tryghed: Tryghed
            område x: Noget andet
              lbf-område: arbejdsmarked
            aktivitet a: A
              område: job
            """
        let parsed = Parser.parse(text: text, path: "t.ft")
        #expect(!parsed.hasErrors, "\(parsed.diagnostics)")
        let theory = Theory(parsed.file)
        #expect(theory.areas.map(\.standard) == [.education, .cohesion, .cohesion, nil])
        #expect(theory.areas[3].declaredStandard?.text == "arbejdsmarked")
        #expect(theory.areas[3].declaredStandard?.location.line == 7)
    }
}
