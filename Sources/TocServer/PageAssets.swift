/// The page's JavaScript and CSS, served from `/static/`. They are files in
/// `Sources/TocServer/Assets` (linted and unit-tested there, with
/// `node --test`), embedded into the binary at build time by the
/// `EmbedPageAssets` plugin, so `toc` needs no files beside it.
enum PageAssets {
    /// The page's scripts in the order they load: the pure ones first
    /// (`theory-text.js`, `merge.js`), then the page, the pane and its parts.
    static let scripts = [
        "theory-text.js", "merge.js", "preview.js", "findings.js", "editor.js", "save.js", "conflict.js", "start.js",
        "complete.js", "present.js", "follow.js", "keys.js",
    ]

    /// An asset's text and content type, or nil for a name that is none.
    static func file(_ name: String) -> (text: String, type: String)? {
        guard let text = EmbeddedAssets.files[name] else { return nil }
        let type = name.hasSuffix(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8"
        return (text, type)
    }
}
