#!/usr/bin/env python3
"""End-to-end test of the page's text pane (issue #16) in a real browser.

    python3 Tests/e2e/editor_e2e.py PATH/TO/toc                 # the test
    python3 Tests/e2e/editor_e2e.py PATH/TO/toc --measure 40 [NODES]   # keystroke-to-diagram latency
    python3 Tests/e2e/editor_e2e.py PATH/TO/toc --screenshots DIR

The test types a theory into the pane key by key and sees the diagram
follow without a save; completion offers ids after `->`; Ctrl-S writes the
file; a change on disk meanwhile offers both versions and loses nothing; a
reload keeps unsaved text; a new theory is made from a template; and writes
from a foreign Origin or Host, without the token, or to a path outside the
folder are refused and write nothing. It prints "N passed, N failed".
"""
import atexit
import http.client
import json
import os
import re
import shutil
import sys
import tempfile
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from preview_e2e import Checks, browser, launch, wait_for, save  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
from importlib import import_module  # noqa: E402


def scratch_folder(prefix):
    """A temporary folder, removed when the script ends."""
    folder = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, folder, True)
    return folder

generate = import_module("generate-theory").theory

START = "forandringsteori: Lektiecafé i Bispehaven\nperiode: 2026-2029\n"


def start(toc, folder, extra=()):
    """`toc serve`, its address and its token."""
    server, match = launch(toc, folder, extra, r"(http://[^ /]+/)\?token=([0-9a-f]+)")
    return server, match.group(1), match.group(2)


def request(address, method, path, body=b"", headers=None, host=None):
    """One raw HTTP request (so that Host and Origin can be anything)."""
    netloc = address.split("//")[1].rstrip("/")
    connection = http.client.HTTPConnection(netloc, timeout=10)
    connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
    connection.putheader("Host", host or netloc)
    for name, value in (headers or {}).items():
        connection.putheader(name, value)
    connection.putheader("Content-Length", str(len(body)))
    connection.endheaders()
    connection.send(body)
    response = connection.getresponse()
    return response.status, response.read().decode(errors="replace"), dict(response.getheaders())


def type_slowly(element, text):
    for character in text:
        element.send_keys(character)


def disk(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def node_ids(driver):
    return driver.execute_script("return [...document.querySelectorAll('#toc-diagram g.node title')].map(t => t.textContent)")


def run_tests(toc):
    check = Checks()

    folder = scratch_folder(prefix="toc-editor-")
    path = os.path.join(folder, "kladde.ft")
    save(path, START)
    server, address, token = start(toc, folder)
    driver = browser()
    try:
        driver.get(f"{address}?token={token}")
        check("the token leaves the address bar", "token" not in driver.current_url)
        driver.get(address + "t/kladde")
        wait_for(driver, "return document.getElementById('toc-save-state').textContent === 'Gemt'")
        editor = driver.find_element(By.ID, "toc-editor")
        check("the text pane holds the file and has the keyboard",
              driver.execute_script("return document.activeElement.id") == "toc-editor" and editor.get_attribute("value") == START)
        editor.send_keys(Keys.CONTROL, Keys.END)
        type_slowly(editor, "aktivitet lektiecafe: Lektiecafé to gange om ugen\n  -> deltagelse\n"
                            "output deltagelse: 40 børn deltager fast\n")
        wait_for(driver, "return (window.tocDrawnText || '').endsWith('deltager fast\\n')")
        check("typing draws the diagram without a save",
              sorted(node_ids(driver)) == ["deltagelse", "lektiecafe"] and disk(path) == START, node_ids(driver))
        driver.execute_script("window.tocMarked = new Set()")
        type_slowly(editor, "resultat trivsel: Børnene trives\n")
        check("a new box is marked for a moment", wait_for(driver, "return window.tocMarked.has('trivsel')", timeout=5))
        editor.send_keys(Keys.BACKSPACE * len("resultat trivsel: Børnene trives\n"))
        type_slowly(editor, "aktivitet forældre: Forældrenetværk\n  -> del")
        wait_for(driver, "return !document.getElementById('toc-complete').hidden")
        offered = driver.find_element(By.ID, "toc-complete").text
        check("after -> the declared ids are offered with their labels",
              "deltagelse" in offered and "40 børn deltager fast" in offered and "lektiecafe" not in offered, offered)
        editor.send_keys(Keys.TAB)
        check("Tab takes the offered id", editor.get_attribute("value").endswith("  -> deltagelse"))
        editor.send_keys(Keys.CONTROL, "z")
        check("Ctrl-Z undoes the completion whole", editor.get_attribute("value").endswith("  -> del"),
              repr(editor.get_attribute("value")[-20:]))
        editor.send_keys(Keys.CONTROL, Keys.SHIFT, "z")
        check("Ctrl-Shift-Z redoes it", editor.get_attribute("value").endswith("  -> deltagelse"))
        type_slowly(editor, "\nres")
        wait_for(driver, "return !document.getElementById('toc-complete').hidden")
        check("at a line's start the keywords are offered in the file's language",
              "resultat" in driver.find_element(By.ID, "toc-complete").text)
        editor.send_keys(Keys.ESCAPE)
        editor.send_keys(Keys.BACKSPACE * 3)
        # The findings of the text as it is now (a slow machine may still be drawing an older draft).
        wait_for(driver, "return window.tocDrawnText === document.getElementById('toc-editor').value && "
                         "[...document.querySelectorAll('#findings li')].some(l => l.dataset.rule === 'orphan-activity')")
        finding = driver.execute_script(
            "const li = [...document.querySelectorAll('#findings li')].find(l => l.dataset.rule === 'orphan-activity');"
            "li.click(); const e = document.getElementById('toc-editor');"
            "return [li.title, e.value.slice(0, e.selectionStart).split('\\n').length, document.activeElement.id]")
        line = int(re.search(r"linje (\d+)", finding[0]).group(1))
        check("a click on a finding puts the cursor on its line (rule and place on hover)",
              finding[1] == line == 3 and finding[2] == "toc-editor", finding)
        selected = driver.execute_script(
            "const g = [...document.querySelectorAll('#toc-diagram g.node')].find(g => "
            "g.querySelector('title').textContent === 'deltagelse');"
            "g.dispatchEvent(new MouseEvent('click', { bubbles: true }));"
            "const e = document.getElementById('toc-editor'); return e.value.slice(e.selectionStart, e.selectionEnd)")
        check("a click on a box selects its line", selected == "output deltagelse: 40 børn deltager fast", selected)
        check("the box of the caret's line is outlined", wait_for(driver,
              "const g = document.querySelector('#toc-diagram g.node.toc-cursor');"
              "return g && g.querySelector('title').textContent === 'deltagelse'", timeout=3))
        editor.send_keys(Keys.CONTROL, Keys.END)
        editor.send_keys(Keys.CONTROL, "s")
        wait_for(driver, "return document.getElementById('toc-save-state').textContent === 'Gemt'")
        check("Ctrl-S writes the file whole", disk(path) == editor.get_attribute("value"))

        # A change on disk while the pane has unsaved text.
        type_slowly(editor, "# min ændring\n")
        theirs = disk(path) + "# ændret i et andet program\n"
        save(path, theirs)
        wait_for(driver, "return !document.getElementById('toc-conflict').hidden")
        shown = driver.find_element(By.ID, "toc-conflict").text
        check("a change on disk meanwhile offers both versions",
              "# min ændring" in shown and "# ændret i et andet program" in shown and disk(path) == theirs)
        driver.find_element(By.ID, "toc-keep-mine").click()
        wait_for(driver, "return document.getElementById('toc-save-state').textContent === 'Gemt'")
        check("keeping mine saves it over the file's", "# min ændring" in disk(path))

        type_slowly(editor, "# ikke gemt endnu\n")
        driver.refresh()
        wait_for(driver, "return document.getElementById('toc-editor').value.includes('# ikke gemt endnu')")
        check("a reload keeps unsaved text", "ikke gemt" in driver.find_element(By.ID, "toc-save-state").text.lower())
        wait_for(driver, "return document.getElementById('toc-save-state').textContent === 'Gemt'", timeout=6)
        check("a pause saves by itself", "# ikke gemt endnu" in disk(path))

        driver.set_window_size(640, 800)
        check("at 640 px wide the pane, the diagram and the findings stack, nothing wider than the window",
              wait_for(driver, "const p = document.getElementById('toc-pane').getBoundingClientRect(),"
                               " d = document.getElementById('toc-diagram').getBoundingClientRect();"
                               "return innerWidth === 640 && document.documentElement.scrollWidth <= 640 &&"
                               " d.top >= p.bottom - 1 && d.width > 600", timeout=5))
        driver.set_window_size(1400, 900)
        driver.find_element(By.ID, "toc-fold").click()
        check("the pane folds away and the diagram takes the width", driver.execute_script(
            "return getComputedStyle(document.getElementById('toc-pane')).display === 'none' && "
            "document.getElementById('toc-diagram').getBoundingClientRect().width > 900"))
        driver.find_element(By.ID, "toc-fold").click()

        save(os.path.join(folder, "english.ft"), "theory: Jobs for young residents\nactivity jobcafe: Job café\n")
        end = time.time() + 10
        while request(address, "GET", "/t/english.json")[0] != 200 and time.time() < end:
            time.sleep(0.05)
        driver.get(address + "t/english")
        wait_for(driver, "return document.getElementById('toc-save-state').textContent === 'Gemt'")
        english = driver.find_element(By.ID, "toc-editor")
        english.send_keys(Keys.CONTROL, Keys.END)
        type_slowly(english, "  ta")
        wait_for(driver, "return !document.getElementById('toc-complete').hidden")
        offered = driver.execute_script(
            "return [...document.querySelectorAll('#toc-complete li')].map(li => li.firstChild.textContent)")
        check("a file written in English is offered English keywords",
              "target-group" in offered and "målgruppe" not in offered, offered)
        english.send_keys(Keys.ESCAPE)

        driver.get(address)
        driver.find_element(By.ID, "toc-new-name").send_keys("helhedsplan 2026")
        driver.find_element(By.CSS_SELECTOR, "#toc-new-template option[value=masterPlan]").click()
        driver.find_element(By.CSS_SELECTOR, "#toc-new button").click()
        wait_for(driver, "return location.pathname === '/t/helhedsplan%202026'")
        wait_for(driver, "return document.querySelectorAll('#toc-diagram g.cluster').length === 0 && "
                         "document.getElementById('toc-save-state').textContent === 'Gemt'")
        made = disk(os.path.join(folder, "helhedsplan 2026.ft"))
        check("New theory starts a master plan with Landsbyggefonden's four areas",
              "område kriminalitet: Kriminalitetsforebyggelse" in made)

        # A big theory takes a while to draw: the page says so meanwhile.
        save(os.path.join(folder, "stor.ft"), generate(1500))
        driver.get(address)
        wait_for(driver, "return document.querySelector('a[href=\"/t/stor\"]') !== null || location.reload()", timeout=20)
        driver.get(address + "t/stor")
        said = wait_for(driver, "return document.querySelector('#toc-diagram p.toc-nothing')?.textContent", timeout=10)
        wait_for(driver, "return document.querySelector('#toc-diagram svg') !== null", timeout=180)
        check("a page opened on a 1,500-node theory says «Tegnes …» until its diagram comes", said == "Tegnes …", said)

        for name, ok in presentation(address, token, folder):
            check(name, ok)
        for name, ok in guards(address, token, folder):
            check(name, ok)
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=10)
    return check.summary()


def presentation(address, token, folder, shots=None):
    """A 41-node, three-area theory on a 1280x720 projector: presentation
    mode (full screen) shows one area at a time with box text of at least 18 px."""
    with open(os.path.join(HERE, "..", "Fixtures", "workshop-41.ft"), encoding="utf-8") as handle:
        save(os.path.join(folder, "skovparken.ft"), handle.read())
    end = time.time() + 10
    while request(address, "GET", "/t/skovparken.json")[0] != 200 and time.time() < end:
        time.sleep(0.05)
    driver = browser(size=(1280, 720))
    try:
        driver.get(f"{address}?token={token}")
        driver.get(address + "t/skovparken")
        wait_for(driver, "return document.querySelectorAll('#toc-diagram g.node').length === 41", timeout=20)
        # The page itself gets 1280x720 (the window's frame comes on top).
        driver.set_window_size(1280, 720 + 720 - driver.execute_script("return innerHeight"))
        wait_for(driver, "return innerWidth === 1280 && innerHeight === 720")
        if shots:
            time.sleep(0.5)
            driver.save_screenshot(os.path.join(shots, "editor-1280x720.png"))
        # Headless Chromium's full screen keeps a strip of window frame; a
        # projector's does not. The page stays at the 1280x720 it has.
        driver.execute_script("Element.prototype.requestFullscreen = function () { return Promise.resolve(); }")
        driver.find_element(By.ID, "toc-present").click()
        wait_for(driver, "return window.tocPresentation && window.tocPresentation.area === 'uddannelse'", timeout=20)
        first = driver.execute_script("return window.tocPresentation")
        size = driver.execute_script("return [innerWidth, innerHeight]")
        results = [(f"presentation on a 1280x720 screen ({size[0]}x{size[1]}) shows one area at a time, "
                    f"box text at least 18 px ({first['pixels']:.1f})", first["pixels"] >= 18 and size == [1280, 720])]
        if shots:
            driver.save_screenshot(os.path.join(shots, "present-1280x720.png"))
        driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ARROW_RIGHT)
        wait_for(driver, "return window.tocPresentation && window.tocPresentation.area === 'beskæftigelse'", timeout=20)
        second = driver.execute_script("return window.tocPresentation")
        results.append((f"the arrow key pages to the next area, still at least 18 px ({second['pixels']:.1f})",
                        second["pixels"] >= 18))
        results.append(("no title or legend in presentation", driver.execute_script(
            "return ![...document.querySelectorAll('#toc-diagram svg g.graph text')]"
            ".some(t => t.textContent.includes('Helhedsplan for Skovparken'))")))
        save(os.path.join(folder, "skovparken.ft"), disk(os.path.join(folder, "skovparken.ft")) + "aktivitett fejl\n")
        wait_for(driver, "return getComputedStyle(document.getElementById('toc-mark')).display === 'block'", timeout=10)
        results.append(("a save that does not parse shows a mark in presentation mode", True))
        return results
    finally:
        driver.quit()


def guards(address, token, folder):
    """Writes without the token, from a foreign Origin or Host, or to paths
    outside the folder: refused, and nothing changes on disk."""
    netloc = address.split("//")[1].rstrip("/")
    before = {name: disk(os.path.join(folder, name)) for name in os.listdir(folder) if name.endswith(".ft")}
    own = {"X-Toc-Token": token, "Origin": f"http://{netloc}"}
    status, _, headers = request(address, "GET", "/t/kladde.ft")
    tag = headers.get("ETag", "")
    cases = [
        ("no token", "PUT", "/t/kladde.ft", {"Origin": own["Origin"], "If-Match": tag}, None, 403),
        ("a wrong token", "PUT", "/t/kladde.ft", {**own, "X-Toc-Token": "0" * 32, "If-Match": tag}, None, 403),
        ("a foreign Origin", "PUT", "/t/kladde.ft", {**own, "Origin": "http://evil.example", "If-Match": tag}, None, 403),
        ("a foreign Host", "PUT", "/t/kladde.ft", {**own, "If-Match": tag}, "evil.example", 421),
        ("a foreign Origin, previewing", "POST", "/t/kladde/preview", {**own, "Origin": "http://evil.example"}, None, 403),
        ("no token and no If-Match (guards first)", "PUT", "/t/kladde.ft", {"Origin": own["Origin"]}, None, 403),
    ]
    results = []
    for name, method, path, headers, host, expected in cases:
        status, _, _ = request(address, method, path, b"aktivitet x: X\n", headers, host)
        results.append((f"refused ({expected}): {name}", status == expected))
    for escape in ["/t/..%2Fude.ft", "/t/%2E%2E/ude.ft", "/t/sub/../../ude.ft", "/t/.skjult.ft", "/t/%2Ftmp%2Fude.ft",
                   "/t/ude%00.ft", "/t/..%5Cude.ft"]:
        status, _, _ = request(address, "PUT", escape, b"x", {**own, "If-None-Match": "*"})
        results.append((f"refused ({status}): a write to {escape}", status in (400, 403, 404)))
    after = {name: disk(os.path.join(folder, name)) for name in os.listdir(folder) if name.endswith(".ft")}
    parent = os.path.dirname(folder)
    results.append(("nothing refused was written", after == before and not os.path.exists(os.path.join(parent, "ude.ft"))
                    and not os.path.exists("/tmp/ude.ft")))
    return results


def measure(toc, rounds, nodes=100):
    """Keystroke to diagram, in the browser, on a generated theory of `nodes` nodes."""
    folder = scratch_folder(prefix="toc-typing-")
    path = os.path.join(folder, "theory.ft")
    save(path, generate(nodes))
    server, address, token = start(toc, folder)
    driver = browser()
    try:
        driver.get(f"{address}?token={token}")
        driver.get(address + "t/theory")
        wait_for(driver, f"return document.querySelectorAll('#toc-diagram g.node').length >= {nodes}", timeout=120)
        editor = driver.find_element(By.ID, "toc-editor")
        editor.send_keys(Keys.CONTROL, Keys.END)
        driver.execute_script("window.tocLatencies = []")
        for round_ in range(rounds):
            editor.send_keys(f"# {round_}"[round_ % 3] if round_ % 3 else "\n")
            time.sleep(0.25)
        time.sleep(1)
        latencies = sorted(driver.execute_script("return window.tocLatencies"))
        timings = driver.execute_script("return window.tocTimings")
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=10)
    n = len(latencies)
    print(f"keystroke-to-diagram latency, {nodes}-node theory, {n} keystrokes (ms): min {latencies[0]:.0f}, "
          f"median {latencies[n // 2]:.0f}, p90 {latencies[int(n * 0.9) - 1]:.0f}, max {latencies[-1]:.0f}")
    parts = [sorted(column)[len(column) // 2] for column in zip(*timings)]
    print(f"median parts (ms): server and transfer {parts[0]:.0f}, drawing the SVG {parts[1]:.0f}, "
          f"findings and text {parts[2]:.0f}")
    return 0


def screenshots(toc, folder_out):
    """The pictures in docs/preview.md: the editor and the projector view at 1280x720."""
    folder = scratch_folder(prefix="toc-shots-")
    save(os.path.join(folder, "kladde.ft"), START)
    server, address, token = start(toc, folder)
    try:
        os.makedirs(folder_out, exist_ok=True)
        for name, ok in presentation(address, token, folder, shots=folder_out):
            print(("ok   " if ok else "FAIL ") + name)
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    toc_path = os.path.abspath(sys.argv[1])
    if len(sys.argv) > 3 and sys.argv[2] == "--screenshots":
        sys.exit(screenshots(toc_path, os.path.abspath(sys.argv[3])))
    if len(sys.argv) > 3 and sys.argv[2] == "--measure":
        sys.exit(measure(toc_path, int(sys.argv[3]), int(sys.argv[4]) if len(sys.argv) > 4 else 100))
    sys.exit(run_tests(toc_path))
