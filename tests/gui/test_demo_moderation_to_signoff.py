"""The demo's tender in evaluation taken all the way: moderation opened with its drafts settled,
every consensus recorded, sign-off refused while one is missing, then signed and finalised, edits
refused afterwards in the app and at the services, and reopened with a reason."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from coopeval.domain.lifecycle import LifecycleError
from coopeval.services.bids import entry as bids
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.moderation import consensus as moderation
from coopeval.services.panel import members as panel
from coopeval.services.setup import tenders
from coopeval.services.signoff import actions as signoff
from coopeval.services.signoff.view import CONSENSUS
from tests.helpers.moderation_demo import REF, open_on_moderation
from tests.helpers.signoff_page import STATEMENT, sign_as
from tests.helpers.widgets import press


def _record_all_but_one(ws):
    """Consensus for every bid × measure except the last; returns the one left out."""
    measures = tenders.list_measures(ws, REF)
    active = [b for b in bids.list_bids(ws, REF) if not b.withdrawn]
    items = [(b.id, m) for b in active for m in measures]
    scoring = [m.name for m in panel.list_members(ws, REF) if m.role in ("evaluator", "chair")]
    for bid_id, m in items[:-1]:
        moderation.record_consensus(ws, bid_id, m.id, value=3 if m.kind == "qualitative" else None,
                                    rationale="Agreed after discussion of the evidence in the bid.",
                                    present=scoring)
    return items[-1][0], items[-1][1]


def test_demo_tender_from_moderation_to_sign_off_and_reopen(qtbot, window, moderation_templates, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    open_on_moderation(qtbot, window, moderation_templates, tmp_path, opened=True)
    ws = window.controller.workspace
    tender = tenders.get_tender(ws, REF)
    assert tender.status == "moderation"
    last_bid, last_measure = _record_all_but_one(ws)

    page = window.select_page("Sign-off")
    page.reload()
    assert "1 bid × measure item(s) have no consensus score" in page.checklist.texts[CONSENSUS].text()
    assert not page.sign_button.isEnabled()
    with pytest.raises(LifecycleError, match="no consensus score"):
        signoff.sign(ws, panel.find_member(ws, REF, "Priya Raman").id, STATEMENT)

    assert window.controller.op(moderation.record_consensus, last_bid, last_measure.id,
                                value=4 if last_measure.kind == "qualitative" else None,
                                rationale="Strong, specific and evidenced; the panel agreed on 4.",
                                present=["Priya Raman"]).ok
    page = window.select_page("Sign-off")
    signers = [m for m in panel.list_members(ws, REF) if m.role in ("evaluator", "chair")]
    excluded_everywhere = {d.member_id for d in panel.register(ws, REF)
                           if d.current and d.bid_id is None and d.resolution == "excluded"}
    for member in signers:
        if member.id not in excluded_everywhere:
            sign_as(qtbot, page, member.id, STATEMENT)
            assert page.message.text() == f"{member.name} has signed off."
    press(qtbot, page.finalise_button)
    assert tenders.get_tender(ws, REF).status == "signed_off"

    # Nothing changes after sign-off: the services refuse, and the pages say so.
    evaluator = signers[0]
    any_bid = bids.list_bids(ws, REF)[0].id
    qualitative = next(m for m in tenders.list_measures(ws, REF) if m.kind == "qualitative")
    with pytest.raises(LifecycleError):
        evaluation.save_score(ws, evaluator.id, any_bid, qualitative.id, value=1, rationale="Changed afterwards.")
    with pytest.raises(LifecycleError):
        moderation.record_consensus(ws, any_bid, qualitative.id, value=1, rationale="Changed afterwards.")
    with pytest.raises(LifecycleError):
        bids.set_response(ws, any_bid, qualitative.id, text="Edited afterwards")
    setup = window.select_page("Set-up")
    assert "signed off" in setup.banner.text() and "none of them can change" in setup.banner.text()
    assert "evaluation has started" not in setup.banner.text()

    page = window.select_page("Sign-off")
    press(qtbot, page.reopen_button)  # no reason: the service says what is missing
    assert "Give a reason" in page.message.text()
    assert tenders.get_tender(ws, REF).status == "signed_off"
    page.reason.setFocus()
    qtbot.keyClicks(page.reason, "A bidder asked for the scores of CV-PA-01 to be checked.")
    press(qtbot, page.reopen_button)
    reopened = tenders.get_tender(ws, REF)
    assert reopened.status == "moderation"
    assert signoff.checklist(ws, REF).unsigned_members  # everyone signs again in the new round
