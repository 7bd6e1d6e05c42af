@preconcurrency import CGraphviz
import Foundation
import TocPlatform

/// The one door to the Graphviz C library (the only file that imports it).
///
/// Graphviz is not thread-safe, not even with separate contexts, so every
/// call goes through one lock. Messages are captured with `agseterrf`
/// instead of being printed, and the error level is checked after reading
/// and after layout, so a failure becomes a `GraphvizError`, never output on
/// the terminal or a crash.
public final class Graphviz: GraphvizRunning, @unchecked Sendable {
    /// The shared instance; all drawing in the process goes through it.
    public static let shared = Graphviz()

    private let lock = NSLock()
    /// The serial queue on which `perform` runs work, off the caller's thread.
    private let queue = DispatchQueue(label: "toc.graphviz")
    /// The context with Graphviz's own plugins (Pango measures the text),
    /// for PNG and PDF, whose text Cairo and Pango draw.
    private var standardContext: OpaquePointer?
    /// The context that measures text with `toc`'s own font metrics.
    private var ownTextContext: OpaquePointer?
    private var ownTextTried = false

    private init() {}

    /// True when SVG and DOT layouts measure text with `toc`'s own reading
    /// of the DejaVu Sans files instead of Pango (see `FontMetrics`); false
    /// when the fonts or Graphviz's plugin files were not found.
    public var measuresTextItself: Bool {
        lock.lock()
        defer { lock.unlock() }
        return fastContext() != nil
    }

    /// Runs drawing work on Graphviz's serial queue and waits for it
    /// without blocking the caller's thread (an actor stays free meanwhile).
    public func perform<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: work()) }
        }
    }

    /// Runs one Graphviz job in this process, under the lock: the DOT text
    /// read and laid out, then written in the job's format.
    public func run(_ job: GraphvizJob) throws -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        guard let context = (job.ownText ? fastContext() : nil) ?? slowContext() else {
            throw GraphvizError(message: "Graphviz could not start", dotLine: nil)
        }
        // One laid-out graph at a time: Graphviz keeps per-context layout
        // state, and two live layouts in one context crash it.
        let graph = try layOut(job.dot, context: context, dpi: job.dpi, engine: job.engine)
        defer { close(graph, context: context) }
        return try write(graph, format: job.format, context: context)
    }

    private func write(_ graph: UnsafeMutablePointer<Agraph_t>, format: String, context: OpaquePointer) throws -> [UInt8] {
        GraphvizMessages.begin()
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(context, graph, format, &data, &length) == 0, let data,
              GraphvizMessages.succeeded() else {
            throw GraphvizMessages.failure(default: "Graphviz could not write \(format)")
        }
        defer { gvFreeRenderData(data) }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }

    /// Reads and lays out DOT text; the caller closes the graph.
    private func layOut(
        _ dot: String, context: OpaquePointer, dpi: Int?, engine: String = "dot"
    ) throws -> UnsafeMutablePointer<Agraph_t> {
        GraphvizMessages.begin()
        guard let graph = StableReader.read(dot), GraphvizMessages.succeeded() else {
            throw GraphvizMessages.failure(default: "Graphviz could not read the diagram")
        }
        if let dpi { _ = agsafeset(UnsafeMutableRawPointer(graph), mutable("dpi"), mutable("\(dpi)"), mutable("96")) }
        guard gvLayout(context, graph, engine) == 0, GraphvizMessages.succeeded() else {
            gvFreeLayout(context, graph)
            agclose(graph)
            throw GraphvizMessages.failure(default: "Graphviz could not lay out the diagram")
        }
        return graph
    }

    private func close(_ graph: UnsafeMutablePointer<Agraph_t>, context: OpaquePointer) {
        gvFreeLayout(context, graph)
        agclose(graph)
    }

    private func slowContext() -> OpaquePointer? {
        if standardContext == nil { standardContext = gvContext() }
        return standardContext
    }

    private func fastContext() -> OpaquePointer? {
        if !ownTextTried {
            ownTextTried = true
            ownTextContext = OwnTextLayout.makeContext()
        }
        return ownTextContext
    }

    private func mutable(_ text: String) -> UnsafeMutablePointer<CChar> {
        // agsafeset copies its arguments into Graphviz's string pool.
        ConstantStrings.pointer(for: text)
    }
}

/// Reads DOT text with object ids that follow the order of the text.
///
/// Graphviz's default id discipline uses the address of each name's string
/// as the id of a named object, and keeps subgraphs ordered by id. Clusters
/// are named, so their order, and with it the layout, would follow heap
/// addresses: the same text drawn twice in one process could come out
/// different. Here named objects get ids from Graphviz's own counter, in the
/// order they are read (the names are kept in Graphviz's internal map).
enum StableReader {
    nonisolated(unsafe) private static var counter: IDTYPE = 1

    nonisolated(unsafe) private static let discipline: UnsafeMutablePointer<Agdisc_t> = {
        let ids = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
        ids.initialize(to: AgIdDisc)
        ids.pointee.map = { _, _, name, id, _ in
            // Returning 0 for a name makes cgraph ask again without it and
            // remember the name itself.
            guard name == nil, let id else { return 0 }
            id.pointee = StableReader.counter
            StableReader.counter += 2
            return 1
        }
        let memory = UnsafeMutablePointer<Agmemdisc_t>.allocate(capacity: 1)
        memory.initialize(to: AgMemDisc)
        let io = UnsafeMutablePointer<Agiodisc_t>.allocate(capacity: 1)
        io.initialize(to: AgIoDisc)
        let disc = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
        disc.initialize(to: Agdisc_t(mem: memory, id: ids, io: io))
        return disc
    }()

    /// Parses DOT text from memory; nil when Graphviz cannot read it.
    static func read(_ text: String) -> UnsafeMutablePointer<Agraph_t>? {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        return bytes.withUnsafeMutableBytes { buffer -> UnsafeMutablePointer<Agraph_t>? in
            guard let file = fmemopen(buffer.baseAddress, buffer.count, "r") else { return nil }
            defer { fclose(file) }
            return agread(UnsafeMutableRawPointer(file), discipline)
        }
    }
}

/// Collects what Graphviz says during one call (always under the lock).
enum GraphvizMessages {
    nonisolated(unsafe) private static var text = ""

    private static let handler: agusererrf = { message in
        if let message { GraphvizMessages.text += String(cString: message) }
        return 0
    }

    static func begin() {
        text = ""
        _ = agseterrf(handler)
        _ = agseterr(AGWARN)
        _ = agreseterrors()
    }

    /// True when the step gave no error. The level is read with
    /// `agreseterrors()`, which returns the highest level since the last reset
    /// and starts a new count: `agerrors()` alone would also report the level
    /// of the last message of an earlier, failed call.
    static func succeeded() -> Bool {
        agreseterrors() < Int32(AGERR.rawValue)
    }

    /// The error for the messages collected so far.
    static func failure(default message: String) -> GraphvizError {
        GraphvizError(messages: text, default: message)
    }
}

/// A Graphviz context whose text sizes come from `FontMetrics` instead of
/// Pango. Graphviz's `gvContext()` loads Pango, Cairo and Fontconfig and
/// reads every font configuration before the first layout, which costs more
/// than laying out a workshop-sized theory. This context holds just four
/// plugins: the `dot` layout, the `neato` layouts (for `nop2`, which draws
/// edges between pinned boxes) and the core renderers (SVG), loaded from
/// Graphviz's plugin folder, and a text-layout plugin of our own.
enum OwnTextLayout {
    /// Graphviz's text-layout entry (`gvtextlayout_engine_t` holds just this
    /// one function pointer, so a pointer to it is a pointer to the engine).
    typealias TextLayoutFunction = @convention(c) (
        UnsafeMutablePointer<textspan_t>?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    ) -> boolean

    nonisolated(unsafe) static var regular: FontMetrics?
    nonisolated(unsafe) static var bold: FontMetrics?

    static let fontFolders = [
        "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF",
        "/usr/share/fonts/dejavu-sans-fonts", "/usr/local/share/fonts",
    ]

    /// Graphviz calls this for every piece of text it lays out. The sizes
    /// follow Graphviz's Pango plugin: the width rounded up, the height 1.1
    /// times the font size, the centre line 0.2 times it below the middle.
    private static let measure: TextLayoutFunction = { span, _ in
        guard let span, let font = span.pointee.font, let name = font.pointee.name, let text = span.pointee.str,
              strcasecmp(name, Theme.font) == 0,
              let metrics = font.pointee.flags & 1 != 0 ? OwnTextLayout.bold : OwnTextLayout.regular
        else { return 0 }
        let size = font.pointee.size
        span.pointee.size.x = (metrics.width(of: String(cString: text), size: size) + 1).rounded(.down)
        span.pointee.size.y = (size * 1.1 + 0.5).rounded(.down)
        // The baseline as Pango places it at 96 dpi, in points.
        span.pointee.yoffset_layout = (metrics.ascender * size * 96 / 72 / metrics.unitsPerEm).rounded(.up) * 0.75
        span.pointee.yoffset_centerline = 0.2 * size
        span.pointee.layout = nil
        span.pointee.free_layout = nil
        return 1
    }

    /// The context, or nil when a font or plugin is missing (the caller then
    /// uses Graphviz's standard context).
    static func makeContext() -> OpaquePointer? {
        guard let folder = fontFolders.first(where: { access("\($0)/DejaVuSans.ttf", R_OK) == 0 }),
              let regular = FontMetrics(path: "\(folder)/DejaVuSans.ttf"),
              let bold = FontMetrics(path: "\(folder)/DejaVuSans-Bold.ttf"),
              let plugins = pluginFolder(),
              let layout = library(in: plugins, file: "libgvplugin_dot_layout", symbol: "gvplugin_dot_layout_LTX_library"),
              let core = library(in: plugins, file: "libgvplugin_core", symbol: "gvplugin_core_LTX_library")
        else { return nil }
        let neato = library(in: plugins, file: "libgvplugin_neato_layout", symbol: "gvplugin_neato_layout_LTX_library")
        Self.regular = regular
        Self.bold = bold

        let engine = UnsafeMutablePointer<TextLayoutFunction>.allocate(capacity: 1)
        engine.initialize(to: measure)
        let types = UnsafeMutablePointer<gvplugin_installed_t>.allocate(capacity: 2)
        types[0] = gvplugin_installed_t(
            id: 0, type: UnsafePointer(strdup("textlayout")), quality: 100,
            engine: UnsafeMutableRawPointer(engine), features: nil)
        types[1] = gvplugin_installed_t(id: 0, type: nil, quality: 0, engine: nil, features: nil)
        let apis = UnsafeMutablePointer<gvplugin_api_t>.allocate(capacity: 2)
        apis[0] = gvplugin_api_t(api: API_textlayout, types: types)
        apis[1] = gvplugin_api_t(api: api_t(rawValue: 0), types: nil)
        let own = UnsafeMutablePointer<gvplugin_library_t>.allocate(capacity: 1)
        own.initialize(to: gvplugin_library_t(packagename: strdup("toc"), apis: apis))

        // Graphviz installs every entry whose name starts with "g" and
        // contains "_LTX_library"; demand loading off, so it reads no config.
        let symbols = UnsafeMutablePointer<lt_symlist_t>.allocate(capacity: 5)
        symbols[0] = lt_symlist_t(name: UnsafePointer(strdup("gvplugin_toc_text_LTX_library")), address: UnsafeMutableRawPointer(own))
        symbols[1] = lt_symlist_t(name: UnsafePointer(strdup("gvplugin_dot_layout_LTX_library")), address: layout)
        symbols[2] = lt_symlist_t(name: UnsafePointer(strdup("gvplugin_core_LTX_library")), address: core)
        symbols[3] = neato.map { lt_symlist_t(name: UnsafePointer(strdup("gvplugin_neato_layout_LTX_library")), address: $0) }
            ?? lt_symlist_t(name: nil, address: nil)
        symbols[4] = lt_symlist_t(name: nil, address: nil)
        return gvContextPlugins(symbols, 0)
    }

    /// Graphviz's plugin folder: `GVBINDIR`, else `graphviz/` beside the
    /// libgvc this process loaded (where Graphviz itself looks).
    private static func pluginFolder() -> String? {
        if let folder = ProcessInfo.processInfo.environment["GVBINDIR"], !folder.isEmpty { return folder }
        return POSIX.folderOfLoadedLibrary(named: "libgvc.").map { $0 + "/graphviz" }
    }

    private static func library(in folder: String, file: String, symbol: String) -> UnsafeMutableRawPointer? {
        for name in ["\(file).so.6", "\(file).so"] {
            guard let handle = dlopen("\(folder)/\(name)", RTLD_NOW | RTLD_LOCAL) else { continue }
            if let address = dlsym(handle, symbol) { return address }
        }
        return nil
    }
}
