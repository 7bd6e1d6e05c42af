import Foundation
import TocChecks
import TocModel
import TocPipeline
import TocPlatform
import TocRender
import TocSyntax

/// What the server knows of one theory file.
public struct TheoryState: Sendable {
    /// The path below the served folder, without `.ft`.
    public var path: String
    /// The theory's title, from its last good parse.
    public var title: String?
    /// Nodes in the last good parse.
    public var nodeCount = 0
    /// Errors and warnings now (parse problems included).
    public var diagnostics: [Diagnostic] = []
    /// The last diagram that could be drawn; kept while the file does not parse.
    public var svg: [UInt8]?
    /// Whether the file, as it is now, parses.
    public var parses = true
    /// Raised on every change of the file.
    public var version = 0
    /// Raised when `svg` changes.
    public var diagramVersion = 0
    /// The areas with nodes, in file order, from the last good parse.
    public var areas: [AreaName] = []
    /// Modification time, size and inode of the file and of the files it
    /// includes, to notice saves of any kind.
    var fingerprint: [Fingerprint?]?
    /// The files it includes, relative to the served folder.
    var includes: [String] = []
    /// Every file its includes name, present or missing: watched, so that
    /// a file that comes back redraws the theory.
    var watched: [String] = []

    /// Errors now.
    public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    /// Warnings now.
    public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
}

/// An area as the page names it.
public struct AreaName: Sendable, Encodable, Equatable {
    /// Its id.
    public var id: String
    /// Its title.
    public var title: String
}

struct Fingerprint: Equatable {
    var modified: Double
    var size: Int
    var inode: Int
}

/// The theories under one folder, kept current, and the browsers to tell.
public actor PreviewStore {
    /// Where the theories are.
    public let paths: TheoryPaths
    private var states: [String: TheoryState] = [:]
    private var subscribers: [UUID: AsyncStream<String>.Continuation] = [:]
    /// How many diagrams this process has drawn (Graphviz leaks a little each time).
    public private(set) var renderCount = 0

    /// A store for the theories under a folder (call `refresh()` to read them).
    /// `settle`: how long a changed file must be left alone before it is
    /// drawn (unless it is unchanged since the last look).
    public init(paths: TheoryPaths, settle: Double = PreviewStore.standardSettle) {
        self.paths = paths
        self.settle = settle
    }

    /// Every theory, sorted by path.
    public func all() -> [TheoryState] {
        states.keys.sorted().compactMap { states[$0] }
    }

    /// The theories to list: all but the files that another theory includes
    /// (`inkluder:`), which are parts of it, as `toc check` treats them.
    public func listed() -> [TheoryState] {
        let parts = Set(states.values.flatMap { state in state.includes.map { IncludePath.key(paths.root.path + "/" + $0) } })
        return all().filter { !parts.contains(IncludePath.key(paths.root.path + "/" + $0.path + ".ft")) }
    }

    /// One theory, if it exists.
    public func state(of path: String) -> TheoryState? {
        states[path]
    }

    /// Reads what changed on disk: new, saved and deleted files. Returns the
    /// paths that changed; each is also announced to every subscriber.
    /// `written` names a file `toc` itself has just written whole, drawn
    /// without waiting for it to settle.
    @discardableResult
    public func refresh(written: String? = nil) async -> [String] {
        var changed: [String] = []
        let present = paths.all()
        // One pipeline per look at the folder: files included by many
        // theories are read and parsed once.
        let pipeline = Pipeline()
        for path in present {
            let url = paths.file(forRelative: path)
            guard let own = Self.fingerprint(of: url) else { continue }
            if states[path]?.fingerprint == [own] + includeFingerprints(states[path]?.watched ?? []) { continue }
            // A file still being written (a slow editor, a sync tool) is drawn
            // once it has settled: unchanged since the last look, or not
            // touched for `settle`. A first look (no state yet) draws at once.
            if states[path] != nil, path != written, !settled(path, own) { continue }
            // Checked and drawn off the actor: requests go on meanwhile.
            let redrawn = await Self.checkAndDraw(url: url, name: path + ".ft", root: paths.root, pipeline: pipeline)
            var state = states[path] ?? TheoryState(path: path)
            apply(redrawn, to: &state)
            state.fingerprint = [own] + includeFingerprints(state.watched)
            states[path] = state
            changed.append(path)
        }
        for path in Set(states.keys).subtracting(present) {
            states[path] = nil
            changed.append(path)
        }
        for path in changed { announce(path) }
        return changed
    }

    /// How long a file must be left alone before a change is drawn, by default.
    public static let standardSettle = 0.05
    private let settle: Double
    private var lastSeen: [String: Fingerprint] = [:]

    private func settled(_ path: String, _ now: Fingerprint) -> Bool {
        defer { lastSeen[path] = now }
        if lastSeen[path] == now { return true }
        return Date().timeIntervalSince1970 - now.modified >= settle
    }

    /// One theory file through the pipeline: checked with its nearest
    /// `toc.yml` (a broken one is among the findings) and drawn.
    struct Redrawn: Sendable {
        var checked: CheckedSource?
        var diagram: Result<RenderedDiagram, Diagnostic>?
    }

    private static func checkAndDraw(
        url: URL, name: String, root: URL, pipeline: Pipeline, text: [UInt8]? = nil, options: RenderOptions = .init()
    ) async -> Redrawn {
        guard case .success(let file) = pipeline.check(file: url.path, shownAs: name, text: text, tree: root.path)
        else { return Redrawn() }
        guard let theory = file.checked.theory else { return Redrawn(checked: file) }
        return Redrawn(
            checked: file,
            diagram: await Pipeline.drawInBackground(
                theory, findings: file.checked.diagnostics, format: .svg, options: file.diagram.applied(to: options)))
    }

    /// A draft as the page's editor has it: checked and drawn like a save,
    /// nothing written or kept.
    public struct Draft: Sendable {
        /// Whether the draft parses.
        public var parses = false
        /// Its diagram, when it parses and could be drawn.
        public var svg: [UInt8]?
        /// Its findings, in the order a saved file's are given.
        public var diagnostics: [Diagnostic] = []
        /// Its areas that have nodes: id and title, in file order.
        public var areas: [AreaName] = []
    }

    /// Checks and draws a draft of `file` (shown as `name`); without a
    /// draft, the file as it is on disk (a presentation of one area).
    public func preview(file: URL, shownAs name: String, text: [UInt8]?, options: RenderOptions = .init()) async -> Draft {
        let redrawn = await Self.checkAndDraw(
            url: file, name: name, root: paths.root, pipeline: Pipeline(), text: text, options: options)
        var state = TheoryState(path: name)
        apply(redrawn, to: &state)
        return Draft(
            parses: redrawn.checked != nil && state.parses, svg: state.svg, diagnostics: state.diagnostics, areas: state.areas)
    }

    private func apply(_ redrawn: Redrawn, to state: inout TheoryState) {
        state.version += 1
        guard let file = redrawn.checked else { return }
        let checked = file.checked
        state.diagnostics = checked.diagnostics
        state.includes = checked.includedPaths
        state.watched = checked.includeNames
        guard let theory = checked.theory else {
            state.parses = false
            return
        }
        state.parses = true
        state.title = theory.title
        state.nodeCount = theory.nodes.count
        state.areas = theory.areas.filter { area in theory.nodes.contains { $0.area == area.id } }
            .map { AreaName(id: $0.id, title: $0.label.isEmpty ? $0.id : $0.label) }
        renderCount += 1
        switch redrawn.diagram {
        case .success(let diagram):
            if diagram.bytes != state.svg {
                state.svg = diagram.bytes
                state.diagramVersion += 1
            }
            // A broken toc.yml stays first; the theory's findings follow by location.
            let config = checked.diagnostics.filter { $0.rule == .configError }
            state.diagnostics = config + Diagnostic.sortedByLocation(
                checked.diagnostics.filter { $0.rule != .configError } + diagram.warnings)
        case .failure(let problem):
            state.diagnostics.append(problem)
        case nil:
            break
        }
    }

    private func includeFingerprints(_ includes: [String]) -> [Fingerprint?] {
        includes.map { Self.fingerprint(of: $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : paths.root.appendingPathComponent($0)) }
    }

    private static func fingerprint(of url: URL) -> Fingerprint? {
        POSIX.facts(of: url.path).map { Fingerprint(modified: $0.modified, size: $0.size, inode: Int($0.inode)) }
    }

    // MARK: Subscribers

    /// A stream of changed paths, until the caller stops listening.
    public func subscribe() -> (UUID, AsyncStream<String>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(256))
        subscribers[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.unsubscribe(id) }
        }
        return (id, stream)
    }

    /// Stops telling one subscriber.
    public func unsubscribe(_ id: UUID) {
        subscribers.removeValue(forKey: id)?.finish()
    }

    /// Ends every event stream (the server is stopping).
    public func closeSubscribers() {
        for continuation in subscribers.values { continuation.finish() }
        subscribers.removeAll()
    }

    /// Sends every subscriber an empty path, which the event stream writes
    /// as a comment: a stream whose page has gone fails to write and ends,
    /// so its connection and memory are given back.
    public func heartbeat() {
        for continuation in subscribers.values { continuation.yield("") }
    }

    /// How many browsers are listening.
    public var subscriberCount: Int { subscribers.count }

    private func announce(_ path: String) {
        for continuation in subscribers.values { continuation.yield(path) }
    }
}
