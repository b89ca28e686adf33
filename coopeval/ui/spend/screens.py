"""The Spend and registers pictures for `make screenshots` (ui/screenshots.py): the window on the demo workspace
(its imports, then its review queue) and the Choose columns dialog for a made-up file whose headers CoopEval does not
recognise. Nothing is imported or changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from coopeval.ui.spend.window import open_spend_window

UNUSUAL = ("Paid on,Who,How much,Cost centre,Our ref\n"  # i18n: no - a made-up file's data
           "03/04/2026,Riverside Care Co-operative Ltd,510.00,Adults,A-1001\n"
           "04/04/2026,Acme Roads PLC,\"1,520.00\",Highways,A-1002\n")


def _save(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")  # i18n: no - the screenshot tool's own message
    print(path)
    return path


def render_spend(window, out_dir: Path, tmp: Path) -> list[Path]:  # noqa: ANN001 - the MainWindow
    spend = open_spend_window(window, window.controller, window.catalogue)
    spend.resize(900, 600)
    spend.reload()
    written = []
    spend.tabs.setCurrentIndex(2)
    written.append(_save(spend, out_dir / "spend-window.png"))
    spend.tabs.setCurrentIndex(0)
    written.append(_save(spend, out_dir / "spend-review.png"))
    unusual = tmp / "council-payments.csv"
    unusual.write_text(UNUSUAL, encoding="utf-8")
    spend.preview_file(unusual)
    window.controller.wait_until(lambda: spend.mapping_dialog is not None or not window.controller.busy)
    mapping = spend.mapping_dialog
    if mapping is not None:
        mapping.set_columns({"date": "Paid on",  # i18n: no - the made-up file's headers "supplier": "Who", "amount": "How much", "expense_area": "Cost centre",
                             "transaction": "Our ref"})
        mapping.save_as.setText("Council payments")  # i18n: no - a name an officer would type
        mapping.resize(mapping.sizeHint().expandedTo(QSize(520, 0)))
        written.append(_save(mapping, out_dir / "spend-mapping.png"))
        mapping.reject()
    if spend.preview_dialog is not None:
        spend.preview_dialog.reject()
    spend.close()
    return written
