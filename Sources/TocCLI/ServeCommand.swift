import ArgumentParser
import Foundation
import TocServer

/// `toc serve [DIR]`: a live preview for workshops.
public struct ServeCommand: AsyncParsableCommand {
    /// Name and help.
    public static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Show the theories in a folder in the browser, redrawn on every save.",
        discussion: """
            Open the address it prints. Each theory's page shows its diagram (zoom with the \
            wheel, drag to pan, 0 to fit), its findings in plain words, and redraws when the \
            file is saved; P switches to presentation mode. It listens on 127.0.0.1 unless \
            --host says otherwise, and serves only files under DIR. Ctrl-C stops it.
            """)

    /// The folder to serve.
    @Argument(help: "Folder with theory files (default: the current folder).")
    public var folder: String = "."

    /// Port.
    @Option(help: "Port to listen on (0 picks a free one).")
    public var port: Int = 8080

    /// Host.
    @Option(help: "Address to listen on.")
    public var host: String = "127.0.0.1"

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
        do {
            try await PreviewServer(folder: folder, host: host, port: port).run { line in
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
        } catch {
            FileHandle.standardError.write(Data("toc: cannot serve on \(host):\(port): \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
