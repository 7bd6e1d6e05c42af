#!/usr/bin/env python3
"""End-to-end test of `toc serve` in a real browser (Chromium, via selenium).

    python3 Tests/e2e/preview_e2e.py PATH/TO/toc            # the test
    python3 Tests/e2e/preview_e2e.py PATH/TO/toc --measure 30  # save-to-screen latency

The test opens a theory's page, edits the file on disk (in place, and by
writing a new file and renaming it over the old one, as editors do), and
checks that the new node appears without a reload; that a broken save keeps
the last diagram and shows a banner with line and column; that a click on a
finding highlights its node; presentation mode; the language switch; and
that label text never runs as script. It prints "N passed, N failed".

With --measure it saves a 100-node theory N times and reports, from
timestamps taken in the browser, how long each save took to reach the screen.
"""
import atexit
import shutil
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
from importlib import import_module  # noqa: E402


def scratch_folder(prefix):
    """A temporary folder, removed when the script ends."""
    folder = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, folder, True)
    return folder

generate = import_module("generate-theory").theory


class Checks:
    """The checks of one run: each printed as it is made (`check(name,
    condition, detail)`), then "N passed, N failed" and the exit status."""

    def __init__(self):
        self.results = []

    def __call__(self, name, condition, detail=""):
        self.results.append((name, bool(condition)))
        print(("ok   " if condition else "FAIL ") + name + ("" if condition or not detail else f"\n     {detail}"), flush=True)

    def summary(self):
        passed = sum(1 for _, ok in self.results if ok)
        print(f"{passed} passed, {len(self.results) - passed} failed")
        return 0 if passed == len(self.results) else 1


STATE_HOME = scratch_folder(prefix="toc-state-")


def launch(toc, folder, extra=(), pattern=r"http://[^ ]+/"):
    """Starts `toc serve` on a free port; returns it and the match of
    `pattern` in the line it prints first."""
    # Tokens are kept in a state folder of the test's own, not the user's.
    environment = dict(os.environ, XDG_STATE_HOME=STATE_HOME)
    server = subprocess.Popen([toc, "serve", folder, "--port", "0", *extra], stdout=subprocess.PIPE, text=True,
                              env=environment)
    line = server.stdout.readline()
    match = re.search(pattern, line)
    if not match:
        server.kill()
        raise RuntimeError(f"toc serve printed no address: {line!r}")
    return server, match


def start_server(toc, folder, extra=()):
    server, match = launch(toc, folder, extra)
    return server, match.group(0)


def browser(size=(1400, 900), screen=None):
    """Headless Chromium; `screen` sets the screen's size (what full screen fills)."""
    options = Options()
    flags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             f"--window-size={size[0]},{size[1]}", "--lang=da-DK"]
    if screen:
        flags.append("--screen-info={%dx%d}" % screen)
    for flag in flags:
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "da-DK,da"})
    for binary in ["/usr/bin/chromium", "/usr/bin/chromium-browser"]:
        if os.path.exists(binary):
            options.binary_location = binary
    driver_path = "/usr/bin/chromedriver"
    service = Service(driver_path) if os.path.exists(driver_path) else Service()
    return webdriver.Chrome(service=service, options=options)


def wait_for(driver, script, timeout=10.0, interval=0.01):
    end = time.time() + timeout
    while time.time() < end:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for: {script}")


def node_ids(driver):
    return driver.execute_script(
        "return [...document.querySelectorAll('#toc-diagram g.node title')].map(t => t.textContent)")


def save(path, text, by_rename=False):
    if by_rename:
        temporary = path + ".tmp~"
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temporary, path)
    else:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)


THEORY = """forandringsteori: Lektiecafé i Bispehaven
periode: 2023-2026
område uddannelse: Uddannelse og livschancer
aktivitet lektiecafe: Lektiecafé <script>window.pwned=1</script> \\N &amp;
  område: uddannelse
  -> deltagelse
output deltagelse: 40 børn deltager fast
  område: uddannelse
  -> trivsel
resultat trivsel: Børnene trives bedre
  område: uddannelse
  indikator: Andel elever med høj trivsel
    målværdi: 70% (2026)
  -> uddannelse_maal
mål uddannelse_maal: Flere unge gennemfører en ungdomsuddannelse
  område: uddannelse
"""


def check_messages(toc, path, lang):
    """The messages `toc check --lang LANG --format json` gives for a file."""
    out = subprocess.run([toc, "check", "--lang", lang, "--format", "json", path],
                         capture_output=True, text=True, timeout=60).stdout
    return [f["message"] for f in json.loads(out)["findings"]]


LABELS = {m.group(1): m.group(2).strip() for m in re.finditer(r"^\S+ (\w+): (.*)$", THEORY, re.M)}


def named(message, labels=LABELS):
    """A message as the page shows it: each 'id' of a box as «its label», shortened as the page does."""
    def label(match):
        text = labels.get(match.group(1))
        if text is None:
            return match.group(0)
        if len(text) > 42:
            text = re.sub(r"\s+\S*$", "", text[:40]) + "…"
        return f"«{text}»"
    return re.sub(r"'([\w-]+)'", label, message)


def run_tests(toc):
    check = Checks()

    folder = scratch_folder(prefix="toc-e2e-")
    path = os.path.join(folder, "lektiecafe.ft")
    save(path, THEORY)
    server, address = start_server(toc, folder)
    driver = browser()
    try:
        driver.get(address)
        check("index lists the theory", "Lektiecafé i Bispehaven" in driver.page_source)
        driver.get(address + "t/lektiecafe")
        wait_for(driver, "return document.querySelectorAll('#toc-diagram g.node').length === 4")
        check("diagram shows the four nodes", sorted(node_ids(driver)) ==
              sorted(["lektiecafe", "deltagelse", "trivsel", "uddannelse_maal"]))
        label = driver.execute_script(
            "return [...document.querySelectorAll('#toc-diagram g.node')].find(g => "
            "g.querySelector('title').textContent === 'lektiecafe').textContent").replace("\n", "")
        ok = all(part in label for part in ["<script>window.pwned=1</script>", "\\N", "&amp;"])
        check("label text is shown verbatim, not run", ok and driver.execute_script("return window.pwned") is None)
        if not ok:
            print("    label was:", repr(label))
        check("page speaks Danish for a Danish browser",
              driver.find_element(By.CSS_SELECTOR, "aside h2").text == "Fund")
        danish = [named(m) for m in check_messages(toc, path, "da")]
        shown = driver.find_element(By.ID, "findings").text
        check("findings are listed in plain Danish, as toc check --lang da says them, boxes named by their words",
              "målet «Flere unge gennemfører en…» har ingen indikator" in shown and all(m in shown for m in danish))

        driver.execute_script("window.noReloadMarker = 42")
        for round_, by_rename in [(1, False), (2, True)]:
            text = THEORY + f"aktivitet ny{round_}: Ny aktivitet {round_}\n  -> deltagelse\n"
            save(path, text, by_rename)
            wait_for(driver, f"return [...document.querySelectorAll('#toc-diagram g.node title')]"
                             f".some(t => t.textContent === 'ny{round_}')")
            check(f"new node appears after a save {'by rename' if by_rename else 'in place'}", True)
        check("no reload happened", driver.execute_script("return window.noReloadMarker") == 42)

        save(path, THEORY + "aktivitett fejl: Stavefejl\n")
        wait_for(driver, "return !document.getElementById('banner').hidden")
        banner = driver.find_element(By.ID, "banner").text
        check("a broken save shows a banner with line and column", "linje 17, kolonne 1" in banner)
        check("the banner says the parse error in Danish, as toc check --lang da does",
              check_messages(toc, path, "da")[0] in banner and "ukendt" in banner)
        check("a broken save keeps the last good diagram",
              "lektiecafe" in node_ids(driver) and len(node_ids(driver)) >= 4)
        save(path, THEORY)
        wait_for(driver, "return document.getElementById('banner').hidden")
        check("the next good save clears the banner", True)
        wait_for(driver, "return document.querySelectorAll('#toc-diagram g.node').length === 4")

        driver.find_element(By.CSS_SELECTOR, "#findings li.error").click()
        check("clicking a finding highlights its node", driver.execute_script(
            "const g = document.querySelector('#toc-diagram g.node.toc-highlight');"
            "return g && g.querySelector('title').textContent") == "uddannelse_maal")

        driver.find_element(By.TAG_NAME, "body").send_keys("p")
        check("P switches to presentation mode",
              driver.execute_script("return document.body.classList.contains('present')"))
        driver.find_element(By.TAG_NAME, "body").send_keys("p")
        driver.find_element(By.ID, "lang").click()
        check("the language switch turns the page English",
              driver.find_element(By.CSS_SELECTOR, "aside h2").text == "Findings")
        english = [named(m) for m in check_messages(toc, path, "en")]
        wait_for(driver, "return document.getElementById('findings').textContent.includes(%s)" % json.dumps(english[0]))
        shown = driver.find_element(By.ID, "findings").text
        check("after the switch the findings are the English ones of toc check --lang en",
              all(m in shown for m in english) and not any(m in shown for m in danish))

        check("50 listeners at once all hear of a save", fifty_listeners(address, path))

        os.remove(path)
        wait_for(driver, "return !document.getElementById('banner').hidden")
        check("a deleted file is said to be gone", "no longer exists" in driver.find_element(By.ID, "banner").text)
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=10)
    check("the server stops cleanly on a signal", server.returncode == 0)
    check("a drawing worker starts afresh after its budget and every save is still drawn", recycles(toc))
    return check.summary()


def fifty_listeners(address, path, count=50):
    """Opens `count` event streams, saves once, and checks that every one hears of it."""
    heard = []
    ready = threading.Barrier(count + 1, timeout=20)
    lock = threading.Lock()

    def listen():
        with urllib.request.urlopen(address + "events", timeout=20) as stream:
            stream.readline()  # retry: ...
            ready.wait()
            for raw in stream:
                if raw.startswith(b"data:") and b"lektiecafe" in raw:
                    with lock:
                        heard.append(1)
                    return

    threads = [threading.Thread(target=listen, daemon=True) for _ in range(count)]
    for thread in threads:
        thread.start()
    ready.wait()
    time.sleep(0.2)
    save(path, THEORY + "# gemt igen\n")
    for thread in threads:
        thread.join(timeout=20)
    return len(heard) == count


def recycles(toc):
    """With --recycle-after 2 the drawing worker is started afresh after two
    diagrams; the server keeps answering with the latest theory."""
    folder = scratch_folder(prefix="toc-recycle-")
    path = os.path.join(folder, "t.ft")
    save(path, THEORY)
    server, address = start_server(toc, folder, ["--recycle-after", "2"])
    try:
        drawn = True
        for round_ in range(1, 5):
            save(path, THEORY + f"aktivitet r{round_}: R\n  -> deltagelse\n")
            drawn = wait_for(driver_free_state(address, f"r{round_}"), None, timeout=10) and drawn
        return drawn and server.poll() is None
    finally:
        server.terminate()
        server.wait(timeout=10)


def driver_free_state(address, node):
    """A poller for wait_for without a browser: true once the SVG has `node`."""
    class Poll:
        def execute_script(self, _):
            try:
                with urllib.request.urlopen(address + "t/t.svg", timeout=2) as response:
                    return f"<title>{node}</title>" in response.read().decode()
            except OSError:
                return False
    return Poll()


def measure(toc, rounds):
    folder = scratch_folder(prefix="toc-latency-")
    path = os.path.join(folder, "theory.ft")
    base = generate(100)
    save(path, base)
    server, address = start_server(toc, folder)
    driver = browser()
    latencies = []
    try:
        driver.get(address + "t/theory")
        wait_for(driver, "return document.querySelectorAll('#toc-diagram g.node').length === 100")
        for round_ in range(rounds):
            time.sleep(0.3)
            saved_at = time.time() * 1000
            save(path, base + f"aktivitet ny{round_}: Ny aktivitet {round_}\n  -> o0\n")
            drawn_at = wait_for(driver, f"return [...document.querySelectorAll('#toc-diagram g.node title')]"
                                        f".some(t => t.textContent === 'ny{round_}') && window.tocLastRedraw",
                                interval=0.005)
            latencies.append(drawn_at - saved_at)
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=10)
    latencies.sort()
    n = len(latencies)
    print(f"save-to-screen latency, 100-node theory, {n} saves (ms): "
          f"min {latencies[0]:.0f}, median {latencies[n // 2]:.0f}, p90 {latencies[int(n * 0.9) - 1]:.0f}, "
          f"max {latencies[-1]:.0f}")
    return 0


if __name__ == "__main__":
    toc_path = os.path.abspath(sys.argv[1])
    if len(sys.argv) > 3 and sys.argv[2] == "--measure":
        sys.exit(measure(toc_path, int(sys.argv[3])))
    sys.exit(run_tests(toc_path))
