"""`make screenshots`: render every page of the demo workspace to PNG files for the docs.

Builds a fresh demo workspace in a temporary folder (never the user's), opens the real main
window on it at a fixed size, and saves one picture per page.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

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


def render_all(out_dir: Path) -> list[Path]:
    from coopeval.services.catalogue import load_catalogue
    from coopeval.services.demo import build_demo, demo_people
    from coopeval.services.identity import sessions
    from coopeval.services.setup.tenders import get_tender
    from coopeval.ui.application import build_window
    from coopeval.ui.settings import Settings

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        window = build_window(load_catalogue(), settings=settings)
        window.resize(*SIZE)
        window.show()
        _save(window, out_dir / "welcome.png")
        written.append(out_dir / "welcome.png")
        demo = build_demo(Path(tmp) / "demo.coopeval")
        window.file_actions.open_path(demo)
        officer, _what, passphrase = demo_people()[0]
        for row in range(window.tender_model.rowCount()):
            # each tender's pages as the demo's officer sees them (the Scoring page signs its member in)
            window.controller.op(sessions.sign_in, officer, passphrase)
            window.tender_list.setCurrentIndex(window.tender_model.index(row, 0))
            status = window.controller.read(get_tender, window.current_tender_id()).status
            for index, page in enumerate(window.pages):
                window.tabs.setCurrentIndex(index)
                page.prepare_screenshot()
                if _sign_in_for_demo(window):  # "I am" asked for the member's passphrase: the demo's is known
                    page.prepare_screenshot()
                name = f"{page.title.lower().replace('-', '').replace(' ', '-')}-{status.replace('_', '-')}.png"
                _save(window, out_dir / name)
                written.append(out_dir / name)
            if status == "in_delivery":  # the Delivery page's rating dialog, as the officer rates the KPIs
                written += _rating_dialog(window, out_dir)
        window.show_frameworks()
        window.framework_browser.select_code("CV-PA-01")
        _save(window, out_dir / "frameworks.png")
        written.append(out_dir / "frameworks.png")
        from coopeval.ui.spend.screens import render_spend

        written += render_spend(window, out_dir, Path(tmp))  # File → Spend and registers…
        from coopeval.ui.portfolio.screens import render_portfolio

        written += render_portfolio(window, out_dir)  # File → Portfolio…
        window.close()
    return written


WELSH_PAGES = ("overview", "setup", "scoring", "moderation", "results", "signoff", "report")  # the main pages, in Welsh


def _page_key(page: QWidget) -> str:
    """A page's stable name whatever the language: its class, "ScoringPage" → "scoring"."""
    return type(page).__name__.removesuffix("Page").lower()


def render_welsh(out_dir: Path) -> list[Path]:
    """The main pages in Welsh (issue 22), as `cy-<page>.png`: the welcome page, the tender in moderation's pages
    and the framework browser, with the app's language set to Cymraeg for the run."""
    from coopeval.services.catalogue import load_catalogue
    from coopeval.services.demo import build_demo, demo_people
    from coopeval.services.identity import sessions
    from coopeval.services.setup.tenders import get_tender
    from coopeval.ui.application import build_window
    from coopeval.ui.i18n import apply_language
    from coopeval.ui.settings import Settings

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if apply_language("cy") != "cy":
        raise OSError("the Welsh catalogue could not be loaded: run `make translations` first")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
            window = build_window(load_catalogue(), settings=settings)
            window.resize(*SIZE)
            window.show()
            _save(window, out_dir / "cy-welcome.png")
            written.append(out_dir / "cy-welcome.png")
            demo = build_demo(Path(tmp) / "demo.coopeval")
            window.file_actions.open_path(demo)
            officer, _what, passphrase = demo_people()[0]
            done: set[str] = set()
            for row in range(window.tender_model.rowCount()):
                window.controller.op(sessions.sign_in, officer, passphrase)
                window.tender_list.setCurrentIndex(window.tender_model.index(row, 0))
                status = window.controller.read(get_tender, window.current_tender_id()).status
                if status not in ("moderation", "signed_off"):
                    continue
                for index, page in enumerate(window.pages):
                    key = _page_key(page)
                    if key not in WELSH_PAGES or key in done:
                        continue
                    window.tabs.setCurrentIndex(index)
                    page.prepare_screenshot()
                    if _sign_in_for_demo(window):
                        page.prepare_screenshot()
                    done.add(key)
                    _save(window, out_dir / f"cy-{key}.png")
                    written.append(out_dir / f"cy-{key}.png")
            window.show_frameworks()
            window.framework_browser.select_code("CV-PA-01")
            _save(window, out_dir / "cy-frameworks.png")
            written.append(out_dir / "cy-frameworks.png")
            window.close()
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
