"""`toc lsp` driven by a real LSP client (pytest-lsp, on pygls).

    TOC=.build/debug/toc python3 -m pytest -q Tests/lsp

Run by `LanguageServerTests` in `swift test`.
"""
import atexit
import shutil
import os
import pathlib
import subprocess
import sys
import tempfile

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient


def scratch_folder(prefix):
    """A temporary folder, removed when the script ends."""
    folder = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, folder, True)
    return folder

TOC = os.path.abspath(os.environ.get("TOC", ".build/debug/toc"))
FOLDER = pathlib.Path(scratch_folder(prefix="toc-lsp-"))
URI = (FOLDER / "kladde.ft").as_uri()
TEXT = (
    "forandringsteori:   Café 😀 i kælderen\n"
    "område uddannelse: Uddannelse\n"
    "aktivitet lektiecafé: Lektiecafé 😀 for børn\n"
    "  område: uddannelse\n"
    "  -> deltagelse\n"
    "output deltagelse: 40 børn deltager\n"
    "  område: uddannelse\n"
    "  -> trivsl\n"
    "aktivitet lektiecafé: Igen\n"
)


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[TOC, "lsp"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=types.ClientCapabilities(general=types.GeneralClientCapabilities(
            position_encodings=[types.PositionEncodingKind.Utf16])),
        locale="da"))
    yield
    await lsp_client.shutdown_session()


async def opened(client, text=TEXT, uri=URI):
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="ft", version=1, text=text)))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return client.diagnostics.get(uri, [])


@pytest.mark.asyncio
async def test_diagnostics_have_rule_ids_danish_messages_and_utf16_positions(client: LanguageClient):
    found = await opened(client)
    by_code = {d.code: d for d in found}
    assert "undefined-reference" in by_code and "duplicate-id" in by_code, [d.code for d in found]
    undefined = by_code["undefined-reference"]
    assert "trivsl" in undefined.message and "ingen node" in undefined.message  # Danish, as `toc check --lang da`
    assert undefined.range.start == types.Position(line=7, character=5)
    assert undefined.range.end == types.Position(line=7, character=11)
    duplicate = by_code["duplicate-id"]
    assert duplicate.range.start.line == 8
    assert duplicate.related_information and duplicate.related_information[0].location.range.start.line == 2
    assert all(d.source == "toc" for d in found)


@pytest.mark.asyncio
async def test_a_change_gives_new_diagnostics(client: LanguageClient):
    await opened(client)
    fixed = TEXT.replace("trivsl", "deltagelse").replace("aktivitet lektiecafé: Igen\n", "")
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    codes = [d.code for d in client.diagnostics[URI]]
    assert "undefined-reference" not in codes and "duplicate-id" not in codes, codes


@pytest.mark.asyncio
async def test_formatting_is_exactly_toc_fmt(client: LanguageClient):
    await opened(client, TEXT.replace("aktivitet lektiecafé: Igen\n", ""))
    edits = await client.text_document_formatting_async(types.DocumentFormattingParams(
        text_document=types.TextDocumentIdentifier(uri=URI), options=types.FormattingOptions(tab_size=2, insert_spaces=True)))
    expected = subprocess.run([TOC, "fmt", "-"], input=TEXT.replace("aktivitet lektiecafé: Igen\n", ""),
                              capture_output=True, text=True).stdout
    assert len(edits) == 1 and edits[0].new_text == expected
    assert edits[0].range.start == types.Position(line=0, character=0)


@pytest.mark.asyncio
async def test_symbols_are_areas_then_their_nodes(client: LanguageClient):
    await opened(client)
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        text_document=types.TextDocumentIdentifier(uri=URI)))
    assert symbols[0].name == "uddannelse"
    assert [child.name for child in symbols[0].children] == ["lektiecafé", "deltagelse"]
    assert symbols[0].children[0].selection_range.start == types.Position(line=2, character=10)


@pytest.mark.asyncio
async def test_definition_and_references_across_an_included_file(client: LanguageClient):
    part = FOLDER / "del.ft"
    part.write_text("output fælles: Fælles output 😀\n  -> mål_x\nmål mål_x: Målet\n", encoding="utf-8")
    text = "inkluder: del.ft\naktivitet a: A\n  -> fælles\naktivitet b: B\n  -> fælles, mål_x\n"
    uri = (FOLDER / "med.ft").as_uri()
    await opened(client, text, uri)
    where = await client.text_document_definition_async(types.DefinitionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=2, character=7)))
    assert where.uri == part.as_uri() and where.range.start == types.Position(line=0, character=7)
    found = await client.text_document_references_async(types.ReferenceParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=4, character=6),
        context=types.ReferenceContext(include_declaration=True)))
    assert sorted((f.uri == uri, f.range.start.line) for f in found) == [(False, 0), (True, 2), (True, 4)]


@pytest.mark.asyncio
async def test_rename_everywhere_and_refuse_bad_or_taken_names(client: LanguageClient):
    await opened(client)
    edit = await client.text_document_rename_async(types.RenameParams(
        text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line=5, character=9),
        new_name="deltagere"))
    changes = edit.changes[URI]
    assert sorted(c.range.start.line for c in changes) == [4, 5] and all(c.new_text == "deltagere" for c in changes)
    for bad in ["9x", "lektiecafé", "to ord"]:
        with pytest.raises(Exception):
            await client.text_document_rename_async(types.RenameParams(
                text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line=5, character=9),
                new_name=bad))


@pytest.mark.asyncio
async def test_completion_offers_ids_areas_and_keywords(client: LanguageClient):
    text = TEXT.replace("  -> trivsl\n", "  -> \n  område: ud\nres")
    await opened(client, text)
    def at(line, character):
        return client.text_document_completion_async(types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line=line, character=character)))
    ids = await at(7, 5)
    labels = {i.label: i.detail for i in ids.items}
    # The page's offers (Pipeline.completions): not areas, and never the node's own id.
    assert labels.get("lektiecafé", "").startswith("aktivitet: ") and "deltagelse" not in labels and "uddannelse" not in labels
    areas = await at(8, 12)
    assert [i.label for i in areas.items] == ["uddannelse"]
    keywords = await at(9, 3)
    assert "resultat" in [i.label for i in keywords.items]


@pytest.mark.asyncio
async def test_hover_tells_level_label_area_keyword_and_rule(client: LanguageClient):
    text = TEXT.replace("aktivitet lektiecafé: Igen\n", "") + "mål godt: Flere trives\n  ansvarlig: Boligsocialt team\n"
    await opened(client, text)
    def at(line, character):
        return client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line=line, character=character)))
    node = (await at(4, 7)).contents.value
    assert "output" in node and "40 børn deltager" in node and "uddannelse" in node
    keyword = (await at(2, 2)).contents.value
    assert "aktivitet" in keyword and "noget, indsatsen gør" in keyword
    rule = (await at(7, 5)).contents.value
    assert "undefined-reference" in rule and "ingen erklærer" in rule


@pytest.mark.asyncio
async def test_folding_and_code_actions(client: LanguageClient):
    text = TEXT.replace("aktivitet lektiecafé: Igen\n", "") + "mål godt: Flere trives\n"
    found = await opened(client, text)
    folds = await client.text_document_folding_range_async(types.FoldingRangeParams(
        text_document=types.TextDocumentIdentifier(uri=URI)))
    assert any(f.start_line == 2 and f.end_line == 4 for f in folds), folds
    undefined = next(d for d in found if d.code == "undefined-reference")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=URI), range=undefined.range,
        context=types.CodeActionContext(diagnostics=[undefined])))
    titles = [a.title for a in actions]
    assert "Erklær 'trivsl' som resultat" in titles, titles
    unmeasured = next(d for d in found if d.code == "unmeasured-goal")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=URI), range=unmeasured.range,
        context=types.CodeActionContext(diagnostics=[unmeasured])))
    edit = actions[0].edit.changes[URI][0]
    assert actions[0].title == "Tilføj en indikator" and "indikator:" in edit.new_text
    # The skeleton parses: applied, the goal is measured.
    lines = text.split("\n")
    lines.insert(edit.range.start.line, edit.new_text.rstrip("\n"))
    result = subprocess.run([TOC, "check", "--format", "json", "-"], input="\n".join(lines), capture_output=True, text=True)
    assert "unmeasured-goal" not in result.stdout and "parse-error" not in result.stdout, result.stdout


@pytest.mark.asyncio
async def test_a_typo_gets_the_nearest_id(client: LanguageClient):
    text = TEXT.replace("aktivitet lektiecafé: Igen\n", "").replace("  -> deltagelse\n", "  -> deltagelsee\n")
    found = await opened(client, text)
    typo = next(d for d in found if d.code == "undefined-reference" and d.range.start.line == 4)
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=URI), range=typo.range,
        context=types.CodeActionContext(diagnostics=[typo])))
    fix = next(a for a in actions if a.is_preferred)
    assert fix.title == "Ret til 'deltagelse'" and fix.edit.changes[URI][0].new_text == "deltagelse"


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[TOC, "lsp"]))
async def utf8_client(lsp_client: LanguageClient):
    result = await lsp_client.initialize_session(types.InitializeParams(
        capabilities=types.ClientCapabilities(general=types.GeneralClientCapabilities(
            position_encodings=[types.PositionEncodingKind.Utf8, types.PositionEncodingKind.Utf16])),
        locale="en"))
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_utf8_positions_and_english_messages_when_the_client_asks(utf8_client: LanguageClient):
    found = await opened(utf8_client, "aktivitet a: Café 😀\n  -> bå\n")
    undefined = next(d for d in found if d.code == "undefined-reference")
    assert undefined.range.start == types.Position(line=1, character=5)
    assert undefined.range.end == types.Position(line=1, character=8)  # "bå" is 3 bytes
    assert undefined.message == "no node has the id 'bå'", undefined.message  # as `toc check --lang en`


@pytest.mark.asyncio
async def test_findings_in_an_included_file_go_to_that_file(client: LanguageClient):
    part = FOLDER / "del2.ft"
    part.write_text("output fælles2: Fælles\n  -> ukendt_id\n", encoding="utf-8")
    uri = (FOLDER / "med2.ft").as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=uri, language_id="ft", version=1, text="inkluder: del2.ft\naktivitet a: A\n  -> fælles2\n")))
    for _ in range(5):
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if part.as_uri() in client.diagnostics:
            break
    included = client.diagnostics.get(part.as_uri(), [])
    assert any(d.code == "undefined-reference" and d.range.start == types.Position(line=1, character=5) for d in included), included
