import Foundation
import Hummingbird
import TocPipeline
import TocPlatform
import TocSyntax

/// The routes that read and write a theory's text, the contract the page's
/// editor, tools and tests use:
///
/// - `GET /t/<path>.ft`: the text, with its `ETag`;
/// - `PUT /t/<path>.ft`: writes it whole (`AtomicWrite`), with `If-Match:
///   <etag>` (412 when stale, 428 when missing) or `If-None-Match: *` to
///   create a new theory (201); answers the new `ETag`;
/// - `POST /t/<path>/complete?at=N`: what may be typed at the draft's
///   UTF-16 offset `N` (`Pipeline.completions`, as `toc lsp` offers it);
/// - `POST /t/<path>/preview`: checks and draws a draft, writes nothing;
///   answers `{"parses", "svg", "errors", "warnings", "findings"}`.
///
/// Writes pass `WriteAccess` first (token and Origin: 403), so a refused
/// request learns nothing about the file.
enum EditRoutes {
    static func add(to router: Router<BasicRequestContext>, store: PreviewStore, write: WriteAccess, dropsClosedDrafts: Bool) {
        router.put("/t/**") { request, _ in
            if let refused = refusal(request, write: write) { return refused }
            return try await save(request: request, store: store)
        }
        router.post("/t/**") { request, _ in
            if let refused = refusal(request, write: write) { return refused }
            if request.uri.path.hasSuffix("/complete") { return try await complete(request: request, store: store) }
            guard dropsClosedDrafts else { return try await preview(request: request, body: request.body, store: store) }
            // A page that has gone (or sent a newer draft on a new
            // connection) no longer waits: its draft is not drawn.
            return try await request.body.consumeWithCancellationOnInboundClose { body in
                try await preview(request: request, body: body, store: store)
            }
        }
    }

    private static func refusal(_ request: Request, write: WriteAccess) -> Response? {
        write.refusal(
            token: request.headers[.init(WriteAccess.header)!], origin: request.headers[.origin],
            authority: request.head.authority
        ).map { Response.plain(.forbidden, $0) }
    }

    /// `GET /t/<path>.ft`.
    static func text(of file: URL) -> Response {
        guard case .success(let read) = POSIX.readFile(file.path, limit: InputLimit.standard) else {
            return .plain(.notFound, "no such theory\n")
        }
        var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(bytes: read.bytes)))
        response.headers[.contentType] = "text/plain; charset=utf-8"
        response.headers[.cacheControl] = "no-store"
        response.headers[.eTag] = EntityTag.of(read.bytes)
        response.headers[.init("X-Content-Type-Options")!] = "nosniff"
        return response
    }

    static func body(of body: RequestBody) async throws -> [UInt8]? {
        var buffer = try await body.collect(upTo: InputLimit.standard + 1)
        guard buffer.readableBytes <= InputLimit.standard else { return nil }
        return buffer.readBytes(length: buffer.readableBytes) ?? []
    }

    private static func save(request: Request, store: PreviewStore) async throws -> Response {
        let raw = request.uri.path.dropFirst("/t/".count)
        guard raw.hasSuffix(".ft"), let file = store.paths.file(forNewEncoded: raw.dropLast(3)),
              let relative = store.paths.relative(file) else {
            return .plain(.forbidden, "only .ft files inside the served folder can be written\n")
        }
        // A name no file system holds (255 bytes a part): said, not echoed, before anything else.
        if let part = relative.split(separator: "/").map({ String($0) }).max(by: { $0.utf8.count < $1.utf8.count }),
           part.utf8.count + (relative.hasSuffix(part) ? 3 : 0) > 255 {
            return .plain(.badRequest, "the name is too long: \(part.utf8.count) bytes, and a name may have at most 255 (with .ft)\n")
        }
        let exists = POSIX.facts(of: file.path) != nil
        let ifMatch = request.headers[.ifMatch], ifNoneMatch = request.headers[.ifNoneMatch]
        if exists, ifNoneMatch?.trimmingCharacters(in: .whitespaces) == "*" {
            return .plain(.preconditionFailed, "a theory with that name exists already\n")
        }
        guard exists ? ifMatch != nil : ifNoneMatch?.trimmingCharacters(in: .whitespaces) == "*" else {
            return .plain(.preconditionRequired, exists
                ? "say which version you changed: If-Match with the ETag from GET\n"
                : "a new theory needs If-None-Match: *\n")
        }
        guard let bytes = try await body(of: request.body) else {
            return .plain(.contentTooLarge, "the text is larger than toc reads (\(InputLimit.standard / InputLimit.megabyte) MB)\n")
        }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .plain(.badRequest, "the text is not UTF-8\n")
        }
        let inputs = RunInputs()
        if exists {
            guard case .success(let current) = POSIX.readFile(file.path, limit: InputLimit.standard) else {
                return .plain(.conflict, "the file on disk cannot be read\n")
            }
            inputs.noteRead(file.path, facts: current.facts)
            let tag = EntityTag.of(current.bytes)
            guard let ifMatch, EntityTag.matches(ifMatch, tag) else { return stale(tag) }
        }
        do {
            try AtomicWrite.write(bytes, to: file.path, rewriting: exists, protecting: inputs)
        } catch let failure as WriteFailure where failure.reason == .changedSinceRead {
            let now = POSIX.readFile(file.path, limit: InputLimit.standard).value.map { EntityTag.of($0.bytes) }
            return stale(now ?? "")
        } catch {
            return .plain(.internalServerError, WriteFailure.message(error, writing: relative + ".ft", language: .en))
        }
        await store.refresh(written: relative)
        var response = Response.plain(exists ? .ok : .created, "saved\n")
        response.headers[.eTag] = EntityTag.of(bytes)
        if !exists { response.headers[.location] = "/t/" + (relative.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? relative) }
        return response
    }

    /// `?present=1&area=ID`: the projector's drawing of the whole, or of one
    /// area; `&clean=1` (the page's draft mode): no problem marks.
    static func presentation(of request: Request) -> RenderOptions {
        var options = RenderOptions()
        options.presentation = request.uri.queryParameters.get("present") == "1"
        options.clean = request.uri.queryParameters.get("clean") == "1"
        if options.presentation, let area = request.uri.queryParameters.get("area"), !area.isEmpty { options.area = area }
        return options
    }

    private static func stale(_ tag: String) -> Response {
        var response = Response.plain(.preconditionFailed, "the file was changed since you loaded it; nothing was written\n")
        if !tag.isEmpty { response.headers[.eTag] = tag }
        return response
    }

    private static func preview(request: Request, body requestBody: RequestBody, store: PreviewStore) async throws -> Response {
        let raw = request.uri.path.dropFirst("/t/".count)
        guard raw.hasSuffix("/preview"), let file = store.paths.file(forNewEncoded: raw.dropLast("/preview".count)),
              let relative = store.paths.relative(file) else {
            return .plain(.notFound, "no such theory\n")
        }
        guard let bytes = try await body(of: requestBody) else {
            return .plain(.contentTooLarge, "the text is larger than toc reads (\(InputLimit.standard / InputLimit.megabyte) MB)\n")
        }
        let drawn = await store.preview(
            file: file, shownAs: relative + ".ft", text: bytes, options: presentation(of: request))
        if drawn.superseded {
            return .plain(.conflict, "a newer draft of this theory came while this one waited; only the newest is drawn\n")
        }
        return PreviewRouter.json(PreviewJSON.encode(drawn, language: PreviewRouter.language(of: request)))
    }
}

extension EditRoutes {
    /// `POST /t/<path>/complete?at=N`: what may be typed at UTF-16 offset
    /// `N` of the draft in the body, from the same Swift code as `toc lsp`'s
    /// completion (`Pipeline.completions`): `{"from": N, "items": [...]}`,
    /// or `null` where nothing is completed.
    static func complete(request: Request, store: PreviewStore) async throws -> Response {
        let raw = request.uri.path.dropFirst("/t/".count).dropLast("/complete".count)
        guard store.paths.file(forNewEncoded: raw) != nil else { return .plain(.notFound, "no such theory\n") }
        guard let at = request.uri.queryParameters.get("at").flatMap({ Int($0) }), at >= 0 else {
            return .plain(.badRequest, "say where the caret is: ?at= and its offset in UTF-16 code units\n")
        }
        guard let bytes = try await body(of: request.body) else {
            return .plain(.contentTooLarge, "the text is larger than toc reads (\(InputLimit.standard / InputLimit.megabyte) MB)\n")
        }
        let offer = Pipeline.completions(in: String(decoding: bytes, as: UTF8.self), at: at)
        return PreviewRouter.json(offer.map { JSONOutput.text(CompletionJSON(from: $0.from, items: $0.items)) } ?? "null")
    }
}

/// What `POST /t/<path>/complete` answers.
struct CompletionJSON: Encodable {
    var from: Int
    var items: [CompletionOffer.Item]
}

/// What `POST /t/<path>/preview` answers.
struct PreviewJSON: Encodable {
    var parses: Bool
    var svg: String?
    var errors: Int
    var warnings: Int
    var findings: [FindingRecord]
    var areas: [AreaName]

    static func encode(_ drawn: PreviewStore.Draft, language: Language) -> String {
        JSONOutput.text(PreviewJSON(
            parses: drawn.parses, svg: drawn.svg.map { String(decoding: $0, as: UTF8.self) },
            errors: drawn.diagnostics.filter { $0.severity == .error }.count,
            warnings: drawn.diagnostics.filter { $0.severity == .warning }.count,
            findings: drawn.diagnostics.map { FindingRecord($0, language: language) }, areas: drawn.areas))
    }
}
