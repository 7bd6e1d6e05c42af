import ArgumentParser
import Foundation
import TocPipeline
import TocPlatform
import TocSyntax

/// The entry point of the `toc` executable, and of commands run in a test's
/// own process.
public enum TocMain {
    /// Parses the arguments, runs the command and exits: 0 clean, 1 findings,
    /// 2 for misuse, with one clear line on stderr.
    public static func main(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) async -> Never {
        let console = Console.process
        // A closed pipe is a failed write to report, not a silent death by SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let language = Interface.choose(arguments: arguments, environment: console.environment)
        var status = await Interface.$language.withValue(language) {
            await run(Interface.withoutLeadingLanguage(arguments))
        }
        if let code = console.writeFailure {
            let reason = WriteFailure(path: "-", code: code).text(language)
            console.writeError(LocalizedText(
                "toc: cannot write to standard output: \(reason)\n",
                da: "toc: kan ikke skrive til standardoutput: \(reason)\n").text(language))
            status = 2
        }
        exit(status)
    }

    /// Runs one command line in this process with `console`'s streams and
    /// environment, relative paths taken from `folder` (by default the
    /// process's working folder, which is never changed); the exit status.
    /// Commands that serve (`toc serve`) run only through `main`.
    public static func run(_ arguments: [String], console: Console, folder: String? = nil) -> Int32 {
        let language = Interface.choose(arguments: arguments, environment: console.environment)
        return WorkingFolder.$bound.withValue(folder) { Interface.$console.withValue(console) {
            Interface.$language.withValue(language) {
                let arguments = Interface.withoutLeadingLanguage(arguments)
                do {
                    var command = try Toc.parseAsRoot(arguments)
                    guard !(command is any AsyncParsableCommand) || command is Toc else { return 2 }
                    try command.run()
                    return 0
                } catch {
                    return status(for: error, arguments: arguments)
                }
            }
        } }
    }

    /// Parses and runs one command line in the language bound for it; the exit status.
    static func run(_ arguments: [String]) async -> Int32 {
        do {
            var command = try Toc.parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch {
            return status(for: error, arguments: arguments)
        }
    }

    /// The exit status for what a command threw: its own exit code, 0 after
    /// help, 2 with one line in the user's language for misuse.
    static func status(for error: any Error, arguments: [String]) -> Int32 {
        if let code = error as? ExitCode { return code.rawValue }
        let console = Interface.console
        if Toc.exitCode(for: error) == .success {
            console.write(Interface.localizedHelp(Toc.fullMessage(for: error)) + "\n")
            return 0
        }
        let message = Toc.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid usage"
        let commands = Toc.configuration.subcommands.filter { $0.configuration.shouldDisplay }.compactMap { $0.configuration.commandName }
        let line = UsageMessages.line(for: message, arguments: arguments, commands: commands, language: Interface.language)
        console.writeError("toc: \(line) \(UsageMessages.hint(Interface.language))\n")
        return 2
    }
}
