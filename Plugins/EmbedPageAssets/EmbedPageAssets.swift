import Foundation
import PackagePlugin

/// Embeds the files of a target's `Assets` folder (the page's JavaScript,
/// CSS and HTML) into the target as `EmbeddedAssets.files`, rebuilt when
/// any of them changes.
@main
struct EmbedPageAssets: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = target.directoryURL.appendingPathComponent("Assets")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedAssets.swift")
        return [.buildCommand(
            displayName: "Embedding the page's assets",
            executable: try context.tool(named: "EmbedAssets").url,
            arguments: [folder.path, output.path],
            inputFiles: names.map { folder.appendingPathComponent($0) },
            outputFiles: [output])]
    }
}
