#!/usr/bin/env python3
"""Issue #18: reports people publish, checked in a real browser.

    python3 Tests/e2e/accessibility_e2e.py TOC [--screenshots DIR]

Writes `toc report` of theories/ (with measurements) as HTML, opens it in
Debian's Chromium and runs axe-core 4 (PyPI `axe-core-python`) on it, then on
the pages of `toc serve` (the index, a theory with its text pane, and the
projector view): no serious or critical violation is allowed, colour
contrast (WCAG AA) included. Also reads the report back: every diagram
prints its node text at 7 pt or more on A4 (landscape at most), the
overview names every theory, one chart per measured indicator. Printed to
PDF by Chromium, wide diagrams get landscape pages. With --screenshots,
saves the pictures docs/monitoring.md shows. Prints "N passed, N failed".
"""
import atexit
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from preview_e2e import Checks, browser, launch, wait_for  # noqa: E402
from axe_core_python.selenium import Axe  # noqa: E402


def scratch_folder(prefix):
    """A temporary folder, removed when the script ends."""
    folder = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, folder, True)
    return folder

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MEASUREMENTS = os.path.join(ROOT, "theories", "helhedsplan-vollsmose.maalinger.csv")


def serious(result):
    """The violations axe rates serious or critical, as readable lines."""
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"] if v.get("impact") in ("serious", "critical")]


def printed_sizes(html):
    """For each diagram figure: the size its node text (11 pt) prints at on A4
    inside 15 mm margins, portrait or landscape, whichever is larger."""
    sizes = []
    for match in re.finditer(r'<figure class="diagram[^"]*"><svg width="([\d.]+)pt" height="([\d.]+)pt"', html):
        width, height = float(match.group(1)), float(match.group(2))
        long, short = 841.9 - 85, 595.3 - 85
        scale = max(min(1, long / width, short / height), min(1, short / width, long / height))
        sizes.append(11 * scale)
    return sizes


def run_tests(toc, shots=None):
    check = Checks()

    folder = scratch_folder(prefix="toc-a11y-")
    report = os.path.join(folder, "rapport.html")
    made = subprocess.run([toc, "report", os.path.join(ROOT, "theories"), "-o", report, "--measurements", MEASUREMENTS,
                           "--lang", "da"], capture_output=True, text=True, cwd=ROOT)
    check("toc report writes the report", os.path.exists(report), made.stderr[-500:])
    html = open(report, encoding="utf-8").read()
    titles = re.findall(r'<li><a href="#t\d+">([^<]+)</a></li>', html)
    overview = html[html.find('<section id="overview">'):html.find("</section>", html.find('<section id="overview">'))]
    check("the overview names every theory", titles and all(title in overview for title in titles), f"{titles}")
    check("the overview has its charts", overview.count('<figure class="chart"><svg') == 2)
    sizes = printed_sizes(html)
    check("every diagram prints its text at 7 pt or more on A4", sizes and min(sizes) >= 7, f"{sizes}")
    check("a diagram too small whole is drawn area by area", 'class="split"' in html and "<h3 class=\"area\">" in html)
    markdown = os.path.join(folder, "md", "rapport.md")
    subprocess.run([toc, "report", os.path.join(ROOT, "theories"), "-o", markdown, "--lang", "da"], capture_output=True, cwd=ROOT)
    pdfs = sorted(name for name in os.listdir(os.path.dirname(markdown)) if name.endswith(".pdf"))
    printed = {}
    for name in pdfs:
        data = open(os.path.join(os.path.dirname(markdown), name), "rb").read()
        box = re.search(rb"/MediaBox \[ *([\d.]+) +([\d.]+) +([\d.]+) +([\d.]+)", data)
        width, height = float(box.group(3)) - float(box.group(1)), float(box.group(4)) - float(box.group(2))
        long, short = 841.9 - 85, 595.3 - 85
        printed[name] = 11 * max(min(1, long / width, short / height), min(1, short / width, long / height))
    referenced = re.findall(r"!\[[^\]]*\]\(([^)]+)\.png\)", open(markdown, encoding="utf-8").read())
    check("every diagram of the Markdown report (its PDF) prints at 7 pt or more on A4",
          pdfs and min(printed.values()) >= 7 and sorted(name + ".pdf" for name in referenced) == pdfs,
          f"{printed} {referenced}")
    status = subprocess.run([toc, "status", os.path.join(ROOT, "theories", "helhedsplan-vollsmose.ft"), "--measurements",
                             MEASUREMENTS, "--format", "json"], capture_output=True, text=True, cwd=ROOT)
    try:
        measured = [s for s in json.loads(status.stdout) if s.get("measurements")]
    except (ValueError, TypeError):
        measured = []
    start = html.find("<h2>Boligsocial helhedsplan for Vollsmose")
    section = html[html.rfind("<section", 0, start):html.find("</section>\n<section", start)]
    charts = section.count('<figure class="chart"><svg')
    check("one chart per measured indicator", measured and charts == len(measured),
          f"{len(measured)} measured, {charts} charts; {status.stdout[:300]}")

    driver = browser(size=(1280, 900))
    server = None
    try:
        driver.get("file://" + report)
        found = serious(Axe().run(driver))
        check("the report passes axe-core (no serious or critical)", not found, "\n     ".join(found))
        if shots:
            driver.set_window_size(1280, 1000)
            driver.execute_script("document.querySelector('#overview').scrollIntoView()")
            driver.save_screenshot(os.path.join(shots, "report-overview.png"))
            driver.execute_script("""[...document.querySelectorAll('section[id^=t]')]
                .find(s => s.querySelector('h2').textContent.includes('Vollsmose'))
                .querySelector('.charts').previousElementSibling.scrollIntoView()""")
            driver.save_screenshot(os.path.join(shots, "report-charts.png"))
            driver.execute_script("document.querySelector('p.split').scrollIntoView()")
            driver.save_screenshot(os.path.join(shots, "report-areas.png"))
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})
        import base64
        path = os.path.join(folder, "print.pdf")
        open(path, "wb").write(base64.b64decode(pdf["data"]))
        info = subprocess.run(["pdfinfo", "-f", "1", "-l", "200", path], capture_output=True, text=True).stdout
        pages = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
        landscape = [p for p in pages if float(p[0]) > float(p[1])]
        check("printed, wide diagrams get landscape A4 pages", pages and landscape and len(landscape) < len(pages)
              and all(abs(max(map(float, p)) - 841.9) < 2 for p in pages), f"{pages[:10]}")

        theories = os.path.join(folder, "teorier")
        shutil.copytree(os.path.join(ROOT, "theories"), theories)
        server, match = launch(toc, theories, (), r"(http://[^ /]+/)\?token=([0-9a-f]+)")
        address, token = match.group(1), match.group(2)
        driver.get(f"{address}?token={token}")
        # The server answers at once and reads the theories meanwhile: test the index once every row is read.
        end = time.time() + 30
        while 'data-t="beingDrawn"' in driver.page_source and time.time() < end:
            driver.get(address)
        found = serious(Axe().run(driver))
        check("the index page passes axe-core", not found, "\n     ".join(found))
        import urllib.request
        with urllib.request.urlopen(f"{address}t/akacieparken/f%C3%A6lles-m%C3%A5l.pptx") as response:
            disposition = response.headers.get("Content-Disposition", "")
            check("the page's PowerPoint download keeps æøå in its name",
                  response.read(2) == b"PK" and "filename*=UTF-8''f%C3%A6lles-m%C3%A5l.pptx" in disposition, disposition)
        driver.get(f"{address}t/beskaeftigelse-viby-syd")
        wait_for(driver, "return document.querySelector('#toc-diagram svg') !== null")
        found = serious(Axe().run(driver))
        check("a theory page with its text pane passes axe-core", not found, "\n     ".join(found))
        driver.get(f"{address}t/beskaeftigelse-viby-syd?present=1")
        wait_for(driver, "return document.querySelector('#toc-diagram svg') !== null")
        found = serious(Axe().run(driver))
        check("the projector view passes axe-core", not found, "\n     ".join(found))
    finally:
        driver.quit()
        if server:
            server.kill()
    return check.summary()


if __name__ == "__main__":
    arguments = sys.argv[1:]
    shots = None
    if "--screenshots" in arguments:
        shots = arguments[arguments.index("--screenshots") + 1]
        os.makedirs(shots, exist_ok=True)
    sys.exit(run_tests(os.path.abspath(arguments[0]), shots))
