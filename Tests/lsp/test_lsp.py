"""`toc lsp` driven by a real LSP client (pytest-lsp, on pygls).

    TOC=.build/debug/toc python3 -m pytest -q Tests/lsp

Run by `LanguageServerTests` in `swift test`.
"""
import os
import pathlib
import subprocess
import sys
import tempfile

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

TOC = os.path.abspath(os.environ.get("TOC", ".build/debug/toc"))
FOLDER = pathlib.Path(tempfile.mkdtemp(prefix="toc-lsp-"))
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
