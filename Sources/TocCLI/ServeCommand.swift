// Only with the Serve trait (the default): `swift build --disable-default-traits` leaves it out.
#if Serve
import ArgumentParser
import Foundation
import TocPipeline
import TocPlatform
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

    /// Diagrams a drawing worker draws before it is started afresh, to give
    /// back the memory Graphviz leaks.
    @Option(help: ArgumentHelp("Start a drawing worker afresh after this many diagrams.", visibility: .hidden))
    public var recycleAfter: Int = 200

    /// Seconds a drawing may take.
    @Option(help: ArgumentHelp(Interface.help(
        "Stop a drawing that takes longer than this many seconds, and say so on the page.",
        da: "Stop en tegning, der tager længere end så mange sekunder, og sig det på siden.")))
    public var timeLimit: Double = Drawings.standardTimeLimit

    /// Drawing workers.
    @Option(help: ArgumentHelp("Drawing worker processes (default: the cores, 2 to 4).", visibility: .hidden))
    public var workers: Int = Drawings.standardCount

    /// The most pages open at once.
    @Option(help: ArgumentHelp(Interface.help(
        "The most pages (event streams) open at once; more are refused.",
        da: "Det højeste antal åbne sider (hændelsesstrømme) ad gangen; flere afvises.")))
    public var maxEventStreams: Int = 1000

    /// Seconds a connection may stay silent.
    @Option(help: ArgumentHelp("Close a connection that sends nothing for this many seconds.", visibility: .hidden))
    public var idleTimeout: Int = 30

    /// Whether the page may not change files.
    @Flag(help: ArgumentHelp(Interface.help(
        "Only show the theories: no editing or saving in the page.",
        da: "Vis kun teorierne: ingen redigering eller gemning i siden.")))
    public var readOnly = false

    /// Creates the command.
    public init() {}

    /// Checks the folder and the port.
    public func validate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError(Interface.help("'\(folder)' is not a folder", da: "'\(folder)' er ikke en mappe"))
        }
        guard timeLimit > 0, workers > 0, recycleAfter > 0 else {
            throw ValidationError(Interface.help(
                "--time-limit, --workers and --recycle-after must be above 0",
                da: "--time-limit, --workers og --recycle-after skal være over 0"))
        }
        guard maxEventStreams > 0, idleTimeout > 0 else {
            throw ValidationError(Interface.help(
                "--max-event-streams and --idle-timeout must be above 0", da: "--max-event-streams og --idle-timeout skal være over 0"))
        }
        guard (0...65535).contains(port) else {
            throw ValidationError(Interface.help("--port must be between 0 and 65535", da: "--port skal være mellem 0 og 65535"))
        }
    }

    /// Serves until Ctrl-C.
    public func run() async throws {
        var server = PreviewServer(folder: folder, host: host, port: port)
        // Drawn in worker processes (this same program): a slow or crashing
        // layout never holds the server, and Graphviz's leaks stay there.
        server.drawings = Drawings(
            workerExecutable: POSIX.executablePath, count: workers, timeLimit: timeLimit, recycleAfter: recycleAfter)
        server.maxEventStreams = maxEventStreams
        server.idleTimeout = .seconds(idleTimeout)
        // Every run on a folder uses the token kept for it: open pages go on saving.
        server.write = WriteAccess(token: KeptToken.token(for: folder, in: KeptToken.folder()), readOnly: readOnly)
        POSIX.raiseOpenFileLimit()
        do {
            try await server.run(announce: { line in
                Interface.console.write(line + "\n")
            }, force: {
                // Connections that would not close: stop regardless.
                POSIX.terminate(status: 0)
            })
        } catch {
            Interface.console.writeError("toc: \(Self.message(BindProblem(error), host: host, port: port))\n")
            throw ExitCode(2)
        }
    }

    /// What to tell the user when the server cannot listen.
    static func message(_ problem: BindProblem, host: String, port: Int) -> String {
        switch problem {
        case .portInUse:
            Interface.help(
                "port \(port) on \(host) is already in use (another toc serve?); choose another with --port",
                da: "port \(port) på \(host) er allerede i brug (en anden toc serve?); vælg en anden med --port")
        case .noSuchAddress:
            Interface.help(
                "cannot listen on \(host): this machine has no such address; leave out --host to use 127.0.0.1",
                da: "kan ikke lytte på \(host): maskinen har ikke den adresse; udelad --host for at bruge 127.0.0.1")
        case .notPermitted:
            Interface.help(
                "not allowed to listen on port \(port); ports below 1024 need privileges, choose one above with --port",
                da: "ikke tilladt at lytte på port \(port); porte under 1024 kræver rettigheder, vælg en højere med --port")
        case .other(let description):
            Interface.help("cannot serve on \(host):\(port): \(description)", da: "kan ikke lytte på \(host):\(port): \(description)")
        }
    }
}
#endif
