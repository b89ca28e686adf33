"""Issue 16: a large tender's regulation 31 check reads the whole record, so the Sign-off page reads it on the worker
(`Loader`): the box says it is checking, then shows the check; a change checks again (on the worker too); a small
tender's check is read at once, with no "checking" in between."""

from __future__ import annotations

import threading

from coopeval.services.moderation import consensus as moderation
from coopeval.services.reports import summary_checks as checks_service
from coopeval.ui.pages import loading
from coopeval.ui.pages import signoff as signoff_module
from tests.helpers.hand_worked import hand_worked_tender

CHECKING = "Checking the assessment summaries…"
GAP = "Go to Moderation: HW-C, LOC-03"


def test_a_large_tenders_check_loads_on_the_worker_and_a_change_checks_again(qtbot, window, tmp_path, monkeypatch):
    assert window.file_actions.open_path(tmp_path / "summaries.coopeval", create=True)
    t = hand_worked_tender(window.controller.workspace, leave_out=("HW-C", "LOC-03"))
    threads: list[threading.Thread] = []
    real = checks_service.summary_checks

    def checked(ws, tender):  # where the check runs
        threads.append(threading.current_thread())
        return real(ws, tender)

    monkeypatch.setattr(signoff_module, "summary_checks", checked)
    monkeypatch.setattr(loading, "BACKGROUND_FROM", 0)  # every tender counts as large
    checks_service.clear_cache()
    window.reload_tenders(t.tender_id)
    page = window.select_page("Sign-off")
    box = page.summaries
    qtbot.waitUntil(lambda: not page.checks_loader.loading and not window.controller.busy and not box.filling,
                    timeout=20_000)
    assert box.summary.text().startswith("✗ Problem:")
    shown = list(box.links)

    page.reload()  # as a change or choosing the tender does
    assert box.loading and box.summary.text() == CHECKING  # said at once; the check is on the worker
    assert box.links == shown  # the rows stay while the check is read
    qtbot.waitUntil(lambda: not box.loading and not box.filling, timeout=20_000)
    assert box.summary.text().startswith("✗ Problem:")
    assert GAP in [b.text() for b in box.links]
    assert all(a is b for a, b in zip(box.links, shown, strict=True))  # the same checks: the rows were not rebuilt
    assert threads and all(th is not threading.main_thread() for th in threads)

    # recording the missing reason (by reference to the bid) checks again, on the worker, and takes the gap off
    seen = len(threads)
    assert window.controller.op(moderation.record_consensus, t.bids["HW-C"], t.measures["LOC-03"],
                                rationale="19 hours in the volunteering plan (section 4, p. 6) is below every band.",
                                present=["Ann", "Cal"], accepted_quantity=None).ok
    assert box.loading and box.summary.text() == CHECKING
    qtbot.waitUntil(lambda: not box.loading and not box.filling, timeout=20_000)
    assert len(threads) > seen and threads[-1] is not threading.main_thread()
    assert GAP not in [b.text() for b in box.links]
    assert box.summary.text().startswith(("✗ Problem:", "✓ Done:"))


def test_a_small_tenders_check_is_read_at_once(qtbot, window, tmp_path):
    assert window.file_actions.open_path(tmp_path / "summaries.coopeval", create=True)
    t = hand_worked_tender(window.controller.workspace, leave_out=("HW-C", "LOC-03"))
    checks_service.clear_cache()
    window.reload_tenders(t.tender_id)
    page = window.select_page("Sign-off")
    page.reload()
    assert not page.summaries.loading and page.summaries.summary.text().startswith("✗ Problem:")
    assert GAP in [b.text() for b in page.summaries.links]
    assert not window.controller.busy  # nothing was left on the worker


def test_another_workspace_drops_a_check_still_loading(qtbot, window, tmp_path, monkeypatch):
    assert window.file_actions.open_path(tmp_path / "summaries.coopeval", create=True)
    t = hand_worked_tender(window.controller.workspace, leave_out=("HW-C", "LOC-03"))
    monkeypatch.setattr(loading, "BACKGROUND_FROM", 0)
    checks_service.clear_cache()
    window.reload_tenders(t.tender_id)
    page = window.select_page("Sign-off")
    qtbot.waitUntil(lambda: not page.checks_loader.loading and not window.controller.busy, timeout=20_000)
    checks_service.clear_cache()
    page.reload()
    assert page.summaries.loading
    assert window.file_actions.open_path(tmp_path / "other.coopeval", create=True)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=20_000)
    qtbot.wait(50)  # the stale answer, if any, has arrived
    assert not page.summaries.loading and page.summaries.links == [] and page.summaries.checks is None


def test_the_same_signatures_again_leave_the_table_as_it_is(qtbot):
    from coopeval.services.signoff.view import Signature
    from coopeval.ui.signoff.signatures import SignatureTableModel

    model = SignatureTableModel()
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    ann = Signature("Ann", "evaluator", 1, "I confirm.", "2026-12-07T10:00:00Z")
    model.set_signatures([ann])
    model.set_signatures([Signature("Ann", "evaluator", 1, "I confirm.", "2026-12-07T10:00:00Z")])  # equal: kept
    assert resets == [1] and model.rowCount() == 1
    model.set_signatures([ann, Signature("Cal", "chair", 1, "Agreed.", "2026-12-07T11:00:00Z")])
    assert resets == [1, 1] and model.rowCount() == 2 and model.index(1, 1).data() == "Cal"
    model.set_signatures([])
    assert resets == [1, 1, 1] and model.rowCount() == 0


def many_checks(bidders: int, each: int, tag: str = ""):
    from coopeval.services.reports.summary_checks import (
        MODERATION,
        BidderChecks,
        SummaryCheck,
        SummaryChecks,
        SummaryWhere,
    )

    return SummaryChecks("T1", True, "", (), tuple(
        BidderChecks(f"B{b:02}", f"Bidder {b}", tuple(
            SummaryCheck("not_by_reference", f"{tag}B{b:02} M{m:02}: the reasons do not refer to the tender.",
                         SummaryWhere(MODERATION, f"B{b:02}", f"M{m:02}")) for m in range(each)))
        for b in range(bidders)), ())


def test_a_long_list_is_made_a_few_rows_at_a_time(qtbot):
    from coopeval.ui.signoff.summary_checks import ROWS_AT_ONCE, SHOWN, SummaryChecksBox

    box = SummaryChecksBox()
    qtbot.addWidget(box)
    box.show()
    box.show_checks(many_checks(8, 20), tender_id=1)  # 160 problems: 40 rows shown, 8 headings, "and 120 more"
    assert box.filling and 0 < len(box.links) < ROWS_AT_ONCE  # the first rows at once, the rest to follow
    assert box.summary.text().startswith("✗ Problem: 160")
    qtbot.waitUntil(lambda: not box.filling, timeout=5_000)
    assert len(box.links) == SHOWN
    assert [b.text() for b in box.links[:2]] == ["Go to Moderation: B00, M00", "Go to Moderation: B00, M01"]
    texts = [label.text() for label in box.rows.findChildren(type(box.summary))]
    assert sum(t.startswith("<b>B") for t in texts) == 8 and any("and 120 more" in t for t in texts)

    # another list while one is still being made: only the new one's rows are made
    box.show_checks(many_checks(8, 20), tender_id=2)
    assert box.filling
    box.show_checks(many_checks(1, 3, tag="new "), tender_id=3)
    assert not box.filling
    qtbot.wait(20)
    assert len(box.links) == 3 and all(label.accessibleName().startswith("Go to the") for label in box.links)
    assert all("new " in b.accessibleName() for b in box.links)
