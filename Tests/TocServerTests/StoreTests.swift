import Foundation
import Testing
@testable import TocServer
import TocTestSupport

@Suite(.timeLimit(.minutes(2))) struct StoreTests {
    @Test func noticesInPlaceSavesRenamesNewAndDeletedFiles() async throws {
        let fixture = try await Fixture(["a.ft": Fixture.good])
        #expect(await fixture.store.refreshAndDraw().isEmpty)

        try fixture.write("a.ft", Fixture.good + "aktivitet b: B\n  -> m\n")
        #expect(await fixture.store.refreshAndDraw() == ["a"])
        #expect(await fixture.store.state(of: "a")?.nodeCount == 3)

        // An editor that writes a new file and renames it over the old one.
        let temporary = fixture.folder.appendingPathComponent(".a.ft.swp")
        try (Fixture.good + "aktivitet c: C\n  -> m\n").write(to: temporary, atomically: false, encoding: .utf8)
        #expect(rename(temporary.path, fixture.folder.appendingPathComponent("a.ft").path) == 0)
        #expect(await fixture.store.refreshAndDraw() == ["a"])
        #expect(await fixture.store.state(of: "a")?.nodeCount == 3)

        try fixture.write("new.ft", Fixture.good)
        #expect(await fixture.store.refreshAndDraw() == ["new"])
        try FileManager.default.removeItem(at: fixture.folder.appendingPathComponent("new.ft"))
        #expect(await fixture.store.refreshAndDraw() == ["new"])
        #expect(await fixture.store.state(of: "new") == nil)
    }

    /// A file still being written is drawn once it has settled: a save whose
    /// file was touched just now waits for the next look (issue #16), so a
    /// slow editor's half-written file never reaches the room.
    @Test func aChangeIsDrawnOnceTheFileHasSettled() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-settle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("a.ft")
        try Fixture.good.write(to: file, atomically: false, encoding: .utf8)
        let store = PreviewStore(paths: TheoryPaths(folder: folder.path), settle: 5)
        #expect(await store.refreshAndDraw() == ["a"])  // a first look draws at once
        // Half a file, written just now: not drawn yet.
        try "aktivitet a: A\n  -> ".write(to: file, atomically: false, encoding: .utf8)
        #expect(await store.refreshAndDraw().isEmpty)
        #expect(await store.state(of: "a")?.parses == true)
        // Still being written: changed again since the last look.
        try (Fixture.good + "aktivitet b: B\n").write(to: file, atomically: false, encoding: .utf8)
        #expect(await store.refreshAndDraw().isEmpty)
        // Unchanged since the last look: settled, drawn.
        #expect(await store.refreshAndDraw() == ["a"])
        #expect(await store.state(of: "a")?.nodeCount == 3)
    }

    /// An included file that disappears and comes back redraws the theory
    /// without its own file being saved (issue #14, point 11).
    @Test func anIncludedFileThatComesBackRedraws() async throws {
        let fixture = try await Fixture([
            "plan.ft": "inkluder: fælles.ft\naktivitet a: A\n  -> m\n", "fælles.ft": "mål m: M\n  indikator: I\n",
        ])
        #expect(await fixture.store.state(of: "plan")?.errors == 0)
        let shared = fixture.folder.appendingPathComponent("fælles.ft")
        try FileManager.default.removeItem(at: shared)
        #expect(await fixture.store.refreshAndDraw().sorted() == ["fælles", "plan"])
        #expect(await fixture.store.state(of: "plan")?.diagnostics.contains { $0.rule == .includeError } == true)
        try fixture.write("fælles.ft", "mål m: M\n  indikator: I\n")
        #expect(await fixture.store.refreshAndDraw().sorted() == ["fælles", "plan"])
        #expect(await fixture.store.state(of: "plan")?.diagnostics.contains { $0.rule == .includeError } == false)
    }

    @Test func subscribersHearOfEveryChange() async throws {
        let fixture = try await Fixture(["a.ft": Fixture.good])
        var streams: [AsyncStream<String>] = []
        for _ in 0..<50 { streams.append(await fixture.store.subscribe().1) }
        #expect(await fixture.store.subscriberCount == 50)
        try fixture.write("a.ft", Fixture.good + "# saved\n")
        await fixture.store.refreshAndDraw()
        for stream in streams {
            var iterator = stream.makeAsyncIterator()
            #expect(await iterator.next() == "a")
        }
    }
}

@Suite(.timeLimit(.minutes(2))) struct StoreIncludeTests {
    @Test func savingAnIncludedFileRedrawsTheTheoryThatIncludesIt() async throws {
        let plan = "forandringsteori: Plan\ninkluder: fælles/mål.ft\naktivitet a: A\n  -> m\n"
        let fixture = try await Fixture(["plan.ft": plan, "fælles/mål.ft": "mål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n"])
        #expect(await fixture.store.state(of: "plan")?.nodeCount == 2)
        #expect(await fixture.store.state(of: "plan")?.errors == 0)
        #expect(await fixture.store.refreshAndDraw().isEmpty)

        try fixture.write("fælles/mål.ft", "mål m: M\n  indikator: I\nmål n: N\n  indikator: J\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n")
        #expect(await fixture.store.refreshAndDraw().contains("plan"))
        #expect(await fixture.store.state(of: "plan")?.nodeCount == 3)
        let svg = String(decoding: await fixture.store.state(of: "plan")?.svg ?? [], as: UTF8.self)
        #expect(svg.contains("<title>n</title>"))
        // The shared file is part of the plan, not a theory of its own in the list.
        #expect(await fixture.store.listed().map(\.path) == ["plan"])
        #expect(await fixture.store.all().map(\.path) == ["fælles/mål", "plan"])
    }
}

extension PreviewStore {
    /// A look at the folder, then every drawing it asked for (drawings come
    /// in the background).
    @discardableResult
    func refreshAndDraw() async -> [String] {
        let changed = await refresh()
        await drawingsDone()
        return changed
    }
}
