import ArgumentParser
import Foundation

/// The entry point of the `toc` executable.
public enum TocMain {
    /// Parses the arguments, runs the command and exits: 0 clean, 1 findings,
    /// 2 for misuse, with one clear line on stderr.
    public static func main(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) async -> Never {
        let language = Interface.choose(arguments: arguments, environment: ProcessInfo.processInfo.environment)
        let status = await Interface.$language.withValue(language) {
            await run(Interface.withoutLeadingLanguage(arguments))
        }
        exit(status)
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
        } catch let code as ExitCode {
            return code.rawValue
        } catch {
            let status = Toc.exitCode(for: error)
            if status == .success {
                print(Interface.localizedHelp(Toc.fullMessage(for: error)))
                return 0
            }
            let message = Toc.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid usage"
            let commands = Toc.configuration.subcommands.compactMap { $0.configuration.commandName }
            let line = UsageMessages.line(for: message, arguments: arguments, commands: commands, language: Interface.language)
            FileHandle.standardError.write(Data("toc: \(line) \(UsageMessages.hint(Interface.language))\n".utf8))
            return 2
        }
    }
}
