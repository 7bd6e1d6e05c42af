import Foundation
import Testing
@testable import TocCLI
import TocSyntax

/// Issue #27: `toc check --format csv` printed an empty table and kept its
/// exit status when the table could not be written (`try?`). The table is
/// written to memory and cannot fail from outside, so the failure is given
/// here: the run says why and ends with status 2.
@Suite struct CSVFailureTests {
    struct Refused: Error, CustomStringConvertible {
        var description: String { "the stream was closed" }
    }

    @Test func aTableThatCannotBeWrittenIsSaidAndFailsTheRun() {
        var output = CommandOutput()
        let written = CheckRun.deliverCSV({ throw Refused() }, language: .da, to: &output)
        #expect(!written)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == "toc: tabellen kunne ikke skrives som CSV: the stream was closed\n")
        #expect(output.status == 2)
        var fine = CommandOutput()
        #expect(CheckRun.deliverCSV({ Array("Fil;Titel\r\n".utf8) }, language: .da, to: &fine) && fine.stdout == "Fil;Titel\r\n")
        #expect(fine.status == 0 && fine.stderr.isEmpty)
    }
}
