import TocSyntax

/// The two HTML pages. Every piece of text from a theory is escaped; the
/// pages run only `/static/preview.js` (the content security policy forbids
/// inline scripts), so nothing a label says can run.
enum Pages {
    static func escape(_ text: String) -> String {
        HTMLText.escape(text)
    }

    /// Percent-encodes a theory path for a URL, keeping `/`.
    static func urlPath(_ path: String) -> String {
        PathEncoding.encode(path)
    }

    static func head(_ title: String) -> String {
        """
        <!doctype html>
        <html lang="da"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <link rel="stylesheet" href="/static/preview.css">
        <script src="/static/preview.js" defer></script>
        </head>
        """
    }

    static func index(_ states: [TheoryState]) -> String {
        var rows = ""
        for state in states {
            let title = state.title ?? state.path
            rows += "<tr><td><a href=\"/t/\(escape(urlPath(state.path)))\">\(escape(title))</a>"
            rows += "<div class=\"path\">\(escape(state.path)).ft</div></td>"
            rows += "<td class=\"num\">\(state.nodeCount)</td>"
            rows += "<td class=\"num\(state.errors > 0 ? " bad" : "")\">\(state.errors)</td>"
            rows += "<td class=\"num\(state.warnings > 0 ? " warn" : "")\">\(state.warnings)</td></tr>\n"
        }
        if states.isEmpty {
            rows = "<tr><td colspan=\"4\" data-t=\"empty\">Ingen forandringsteorier (*.ft) i mappen.</td></tr>"
        }
        return head("toc") + """
            <body data-page="index">
            <header><h1 data-t="theories">Forandringsteorier</h1>
            <button id="lang" type="button">English</button></header>
            <main class="index"><table>
            <thead><tr><th data-t="theory">Teori</th><th data-t="nodes">Noder</th>
            <th data-t="errors">Fejl</th><th data-t="warnings">Advarsler</th></tr></thead>
            <tbody>
            \(rows)</tbody></table></main>
            </body></html>
            """
    }

    static func theory(_ state: TheoryState) -> String {
        let title = state.title ?? state.path
        return head(title) + """
            <body data-page="theory" data-path="\(escape(state.path))" data-url="\(escape(urlPath(state.path)))">
            <header><a href="/" data-t="all">Alle teorier</a><h1 id="title">\(escape(title))</h1>
            <button id="present" type="button" data-t="present">Præsentation (P)</button>
            <button id="fit" type="button" data-t="fit">Tilpas (0)</button>
            <button id="lang" type="button">English</button></header>
            <div id="banner" role="alert" hidden></div>
            <main class="theory">
            <section id="diagram" aria-label="diagram"></section>
            <aside><h2 data-t="findings">Fund</h2><ul id="findings"></ul></aside>
            </main>
            </body></html>
            """
    }
}
