"""The framework browser in Welsh (issue 22): the framework's text in the user's language, an English/Cymraeg
switch when the framework has Welsh, and how much of it is in Welsh."""

from __future__ import annotations

from typing import Any

import pytest

from coopeval import i18n
from coopeval.domain.framework_loader import load_framework
from coopeval.ui.framework_browser import FrameworkBrowser
from tests.helpers.catalogues import welsh_qt, write_qm
from tests.helpers.frameworks import EXAMPLE, measure, write_variant

WELSH_TITLE = "Swyddi newydd ar y contract i drigolion y Fro"


def partly_welsh(d: dict[str, Any]) -> None:
    d["framework"]["name_cy"] = "Mesurau lleol Bro Elmbridge"
    m = measure(d, "LOC-01")
    m["title_cy"] = WELSH_TITLE
    m["bidder_guidance_cy"] = "Nodwch nifer y swyddi CALl y byddwch yn eu llenwi â thrigolion y Fro."
    a = measure(d, "LOC-04")["anchors"]
    a.update(low_cy="Isel CY", middle_cy="Canolig CY", high_cy="Uchel CY")


@pytest.fixture
def welsh_app() -> None:
    """The app in Welsh for the test (tests/conftest.py puts English back after every test)."""
    i18n.set_app_language("cy")


def make(qtbot, *frameworks) -> FrameworkBrowser:
    browser = FrameworkBrowser(tuple(frameworks))
    qtbot.addWidget(browser)
    browser.show()
    return browser


def test_no_switch_for_a_framework_without_welsh(qtbot):
    browser = make(qtbot, load_framework(EXAMPLE))
    assert browser.language_bar.isHidden()
    assert "Welsh:" not in browser.detail.toPlainText()


def test_switch_shows_the_framework_text_in_welsh_and_back(qtbot, tmp_path):
    browser = make(qtbot, load_framework(write_variant(tmp_path, partly_welsh)))
    assert not browser.language_bar.isHidden()
    assert browser.text_language_code() == "en"  # the user's language
    overview = browser.detail.toPlainText()
    assert "Welsh: 0 of 5 measures." in overview  # LOC-01 has Welsh for two of its texts only
    assert browser.select_code("LOC-01")
    assert "LOC-01: New jobs on the contract filled by Vale residents" in browser.detail.toPlainText()

    browser.set_text_language("cy")
    text = browser.detail.toPlainText()
    assert f"LOC-01: {WELSH_TITLE}" in text
    assert "Nodwch nifer y swyddi" in text
    assert "Anonymised payroll extract" in text  # no Welsh for it: the English is shown
    assert browser.tree.currentIndex().data() == f"LOC-01  {WELSH_TITLE}"
    assert browser.select_code("LOC-04")
    assert "Isel CY" in browser.detail.toPlainText()

    browser.set_text_language("en")
    assert browser.select_code("LOC-01")
    assert browser.tree.currentIndex().data() == "LOC-01  New jobs on the contract filled by Vale residents"


def test_coverage_counts_wholly_welsh_measures(qtbot, tmp_path):
    def edit(d: dict[str, Any]) -> None:
        m = measure(d, "LOC-05")
        for key, value in list(m.items()):
            if isinstance(value, str) and key not in ("code", "type", "method", "direction", "toms_theme"):
                m[f"{key}_cy"] = f"CY {value}"
    browser = make(qtbot, load_framework(write_variant(tmp_path, edit)))
    assert "Welsh: 1 of 5 measures." in browser.detail.toPlainText()


def test_search_finds_welsh_words(qtbot, tmp_path):
    browser = make(qtbot, load_framework(write_variant(tmp_path, partly_welsh)))
    qtbot.keyClicks(browser.search, "swyddi newydd")
    assert browser.select_code("LOC-01")
    assert not browser.select_code("LOC-02")


def test_a_welsh_user_sees_welsh_first(qtbot, tmp_path, welsh_app):
    browser = make(qtbot, load_framework(write_variant(tmp_path, partly_welsh)))
    assert browser.text_language_code() == "cy"
    assert "Mesurau lleol Bro Elmbridge" in browser.detail.toPlainText()
    assert browser.select_code("LOC-01")
    assert WELSH_TITLE in browser.detail.toPlainText()
    browser.set_text_language("en")  # the English is a click away
    assert "New jobs on the contract filled by Vale residents" in browser.detail.toPlainText()


def test_a_welsh_user_is_told_when_a_framework_has_no_welsh(qtbot, welsh_app):
    browser = make(qtbot, load_framework(EXAMPLE))
    assert browser.language_bar.isHidden()
    assert "This framework has no Welsh text: it is shown in English." in browser.detail.toPlainText()


def test_the_browser_labels_go_through_the_qt_catalogue(qtbot, tmp_path, welsh_app):
    """Its fixed labels are wrapped for Qt: a catalogue (a tiny one built here) translates them."""
    qm = write_qm(tmp_path, {"FrameworkBrowser": {"Description": "Disgrifiad", "Version {version}": "Fersiwn {version}"}})
    with welsh_qt(qm):  # the app is already in Welsh (`welsh_app`); this adds the Qt catalogue
        browser = make(qtbot, load_framework(EXAMPLE))
        assert "Fersiwn 1." in browser.detail.toPlainText()
        assert browser.select_code("LOC-01")
        assert "Disgrifiad" in browser.detail.toPlainText()
