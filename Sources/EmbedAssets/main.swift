import Foundation

// Writes a Swift file holding the text of every file in a folder, so the
// page's JavaScript, CSS and HTML live as files in the repository and are
// still inside the one `toc` binary (as d2 does with `//go:embed`).
//
//     EmbedAssets <folder> <output.swift>
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: EmbedAssets <folder> <output.swift>\n".utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: arguments[1])
let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    .filter { !$0.hasPrefix(".") }
    .sorted()
var swift = """
    // Written by the EmbedPageAssets build plugin from Sources/TocServer/Assets; do not edit.

    /// The page's files (Sources/TocServer/Assets), by name, as written there.
    enum EmbeddedAssets {
        /// Each file's text, by its name.
        static let files: [String: String] = [

    """
for name in names {
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    // A raw string whose delimiter the text cannot end early.
    var hashes = "#"
    while text.contains("\"" + hashes) { hashes += "#" }
    swift += "        \"\(name)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
}
swift += "    ]\n}\n"
let output = URL(fileURLWithPath: arguments[2])
if FileManager.default.contents(atPath: output.path) != Data(swift.utf8) {
    try swift.write(to: output, atomically: true, encoding: .utf8)
}
