"""Issue #28: measurement plans out to Excel, measurements in from Excel.

Run by OfficeTests (Swift) with TOC set to the built binary. openpyxl
writes a workbook as an evaluator's would be (real dates, percentages
stored as fractions, a first sheet of notes) and reads toc's plan back;
LibreOffice Calc opens the plan and converts it to CSV.
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
import pytest

TOC = os.environ.get("TOC", ".build/debug/toc")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VOLLSMOSE = os.path.join(ROOT, "theories", "helhedsplan-vollsmose.ft")
CSV = os.path.join(ROOT, "theories", "helhedsplan-vollsmose.maalinger.csv")


@pytest.fixture
def folder():
    path = tempfile.mkdtemp(prefix="toc-excel-")
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_the_plan_as_a_workbook(folder):
    out = os.path.join(folder, "plan.xlsx")
    result = subprocess.run([TOC, "indicators", VOLLSMOSE, "-o", out, "--lang", "da"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(out).active
    assert sheet.title == "Måleplan"
    assert sheet.freeze_panes == "A2"
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["teori", "område", "node"], header
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.max_row >= 4 and sheet.column_dimensions["A"].width >= 20
    # Every cell is text: a label that looks like a formula stays a label.
    assert all(cell.data_type == "s" for row in sheet.iter_rows(min_row=2) for cell in row if cell.value is not None)
    converted = subprocess.run(["soffice", "--headless", "--convert-to", "csv", "--outdir", folder, out],
                               capture_output=True, text=True, timeout=240)
    assert os.path.exists(os.path.join(folder, "plan.csv")), converted.stderr


def test_measurements_read_from_a_workbook(folder):
    rows = list(csv.reader(open(CSV, encoding="utf-8-sig"), delimiter=";"))
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Noter"
    notes["A1"] = "Målinger fra kommunen"
    sheet = book.create_sheet("Målinger")
    sheet.append(rows[0])
    # The same measurements dated to the day, as CSV text and as Excel dates.
    dated = os.path.join(folder, "maalinger.csv")
    writer = csv.writer(open(dated, "w", encoding="utf-8", newline=""), delimiter=";")
    writer.writerow(rows[0])
    for row in rows[1:]:
        cells = list(row)
        date = cells[1]
        if len(date) == 7:
            cells[1] = datetime.date(int(date[:4]), int(date[5:7]), 28)
            writer.writerow([row[0], date + "-28"] + row[2:])
        else:
            writer.writerow(row)
        value = cells[2].replace(",", ".").replace(" ", "")
        if value.endswith("%"):
            cells[2] = float(value[:-1]) / 100
        sheet.append(cells)
        last = sheet.max_row
        if isinstance(cells[1], datetime.date):
            sheet.cell(last, 2).number_format = "dd-mm-yyyy"
        if isinstance(cells[2], float):
            sheet.cell(last, 3).number_format = "0%"
    path = os.path.join(folder, "maalinger.xlsx")
    book.save(path)
    del writer
    assert sum(isinstance(c.value, datetime.date) for c in sheet["B"]) >= 4
    from_csv = subprocess.run([TOC, "status", VOLLSMOSE, "--measurements", dated, "--format", "json"], capture_output=True, text=True)
    from_xlsx = subprocess.run([TOC, "status", VOLLSMOSE, "--measurements", path, "--format", "json"], capture_output=True, text=True)
    assert from_xlsx.returncode == from_csv.returncode, from_xlsx.stderr
    assert from_xlsx.stdout == from_csv.stdout, (from_xlsx.stdout, from_csv.stdout)
    assert '"measurements":2' in from_xlsx.stdout
    # The table shows each latest value and its date: the Excel dates and
    # percentages came through as the CSV's text.
    table = subprocess.run([TOC, "status", VOLLSMOSE, "--measurements", path, "--lang", "da"], capture_output=True, text=True).stdout
    assert "2025-12-28" in table and "52 %" in table, table


def test_a_file_that_is_not_a_workbook_gets_a_located_message(folder):
    path = os.path.join(folder, "maalinger.xlsx")
    open(path, "w").write("indikator;dato;værdi\n")
    result = subprocess.run([TOC, "status", VOLLSMOSE, "--measurements", path, "--lang", "da"], capture_output=True, text=True)
    assert result.returncode != 0
    assert f"{path}:1:1: error: '{path}' kan ikke læses som et Excel-regneark med målinger" in result.stderr, result.stderr


def test_a_workbook_that_unpacks_to_too_much_is_refused(folder):
    path = os.path.join(folder, "maalinger.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/workbook.xml", "w") as part:
            for _ in range(300):
                part.write(b"\0" * (1 << 20))
    assert os.path.getsize(path) < 2_000_000
    result = subprocess.run([TOC, "status", VOLLSMOSE, "--measurements", path, "--lang", "da"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "over 256 MB udpakket" in result.stderr, result.stderr


def test_a_bad_value_in_a_workbook_is_reported_at_its_row(folder):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Målinger"
    sheet.append(["indikator", "dato", "værdi"])
    sheet.append(["jobparat", "2024-12", "41 %"])
    sheet.append([])
    sheet.append(["jobparat", "2025-02-30", "52 %"])
    path = os.path.join(folder, "maalinger.xlsx")
    book.save(path)
    result = subprocess.run([TOC, "status", VOLLSMOSE, "--measurements", path, "--lang", "da"], capture_output=True, text=True)
    assert result.returncode == 1
    assert f"{path}:4:10: error: '2025-02-30' er ikke en dato" in result.stderr, result.stderr
