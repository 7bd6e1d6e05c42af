import Foundation
import TocPlatform

/// One step of Graphviz work as plain data: read DOT text, lay it out with
/// an engine, write it in a format. What a drawing worker is sent.
public struct GraphvizJob: Codable, Sendable, Equatable {
    /// The DOT text.
    public var dot: String
    /// Graphviz's output format (`svg`, `png`, `pdf`, `json0`, ...).
    public var format: String
    /// Resolution for bitmaps, when given.
    public var dpi: Int?
    /// Whether text is measured with `toc`'s own font metrics (SVG and DOT
    /// drawings) rather than Pango's (PNG and PDF, whose text Cairo draws).
    public var ownText: Bool
    /// The layout engine: `dot`, or `nop2` for a drawing with every position given.
    public var engine: String

    /// A job.
    public init(dot: String, format: String, dpi: Int? = nil, ownText: Bool, engine: String = "dot") {
        self.dot = dot
        self.format = format
        self.dpi = dpi
        self.ownText = ownText
        self.engine = engine
    }
}

/// Where Graphviz work runs: in this process (`Graphviz.shared`) or in a
/// drawing worker process (`toc serve`, `toc render --time-limit`).
public protocol GraphvizRunning: Sendable {
    /// Runs one job; a Graphviz failure is a `GraphvizError`, a job stopped
    /// at its time limit a `DrawingTimeLimit`.
    func run(_ job: GraphvizJob) throws -> [UInt8]
}

/// A drawing that was stopped because it took longer than its limit.
public struct DrawingTimeLimit: Error, Equatable, Sendable {
    /// The limit, in seconds.
    public var seconds: Double

    /// The limit that was passed.
    public init(seconds: Double) { self.seconds = seconds }
}

extension GraphvizRunning {
    /// Lays out DOT text with the `dot` engine and renders it to `format`
    /// (`svg`, `png`, `pdf`, ...), at `dpi` when given. SVG (and Graphviz's
    /// own `dot`/`xdot` output) is laid out with `toc`'s font metrics when
    /// they are available, unless `pango` is true.
    ///
    /// With `finish`, the layout is not drawn as it is: `finish` is given it
    /// (Graphviz's `json0`) and returns the DOT text of the finished drawing
    /// with every position given (`Pinning`), which is drawn without a
    /// second layout (the `nop2` engine). When `finish` cannot, the layout is
    /// drawn as it is.
    public func render(
        dot: String, format: String, dpi: Int? = nil, pango: Bool = false, finish: (([UInt8]) -> String?)? = nil
    ) throws -> [UInt8] {
        let ownText = !pango && ["svg", "dot", "xdot"].contains(format)
        let plain = GraphvizJob(dot: dot, format: format, dpi: dpi, ownText: ownText)
        guard let finish else { return try run(plain) }
        let layout = try run(GraphvizJob(dot: dot, format: "json0", dpi: dpi, ownText: ownText))
        guard let finished = finish(layout) else { return try run(plain) }
        return try run(GraphvizJob(dot: finished, format: format, dpi: dpi, ownText: ownText, engine: "nop2"))
    }
}

/// How a drawing worker and its parent talk, over the worker's standard
/// input and output: a job is a 4-byte big-endian length and its JSON; an
/// answer is one byte (0: the bytes drawn; 1: a `GraphvizError` as JSON),
/// a 4-byte length and the payload.
public enum GraphvizWorkerWire {
    /// The largest frame either side accepts (a 600-node layout is about 2 MB).
    public static let largestFrame = 256 << 20

    /// A frame: the length, then the payload.
    public static func frame(_ payload: [UInt8], kind: UInt8? = nil) -> [UInt8] {
        let count = UInt32(payload.count)
        let length: [UInt8] = [UInt8(count >> 24), UInt8(count >> 16 & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count & 0xFF)]
        return (kind.map { [$0] } ?? []) + length + payload
    }

    /// The length in a frame's 4-byte header.
    public static func length(_ header: [UInt8]) -> Int {
        header.reduce(0) { $0 << 8 | Int($1) }
    }

    /// The frame of an error. A `GraphvizError` is two plain fields, so its
    /// encoding cannot fail; if it ever did, the empty error is read as
    /// the general words.
    static func errorFrame(_ error: GraphvizError) -> [UInt8] {
        frame(Array((try? JSONEncoder().encode(error)) ?? Data()), kind: 1)
    }

    /// The worker's loop: reads jobs from `input` until it closes, runs each
    /// in this process's Graphviz and writes the answers to `output`.
    public static func serve(input: Int32 = 0, output: Int32 = 1) {
        BrokenPipes.ignore()
        BrokenPipes.ignoreInterrupts()
        let decoder = JSONDecoder()
        while let header = POSIX.readExactly(input, 4) {
            let count = length(header)
            // A frame cut short or too long: the pipe is out of step, so stop (the server starts another worker).
            guard count <= largestFrame, let body = POSIX.readExactly(input, count) else { return }
            let answer: [UInt8]
            do {
                let job = try decoder.decode(GraphvizJob.self, from: Data(body))
                answer = frame(try Graphviz.shared.run(job), kind: 0)
            } catch let error as GraphvizError {
                answer = errorFrame(error)
            } catch is DecodingError {
                answer = errorFrame(GraphvizError(message: "the drawing job could not be read", dotLine: nil))
            } catch {
                answer = errorFrame(GraphvizError(message: "\(error)", dotLine: nil))
            }
            guard POSIX.writeAll(output, answer) == nil else { return }
        }
    }
}
