import ArgumentParser
import Foundation
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

    /// Diagrams drawn before the process starts afresh to give back the
    /// memory Graphviz leaks (0: never).
    @Option(help: ArgumentHelp("Restart the process after this many diagrams (0: never).", visibility: .hidden))
    public var recycleAfter: Int = 500

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

    /// Set when the process was started again by a recycle.
    @Flag(help: .hidden)
    public var recycled = false

    /// Creates the command.
    public init() {}

    /// Checks the folder and the port.
    public func validate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError(Interface.help("'\(folder)' is not a folder", da: "'\(folder)' er ikke en mappe"))
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
        server.recycleAfter = recycleAfter > 0 ? recycleAfter : nil
        server.maxEventStreams = maxEventStreams
        server.idleTimeout = .seconds(idleTimeout)
        // A restarted server keeps its predecessor's token, and every run on
        // a folder the token kept for it: open pages go on saving.
        let token = recycled
            ? ProcessInfo.processInfo.environment[WriteAccess.environmentVariable]
            : KeptToken.token(for: folder, in: KeptToken.folder())
        server.write = WriteAccess(token: token, readOnly: readOnly)
        setenv(WriteAccess.environmentVariable, server.write.token, 1)
        POSIX.raiseOpenFileLimit()
        let quiet = recycled
        let outcome: PreviewServer.Outcome
        let again = restartArguments
        do {
            outcome = try await server.run(announce: { line in
                if !quiet { Interface.console.write(line + "\n") }
            }, force: { outcome in
                // Connections that would not close: stop or restart regardless.
                if case .recycle(let port) = outcome { Self.restart(again(port)) }
                POSIX.terminate(status: 0)
            })
        } catch {
            Interface.console.writeError("toc: \(Self.message(BindProblem(error), host: host, port: port))\n")
            throw ExitCode(2)
        }
        if case .recycle(let boundPort) = outcome { Self.restart(restartArguments(boundPort)) }
    }

    /// The command line that starts this server afresh on a port.
    var restartArguments: @Sendable (Int) -> [String] {
        let (folder, host, recycleAfter, maxEventStreams, idleTimeout) = (folder, host, recycleAfter, maxEventStreams, idleTimeout)
        let readOnly = readOnly
        return { port in
            [CommandLine.arguments[0], "serve", folder, "--host", host, "--port", "\(port)",
             "--recycle-after", "\(recycleAfter)", "--max-event-streams", "\(maxEventStreams)",
             "--idle-timeout", "\(idleTimeout)", "--recycled"] + (readOnly ? ["--read-only"] : [])
        }
    }

    /// Starts this process afresh (exec) with `arguments`; says why and
    /// exits 2 when it cannot. Graphviz leaks a little on every layout; a
    /// fresh process gives it all back. Browsers reconnect within a second.
    static func restart(_ arguments: [String]) -> Never {
        do {
            var pointers = arguments.map { strdup($0) } + [nil]
            // Ignored signals stay ignored across exec: give SIGTERM and SIGINT
            // their default action back, or one sent while the new process
            // starts would be lost.
            signal(SIGTERM, SIG_DFL)
            signal(SIGINT, SIG_DFL)
            var none = sigset_t()
            sigemptyset(&none)
            sigprocmask(SIG_SETMASK, &none, nil)
            // Connections and the old listener must not live on in the new process.
            POSIX.closeOnExec(above: STDERR_FILENO)
            execv(POSIX.executablePath, &pointers)
            Interface.console.writeError(Interface.help(
                "toc: could not restart the server: \(String(cString: strerror(errno)))\n",
                da: "toc: kunne ikke genstarte serveren: \(String(cString: strerror(errno)))\n"))
            POSIX.terminate(status: 2)
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
