import Foundation
import TocPipeline
import Hummingbird
import ServiceLifecycle
import TocSyntax

/// The preview's routes:
///
/// - `/`: the theories under the folder, with title, nodes, errors, warnings;
/// - `/t/<path>`: a theory's page; `/t/<path>.svg` its current diagram;
///   `/t/<path>.json` its findings and versions, messages in `?lang=da|en`
///   (default: from `Accept-Language`);
/// - `/t/<path>.ft`: its text (`EditRoutes` also writes it and previews drafts);
/// - `/events`: server-sent events, one `change` per changed theory;
/// - `/static/<name>`: the page's code (`PageAssets`: preview.js, editor.js,
///   complete.js, present.js, preview.css).
///
/// Anything outside the folder, or not a theory, is 404.
public enum PreviewRouter {
    /// Builds the router over a store; with `access`, requests for another
    /// `Host` are refused and event streams are capped. With
    /// `dropsClosedDrafts` (a live server, not a test's router), a draft
    /// whose connection closes before its turn is not drawn.
    public static func make(
        store: PreviewStore, access: ServerAccess? = nil, write: WriteAccess = WriteAccess(readOnly: true),
        dropsClosedDrafts: Bool = false
    ) -> Router<BasicRequestContext> {
        let editable = !write.readOnly
        let router = Router()
        router.add(middleware: SecurityHeaders())
        if let access { router.add(middleware: HostCheck(access: access)) }
        EditRoutes.add(to: router, store: store, write: write, dropsClosedDrafts: dropsClosedDrafts)
        let maxStreams = access?.maxEventStreams ?? Int.max
        router.get("/") { _, _ in
            html(Pages.index(await store.listed(), misnamed: store.paths.misnamed(), editable: editable))
        }
        router.get("/static/:name") { _, context in
            guard let name = context.parameters.get("name"), let asset = PageAssets.file(name) else {
                throw HTTPError(.notFound)
            }
            return text(asset.text, type: asset.type)
        }
        router.get("/events") { _, _ in
            // Each stream holds a connection open; past the cap, say so
            // rather than run out of file descriptors.
            guard await store.subscriberCount < maxStreams else {
                var response = text(
                    "toc serve: too many open pages (\(maxStreams)); close some, or raise --max-event-streams\n",
                    type: "text/plain; charset=utf-8")
                response.status = .serviceUnavailable
                response.headers[.init("Retry-After")!] = "5"
                return response
            }
            return events(store: store)
        }
        router.get("/t/**") { request, _ in
            try await theory(request: request, store: store, editable: editable)
        }
        return router
    }

    private static func theory(request: Request, store: PreviewStore, editable: Bool) async throws -> Response {
        let raw = request.uri.path.dropFirst("/t/".count)
        if raw.hasSuffix(".ft") {
            guard let file = store.paths.file(forEncoded: raw.dropLast(3)) else { throw HTTPError(.notFound) }
            return EditRoutes.text(of: file)
        }
        for (suffix, kind) in [(".svg", "svg"), (".json", "json")] where raw.hasSuffix(suffix) {
            guard let path = await known(raw.dropLast(suffix.count), store: store),
                  let state = await store.state(of: path) else { throw HTTPError(.notFound) }
            if kind == "json" { return json(StateJSON.encode(state, language: language(of: request))) }
            var svg = state.svg
            let options = EditRoutes.presentation(of: request)
            if options.presentation || options.clean, let file = store.paths.file(forEncoded: raw.dropLast(suffix.count)) {
                svg = await store.preview(file: file, shownAs: path + ".ft", text: nil, options: options).svg
            }
            guard let svg else { throw HTTPError(.notFound) }
            var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(bytes: svg)))
            response.headers[.contentType] = "image/svg+xml"
            response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'"
            response.headers[.cacheControl] = "no-store"
            return response
        }
        for (format, type) in downloads {
            let suffix = "." + format.fileExtension
            guard raw.hasSuffix(suffix) else { continue }
            guard let path = await known(raw.dropLast(suffix.count), store: store),
                  let file = store.paths.file(forEncoded: raw.dropLast(suffix.count)) else { throw HTTPError(.notFound) }
            let bytes: [UInt8]
            switch await store.export(file: file, shownAs: path + ".ft", format: format, language: language(of: request)) {
            case .success(let made): bytes = made
            case .failure(let refusal): return .plain(refusal.unprocessable ? .unprocessableContent : .notFound, refusal.message)
            }
            var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
            response.headers[.contentType] = type
            let name = (path as NSString).lastPathComponent + suffix
            let ascii = String(name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
            let encoded = name.addingPercentEncoding(withAllowedCharacters: Self.attributeCharacters) ?? ascii
            response.headers[.contentDisposition] = "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
            response.headers[.cacheControl] = "no-store"
            return response
        }
        guard let path = await known(raw, store: store), let state = await store.state(of: path) else {
            throw HTTPError(.notFound)
        }
        return html(Pages.theory(state, editable: editable))
    }

    /// The characters RFC 5987 lets stand unencoded in `filename*`.
    static let attributeCharacters = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$&+-.^_`|~")

    /// What the page offers to download, and as which media type.
    static let downloads: [(OutputFormat, String)] = [
        (.pptx, "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        (.drawio, "application/vnd.jgraph.mxfile"), (.mermaid, "text/vnd.mermaid; charset=utf-8"),
        (.png, "image/png"), (.pdf, "application/pdf"),
    ]

    /// The language a request asks for: `?lang=da|en`, else the first of
    /// `Accept-Language` that `toc` speaks, else English.
    static func language(of request: Request) -> Language {
        if let asked = request.uri.queryParameters.get("lang"), let language = Language(rawValue: asked) { return language }
        let accepted = request.headers[.acceptLanguage] ?? ""
        for part in accepted.split(separator: ",") {
            let tag = part.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            if tag.hasPrefix("da") { return .da }
            if tag.hasPrefix("en") { return .en }
        }
        return .en
    }

    /// The store's path for an encoded URL path, if it names a theory inside the folder.
    private static func known(_ encoded: Substring, store: PreviewStore) async -> String? {
        guard let file = store.paths.file(forEncoded: encoded) else { return nil }
        var relative = file.standardizedFileURL.path
        let root = store.paths.root.path + "/"
        guard relative.hasPrefix(root) else { return nil }
        relative.removeFirst(root.count)
        return String(relative.dropLast(3))
    }

    private static func events(store: PreviewStore) -> Response {
        var response = Response(status: .ok, body: .init { writer in
            let (id, stream) = await store.subscribe()
            defer { Task { await store.unsubscribe(id) } }
            try await writer.write(ByteBuffer(string: "retry: 1000\n: connected\n\n"))
            // An event stream never ends by itself: end it when the server
            // shuts down, or Ctrl-C would wait for every open browser.
            try await withGracefulShutdownHandler {
                for await path in stream {
                    // An empty path is the heartbeat (`PreviewStore.heartbeat`).
                    let event = path.isEmpty ? ": ping\n\n" : "event: change\ndata: \(StateJSON.quote(path))\n\n"
                    try await writer.write(ByteBuffer(string: event))
                }
            } onGracefulShutdown: {
                Task { await store.unsubscribe(id) }
            }
            try await writer.finish(nil)
        })
        response.headers[.contentType] = "text/event-stream"
        response.headers[.cacheControl] = "no-store"
        return response
    }

    static func html(_ page: String) -> Response {
        var response = text(page, type: "text/html; charset=utf-8")
        response.headers[.contentSecurityPolicy] =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'"
        return response
    }

    static func json(_ body: String) -> Response {
        text(body, type: "application/json; charset=utf-8")
    }

    static func text(_ body: String, type: String) -> Response {
        var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: body)))
        response.headers[.contentType] = type
        response.headers[.cacheControl] = "no-store"
        response.headers[.init("X-Content-Type-Options")!] = "nosniff"
        return response
    }
}
