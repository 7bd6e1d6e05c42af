"""The TextMate grammar in editors/vscode colours what toc reads.

Its regular expressions are Oniguruma's; Python's `regex` module (PyPI,
installed by scripts/install-deps) reads the same \\p{L} classes and inline
flags, so the grammar is tried here on every example theory.
"""
import glob
import json
import os
import re

import regex

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
GRAMMAR = json.load(open(os.path.join(ROOT, "editors", "vscode", "syntaxes", "ft.tmLanguage.json"), encoding="utf-8"))
REPO = GRAMMAR["repository"]


def spellings():
    """Every keyword spelling, read from Keyword.swift."""
    source = open(os.path.join(ROOT, "Sources", "TocSyntax", "Keyword.swift"), encoding="utf-8").read()
    block = source[source.index("public var spellings"):source.index("/// The English spelling")]
    return set(re.findall(r'"([^"]+)"', block))


def test_every_keyword_spelling_is_in_the_grammar():
    patterns = REPO["declaration"]["match"] + REPO["field"]["match"]
    missing = [word for word in spellings() if not regex.search(r"[|(]" + regex.escape(word) + r"[|)]", patterns)]
    assert not missing, missing


def line_scope(line):
    for name in ["comment", "declaration", "field"]:
        match = regex.match(REPO[name]["match"], line)
        if match:
            return name, match
    if regex.match(REPO["edge"]["begin"], line):
        return "edge", None
    return None, None


def test_every_line_of_every_example_is_recognised():
    files = glob.glob(os.path.join(ROOT, "theories", "**", "*.ft"), recursive=True)
    files += glob.glob(os.path.join(ROOT, "Tests", "Fixtures", "*.ft"))
    assert len(files) >= 8
    for path in files:
        for number, line in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
            if line.strip():
                assert line_scope(line)[0], f"{os.path.basename(path)}:{number}: {line!r}"


def test_ids_labels_and_values_get_their_scopes():
    name, match = line_scope("aktivitet lektiecafé: Lektiecafé 😀 to gange om ugen")
    assert name == "declaration" and match.group(2) == "lektiecafé" and "😀" in match.group(4)
    name, match = line_scope("    målværdi: mindst 50 % (2027)")
    assert name == "field" and match.group(1) == "målværdi"
    value = match.group(3)
    scopes = [p["name"] for p in REPO["value"]["patterns"] if regex.search(p["match"], value)]
    assert "keyword.operator.comparison.ft" in scopes and "constant.numeric.year.ft" in scopes
    ids = [m.group(0) for m in regex.finditer(REPO["edge"]["patterns"][3]["match"], "lektiecafe -> sprog-kursus -> mål_x")]
    assert ids == ["lektiecafe", "sprog-kursus", "mål_x"]
