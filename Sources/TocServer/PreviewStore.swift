import Foundation
import TocPipeline
import TocPlatform
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
    /// Whether the file has not been read yet (the server has just started).
    public var unread = false
    /// Whether a drawing of the file as it is now is on its way.
    public var drawing = false
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
    /// Keyed by `exact(path)`: two names that differ only in Unicode form
    /// (`å` composed or not) are two files, though Swift compares them equal.
    private var states: [String: TheoryState] = [:]
    /// The browsers' event streams (`PreviewStore+Events.swift`).
    var subscribers: [UUID: AsyncStream<String>.Continuation] = [:]
    /// Where diagrams are drawn: worker processes for `toc serve`.
    public let drawings: Drawings
    /// The newest drawing asked for each theory, and those on their way.
    private var tickets: [String: Int] = [:]
    private var underway: [Int: Task<Void, Never>] = [:]
    private var nextTicket = 0

    /// A store for the theories under a folder (call `refresh()` to read them).
    /// `settle`: how long a changed file must be left alone before it is
    /// drawn (unless it is unchanged since the last look); `drawings`: where
    /// diagrams are drawn (by default in this process).
    public init(paths: TheoryPaths, settle: Double = PreviewStore.standardSettle, drawings: Drawings = Drawings()) {
        self.paths = paths
        self.settle = settle
        self.drawings = drawings
    }

    /// Lists the theory files without reading them, so that the first page
    /// can name them while they are read and drawn (`unread`).
    public func list() {
        for path in paths.all() where states[Self.exact(path)] == nil {
            var state = TheoryState(path: path)
            state.unread = true
            states[Self.exact(path)] = state
        }
    }

    /// Waits until every drawing asked for so far has been drawn and kept.
    public func drawingsDone() async {
        while let task = underway.values.first { await task.value }
    }

    /// Every theory, sorted by path.
    public func all() -> [TheoryState] {
        states.values.sorted { $0.path == $1.path ? Self.exact($0.path) < Self.exact($1.path) : $0.path < $1.path }
    }

    /// The theories to list: all but the files that another theory includes
    /// (`inkluder:`), which are parts of it, as `toc check` treats them.
    public func listed() -> [TheoryState] {
        let parts = Set(states.values.flatMap { state in state.includes.map { IncludePath.key(paths.root.path + "/" + $0) } })
        return all().filter { !parts.contains(IncludePath.key(paths.root.path + "/" + $0.path + ".ft")) }
    }

    /// One theory, if it exists.
    public func state(of path: String) -> TheoryState? {
        states[Self.exact(path)]
    }

    /// Reads what changed on disk: new, saved and deleted files. Returns the
    /// paths that changed; each is also announced to every subscriber. Each
    /// changed theory is checked here and drawn in the background (its
    /// diagram is announced again when it arrives). `written` names a file
    /// `toc` itself has just written whole: only it is looked at, at once.
    @discardableResult
    public func refresh(written: String? = nil) async -> [String] {
        var changed: [String] = []
        let present = written.map { [$0] } ?? paths.all()
        // One pipeline per look at the folder: files included by many
        // theories are read and parsed once.
        let pipeline = Pipeline()
        for path in present where !reading.contains(Self.exact(path)) {
            let key = Self.exact(path)
            let url = paths.file(forRelative: path)
            guard let own = Self.fingerprint(of: url) else {
                if written != nil, states.removeValue(forKey: key) != nil { changed.append(path) }
                continue
            }
            if states[key]?.fingerprint == [own] + includeFingerprints(states[key]?.watched ?? []) { continue }
            // A file still being written (a slow editor, a sync tool) is drawn
            // once it has settled: unchanged since the last look, or not
            // touched for `settle`. A first look draws at once.
            if let state = states[key], !state.unread, key != written.map(Self.exact), !settled(key, own) { continue }
            // Checked off the actor: requests go on meanwhile.
            reading.insert(key)
            let checked = await Self.check(url: url, name: path + ".ft", root: paths.root, pipeline: pipeline)
            reading.remove(key)
            var state = states[key] ?? TheoryState(path: path)
            state.unread = false
            Self.apply(checked, to: &state)
            state.fingerprint = [own] + includeFingerprints(state.watched)
            if let theory = checked?.checked.theory, let file = checked {
                scheduleDrawing(path, theory, file, state: &state)
            } else {
                // A drawing still on its way is of a text that is no more:
                // its findings would hide the new ones.
                tickets[key] = nil
            }
            states[key] = state
            changed.append(path)
        }
        if written == nil {
            for key in Set(states.keys).subtracting(present.map(Self.exact)) {
                if let gone = states.removeValue(forKey: key) { changed.append(gone.path) }
            }
        }
        for path in changed { announce(path) }
        return changed
    }

    private var reading: Set<String> = []

    /// A path's key, the same only for the same bytes (percent-encoded UTF-8).
    static func exact(_ path: String) -> String { PathEncoding.encode(path) }

    /// Asks for the theory's diagram; when it comes, and is still the newest
    /// asked for, it is kept and announced.
    private func scheduleDrawing(_ path: String, _ theory: Theory, _ file: CheckedSource, state: inout TheoryState) {
        nextTicket += 1
        let ticket = nextTicket
        tickets[Self.exact(path)] = ticket
        state.drawing = true
        let drawings = drawings
        underway[ticket] = Task {
            let outcome = await drawings.draw(
                theory, findings: file.checked.diagnostics, format: .svg, options: file.diagram.applied(to: .init()),
                owner: Self.exact(path), coalescing: "saved:" + Self.exact(path))
            self.keep(outcome, of: path, ticket: ticket, checked: file)
        }
    }

    private func keep(_ outcome: Drawings.Outcome, of path: String, ticket: Int, checked: CheckedSource) {
        underway[ticket] = nil
        guard tickets[Self.exact(path)] == ticket, var state = states[Self.exact(path)], case .drawn(let diagram) = outcome
        else { return }
        state.drawing = false
        Self.apply(diagram, to: &state, checked: checked.checked)
        states[Self.exact(path)] = state
        announce(path)
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

    /// One theory file checked with its nearest `toc.yml` (a broken one is
    /// among the findings); nil when it cannot be read.
    static func check(
        url: URL, name: String, root: URL, pipeline: Pipeline, text: [UInt8]? = nil
    ) async -> CheckedSource? {
        await Task.detached {
            guard case .success(let file) = pipeline.check(file: url.path, shownAs: name, text: text, tree: root.path)
            else { return nil }
            return file
        }.value
    }

    /// What a check says of a theory: findings, includes, title, areas.
    static func apply(_ file: CheckedSource?, to state: inout TheoryState) {
        state.version += 1
        guard let file else { return }
        let checked = file.checked
        state.diagnostics = checked.diagnostics
        state.includes = checked.includedPaths
        state.watched = checked.includeNames
        guard let theory = checked.theory else {
            state.parses = false
            state.drawing = false
            return
        }
        state.parses = true
        state.title = theory.title
        state.nodeCount = theory.nodes.count
        state.areas = theory.areas.filter { area in theory.nodes.contains { $0.area == area.id } }
            .map { AreaName(id: $0.id, title: $0.label.isEmpty ? $0.id : $0.label) }
    }

    /// What drawing says: the diagram, its warnings beside the check's
    /// findings, or why it could not be drawn.
    static func apply(_ diagram: Result<RenderedDiagram, Diagnostic>, to state: inout TheoryState, checked: CheckedFile) {
        switch diagram {
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
            state.diagnostics = checked.diagnostics + [problem]
        }
    }

    private func includeFingerprints(_ includes: [String]) -> [Fingerprint?] {
        includes.map { Self.fingerprint(of: $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : paths.root.appendingPathComponent($0)) }
    }

    private static func fingerprint(of url: URL) -> Fingerprint? {
        POSIX.facts(of: url.path).map { Fingerprint(modified: $0.modified, size: $0.size, inode: Int($0.inode)) }
    }
}
