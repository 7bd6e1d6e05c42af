/// Writes a realistic, clean theory of a given size: four areas, activities
/// leading to outputs, outputs to outcomes, outcomes to goals, with indicators
/// on every outcome and goal (about 120 bytes per node).
enum Generator {
    static func theory(nodes: Int) -> String {
        let areas = ["uddannelse", "beskæftigelse", "kriminalitet", "sammenhængskraft"]
        let goals = max(1, nodes / 10)
        let outcomes = max(1, nodes / 4)
        let outputs = max(1, nodes / 4)
        let activities = max(1, nodes - goals - outcomes - outputs)
        var text = "forandringsteori: Genereret helhedsplan med \(nodes) noder\nperiode: 2023-2026\n\n"
        for area in areas { text += "område \(area): Indsatsområdet \(area)\n" }
        text += "\n"
        for index in 0..<activities {
            text += "aktivitet a\(index): Lektiecafé og fritidsjob for børn og unge i 4.-9. klasse, hold \(index)\n"
            text += "  område: \(areas[index % 4])\n  -> o\(index % outputs)\n"
        }
        for index in 0..<outputs {
            text += "output o\(index): 40 børn og unge deltager fast i aktiviteten hver uge, hold \(index)\n  -> r\(index % outcomes)\n"
        }
        for index in 0..<outcomes {
            text += "resultat r\(index): Børnene trives bedre og laver lektier\n"
            text += "  indikator: Andel med høj trivsel\n    udgangspunkt: 61% (2022)\n    målværdi: 70% (2026)\n    kilde: Trivselsmålingen\n  -> g\(index % goals)\n"
        }
        for index in 0..<goals {
            text += "mål g\(index): Flere unge gennemfører en ungdomsuddannelse\n"
            text += "  indikator: Andel 25-årige med en ungdomsuddannelse\n    udgangspunkt: 72% (2022)\n    målværdi: 80% (2026)\n    kilde: Danmarks Statistik\n"
        }
        return text
    }
}
