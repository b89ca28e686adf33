"""Accessibility, walked through the real window on the demo workspace: every control the keyboard
reaches has a name a screen reader can say, on every page of every tender, the welcome page, the
frameworks view, the main dialogs and the user guide; the Scoring page's Tab order follows the work;
Help lists the keyboard shortcuts and opens the user guide, which shows its screenshots offline.

`unnamed_controls(root)` is the one check; other GUI tests may import it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QUrl
from PySide6.QtGui import QAccessible, QImageReader, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain.scales import load_scales
from coopeval.paths import resources_dir
from coopeval.services.bids import entry as bids
from coopeval.services.demo import build_demo
from coopeval.services.moderation import consensus as moderation
from coopeval.services.moderation import drafts
from coopeval.services.panel import members as panel
from coopeval.services.setup import tenders
from coopeval.services.workspace import Workspace
from coopeval.ui.bids.withdraw_dialog import WithdrawBidDialog
from coopeval.ui.help_window import HelpWindow, guide_path, show_user_guide
from coopeval.ui.identity.codes import one_time_code_dialog
from coopeval.ui.identity.dialogs import ConfirmPassphraseDialog, FirstOfficerDialog, SignInDialog
from coopeval.ui.identity.people_dialog import PeopleDialog
from coopeval.ui.panel.declaration_dialogs import DeclareDialog, ResolveDialog
from coopeval.ui.panel.member_dialog import MemberDialog
from coopeval.ui.scoring.declaration import DeclareInterestDialog
from coopeval.ui.setup.method_dialog import SetupMethodDialog
from coopeval.ui.setup.new_tender_dialog import NewTenderDialog
from coopeval.ui.setup.spreadsheet_dialog import SetupSpreadsheetDialog

SIGNED_OFF, EVALUATION = "EVC-2026-014", "EVC-2026-021"
DEBORAH, NEWCOMER = "Deborah Nwosu", "Sam Okafor"
QT_PARTS = (QAbstractSpinBox, QComboBox, QAbstractItemView)  # what is inside them is Qt's own, named by them


# --- the check ----------------------------------------------------------------------------------
def _buddy_text(widget: QWidget) -> str:
    """What Qt names a widget after when it has no accessible name: a label whose buddy it is
    (among its siblings), else the title of the group box it sits in."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if label.buddy() is widget and label.text():
            return label.text()
    return parent.title() if isinstance(parent, QGroupBox) else ""


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces for `widget`."""
    if isinstance(widget, QComboBox):
        # On Linux Qt reports a combo's current choice as its name, which names the choice, not the
        # control; Windows and macOS say the accessible name or the buddy label. Hold every platform to that.
        return widget.accessibleName() or _buddy_text(widget).replace("&", "")
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def keyboard_controls(root: QWidget) -> list[QWidget]:
    """Every widget showing in `root`'s window that Tab can reach (Qt's own parts of a spin box, combo
    or item view, and widgets that hand their focus to a proxy, aside)."""
    window = QWidget.window(root)  # not root.window(): WelcomePage keeps its main window in `.window`
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if QWidget.window(widget) is not window or not widget.isVisible():
            continue  # another window (a combo's pop-up, a dialog) or not on screen now
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
            continue
        parent = widget.parentWidget()
        inside_part = False
        while parent is not None and parent is not window:
            if isinstance(parent, QT_PARTS):
                inside_part = True
                break
            parent = parent.parentWidget()
        if not inside_part:
            found.append(widget)
    return found


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls in `root` a screen reader could reach but not name: type, object name and text."""
    return [f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', lambda: '')()!r}".strip()
            for w in keyboard_controls(root) if not spoken_name(w)]


def test_the_check_finds_an_unnamed_control_and_accepts_the_ways_to_name_one(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    bare_edit, bare_combo, named_combo, labelled = QLineEdit(root), QComboBox(root), QComboBox(root), QLineEdit(root)
    bare_combo.addItem("A choice names the choice, not the control")
    named_combo.setAccessibleName("Order")
    caption = QLabel("&Where in the bid:", root)
    caption.setBuddy(labelled)
    button, spin = QPushButton("&Next", root), QSpinBox(root)
    spin.setAccessibleName("Weight")
    for widget in (bare_edit, bare_combo, named_combo, caption, labelled, button, spin):
        layout.addWidget(widget)
    root.show()
    assert spoken_name(labelled) == "Where in the bid:" and spoken_name(button) == "Next"
    assert spin.findChild(QLineEdit) not in keyboard_controls(root)  # the spin box's own editor: its part
    assert unnamed_controls(root) == ["QLineEdit '' ''", "QComboBox '' ''"]


# --- the workspace ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    """The demo with a newcomer to the panel who has not declared yet; and the demo with moderation
    open on the tender in evaluation (Deborah's unsubmitted scores become drafts to settle)."""
    folder = tmp_path_factory.mktemp("a11y-templates")
    plain = build_demo(folder / "demo.coopeval")
    with Workspace.open(plain, actor="tom") as ws:  # every demo member has declared; one who has not
        panel.add_member(ws, EVALUATION, name=NEWCOMER, role="evaluator")
    moderating = build_demo(folder / "moderating.coopeval")
    with Workspace.open(moderating, actor="tom") as ws:
        moderation.open_moderation(ws, EVALUATION)
        assert drafts.pending_drafts(ws, EVALUATION)  # so the drafts panel shows
    return {"plain": plain, "moderating": moderating}


def open_copy(window, templates, tmp_path: Path, which: str):
    path = tmp_path / f"{which}.coopeval"
    shutil.copyfile(templates[which], path)
    assert window.file_actions.open_path(path)
    return path


def select_tender(window, reference: str) -> None:
    ids = {t.reference: t.id for t in window.controller.read(tenders.list_tenders)}
    window.reload_tenders(ids[reference])


def choose_member(page, name: str) -> None:
    index = page.ui.member.findText(name, Qt.MatchFlag.MatchStartsWith)
    assert index > 0, name
    page.ui.member.setCurrentIndex(index)


# --- every page, every dialog -------------------------------------------------------------------
def test_welcome_page_and_frameworks_view_name_every_control(window):
    assert window.stack.currentWidget() is window.welcome
    assert len(keyboard_controls(window.welcome)) >= 5
    assert unnamed_controls(window) == []
    window.show_frameworks()
    assert len(keyboard_controls(window.frameworks_page)) >= 3
    assert unnamed_controls(window) == []


def test_every_page_of_every_demo_tender_names_every_control(qtbot, window, templates, tmp_path):
    open_copy(window, templates, tmp_path, "plain")
    unnamed, walked = [], 0
    for reference in (SIGNED_OFF, EVALUATION):
        select_tender(window, reference)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            page = window.tabs.currentWidget()
            walked += len(keyboard_controls(page))  # the Overview has none: it is one label to read
            unnamed += [f"{reference} {page.title}: {u}" for u in unnamed_controls(window)]
    # the Scoring page's other faces: the declaration prompt, and the work with an abstention open
    scoring = window.select_page("Scoring")
    choose_member(scoring, NEWCOMER)
    assert scoring.ui.stack.currentWidget() is scoring.ui.declaration
    unnamed += [f"Scoring (declare): {u}" for u in unnamed_controls(window)]
    choose_member(scoring, DEBORAH)
    assert scoring.ui.stack.currentWidget() is scoring.ui.work and scoring.ui.editor.buttons
    scoring.ui.editor.abstain.setChecked(True)
    unnamed += [f"Scoring (abstain): {u}" for u in unnamed_controls(window)]
    assert walked > 100
    assert unnamed == []


def test_moderation_drafts_item_and_meeting_mode_name_every_control(qtbot, window, templates, tmp_path):
    open_copy(window, templates, tmp_path, "moderating")
    select_tender(window, EVALUATION)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.select_page("Moderation")
    assert page.ui.drafts.isVisible()  # Deborah's drafts wait to be settled
    page.ui.grid.setFocus()
    page.ui.grid.setCurrentIndex(page.ui.model.index(0, 0))
    assert page.current_item is not None
    assert unnamed_controls(window) == []
    for title in ("Sign-off", "Report", "Results"):
        window.select_page(title)
        assert unnamed_controls(window) == [], title
    window.select_page("Moderation")
    page.ui.grid.setFocus()
    page.meeting_mode()
    meeting = page.meeting
    assert meeting is not None and meeting.isVisible()
    assert unnamed_controls(meeting) == []
    meeting.close()
    page.show_history()
    history = page.history_dialog
    assert history is not None and history.isVisible()
    assert unnamed_controls(history) == []
    history.close()


def test_main_dialogs_name_every_control(qtbot, window, templates, tmp_path, catalogue):
    open_copy(window, templates, tmp_path, "plain")
    controller = window.controller
    ws = controller.workspace
    tender = tenders.get_tender(ws, EVALUATION)
    members = panel.list_members(ws, tender.id)
    tender_bids = bids.list_bids(ws, tender.id, include_withdrawn=False)
    quantitative = next(m for m in tenders.list_measures(ws, tender.id) if m.kind == "quantitative")
    declarations = panel.register(ws, tender.id)
    dialogs = {
        "new tender": NewTenderDialog(controller, catalogue.scales, window),
        "add member": MemberDialog(controller, tender.id, None, window),
        "edit member": MemberDialog(controller, tender.id, members[0], window),
        "declare (panel)": DeclareDialog(controller, members, tender_bids, members[0].id, window, declarations),
        "resolve": ResolveDialog(controller, declarations, {m.id: m for m in members}, {b.id: b for b in tender_bids},
                                 None, window),
        "withdraw bid": WithdrawBidDialog(controller, tender_bids[0], window),
        "method": SetupMethodDialog(controller, quantitative, window),
        "spreadsheet": SetupSpreadsheetDialog(tmp_path, window),
        "declare (scoring)": DeclareInterestDialog(tender_bids, window),
        "first officer": FirstOfficerDialog(controller, window),
        "sign in": SignInDialog(controller, window),
        "confirm passphrase": ConfirmPassphraseDialog(controller, members[0].name, "&Sign off", window),
        "people": PeopleDialog(controller, window),
        "one-time code": one_time_code_dialog(members[0].name, "ABCD-EFGH-JKLM", window),
    }
    problems = {}
    for name, dialog in dialogs.items():
        dialog.show()  # not exec(): the test goes on while it shows
        controls = keyboard_controls(dialog)
        assert len(controls) >= 2, name
        if unnamed_controls(dialog):
            problems[name] = unnamed_controls(dialog)
        dialog.close()
        dialog.deleteLater()
    assert problems == {}


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no window stacking
def test_user_guide_window_names_every_control(qtbot, window):
    guide = show_user_guide(window)
    assert isinstance(guide, HelpWindow) and guide.isVisible()
    assert len(keyboard_controls(guide)) >= 3
    assert unnamed_controls(guide) == []
    assert show_user_guide(window) is guide  # one guide window, raised again, not a second


# --- Tab order ----------------------------------------------------------------------------------
def tab_walk(qtbot, start: QWidget, within: QWidget, presses: int = 40) -> list[QWidget]:
    """Press Tab from `start`, collecting each widget inside `within` that takes the focus, until the
    focus comes back to `start`."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    seen = [start]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is start:
            return seen
        if focused is not None and within.isAncestorOf(focused):
            seen.append(focused)
    raise AssertionError(f"Tab never came back to {start!r}: {[spoken_name(w) for w in seen]}")


def test_scoring_page_tab_order_follows_the_work(qtbot, window, templates, tmp_path):
    """Who I am and the order; declaring; the items; what to read; the score and then its reasons;
    moving on; and Submit last, once the work is done."""
    open_copy(window, templates, tmp_path, "plain")
    select_tender(window, EVALUATION)
    page = window.select_page("Scoring")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    choose_member(page, DEBORAH)
    assert page.ui.stack.currentWidget() is page.ui.work and page.ui.declare_button.isVisible()
    editor = page.ui.editor
    score_stop = object()  # the score buttons are one stop, like radio buttons: Tab enters, arrows choose

    def stops(order: list[QWidget]) -> list:
        out = []
        for w in order:
            stop = score_stop if w in editor.buttons else w
            if not out or out[-1] is not stop:
                out.append(stop)
        return out

    expected = [page.ui.member, page.ui.order, page.ui.declare_button, page.ui.item_list, page.ui.item_view, score_stop,
                editor.abstain, editor.rationale, editor.evidence,
                page.ui.previous_button, page.ui.next_button, page.ui.unscored_button, page.ui.submit_button]
    names = {id(w): spoken_name(w) for w in expected if isinstance(w, QWidget)}
    order = stops(tab_walk(qtbot, page.ui.member, page))
    assert [names.get(id(w), "a score button") for w in order] == [
        names.get(id(w), "a score button") for w in expected]

    # Abstaining opens the reason, which Tab then reaches between the box and the rationale.
    editor.abstain.setFocus()
    qtbot.keyClick(editor.abstain, Qt.Key.Key_Space)
    assert editor.abstain.isChecked() and editor.abstain_reason.isEnabled()
    order = stops(tab_walk(qtbot, page.ui.member, page))
    assert order.index(editor.abstain) + 1 == order.index(editor.abstain_reason)
    assert order.index(editor.abstain_reason) + 1 == order.index(editor.rationale)


def test_scoring_tab_order_survives_a_change_of_scale(qtbot, window, templates, tmp_path):
    """New score buttons (another tender's scale) still come between the item and Abstain."""
    open_copy(window, templates, tmp_path, "plain")
    select_tender(window, EVALUATION)
    page = window.select_page("Scoring")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    choose_member(page, DEBORAH)
    scales = [s for s in load_scales(resources_dir() / "scales.toml").values() if s != page.sheet.scale]
    page.ui.editor.set_scale(scales[0], 0)
    QApplication.processEvents()  # a layout shows the buttons it is given on the next turn of the event loop
    order = tab_walk(qtbot, page.ui.member, page)
    first_score = next(n for n, w in enumerate(order) if w in page.ui.editor.buttons)
    assert order[first_score - 1] is page.ui.item_view
    assert order[first_score + 1] is page.ui.editor.abstain


def _box(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def out_of_visual_order(order: list[QWidget], root: QWidget) -> list[str]:
    """Steps of a Tab walk that do not go on in reading order: each next control must sit below the
    one before it, or beside it on the same line, to its right."""
    problems = []
    for before, after in zip(order, order[1:], strict=False):
        a, b = _box(before, root), _box(after, root)
        below = b.top() >= a.bottom() - 2  # a couple of pixels of overlap between rows of a form
        same_line = b.top() < a.bottom() and a.top() < b.bottom()
        if not (below or (same_line and b.left() >= a.right() - 2)):
            problems.append(f"{spoken_name(before)!r} → {spoken_name(after)!r}")
    return problems


def first_in_reading_order(controls: list[QWidget], root: QWidget) -> QWidget:
    return min(controls, key=lambda w: (_box(w, root).top(), _box(w, root).left()))


def test_the_order_check_tells_reading_order_from_a_jump(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    first, second = QLineEdit(root), QLineEdit(root)
    first.setAccessibleName("first")
    second.setAccessibleName("second")
    layout.addWidget(first)
    layout.addWidget(second)
    root.show()
    assert out_of_visual_order([first, second], root) == []
    assert out_of_visual_order([second, first], root) == ["'second' → 'first'"]


def assert_tab_follows_reading_order(qtbot, root: QWidget, name: str) -> list[QWidget]:
    """Tab through `root`'s window from its first control: every enabled control is reached once, in
    reading order (top to bottom, left to right)."""
    window = root.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    controls = [w for w in keyboard_controls(root) if w.isEnabled()]
    order = tab_walk(qtbot, first_in_reading_order(controls, root), root, presses=80)
    assert out_of_visual_order(order, root) == [], name
    assert sorted(map(id, order)) == sorted(map(id, controls)), (
        name, ", ".join(spoken_name(w) for w in order), ", ".join(spoken_name(w) for w in controls))
    return order


def test_every_dialog_tabs_in_reading_order(qtbot, window, templates, tmp_path, catalogue):
    open_copy(window, templates, tmp_path, "plain")
    controller = window.controller
    ws = controller.workspace
    tender = tenders.get_tender(ws, EVALUATION)
    members = panel.list_members(ws, tender.id)
    tender_bids = bids.list_bids(ws, tender.id, include_withdrawn=False)
    quantitative = [m for m in tenders.list_measures(ws, tender.id) if m.kind == "quantitative"]
    banded = next(m for m in quantitative if m.method == "banded")
    declarations = panel.register(ws, tender.id)
    dialogs = {
        "new tender": lambda: NewTenderDialog(controller, catalogue.scales, window),
        "add member": lambda: MemberDialog(controller, tender.id, None, window),
        "edit member": lambda: MemberDialog(controller, tender.id, members[0], window),
        "declare (panel)": lambda: DeclareDialog(controller, members, tender_bids, members[0].id, window, declarations),
        "resolve": lambda: ResolveDialog(controller, declarations, {m.id: m for m in members},
                                         {b.id: b for b in tender_bids}, None, window),
        "withdraw bid": lambda: WithdrawBidDialog(controller, tender_bids[0], window),
        "method": lambda: SetupMethodDialog(controller, banded, window),
        "spreadsheet": lambda: SetupSpreadsheetDialog(tmp_path, window),
        "first officer": lambda: FirstOfficerDialog(controller, window),
        "sign in": lambda: SignInDialog(controller, window),
        "confirm passphrase": lambda: ConfirmPassphraseDialog(controller, members[0].name, "&Sign off", window),
        "people": lambda: PeopleDialog(controller, window),
        "one-time code": lambda: one_time_code_dialog(members[0].name, "ABCD-EFGH-JKLM", window),
    }
    for name, make in dialogs.items():
        dialog = make()
        dialog.show()
        if isinstance(dialog, DeclareDialog):
            dialog.interest.setCurrentIndex(dialog.interest.count() - 1)  # an interest: nature and details open
            assert dialog.details.isEnabled(), name
        order = assert_tab_follows_reading_order(qtbot, dialog, name)
        assert len(order) >= 3, name
        dialog.close()
        dialog.deleteLater()


def test_bid_details_tab_in_reading_order(qtbot, window, templates, tmp_path):
    """Identifier, names, address, email, date and its calendar button, the record fields (each with its
    evidence), then Discard and Save: an address typed in order lands in Address, not Email."""
    open_copy(window, templates, tmp_path, "plain")
    select_tender(window, EVALUATION)
    page = window.select_page("Bids")
    page.new_bid()
    details = page.details
    order = assert_tab_follows_reading_order(qtbot, page.details_box, "bid details")
    assert order == [details.identifier, details.legal_name, details.trading_name, details.address, details.email,
                     details.received_on, details.received_pick, *details.record_widgets(),
                     page.discard_button, page.save_button]


def test_tender_details_tab_in_reading_order(qtbot, window, templates, tmp_path, catalogue):
    open_copy(window, templates, tmp_path, "plain")
    assert window.controller.op(tenders.create_tender, reference="EV-2026-099", title="Draft", authority="Vale",
                                scale=catalogue.scales["0-5"]).ok
    select_tender(window, "EV-2026-099")
    page = window.select_page("Set-up")
    assert page.details.title_edit.isEnabled()
    assert_tab_follows_reading_order(qtbot, page.details, "tender details")


# --- Help ---------------------------------------------------------------------------------------
def test_help_lists_the_keyboard_shortcuts(qtbot, window, monkeypatch):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help")
    texts = {a.text().replace("&", "").rstrip("…"): a for a in help_menu.actions()}
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append((title, text)))
    texts["Keyboard shortcuts"].trigger()
    (title, table), = shown
    assert texts["Keyboard shortcuts"].shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    for must in ("Ctrl+Enter", "Alt+Right", "Ctrl+D", "F11", "Ctrl+U", "Alt+R"):
        assert must in table, must
    # every shortcut on a menu is in the list (Qt's portable text, e.g. "Ctrl+O")
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    missing = sorted({a.shortcut().toString() for m in menus for a in m.actions()
                      if not a.shortcut().isEmpty() and a.shortcut().toString() not in table}
                     - {QKeySequence(QKeySequence.StandardKey.HelpContents).toString()})
    if "User guide" not in texts:
        pytest.skip("main_window.py has no Help → User guide yet (the lead adds it with the missing rows: "
                    f"{missing})")
    assert missing == []


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_help_menu_opens_the_user_guide(qtbot, window):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help")
    texts = {a.text().replace("&", "").rstrip("…"): a for a in help_menu.actions()}
    if "User guide" not in texts:
        pytest.skip("main_window.py has no Help → User guide yet (the lead adds it; see the report)")
    texts["User guide"].trigger()
    guide = window.findChild(HelpWindow)
    assert guide is not None and guide.isVisible() and guide.found


def test_the_guide_renders_with_its_screenshots_offline(qtbot):
    path = guide_path()
    assert path is not None and path.name == "guide.md"
    guide = HelpWindow(path=path)
    qtbot.addWidget(guide)
    guide.show()
    text = guide.browser.toPlainText()
    assert "Score bids" in text and "Where data lives" in text
    assert "Score bids" in guide.headings()
    images = []
    block = guide.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                images.append(fmt.toImageFormat())
            it += 1
        block = block.next()
    assert len(images) >= 8
    for image in images:
        assert Path(guide.image_file(image.name())).is_file(), image.name()
        loaded = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(image.name()))
        assert loaded, image.name()  # found through the browser's own search, as when it paints
        natural = QImageReader(guide.image_file(image.name())).size().width()
        assert 0 < (image.width() or natural) <= 760, image.name()  # wide screenshots are scaled down to fit
    assert guide.show_section("Score bids")
    guide.find_field.setText("coopeval verify")
    guide.find_next()
    assert guide.browser.textCursor().selectedText() == "coopeval verify"


def test_a_missing_guide_is_said_plainly(qtbot, tmp_path):
    guide = HelpWindow(path=tmp_path / "guide.md")
    qtbot.addWidget(guide)
    guide.show()
    assert not guide.found
    assert "The user guide is not installed" in guide.browser.toPlainText()
    assert guide.headings() == ["The user guide is not installed"]


def test_a_link_to_another_page_of_the_docs_opens_in_the_window_with_a_way_back(qtbot, tmp_path):
    (tmp_path / "guide.md").write_text("# Guide\n\nSee [the format](format.md).\n", encoding="utf-8")
    (tmp_path / "format.md").write_text("# The format\n\nEvery field.\n", encoding="utf-8")
    guide = HelpWindow(path=tmp_path / "guide.md")
    qtbot.addWidget(guide)
    guide.show()
    assert not guide.back_button.isVisible()
    guide.browser.anchorClicked.emit(QUrl("format.md"))
    assert guide.headings() == ["The format"] and guide.back_button.isVisible()
    assert spoken_name(guide.back_button) and unnamed_controls(guide) == []
    qtbot.mouseClick(guide.back_button, Qt.MouseButton.LeftButton)
    assert guide.headings() == ["Guide"] and not guide.back_button.isVisible()


def test_an_evaluator_pack_window_names_every_control(qtbot, window, templates, tmp_path, monkeypatch):
    """The main window in pack mode: the Overview and Scoring pages, and Return pack."""
    from coopeval.services.identity import people

    packs_export = pytest.importorskip("coopeval.services.packs.export")
    path = open_copy(window, templates, tmp_path, "plain")
    window.controller.close(emit=True)
    with Workspace.open(path, actor="tom") as ws:
        if not people.person(ws, DEBORAH).has_passphrase:  # a pack carries her passphrase hash and key
            people.set_passphrase(ws, DEBORAH, "deborah scores at home")
        pack, _ = packs_export.export_pack(ws, EVALUATION, DEBORAH, tmp_path / "deborah.coopeval-pack",
                                           passphrase="copper kettle morning")
    monkeypatch.setattr("coopeval.ui.packs.passphrases.ask", lambda *a: "copper kettle morning")
    assert window.file_actions.open_path(pack.path)
    assert window.pack_mode.active
    scoring = window.select_page("Scoring")
    assert scoring.ui.stack.currentWidget() is scoring.ui.work
    assert window.pack_mode.return_button.isVisible()
    assert unnamed_controls(window) == []


def test_moderation_tab_order_follows_the_meeting(qtbot, window, templates, tmp_path):
    """The view controls, the grid (arrows move between its cells; Tab leaves it), the item, then the
    consensus: its score, the proposed median, the rationale, who was present, Record."""
    path = tmp_path / "settled.coopeval"
    shutil.copyfile(templates["moderating"], path)
    with Workspace.open(path, actor="tom") as ws:  # each evaluator settles their drafts first
        for d in drafts.pending_drafts(ws, EVALUATION):
            if d.submittable:
                drafts.submit_draft(ws, d.score_id, member_id=d.member_id)
            else:
                drafts.withdraw_draft(ws, d.score_id, member_id=d.member_id, reason="Not finished in time")
    assert window.file_actions.open_path(path)
    select_tender(window, EVALUATION)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.select_page("Moderation")
    qualitative = next(r for r, m in enumerate(page.ui.model.rows) if m.kind == "qualitative")
    page.ui.grid.setCurrentIndex(page.ui.model.index(qualitative, 0))
    editor = page.ui.editor
    assert editor.record_button.isEnabled() and editor.buttons
    order = tab_walk(qtbot, page.ui.only_discussion, page)
    grid = order.index(page.ui.grid)
    assert page.ui.item_view.isAncestorOf(order[grid + 1]) and order[grid + 2] in editor.buttons
    assert order[grid + 3:] == [w for w in (editor.accept_proposed, editor.rationale, editor.present, editor.record_button)
                                if w.isVisible() and w.isEnabled()]
