import Foundation
import TocPipeline
import TocPlatform
import TocSyntax

/// Where each theory's diagram is written.
///
/// With no `-o`, diagrams go to `output/`; with `-o DIR`, to DIR. A theory
/// found in a folder keeps its path below that folder (`theories/en/x.ft`
/// given as `theories` becomes `output/en/x.svg`); a file named directly is
/// written at the top (`output/x.svg`). With `-o FILE`, the single theory is
/// written to FILE.
struct OutputPlan {
    /// The default destination folder.
    static let defaultFolder = "output"

    /// `-o -`: the one diagram goes to standard output, and messages to
    /// standard error.
    static let standardOutput = "-"

    /// A reason the plan cannot be carried out: misuse, exit status 2.
    struct Problem: Error, Equatable {
        let message: LocalizedText
    }

    /// Output path for each input file, in the same order.
    let targets: [String]

    /// Plans outputs for `paths` (as given on the command line) and the
    /// theory files they expand to.
    static func plan(
        paths: [String], files: [String], destination: String?, format: OutputFormat
    ) throws(Problem) -> OutputPlan {
        if destination == standardOutput {
            guard files.count == 1 else {
                throw Problem(message: LocalizedText(
                    "toc: -o - writes one diagram to standard output, but there are \(files.count) theories; give a folder",
                    da: "toc: -o - skriver ét diagram til standardoutput, men der er \(files.count) teorier; angiv en mappe"))
            }
            return OutputPlan(targets: [standardOutput])
        }
        let destinationIsFile = destination.map(looksLikeFile) ?? false
        if destinationIsFile {
            guard files.count == 1, let destination else {
                throw Problem(message: LocalizedText(
                    "toc: -o \(destination ?? "") names a file, but there are \(files.count) theories; give a folder",
                    da: "toc: -o \(destination ?? "") er en fil, men der er \(files.count) teorier; angiv en mappe"))
            }
            try refuseTheoryFile(destination)
            return OutputPlan(targets: [destination])
        }
        let folder = destination ?? defaultFolder
        var targets: [String] = []
        var seen: [String: String] = [:]
        for file in files {
            let relative = relativePath(of: file, givenAs: paths)
            let stem = (relative as NSString).deletingPathExtension
            let target = (folder as NSString).appendingPathComponent(stem + "." + format.fileExtension)
            if let other = seen[target] {
                throw Problem(message: LocalizedText(
                    "toc: both '\(other)' and '\(file)' would be drawn to '\(target)'; render them separately",
                    da: "toc: både '\(other)' og '\(file)' ville blive tegnet til '\(target)'; tegn dem hver for sig"))
            }
            try refuseTheoryFile(target)
            seen[target] = file
            targets.append(target)
        }
        return OutputPlan(targets: targets)
    }

    /// `-o x.svg` names a file; `-o diagrams` or an existing folder names a folder.
    private static func looksLikeFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: WorkingFolder.resolve(path), isDirectory: &isFolder) { return !isFolder.boolValue }
        let ext = (path as NSString).pathExtension.lowercased()
        return OutputFormat.allCases.map(\.fileExtension).contains(ext) || OutputFormat(fileExtension: ext) != nil || ext == "ft"
    }

    private static func refuseTheoryFile(_ target: String) throws(Problem) {
        if (target as NSString).pathExtension.lowercased() == "ft" {
            throw Problem(message: LocalizedText(
                "toc: refusing to write a diagram over the theory file '\(target)'",
                da: "toc: vil ikke skrive et diagram oven i teorifilen '\(target)'"))
        }
    }

    /// The file's path below the folder argument it was found in, or its
    /// name alone when it was named directly.
    private static func relativePath(of file: String, givenAs paths: [String]) -> String {
        for path in paths where file != path {
            let prefix = path.hasSuffix("/") ? path : path + "/"
            if file.hasPrefix(prefix) { return String(file.dropFirst(prefix.count)) }
        }
        return (file as NSString).lastPathComponent
    }
}
