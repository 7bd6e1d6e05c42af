@preconcurrency import CGraphviz
import Foundation

/// A failure inside Graphviz, with the DOT line it names, if any.
public struct GraphvizError: Error, Equatable, Sendable {
    /// Graphviz's own words, cleaned of its prefixes.
    public var message: String
    /// The line of the DOT text Graphviz named, if it named one.
    public var dotLine: Int?
}

/// The one door to the Graphviz C library (the only file that imports it).
///
/// Graphviz is not thread-safe, not even with separate contexts, so every
/// call goes through one lock. Messages are captured with `agseterrf`
/// instead of being printed, and the error level is checked after reading
/// and after layout, so a failure becomes a `GraphvizError`, never output on
/// the terminal or a crash.
public final class Graphviz: @unchecked Sendable {
    /// The shared instance; all drawing in the process goes through it.
    public static let shared = Graphviz()

    private let lock = NSLock()
    private var context: OpaquePointer?

    private init() {}

    /// Lays out DOT text with the `dot` engine and renders it to `format`
    /// (`svg`, `png`, `pdf`, ...), at `dpi` when given.
    public func render(dot: String, format: String, dpi: Int? = nil) throws -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        if context == nil { context = gvContext() }
        guard let context else { throw GraphvizError(message: "Graphviz could not start", dotLine: nil) }
        GraphvizMessages.begin()

        guard let graph = StableReader.read(dot), GraphvizMessages.succeeded() else {
            throw GraphvizMessages.failure(default: "Graphviz could not read the diagram")
        }
        defer { agclose(graph) }
        if let dpi { _ = agsafeset(UnsafeMutableRawPointer(graph), mutable("dpi"), mutable("\(dpi)"), mutable("96")) }

        guard gvLayout(context, graph, "dot") == 0, GraphvizMessages.succeeded() else {
            throw GraphvizMessages.failure(default: "Graphviz could not lay out the diagram")
        }
        defer { gvFreeLayout(context, graph) }

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
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let errors = lines.filter { $0.hasPrefix("Error") }
        guard let first = errors.first ?? lines.first else { return GraphvizError(message: message, dotLine: nil) }
        var cleaned = first
        for prefix in ["Error:", "Warning:", "Error", "Warning"] where cleaned.hasPrefix(prefix) {
            cleaned = String(cleaned.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        var line: Int?
        if let range = cleaned.range(of: "in line ") {
            line = Int(cleaned[range.upperBound...].prefix(while: \.isNumber))
        }
        return GraphvizError(message: cleaned.isEmpty ? message : cleaned, dotLine: line)
    }
}

/// C strings that live as long as the process, for the few fixed attribute
/// names and values passed to Graphviz.
enum ConstantStrings {
    nonisolated(unsafe) private static var cache: [String: UnsafeMutablePointer<CChar>] = [:]

    static func pointer(for text: String) -> UnsafeMutablePointer<CChar> {
        if let existing = cache[text] { return existing }
        let pointer = strdup(text)!
        cache[text] = pointer
        return pointer
    }
}
