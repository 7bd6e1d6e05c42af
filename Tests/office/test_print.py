"""Issue #28: every table of the HTML report fits A4 in print.

Chromium (headless) prints the report of theories/ with measurements to
PDF; pdftotext -bbox gives every word's box, and none may run past its
page's right edge (portrait or landscape), nor may a table heading break
inside a word.
"""
import os
import re
import shutil
import subprocess
import tempfile

TOC = os.environ.get("TOC", ".build/debug/toc")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_the_printed_report_stays_on_its_pages():
    folder = tempfile.mkdtemp(prefix="toc-print-")
    try:
        html = os.path.join(folder, "rapport.html")
        subprocess.run([TOC, "report", os.path.join(ROOT, "theories"), "-o", html, "--measurements",
                        os.path.join(ROOT, "theories", "helhedsplan-vollsmose.maalinger.csv")], capture_output=True)
        pdf = os.path.join(folder, "rapport.pdf")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}", "file://" + html], capture_output=True, timeout=180)
        boxes = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
        pages = boxes.split("<page ")[1:]
        assert len(pages) >= 10
        for number, page in enumerate(pages, 1):
            width, height = (float(v) for v in re.search(r'width="([\d.]+)" height="([\d.]+)"', page).groups())
            assert sorted([round(width), round(height)]) == [595, 842], (number, width, height)
            right = max(float(x) for x in re.findall(r'xMax="([\d.]+)"', page))
            assert right <= width - 20, f"page {number}: a word ends at {right} of {width}"
        words = re.findall(r">([^<]+)</word>", boxes)
        # Table headings keep their words whole.
        for heading in ["Aktiviteter", "Resultater", "Advarsler", "Udgangspunkt", "Målværdi"]:
            assert heading in words, heading
    finally:
        shutil.rmtree(folder, ignore_errors=True)
