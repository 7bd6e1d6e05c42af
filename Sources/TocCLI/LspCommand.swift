// Only with the Serve trait (the default): `swift build --disable-default-traits` leaves it out.
#if Serve
import ArgumentParser
import Foundation
import TocLSP
import TocLSPKit
import TocPlatform

/// `toc lsp`: the language in every editor, over standard input and output.
public struct LspCommand: ParsableCommand {
    /// Name and help.
    public static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: Interface.help(
            "Speak the Language Server Protocol on standard input and output, for editors.",
            da: "Tal Language Server Protocol på standardinput og -output, til editorer."),
        discussion: Interface.help(
            "An editor starts it and talks to it; see docs/editors.md. Findings come in the language of "
                + "the editor's locale, else LANG.",
            da: "En editor starter den og taler med den; se docs/editors.md. Fund kommer på editorens sprog, "
                + "ellers LANG's."))

    /// Creates the command.
    public init() {}

    /// Serves until `exit` or the end of input.
    public func run() throws {
        let server = LanguageServer(language: Interface.language) { bytes in
            _ = POSIX.writeAll(STDOUT_FILENO, bytes)
        }
        var reader = MessageReader {
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = read(STDIN_FILENO, &chunk, chunk.count)
            return count > 0 ? Array(chunk[..<count]) : nil
        }
        let status = server.run(reader: &reader)
        if status != 0 { throw ExitCode(status) }
    }
}
#endif
