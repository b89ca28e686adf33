"""The Portfolio picture for `make screenshots` (ui/screenshots.py): File → Portfolio… on the demo workspace, every
year against the first as the baseline, at the window's smallest designed size. Nothing is changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

SIZE = (900, 600)


def render_portfolio(window, out_dir: Path) -> list[Path]:  # noqa: ANN001 - the MainWindow
    window.file_actions.open_portfolio()
    portfolio = window.file_actions.portfolio_window
    portfolio.resize(*SIZE)
    window.controller.wait_until(lambda: portfolio.view is not None and not portfolio.reading)
    if portfolio.view.years:  # the demo's first year as the baseline, so the change card has figures
        portfolio.baseline.setCurrentIndex(portfolio.baseline.findData(portfolio.view.years[0]))
        portfolio.rebuild(quiet=True)
        window.controller.wait_until(lambda: not portfolio.reading and portfolio.view is not None
                                     and portfolio.view.baseline == portfolio.view.years[0])
    for _ in range(3):  # the cards take the height their text needs once laid out
        QApplication.processEvents()
    path = out_dir / "portfolio.png"
    if not portfolio.grab().save(str(path)):
        raise OSError(f"could not write {path}")  # i18n: no - the screenshot tool's own message
    print(path)
    portfolio.close()
    return [path]
