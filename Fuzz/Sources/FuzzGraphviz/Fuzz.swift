import TocChecks
import TocModel
import TocRender
import TocSyntax

/// libFuzzer's entry: any bytes as a theory file; when it parses, its DOT
/// text goes through the real Graphviz layout and SVG output. Graphviz must
/// accept every DOT text `toc` writes, or say why without crashing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let checked = Checker().check(SourceFile(path: "fuzz.ft", data: bytes), loader: MemoryLoader(files: [:]))
    guard let theory = checked.theory, theory.nodes.count <= 200 else { return 0 }
    var options = RenderOptions()
    options.force = true
    switch Renderer.render(theory, findings: checked.diagnostics, format: .svg, options: options) {
    case .success(let diagram):
        precondition(diagram.bytes.starts(with: Array("<?xml".utf8)), "not SVG")
    case .failure(let problem):
        preconditionFailure("Graphviz refused toc's DOT: \(problem.message)")
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
@_cdecl("FuzzGraphviz_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzz(data, size) }
}
