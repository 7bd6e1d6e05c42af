"""Issue #28: the deck for a board, opened with python-pptx.

The portfolio comes first (the plans ranked, the goals in trouble, the
statuses and each intervention area as charts PowerPoint draws itself),
findings are in plain words (no file, no line), a plan's statuses are a chart.
"""
import os
import shutil
import subprocess
import tempfile

import pytest
from pptx import Presentation

TOC = os.environ.get("TOC", ".build/debug/toc")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
THEORIES = os.path.join(ROOT, "theories")
MEASURED = os.path.join(THEORIES, "helhedsplan-vollsmose.maalinger.csv")


@pytest.fixture
def deck():
    folder = tempfile.mkdtemp(prefix="toc-deck-")
    out = os.path.join(folder, "deck.pptx")
    result = subprocess.run([TOC, "report", THEORIES, "--measurements", MEASURED, "-o", out],
                            capture_output=True, text=True)
    assert os.path.exists(out), result.stderr
    yield Presentation(out)
    shutil.rmtree(folder, ignore_errors=True)


def title(slide):
    return slide.shapes[0].text_frame.text


def test_the_portfolio_comes_first(deck):
    titles = [title(s) for s in deck.slides]
    assert titles[0] == "Overblik" and titles[1] == "Planerne, flest problemer først", titles[:4]
    assert titles[2].startswith("Mål uden indikator")
    areas = titles.index("Beskæftigelse")
    first_diagram = next(i for i, t in enumerate(titles) if "(illustrativ)" in t)
    assert areas < first_diagram
    ranked = deck.slides[1].shapes[1].text_frame.text.splitlines()
    assert ranked[0].startswith("Workshopkladde"), ranked


def test_statuses_are_charts_powerpoint_draws(deck):
    charts = [s for s in deck.slides if any(shape.has_chart for shape in s.shapes)]
    assert len(charts) >= 6
    chart = next(shape.chart for shape in charts[0].shapes if shape.has_chart)
    xml = chart._chartSpace.xml
    # One series per status, each named with its symbol and word.
    assert len(chart.plots[0].series) == 5
    for name in ["✔ nået", "↗ på vej", "▼ bagud", "○ ingen data", "? kan ikke vurderes"]:
        assert f"<c:v>{name}</c:v>" in xml, name
    vollsmose = [s for s in charts if "Vollsmose" in title(s) and "fremgang" in title(s)]
    assert vollsmose, [title(s) for s in charts]


def test_findings_are_plain_words_for_a_board(deck):
    findings = [s for s in deck.slides if title(s).startswith("Fund:")]
    assert findings
    text = "\n".join(s.shapes[1].text_frame.text for s in findings)
    assert "Aktivitet uden mål: «" in text, text
    assert "linje" not in text and ".ft" not in text, text
