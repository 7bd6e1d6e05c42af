import TocChecks
import TocModel
import TocMonitor
import TocRender
import TocSyntax

/// Splits an input at lines `----` into files: the theory `fuzz.ft`, then
/// `a.ft`, `b.ft`, `c.ft` (which it and each other may include, in loops
/// too), and, when there are five parts or more, the last as a
/// measurements CSV.
func parts(_ bytes: [UInt8]) -> (theory: [UInt8], included: [String: String], measurements: [UInt8]?) {
    let separator = Array("\n----\n".utf8)
    var pieces: [[UInt8]] = []
    var start = 0, index = 0
    while index + separator.count <= bytes.count {
        if bytes[index..<index + separator.count].elementsEqual(separator) {
            pieces.append(Array(bytes[start..<index]))
            index += separator.count
            start = index
        } else {
            index += 1
        }
    }
    pieces.append(Array(bytes[start...]))
    let measurements = pieces.count >= 5 ? pieces.removeLast() : nil
    var included: [String: String] = [:]
    for (name, piece) in zip(["a.ft", "b.ft", "c.ft"], pieces.dropFirst()) {
        included[name] = String(decoding: piece, as: UTF8.self)
    }
    return (pieces[0], included, measurements)
}

/// libFuzzer's entry: any bytes as a theory file and the files it includes,
/// through parsing, include resolution, the model, every rule (all on), the
/// DOT text, and a measurements file matched to the theory. A crash, a hang
/// or a sanitizer report is a bug; so is a finding outside its file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let (theoryBytes, included, measurementBytes) = parts(bytes)
    let source = SourceFile(path: "fuzz.ft", data: theoryBytes)
    var settings = RuleSettings()
    settings.everyRule = true
    let checked = Checker(settings: settings).check(source, loader: MemoryLoader(files: included))
    for file in checked.includedSources {
        let lines = max(1, file.lines.count)
        for diagnostic in checked.diagnostics where diagnostic.file == file.path {
            precondition(diagnostic.location.line >= 1 && diagnostic.location.line <= lines + 1, "outside \(file.path)")
        }
    }
    if let measurementBytes {
        let file = MeasurementFile(path: "m.csv", bytes: measurementBytes)
        let (_, problems) = Measurements.match(file, theories: checked.theory.map { [$0] } ?? [])
        // Lines end in LF, CRLF or a lone CR, as SourceFile counts them.
        let lines = max(1, SourceFile(path: "m.csv", data: measurementBytes).lines.count)
        for problem in file.diagnostics + problems {
            precondition(problem.location.line >= 1 && problem.location.line <= lines + 1, "measurement finding outside the file")
            precondition(problem.location.column >= 1, "measurement column below 1")
        }
    }
    let lineCount = max(1, source.lines.count)
    for diagnostic in checked.diagnostics where diagnostic.file == "fuzz.ft" {
        precondition(diagnostic.location.line >= 1 && diagnostic.location.line <= lineCount + 1,
                     "finding outside the file: \(diagnostic.location)")
        precondition(diagnostic.location.column >= 1, "column below 1: \(diagnostic.location)")
    }
    if let theory = checked.theory {
        let dot = DotBuilder.build(theory, findings: checked.diagnostics).text
        precondition(dot.hasPrefix("digraph \"forandringsteori\" {") && dot.hasSuffix("}\n"))
        if let formatted = Formatter.format(source) {
            precondition(Formatter.format(SourceFile(path: "fuzz.ft", text: formatted)) == formatted, "fmt not idempotent")
        }
    }
    return 0
}

/// libFuzzer's driver (in the fuzzer runtime that -sanitize=fuzzer links).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The program's entry: SwiftPM names an executable's entry `<module>_main`
/// and makes `main` point at it, so libFuzzer's own `main` is not linked;
/// this hands the command line to libFuzzer's driver.
@_cdecl("FuzzPipeline_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzz(data, size) }
}
