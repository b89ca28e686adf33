"""Opening another workspace resets every page: with the Moderation, Sign-off and Report pages showing
the demo's signed-off tender (id 1), File → Open of another file whose tender also has id 1 leaves
nothing of the demo on any page, in any dialog or window, or in any id an action would use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

import coopeval.ui.pages.report as report_module
from coopeval.services.setup import tenders
from coopeval.ui.pages.base import TenderPage
from coopeval.ui.pages.report import UNSIGNED
from tests.helpers.reports import DEMO_DONE, demo_copy
from tests.helpers.widgets import choose
from tests.helpers.workspaces import staged_file


def grid_text(page) -> str:
    """The Moderation grid's headers: the bids across, the measures down."""
    model = page.ui.model
    return " ".join([str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
                    + [str(model.headerData(r, Qt.Orientation.Vertical)) for r in range(model.rowCount())])


def signatures_text(page) -> str:
    model = page.signatures
    return " ".join(str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(model.columnCount()))


def test_opening_another_workspace_forgets_every_page_of_the_old_one(qtbot, sync_window, tmp_path_factory, tmp_path,
                                                                      monkeypatch):
    window = sync_window
    demo = demo_copy(tmp_path_factory, tmp_path / "demo.coopeval")
    other = tmp_path / "other.coopeval"
    built = staged_file(tmp_path_factory, other, "signed_off")
    assert window.file_actions.open_path(demo)
    done_id = window.controller.read(tenders.get_tender, DEMO_DONE).id
    assert done_id == built.id, "the two files' tenders must share an id for this test to mean anything"
    window.reload_tenders(done_id)

    # Workspace A: the Moderation grid with an item chosen, meeting mode and the history dialog open ...
    moderation = window.select_page("Moderation")
    assert moderation.data is not None and moderation.data.tender.reference == DEMO_DONE
    moderation.next_item()
    demo_key = moderation.current_key
    assert demo_key is not None
    moderation.show_history()
    history = moderation.history_dialog
    assert history is not None and history.isVisible()
    moderation.meeting_mode()
    meeting = moderation.meeting
    assert meeting is not None and meeting.isVisible()
    demo_grid, demo_keys = grid_text(moderation), moderation.ui.model.keys()
    # ... the Sign-off page's signatures and a reason being typed ...
    signoff = window.select_page("Sign-off")
    assert signoff.state is not None and signoff.state.signatures
    demo_signers = {s.member for s in signoff.state.signatures}
    assert all(name in signatures_text(signoff) for name in demo_signers)
    signoff.reason.setPlainText("A score was typed into the wrong bid.")
    signoff.say("Something said about the demo.")
    # ... and the Report page's line about the PDF it wrote.
    report = window.select_page("Report")
    choose(qtbot, report.sign_with, UNSIGNED)
    out = tmp_path / "demo-report.pdf"
    monkeypatch.setattr(report_module.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    report.write_report()
    qtbot.waitUntil(lambda: "Wrote" in report.result.text(), timeout=60_000)
    window.select_page("Moderation")

    # File → Open recent → workspace B.
    assert window.file_actions.open_path(other)
    assert window.current_tender_id() == built.id

    assert moderation.data is not None and moderation.data.tender.reference == built.reference
    assert moderation.meeting is None and not meeting.isVisible()
    assert moderation.history_dialog is None and not history.isVisible()
    grid = grid_text(moderation)
    assert "Bidder 0 Co-operative Ltd" in grid and "Bidder 0" not in demo_grid
    assert moderation.current_item is not None and moderation.current_item.bid_id in built.bids
    demo_count = f"of {len(demo_keys)}"
    assert f"of {len(moderation.ui.model.keys())}" in moderation.ui.item_view.text.text()
    assert demo_count not in moderation.ui.item_view.text.text()

    window.select_page("Sign-off")
    assert signoff.state is not None and signoff.state.tender.reference == built.reference
    names = signatures_text(signoff)
    assert "Ann" in names and not any(name in names for name in demo_signers)
    assert signoff.message.text() == "" and signoff.reason.toPlainText() == ""
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.No)
    signoff.reason.setPlainText("Checking what the question names.")
    signoff.reopen()
    assert len(asked) == 1 and built.reference in asked[0] and DEMO_DONE not in asked[0]

    window.select_page("Report")
    assert report.result.text() == ""
    assert built.reference in report.state.text() and DEMO_DONE not in report.state.text()


def test_closing_the_workspace_forgets_every_page(qtbot, sync_window, tmp_path_factory, tmp_path):
    window = sync_window
    assert window.file_actions.open_path(demo_copy(tmp_path_factory, tmp_path / "demo.coopeval"))
    window.reload_tenders(window.controller.read(tenders.get_tender, DEMO_DONE).id)
    moderation = window.select_page("Moderation")
    moderation.meeting_mode()
    meeting = moderation.meeting
    assert meeting is not None
    report = window.select_page("Report")
    report.result.setText("Wrote demo.pdf")

    window.controller.close()

    for page in window.pages:
        assert page.tender_id is None, page.title
    assert moderation.data is None and moderation.current_key is None and moderation.meeting is None
    assert not meeting.isVisible()
    assert moderation.ui.model.rowCount() == 0
    assert report.result.text() == "" and report.status is None
    signoff = window.select_page("Sign-off")
    assert signoff.state is None and signoff.signatures.rowCount() == 0 and signoff.officer.count() == 0


def test_every_page_says_what_it_forgets(sync_window):
    """TenderPage.forget has no default that could let a page keep an old file's ids unnoticed."""
    for page in sync_window.pages:
        assert type(page).forget is not TenderPage.forget, page.title
