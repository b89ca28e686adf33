"""The framework browser, driven through real widgets offscreen."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from coopeval.domain.errors import Problem
from coopeval.domain.framework_loader import load_framework
from coopeval.services.catalogue import Catalogue, load_catalogue
from coopeval.ui.application import build_window
from coopeval.ui.framework_browser import FrameworkBrowser
from coopeval.ui.settings import Settings
from tests.helpers.frameworks import EXAMPLE


def make_browser(qtbot):
    browser = FrameworkBrowser((load_framework(EXAMPLE),))
    qtbot.addWidget(browser)
    browser.show()
    return browser


def test_keyboard_walks_down_to_a_measure_and_shows_its_detail(qtbot):
    browser = make_browser(qtbot)
    assert "Elmbridge Vale local measures" in browser.detail.toPlainText()
    browser.tree.setFocus()
    with qtbot.waitSignal(browser.measure_selected, timeout=2000) as signal:
        # framework → theme (expanded) → outcome (expanded by the key) → first measure
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Down):
            qtbot.keyClick(browser.tree, key)
    assert signal.args == ["LOC-01"]
    text = browser.detail.toPlainText()
    assert "LOC-01: New jobs on the contract filled by Vale residents" in text
    assert "relative to the best bid" in text
    assert "Anonymised payroll extract" in text  # verification


def test_qualitative_measure_shows_its_three_anchors(qtbot):
    browser = make_browser(qtbot)
    assert browser.select_code("LOC-04")
    text = browser.detail.toPlainText()
    for anchor in ("Low", "Middle", "High"):
        assert anchor in text
    assert "Names groups or kinds of group" in text


def test_search_filters_the_tree_and_says_when_nothing_matches(qtbot):
    browser = make_browser(qtbot)
    qtbot.keyClicks(browser.search, "carbon")
    assert browser.select_code("LOC-05")
    assert not browser.select_code("LOC-01")
    browser.search.clear()
    qtbot.keyClicks(browser.search, "zzzz-no-such-measure")
    assert browser.tree.model().rowCount() == 0
    assert "No measure matches" in browser.empty_note.text()
    browser.search.clear()
    assert browser.select_code("LOC-01")


def test_main_window_lists_shipped_frameworks_and_reports_broken_files(qtbot, tmp_path):
    good = load_catalogue()
    broken = Catalogue(good.frameworks, good.scales, (Problem("bad.toml", "LOC-1.method", "unknown method 'x'"),))
    window = build_window(broken, settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    window.show_frameworks()
    assert window.problems_banner.isVisible()
    assert "bad.toml: LOC-1.method: unknown method" in window.problems_banner.text()
    ids = {fw.info.id for fw in good.frameworks}
    assert "example-local-measures" in ids
    assert window.framework_browser.select_code("LOC-03")
