"""Issue 16: the window's shell is built without Qt's `Qt` namespace (a literal item role, shortcuts through
`setShortcuts`, the no-tender label's words set with the pages, no top alignment on the welcome page). Each of these
must do what the `Qt` version did: the menus' keys, the tender list's role, the label's words and centring, the
welcome page's layout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem
from PySide6.QtWidgets import QMessageBox

from coopeval.services.setup import tenders
from coopeval.services.workspace import Workspace
from coopeval.ui import main_window
from coopeval.ui.application import build_window
from coopeval.ui.welcome import WelcomePage
from tests.helpers.widgets import CTRL

STANDARD = QKeySequence.StandardKey


def test_the_tender_id_role_is_the_first_role_after_user_role():
    assert main_window.TENDER_ID_ROLE == Qt.ItemDataRole.UserRole.value + 1
    item = QStandardItem("T1")
    item.setData(42, main_window.TENDER_ID_ROLE)
    assert item.data(main_window.TENDER_ID_ROLE) == 42
    assert item.data(Qt.ItemDataRole.UserRole + 1) == 42
    assert item.data(Qt.ItemDataRole.UserRole) is None


def test_the_tender_list_holds_each_tender_id(window, tmp_path, catalogue):
    path = tmp_path / "two.coopeval"
    with Workspace.create(path) as ws:
        made = [tenders.create_tender(ws, reference=f"T{n}", title=f"Tender {n}", scale=catalogue.scales["0-5"])[0]
                for n in (1, 2)]
    assert window.file_actions.open_path(path)
    model = window.tender_model
    ids = [model.item(r).data(main_window.TENDER_ID_ROLE) for r in range(model.rowCount())]
    assert sorted(ids) == sorted(t.id for t in made)
    window.tender_list.setCurrentIndex(model.index(ids.index(made[1].id), 0))
    assert window.current_tender_id() == made[1].id
    assert window.pages[0].tender_id == made[1].id
    assert window.tender_area.currentWidget() is window.tabs


def _menu_actions(window) -> list[QAction]:
    found: list[QAction] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is not None:
            found += [a for a in menu.actions() if not a.isSeparator()]
    return found


def test_each_menu_key_is_what_set_shortcut_gave_and_none_is_bound_twice(window):
    fa = window.file_actions
    standard = {fa.new_action: STANDARD.New, fa.open_action: STANDARD.Open, fa.copy_action: STANDARD.SaveAs}
    by_text = {a.text(): a for a in _menu_actions(window)}
    standard[by_text["&Quit"]] = STANDARD.Quit
    standard[by_text["&Keyboard shortcuts"]] = STANDARD.HelpContents
    for action, key in standard.items():
        bindings = QKeySequence.keyBindings(key)
        assert action.shortcuts() == bindings, action.text()
        if bindings:  # what setShortcut(key) gave: the platform's first binding
            assert action.shortcut() == QKeySequence(key), action.text()
    typed = {"&New tender…": "Ctrl+T", "&Workspace": "Ctrl+1", "&Frameworks": "Ctrl+2"}
    for text, keys in typed.items():
        assert by_text[text].shortcuts() == [QKeySequence(keys)], text
    # No key is taken by two of the window's own actions or shortcuts: a key bound twice fires neither.
    seen: dict[str, str] = {}
    bound = [(a.text(), k) for a in _menu_actions(window) for k in a.shortcuts()]
    bound += [("page step", k) for s in window.findChildren(QShortcut) if s.parent() is window for k in s.keys()]
    for owner, sequence in bound:
        name = sequence.toString()
        assert name not in seen, f"{name} is bound to {seen.get(name)} and {owner}"
        seen[name] = owner


def test_menu_keys_work_from_the_keyboard(qtbot, window, monkeypatch):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert window.stack.currentWidget() is window.frameworks_page
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert window.stack.currentWidget() is not window.frameworks_page
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: shown.append(title))
    qtbot.keyClick(window, Qt.Key.Key_F1)  # a standard key (HelpContents), set through setShortcuts
    assert shown == ["Keyboard shortcuts"]


def _assert_says_choose_a_tender(window) -> None:
    label = window.no_tender
    assert label.text() == "Choose a tender on the left, or create one with New tender."
    assert label.alignment() & Qt.AlignmentFlag.AlignHCenter and label.alignment() & Qt.AlignmentFlag.AlignVCenter


def test_the_no_tender_label_has_its_words_in_a_window_built_at_once(window, tmp_path):
    _assert_says_choose_a_tender(window)
    assert window.file_actions.open_path(tmp_path / "empty.coopeval", create=True)
    assert window.tender_area.currentWidget() is window.no_tender and window.no_tender.isVisible()
    _assert_says_choose_a_tender(window)


def test_the_no_tender_label_has_its_words_once_the_shell_is_finished(qtbot, catalogue, settings, tmp_path):
    shell = build_window(None, settings=settings)
    qtbot.addWidget(shell)
    try:
        shell.show()
        shell.finish_startup(catalogue)
        _assert_says_choose_a_tender(shell)
        assert shell.file_actions.open_path(tmp_path / "empty.coopeval", create=True)
        assert shell.tender_area.currentWidget() is shell.no_tender and shell.no_tender.isVisible()
        _assert_says_choose_a_tender(shell)
    finally:
        shell.controller.close(emit=False)


def test_the_recent_list_fills_the_welcome_page_as_with_the_top_alignment(qtbot):
    # The page once aligned its layout to the top; the list (which grows) took the height left all the same.
    pages = [WelcomePage(), WelcomePage()]
    layout = pages[1].layout()
    assert layout is not None
    layout.setAlignment(Qt.AlignmentFlag.AlignTop)
    for page in pages:
        qtbot.addWidget(page)
        page.set_recent([f"/tmp/w{n}.coopeval" for n in range(3)])
        page.resize(700, 900)
        page.show()
    qtbot.waitExposed(pages[1])
    ours, before = (page.recent.geometry() for page in pages)
    assert ours == before
    assert ours.bottom() >= pages[0].height() - 40  # down to the bottom margin
