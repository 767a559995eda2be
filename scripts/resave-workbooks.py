"""Re-saves a GreenThread workbook the way a bank's analyst would, with openpyxl and LibreOffice.

    /usr/bin/python3 scripts/resave-workbooks.py <dir>

<dir> holds original-en.xlsx and original-mn.xlsx (written by scripts/make-resaved-workbooks.ts,
which runs this). Writes beside them:
  openpyxl-untouched.xlsx          loaded and saved by openpyxl, nothing edited
  openpyxl-note.xlsx               a note added to Profile "Employees"
  openpyxl-row-deleted.xlsx        a Metrics row deleted (openpyxl's delete_rows)
  libreoffice-untouched-en.xlsx    soffice --convert-to xlsx (and -mn)
  libreoffice-row-deleted.xlsx     the Profile "Employees" row deleted in LibreOffice (UNO)
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import openpyxl
from openpyxl.comments import Comment

SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"


def row_labelled(ws, text):
    for row in ws.iter_rows(min_col=1, max_col=1):
        cell = row[0]
        if isinstance(cell.value, str) and cell.value.startswith(text):
            return cell.row
    raise SystemExit(f"no row {text!r} on {ws.title}")


def with_openpyxl(d):
    src = os.path.join(d, "original-en.xlsx")
    openpyxl.load_workbook(src).save(os.path.join(d, "openpyxl-untouched.xlsx"))
    wb = openpyxl.load_workbook(src)
    ws = wb["Profile"]
    ws.cell(row_labelled(ws, "Employees"), 2).comment = Comment("Please confirm with payroll", "Bank analyst")
    wb.save(os.path.join(d, "openpyxl-note.xlsx"))
    wb = openpyxl.load_workbook(src)
    ws = wb["Metrics"]
    ws.delete_rows(row_labelled(ws, "Electricity"))
    wb.save(os.path.join(d, "openpyxl-row-deleted.xlsx"))


def profile_arg(tmp):
    return "-env:UserInstallation=file://" + os.path.join(tmp, "profile")


def with_libreoffice(d, tmp):
    for lang in ("en", "mn"):
        out = os.path.join(tmp, lang)
        os.makedirs(out)
        subprocess.run(
            [SOFFICE, profile_arg(tmp), "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
             "--outdir", out, os.path.join(d, f"original-{lang}.xlsx")],
            check=True, capture_output=True, timeout=180)
        shutil.move(os.path.join(out, f"original-{lang}.xlsx"),
                    os.path.join(d, f"libreoffice-untouched-{lang}.xlsx"))
    delete_row_in_libreoffice(os.path.join(d, "original-en.xlsx"),
                              os.path.join(d, "libreoffice-row-deleted.xlsx"), tmp)


def delete_row_in_libreoffice(src, dst, tmp):
    import uno
    from com.sun.star.beans import PropertyValue

    def prop(name, value):
        p = PropertyValue()
        p.Name, p.Value = name, value
        return p

    port = 2002 + os.getpid() % 1000
    office = subprocess.Popen(
        [SOFFICE, profile_arg(tmp), "--headless", "--norestore",
         f"--accept=socket,host=127.0.0.1,port={port};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(120):
            try:
                ctx = resolver.resolve(
                    f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        else:
            raise SystemExit("LibreOffice did not start")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0,
                                           (prop("Hidden", True),))
        sheet = doc.Sheets.getByName("Profile")
        row = next(r for r in range(200)
                   if sheet.getCellByPosition(0, r).String == "Employees")
        sheet.Rows.removeByIndex(row, 1)
        doc.storeToURL(uno.systemPathToFileUrl(dst), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    d = sys.argv[1]
    with_openpyxl(d)
    with tempfile.TemporaryDirectory() as tmp:
        with_libreoffice(d, tmp)


main()
