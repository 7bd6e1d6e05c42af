import TocPipeline
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
        <script id="toc-words" type="application/json">\(wordsJSON)</script>
        <script id="toc-keywords" type="application/json">\(EditorWords.keywordsJSON)</script>
        \(PageAssets.scripts.map { "<script src=\"/static/\($0)\" defer></script>" }.joined(separator: "\n"))
        </head>
        """
    }

    /// The words of the page's own interface, in both languages (the
    /// findings come with their messages from the server).
    static let words: [String: LocalizedText] = EditorWords.words.merging([
        "theories": LocalizedText("Theories of change", da: "Forandringsteorier"),
        "theory": LocalizedText("Theory", da: "Teori"),
        "nodes": LocalizedText("Nodes", da: "Noder"),
        "errors": LocalizedText("Errors", da: "Fejl"),
        "warnings": LocalizedText("Warnings", da: "Advarsler"),
        "all": LocalizedText("All theories", da: "Alle teorier"),
        "findings": LocalizedText("Findings", da: "Fund"),
        "present": LocalizedText("Present (P)", da: "Præsentation (P)"),
        "fit": LocalizedText("Fit (0)", da: "Tilpas (0)"),
        "draft": LocalizedText("Draft (D)", da: "Kladde (D)"),
        "overview": LocalizedText("Overview", da: "Overblik"),
        "more": LocalizedText("and {count} more", da: "og {count} mere"),
        "draftHidden": LocalizedText(
            "Draft: {count} findings hidden from the room", da: "Kladde: {count} fund er skjult for salen"),
        "notYet": LocalizedText("«{id}» is not written yet", da: "«{id}» er ikke skrevet endnu"),
        "lastGood": LocalizedText(
            "The text does not parse; the diagram shows the last good version.",
            da: "Teksten kan ikke læses; diagrammet viser den sidste gode version."),
        "nothingDrawn": LocalizedText(
            "Nothing to draw yet: the text does not parse.", da: "Intet at tegne endnu: teksten kan ikke læses."),
        "beingDrawn": LocalizedText("Being drawn …", da: "Tegnes …"),
        "lookalike": LocalizedText(
            "Another file's name looks the same but is written with other Unicode characters; rename one:",
            da: "En anden fils navn ser ens ud, men er skrevet med andre Unicode-tegn; omdøb den ene:"),
        "download": LocalizedText("Download", da: "Hent"),
        "other": LocalizedText("Dansk", da: "English"),
        "empty": LocalizedText("No theories (*.ft) in the folder.", da: "Ingen forandringsteorier (*.ft) i mappen."),
        "none": LocalizedText("No findings: the theory hangs together.", da: "Ingen fund – teorien hænger sammen."),
        "line": LocalizedText("line {line}, column {column}", da: "linje {line}, kolonne {column}"),
        "gone": LocalizedText("The file no longer exists.", da: "Filen findes ikke længere."),
        "broken": LocalizedText(
            "The file cannot be read right now; the diagram shows the last good version.",
            da: "Filen kan ikke læses lige nu; diagrammet viser den sidste gode version."),
    ]) { first, _ in first }

    /// A word of the page in Danish (the page's first language), escaped.
    static func word(_ key: String) -> String {
        escape(words[key]?.da ?? key)
    }

    /// `{"da": {...}, "en": {...}}`, safe inside a `<script>` data block.
    static let wordsJSON: String = {
        var byLanguage: [String: [String: String]] = [:]
        for language in Language.allCases {
            byLanguage[language.rawValue] = words.mapValues { $0.text(language) }
        }
        return JSONOutput.text(byLanguage).replacingOccurrences(of: "<", with: "\\u003c")
    }()

    static func index(_ states: [TheoryState], misnamed: [String] = [], editable: Bool = false) -> String {
        var rows = ""
        // Names that differ only in Unicode form look alike (Swift groups them as equal): each gets a mark.
        let lookAlike = Set(Dictionary(grouping: states.map(\.path)) { $0 }.values
            .filter { Set($0.map(urlPath)).count > 1 }.joined().map(urlPath))
        for state in states {
            let title = state.title ?? state.path
            rows += "<tr><td><a href=\"/t/\(escape(urlPath(state.path)))\">\(escape(title))</a>"
            rows += "<div class=\"path\">\(escape(state.path)).ft</div>"
            if lookAlike.contains(urlPath(state.path)) {
                rows += "<div class=\"path bad\"><span data-t=\"lookalike\">\(word("lookalike"))</span> "
                rows += "<code>\(escape(spelled(state.path))).ft</code></div>"
            }
            rows += "</td>"
            if state.unread {
                // Listed at once; read and drawn while the server answers.
                rows += "<td class=\"num\" colspan=\"3\" data-t=\"beingDrawn\">\(word("beingDrawn"))</td></tr>\n"
                continue
            }
            rows += "<td class=\"num\">\(state.nodeCount)</td>"
            rows += "<td class=\"num\(state.errors > 0 ? " bad" : "")\">\(state.errors)</td>"
            rows += "<td class=\"num\(state.warnings > 0 ? " warn" : "")\">\(state.warnings)</td></tr>\n"
        }
        if states.isEmpty {
            rows = "<tr><td colspan=\"4\" data-t=\"empty\">\(word("empty"))</td></tr>"
        }
        return head("toc") + """
            <body data-page="index">
            <header><h1 data-t="theories">\(word("theories"))</h1>
            <button id="lang" type="button">\(word("other"))</button></header>
            <main class="index"><table>
            <thead><tr><th data-t="theory">\(word("theory"))</th><th data-t="nodes">\(word("nodes"))</th>
            <th data-t="errors">\(word("errors"))</th><th data-t="warnings">\(word("warnings"))</th></tr></thead>
            <tbody>
            \(rows)</tbody></table>
            \(misnamedList(misnamed))\(editable ? newTheoryForm : "")</main>
            </body></html>
            """
    }

    /// A name with every character beyond ASCII as its code point
    /// (`a[U+030A]rhus`), so that two look-alike names can be told apart.
    static func spelled(_ name: String) -> String {
        name.unicodeScalars.map { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return scalar.isASCII ? String(scalar) : "[U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
        }.joined()
    }

    /// `.ft.txt` files (Notepad's default), with the hint to rename them.
    static func misnamedList(_ files: [String]) -> String {
        guard !files.isEmpty else { return "" }
        let items = files.map { "<li><code>\(escape($0))</code></li>" }.joined()
        return "<section id=\"toc-misnamed\"><p data-t=\"misnamed\">\(word("misnamed"))</p><ul>\(items)</ul></section>\n"
    }

    /// The form that starts a new theory from a template.
    static var newTheoryForm: String {
        let options = ["blank", "oneArea", "masterPlan"].map {
            "<option value=\"\($0)\" data-t=\"\($0)\">\(word($0))</option>"
        }.joined()
        return """
            <form id="toc-new"><h2 data-t="newTheory">\(word("newTheory"))</h2>
            <label><span data-t="fileName">\(word("fileName"))</span>
            <input id="toc-new-name" name="name" required placeholder="helhedsplan-2026"></label>
            <label><span data-t="startFrom">\(word("startFrom"))</span> <select id="toc-new-template">\(options)</select></label>
            <button type="submit" data-t="create">\(word("create"))</button>
            <p id="toc-new-problem" role="alert" hidden></p>
            <script id="toc-templates" type="application/json">\(EditorWords.templatesJSON)</script></form>
            """
    }

    /// Links to the theory in every format the page offers to download.
    static func downloadLinks(_ path: String) -> String {
        let names: [OutputFormat: String] = [.pptx: "PowerPoint (.pptx)", .drawio: "diagrams.net (.drawio)",
                                             .mermaid: "Mermaid (.mmd)", .png: "PNG", .pdf: "PDF"]
        return PreviewRouter.downloads.map { format, _ in
            "<li><a href=\"/t/\(escape(urlPath(path))).\(format.fileExtension)\" download>\(names[format] ?? format.rawValue)</a></li>"
        }.joined()
    }

    static func theory(_ state: TheoryState, editable: Bool) -> String {
        let title = state.title ?? state.path
        return head(title) + """
            <body data-page="theory" data-path="\(escape(state.path))" data-url="\(escape(urlPath(state.path)))" \
            data-editable="\(editable)">
            <header><a href="/" data-t="all">\(word("all"))</a><h1 id="title">\(escape(title))</h1>
            <span id="toc-save-state" role="status" aria-live="polite"></span>\
            <span id="toc-note" role="status" aria-live="polite" hidden></span>
            <button id="toc-save" type="button" data-t="save">\(word("save"))</button>
            <button id="toc-fold" type="button" aria-controls="toc-pane" data-t="fold">\(word("fold"))</button>
            <button id="toc-draft" type="button" aria-pressed="false" data-t="draft">\(word("draft"))</button>
            <button id="toc-present" type="button" data-t="present">\(word("present"))</button>
            <button id="fit" type="button" data-t="fit">\(word("fit"))</button>
            <details id="toc-download"><summary data-t="download">\(word("download"))</summary><ul>\(downloadLinks(state.path))</ul></details>
            <button id="lang" type="button">\(word("other"))</button></header>
            <div id="banner" role="alert" hidden></div>
            <div id="toc-conflict" role="alertdialog" hidden></div>
            <main class="theory">
            <section id="toc-pane" aria-label="\(word("textPane"))" data-t-label="textPane">
            <div id="toc-scroller"><pre id="toc-highlight" aria-hidden="true"></pre>\
            <textarea id="toc-editor" spellcheck="false" autocapitalize="off" autocomplete="off" wrap="soft" \
            aria-label="\(word("editorLabel"))" data-t-label="editorLabel" aria-describedby="toc-keys"></textarea></div>
            <ul id="toc-complete" role="listbox" hidden></ul>
            <p id="toc-keys" data-t="keysHint">\(word("keysHint"))</p>
            </section>
            <section id="toc-diagram" aria-label="diagram"></section>
            <aside><h2 data-t="findings">\(word("findings"))</h2><ul id="findings"></ul></aside>
            <div id="toc-mark" hidden></div>
            <div id="toc-area" aria-live="polite" hidden></div>
            <section id="toc-present-findings" aria-live="polite" hidden></section>
            </main>
            </body></html>
            """
    }
}
