"""`toc lsp` survives every bad input it may be sent as document text: the
files in Tests/BadInput and Tests/Regressions, the fuzzer's seeds, and the
fuzzer's whole corpus (Fuzz/corpus, present where `scripts/fuzz.sh` has
run), each sent as the text of one open document, then answers a request.
"""
import glob
import os

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

TOC = os.path.abspath(os.environ.get("TOC", ".build/debug/toc"))
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
URI = "file:///tmp/toc-lsp-robust/t.ft"


def inputs():
    paths = []
    for pattern in ["Tests/BadInput/*", "Tests/Regressions/*.ft", "Fuzz/seeds/*", "Fuzz/corpus/pipeline/*"]:
        paths += sorted(glob.glob(os.path.join(ROOT, pattern)))
    return paths


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[TOC, "lsp"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_every_bad_input_is_survived(client: LanguageClient):
    paths = inputs()
    assert len(paths) >= 12
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=URI, language_id="ft", version=1, text="")))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    for version, path in enumerate(paths, 2):
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8", errors="replace")
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        # Every feature on the text, at its start.
        position = types.Position(line=0, character=1)
        document = types.TextDocumentIdentifier(uri=URI)
        await client.text_document_hover_async(types.HoverParams(text_document=document, position=position))
        await client.text_document_completion_async(types.CompletionParams(text_document=document, position=position))
        await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=document))
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        text_document=types.TextDocumentIdentifier(uri=URI)))
    assert symbols is not None
