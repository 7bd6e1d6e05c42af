"""Issue #28: `toc report -o rapport.docx`, opened with real readers.

Run by OfficeTests (Swift) with TOC set to the built binary: python-docx
reads the document (Word's heading styles, A4, margins, tables that fit
the page, pictures with alt text, charts, a page break before each plan);
LibreOffice Writer (headless) prints it to PDF and pdfinfo/pdftotext read
the pages back. With TOC_SCREENSHOTS=DIR the first page is saved there.
"""
import os
import shutil
import subprocess
import tempfile
import zipfile

import pytest
from docx import Document
from docx.shared import Mm

TOC = os.environ.get("TOC", ".build/debug/toc")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
THEORIES = os.path.join(ROOT, "theories")
MEASURED = os.path.join(THEORIES, "helhedsplan-vollsmose.maalinger.csv")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def folder():
    path = tempfile.mkdtemp(prefix="toc-word-")
    yield path
    shutil.rmtree(path, ignore_errors=True)


def report(folder, *extra, env=None):
    out = os.path.join(folder, "rapport.docx")
    result = subprocess.run([TOC, "report", THEORIES, "--measurements", MEASURED, "-o", out, *extra],
                            capture_output=True, text=True, env=env)
    assert os.path.exists(out), result.stderr
    return out, result


def english_machine():
    env = dict(os.environ)
    env["LANG"] = "en_GB.UTF-8"
    env.pop("LC_ALL", None)
    return env


def test_word_styles_a4_and_a_page_per_plan(folder):
    path, _ = report(folder, env=english_machine())
    document = Document(path)
    # A4 with 2 cm margins on every section (landscape ones turned).
    for section in document.sections:
        short, long = sorted([section.page_width, section.page_height])
        assert abs(short - Mm(210)) < Mm(1) and abs(long - Mm(297)) < Mm(1)
        assert abs(section.left_margin - Mm(20)) < Mm(1)
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    ones = [text for style, text in headings if style == "Heading 1"]
    # Danish plans give a Danish document on an English machine.
    assert ones[:2] == ["Overblik", "Indsatsområder på tværs af planerne"], ones
    assert "Boligsocial helhedsplan for Bispehaven 2023-2026 (illustrativ)" in ones
    assert "Beskæftigelse" in [text for style, text in headings if style == "Heading 2"]
    # Each plan starts on a new page (or a section of its own).
    body = document.element.body
    for paragraph in document.paragraphs:
        if paragraph.style.name == "Heading 1" and paragraph.text not in ones[:1]:
            breaks = paragraph._p.findall(f"{W}pPr/{W}pageBreakBefore")
            previous = paragraph._p.getprevious()
            section_end = previous is not None and previous.find(f"{W}pPr/{W}sectPr") is not None
            assert breaks or section_end, paragraph.text


def test_tables_fit_the_page_and_columns_keep_their_words(folder):
    path, _ = report(folder)
    document = Document(path)
    assert len(document.tables) >= 10
    for table in document.tables:
        widths = [int(w.get(f"{W}w")) for w in table._tbl.findall(f"{W}tblGrid/{W}gridCol")]
        # Text width: 170 mm portrait, 257 mm landscape, in twips.
        assert sum(widths) <= 14570 and min(widths) >= 300, widths
    overview = document.tables[0]
    assert [c.text for c in overview.rows[0].cells][:2] == ["Teori", "Indsatsområder"]
    # Ranked: the workshop draft with its errors first.
    assert overview.rows[1].cells[0].text.startswith("Workshopkladde")
    # The heading row repeats on each page.
    assert overview.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None


def test_pictures_have_alt_text_and_charts_are_words_own(folder):
    path, _ = report(folder)
    parts = zipfile.ZipFile(path).namelist()
    charts = [p for p in parts if p.startswith("word/charts/")]
    images = [p for p in parts if p.startswith("word/media/")]
    assert len(images) >= 7 and len(charts) >= 5, parts
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    descriptions = xml.count('descr="')
    assert descriptions >= len(images) + len(charts)
    assert 'descr=""' not in xml
    assert "Forandringsteori med" in xml  # the diagram's text alternative
    chart = zipfile.ZipFile(path).read(charts[0]).decode()
    assert "Aktivitet uden mål" in chart and "orphan-activity" not in chart


def test_libreoffice_writer_prints_it_on_a4(folder):
    path, _ = report(folder)
    result = subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", folder, path],
                            capture_output=True, text=True, timeout=240)
    pdf = os.path.join(folder, "rapport.pdf")
    assert os.path.exists(pdf), result.stderr
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    assert "595.3" in info and "841.8" in info, info
    pages = int([line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")][0])
    assert 10 <= pages <= 60, pages
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    for words in ["Overblik", "Mål uden indikator", "Beskæftigelse", "Fortælling", "Måleplan"]:
        assert words in text, words
    shots = os.environ.get("TOC_SCREENSHOTS")
    if shots:
        subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", pdf, os.path.join(shots, "word-page")], check=True)


def test_lang_still_chooses(folder):
    path, _ = report(folder, "--lang", "en")
    ones = [p.text for p in Document(path).paragraphs if p.style.name == "Heading 1"]
    assert ones[:2] == ["Overview", "Intervention areas across the plans"], ones
