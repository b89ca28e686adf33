"""The real window in Welsh, with the shipped catalogue (issue 22): the menus and the Set-up page speak Welsh, every
Alt key is still unique, and no visible text on the main pages is left in English where it is ours to translate."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from coopeval.ui.i18n import apply_language
from tests.gui.test_setup_page import add_shipped, apply_set, mnemonic, new_tender


@pytest.fixture
def welsh(qapp):
    assert apply_language("cy", qapp) == "cy", "the shipped Welsh catalogue did not load"
    yield
    apply_language("en", qapp)


@pytest.fixture
def page_cy(welsh, qtbot, workspace_window, catalogue):
    page = new_tender(qtbot, workspace_window, catalogue)
    add_shipped(qtbot, page)
    apply_set(qtbot, page)
    return page


def test_the_menus_and_the_set_up_page_are_in_welsh(page_cy):
    win = page_cy.window()
    menus = [a.text() for a in win.menuBar().actions()]
    assert menus[:2] == ["&Ffeil", "&Tendr"], menus
    assert any("Gosodiadau" in m.replace("&", "") for m in menus)
    tabs = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    assert "Sgorio" in "".join(tabs).replace("&", "")
    assert page_cy.start_button.text().replace("&", "").startswith("Dechrau")


def test_alt_keys_on_the_welsh_set_up_page_never_take_a_menus_key(page_cy):
    """The menu bar's Alt keys are unique and no control on the page takes one, so Alt+F always opens Ffeil. Two
    controls of the page may share a key where the Welsh words leave no free letter (Qt then moves between them
    in turn, as with any duplicated key); the English page has none (test_setup_page)."""
    win = page_cy.window()
    menus = [mnemonic(a.text()) for a in win.menuBar().actions()]
    assert None not in menus and len(set(menus)) == len(menus), menus
    owners = [win.new_tender_button.text()]
    owners += [w.text() for w in page_cy.findChildren(QAbstractButton) if w.isVisibleTo(page_cy)]
    owners += [w.text() for w in page_cy.findChildren(QLabel) if w.buddy() is not None and w.isVisibleTo(page_cy)]
    keys = [mnemonic(t) for t in owners if mnemonic(t)]
    assert len(keys) > 15
    assert [t for t in owners if mnemonic(t) in menus] == []
    shared = {k for k in keys if keys.count(k) > 1}
    assert len(shared) <= 3, " | ".join(f"{mnemonic(t)}={t}" for t in owners if mnemonic(t) in shared)


ENGLISH = re.compile(r"\b(the|and|of|with|bids?|tenders?|scores?|measures?|evaluators?|workspace)\b", re.IGNORECASE)


def test_no_english_words_of_ours_on_the_welsh_set_up_page(page_cy):
    """Labels and buttons we wrote are all Welsh (data, such as the tender's title, is not ours and not checked)."""
    texts = [w.text() for w in page_cy.findChildren(QAbstractButton) if w.isVisibleTo(page_cy)]
    texts += [w.text() for w in page_cy.findChildren(QLabel) if w.isVisibleTo(page_cy) and w.buddy() is not None]
    english = [t for t in texts if t and ENGLISH.search(t.replace("&", ""))]
    assert english == []
