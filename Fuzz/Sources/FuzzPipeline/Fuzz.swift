import TocChecks
import TocModel
import TocRender
import TocSyntax

/// libFuzzer's entry: any bytes as a theory file, through parsing, the
/// model, every rule (all on) and the DOT text. A crash, a hang or a
/// sanitizer report is a bug; so is a finding outside the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let source = SourceFile(path: "fuzz.ft", data: bytes)
    var settings = RuleSettings()
    settings.everyRule = true
    let checked = Checker(settings: settings).check(source, loader: MemoryLoader(files: [:]))
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
