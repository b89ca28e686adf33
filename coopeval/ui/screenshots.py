"""`make screenshots`: render every page of the demo workspace to PNG files for the docs.

Builds a fresh demo workspace in a temporary folder (never the user's), opens the real main
window on it at a fixed size, and saves one picture per page.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication, QWidget

SIZE = (1280, 800)


def _save(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def _sign_in_for_demo(window) -> bool:  # noqa: ANN001 - the MainWindow
    """Answer an open sign-in dialog with the demo person's published passphrase."""
    from coopeval.services.demo import demo_passphrase
    from coopeval.ui.identity.dialogs import SignInDialog

    dialog = window.session.dialog
    if not isinstance(dialog, SignInDialog) or not dialog.isVisible():
        return False
    dialog.passphrase.setText(demo_passphrase(dialog.person.currentText()))
    dialog.accept()
    return not dialog.isVisible()


def _rating_dialog(window, out_dir: Path) -> list[Path]:  # noqa: ANN001 - the MainWindow
    page = window.select_page("Delivery")
    if not page.rate_button.isEnabled():
        return []
    page.rate_kpis()
    dialog = page.dialog
    if dialog is None:
        return []
    dialog.period.setCurrentIndex(0)  # the first year, a full one of returns and checks
    dialog.resize(dialog.minimumSize().expandedTo(QSize(1100, 640)))
    path = out_dir / "delivery-rating-dialog.png"
    _save(dialog, path)
    dialog.reject()
    return [path]


@contextmanager
def _demo_window(out_dir: Path, welcome: str) -> Iterator[tuple[Any, Path, list[Path]]]:
    """The real main window at SIZE, its welcome page saved as `welcome`, then open on a fresh demo workspace in a
    temporary folder: (window, that folder, the files written so far)."""
    from coopeval.services.catalogue import load_catalogue
    from coopeval.services.demo import build_demo
    from coopeval.ui.application import build_window
    from coopeval.ui.settings import Settings

    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        window = build_window(load_catalogue(), settings=settings)
        window.resize(*SIZE)
        window.show()
        written = [_shot(window, out_dir / welcome)]
        window.file_actions.open_path(build_demo(Path(tmp) / "demo.coopeval"))
        yield window, Path(tmp), written
        window.close()


def _shot(widget: QWidget, path: Path) -> Path:
    _save(widget, path)
    return path


def _tenders(window) -> Iterator[str]:  # noqa: ANN001 - the MainWindow
    """Selects each of the demo's tenders in turn, as the demo's officer sees it; yields its status."""
    from coopeval.services.demo import demo_people
    from coopeval.services.identity import sessions
    from coopeval.services.setup.tenders import get_tender

    officer, _what, passphrase = demo_people()[0]
    for row in range(window.tender_model.rowCount()):
        window.controller.op(sessions.sign_in, officer, passphrase)  # the Scoring page signs its member in
        window.tender_list.setCurrentIndex(window.tender_model.index(row, 0))
        yield window.controller.read(get_tender, window.current_tender_id()).status


def _show_page(window, index: int, page: QWidget) -> None:  # noqa: ANN001 - the MainWindow
    window.tabs.setCurrentIndex(index)
    page.prepare_screenshot()  # type: ignore[attr-defined]  # a TenderPage
    if _sign_in_for_demo(window):  # "I am" asked for the member's passphrase: the demo's is known
        page.prepare_screenshot()  # type: ignore[attr-defined]


def _frameworks(window, path: Path) -> Path:  # noqa: ANN001 - the MainWindow
    window.show_frameworks()
    window.framework_browser.select_code("CV-PA-01")
    return _shot(window, path)


def render_all(out_dir: Path) -> list[Path]:
    with _demo_window(out_dir, "welcome.png") as (window, tmp, written):
        for status in _tenders(window):
            for index, page in enumerate(window.pages):
                _show_page(window, index, page)
                name = f"{page.title.lower().replace('-', '').replace(' ', '-')}-{status.replace('_', '-')}.png"
                written.append(_shot(window, out_dir / name))
            if status == "in_delivery":  # the Delivery page's rating dialog, as the officer rates the KPIs
                written += _rating_dialog(window, out_dir)
        written.append(_frameworks(window, out_dir / "frameworks.png"))
        from coopeval.ui.spend.screens import render_spend

        written += render_spend(window, out_dir, tmp)  # File → Spend and registers…
        from coopeval.ui.portfolio.screens import render_portfolio

        written += render_portfolio(window, out_dir)  # File → Portfolio…
    return written


WELSH_PAGES = ("overview", "setup", "scoring", "moderation", "results", "signoff", "report")  # the main pages, in Welsh


def _page_key(page: QWidget) -> str:
    """A page's stable name whatever the language: its class, "ScoringPage" → "scoring"."""
    return type(page).__name__.removesuffix("Page").lower()


def render_welsh(out_dir: Path) -> list[Path]:
    """The main pages in Welsh (issue 22), as `cy-<page>.png`: the welcome page, the tender in moderation's pages
    and the framework browser, with the app's language set to Cymraeg for the run."""
    from coopeval.ui.i18n import apply_language

    if apply_language("cy") != "cy":
        raise OSError("the Welsh catalogue could not be loaded: run `make translations` first")
    try:
        with _demo_window(out_dir, "cy-welcome.png") as (window, _tmp, written):
            done: set[str] = set()
            for status in _tenders(window):
                if status not in ("moderation", "signed_off"):
                    continue
                for index, page in enumerate(window.pages):
                    key = _page_key(page)
                    if key not in WELSH_PAGES or key in done:
                        continue
                    _show_page(window, index, page)
                    done.add(key)
                    written.append(_shot(window, out_dir / f"cy-{key}.png"))
            written.append(_frameworks(window, out_dir / "cy-frameworks.png"))
    finally:
        apply_language("en")
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - keeps Qt alive
    welsh = "--welsh" in args
    args = [a for a in args if a != "--welsh"]
    out = Path(args[0] if args else "docs/screenshots")
    render_welsh(out) if welsh else render_all(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
