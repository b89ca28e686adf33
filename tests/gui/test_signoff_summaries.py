"""The Sign-off page's "Assessment summaries" box (issue 21): before sign-off it lists what each bidder's summary
lacks under regulation 31, in words with a mark (never colour alone), each with a link that goes to the page and item
that fixes it (the Moderation page's bid × measure); the warning that only the social value part can be stated goes
to the Results page; fixing the gap takes it off the list."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from coopeval.services.moderation import consensus as moderation
from coopeval.services.reports.summary_checks import SummaryChecks
from coopeval.ui.pages import report as report_module
from tests.helpers.hand_worked import hand_worked_tender
from tests.helpers.screenshots import save
from tests.helpers.workspaces import staged_file
from tests.unit.services.test_summary_checks import signed_off


def link(box, text: str):
    found = [b for b in box.links if b.text() == text]
    assert found, [b.text() for b in box.links]
    return found[0]


def test_each_gap_links_to_the_item_that_fixes_it(qtbot, window, tmp_path):
    assert window.file_actions.open_path(tmp_path / "summaries.coopeval", create=True)
    ws = window.controller.workspace
    t = hand_worked_tender(ws, leave_out=("HW-C", "LOC-03"))
    window.reload_tenders(t.tender_id)
    page = window.select_page("Sign-off")
    box = page.summaries
    assert box.summary.text().startswith("✗ Problem:")
    texts = [label.accessibleName() for label in box.findChildren(type(box.summary)) if label.accessibleName()]
    assert any(n.startswith("Problem: ") and "LOC-03 Volunteering hours for Vale community groups: the score has no reasons" in n for n in texts), texts
    assert any(n.startswith("Warning: ") and "social value part" in n for n in texts), texts
    save(page, "signoff-summaries.png")

    # the missing reason goes to the Moderation page with HW-C × LOC-03 chosen
    link(box, "Go to Moderation: HW-C, LOC-03").click()
    moderation_page = window.tabs.currentWidget()
    assert moderation_page.title == "Moderation"
    item = moderation_page.current_item
    assert item is not None and (item.bid_identifier, item.code) == ("HW-C", "LOC-03")

    # the warning goes to the Results page, where the other award criteria are recorded
    window.select_page("Sign-off")
    link(box, "Go to Results").click()
    assert window.tabs.currentWidget().title == "Results"

    # recording the reason (by reference to the bid) takes the gap off the list
    window.controller.op(moderation.record_consensus, t.bids["HW-C"], t.measures["LOC-03"],
                         rationale="19 hours in the volunteering plan (section 4, p. 6) is below every band.",
                         present=["Ann", "Cal"], accepted_quantity=None)
    window.select_page("Sign-off")
    assert "Go to Moderation: HW-C, LOC-03" not in [b.text() for b in box.links]


def test_the_report_page_asks_before_writing_summaries_with_problems(qtbot, sync_window, tmp_path_factory, tmp_path,
                                                                     monkeypatch):

    path = tmp_path / "ws.coopeval"
    t = staged_file(tmp_path_factory, path, "moderation")
    signed_off(path, t, {(t.bids[0], t.qualitative): "Meets the requirements."})
    assert sync_window.file_actions.open_path(path)
    sync_window.reload_tenders(t.id)
    page = sync_window.select_page("Report")
    folder = tmp_path / "summaries"
    folder.mkdir()
    monkeypatch.setattr(report_module.QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))
    asked = []
    monkeypatch.setattr(page, "confirm_summary_problems", lambda checks: asked.append(checks.lines()) or False)
    page.summaries_button.click()
    assert len(asked) == 1 and "do not refer to the tender" in asked[0][0]
    assert list(folder.iterdir()) == []  # Cancel: nothing written, no folder asked for
    monkeypatch.setattr(page, "confirm_summary_problems", lambda checks: asked.append(checks.lines()) or True)
    page.summaries_button.click()
    assert len(list(folder.glob("*.pdf"))) == 2
    assert "written with 1 regulation 31 problem(s), recorded in the audit log" in page.result.text()
    assert "social value part" in page.result.text()


def test_the_question_offers_write_anyway(qtbot, window, monkeypatch):
    """The real question: Cancel is the default; Write anyway answers True."""
    page = next(p for p in window.pages if p.title == "Report")
    checks = SummaryChecks("T1", True, "", (), (), ())
    seen = []

    def answer(box, which):
        seen.append((box.text(), box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)))
        chosen = next(b for b in box.buttons() if (b.text() == "&Write anyway") == which)
        monkeypatch.setattr(box, "clickedButton", lambda: chosen)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box, True))
    assert page.confirm_summary_problems(checks) is True
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box, False))
    assert page.confirm_summary_problems(checks) is False
    assert all(default for _, default in seen) and "regulation 31" in seen[0][0]
