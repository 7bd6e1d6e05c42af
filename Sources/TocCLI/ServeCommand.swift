import ArgumentParser
import Foundation
import TocServer

/// `toc serve [DIR]`: a live preview for workshops.
public struct ServeCommand: AsyncParsableCommand {
    /// Name and help.
    public static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: Interface.help(
            "Show the theories in a folder in the browser, redrawn on every save.",
            da: "Vis teorierne i en mappe i browseren, gentegnet ved hver gemning."),
        discussion: Interface.help(
            "Open the address it prints. Each theory's page shows its diagram (zoom with the "
                + "wheel, drag to pan, 0 to fit), its findings in plain words, and redraws when the "
                + "file is saved; P switches to presentation mode. It listens on 127.0.0.1 unless "
                + "--host says otherwise, and serves only files under DIR. Ctrl-C stops it.",
            da: "Åbn den adresse, den skriver. Hver teoris side viser diagrammet (zoom med hjulet, "
                + "træk for at flytte, 0 for at tilpasse), fundene i almindelige ord, og tegner igen, når "
                + "filen gemmes; P skifter til præsentationstilstand. Den lytter på 127.0.0.1, medmindre "
                + "--host siger andet, og viser kun filer under MAPPE. Ctrl-C stopper den."))

    /// The folder to serve.
    @Argument(help: ArgumentHelp(Interface.help(
        "Folder with theory files (default: the current folder).", da: "Mappe med teorifiler (standard: den aktuelle mappe).")))
    public var folder: String = "."

    /// Port.
    @Option(help: ArgumentHelp(Interface.help(
        "Port to listen on (0 picks a free one).", da: "Port at lytte på (0 vælger en ledig).")))
    public var port: Int = 8080

    /// Host.
    @Option(help: ArgumentHelp(Interface.help("Address to listen on.", da: "Adresse at lytte på.")))
    public var host: String = "127.0.0.1"

    /// Diagrams drawn before the process starts afresh to give back the
    /// memory Graphviz leaks (0: never).
    @Option(help: ArgumentHelp("Restart the process after this many diagrams (0: never).", visibility: .hidden))
    public var recycleAfter: Int = 500

    /// Set when the process was started again by a recycle.
    @Flag(help: .hidden)
    public var recycled = false

    /// Creates the command.
    public init() {}

    /// Checks the folder and the port.
    public func validate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("'\(folder)' is not a folder")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    /// Serves until Ctrl-C.
    public func run() async throws {
        var server = PreviewServer(folder: folder, host: host, port: port)
        server.recycleAfter = recycleAfter > 0 ? recycleAfter : nil
        let quiet = recycled
        let outcome: PreviewServer.Outcome
        do {
            outcome = try await server.run { line in
                if !quiet { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
            }
        } catch {
            FileHandle.standardError.write(Data("toc: cannot serve on \(host):\(port): \(error)\n".utf8))
            throw ExitCode(2)
        }
        if case .recycle(let boundPort) = outcome {
            // Graphviz leaks a little on every layout; a fresh process gives it
            // all back. Browsers reconnect by themselves within a second.
            let arguments = [CommandLine.arguments[0], "serve", folder, "--host", host, "--port", "\(boundPort)",
                             "--recycle-after", "\(recycleAfter)", "--recycled"]
            var pointers = arguments.map { strdup($0) } + [nil]
            // Ignored signals stay ignored across exec: give SIGTERM and SIGINT
            // their default action back, or one sent while the new process
            // starts would be lost.
            signal(SIGTERM, SIG_DFL)
            signal(SIGINT, SIG_DFL)
            var none = sigset_t()
            sigemptyset(&none)
            sigprocmask(SIG_SETMASK, &none, nil)
            execv("/proc/self/exe", &pointers)
            FileHandle.standardError.write(Data("toc: could not restart the server\n".utf8))
            throw ExitCode(2)
        }
    }
}
