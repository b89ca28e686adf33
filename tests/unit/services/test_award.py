"""Recording the award of a signed-off tender (issue 19): the checks on the form, the standstill it works out, the
lifecycle moves it makes (awarded, in delivery, closed, withdrawn), and the audit trail they leave."""

from __future__ import annotations

import pytest

from coopeval.domain import lifecycle
from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.numbers import InputError
from coopeval.services.bids import entry as bids
from coopeval.services.changes import ChangeKind
from coopeval.services.delivery import award, commitments
from coopeval.services.moderation import consensus as moderation
from coopeval.services.setup import tenders
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from tests.helpers.workspaces import staged_file

GOOD = {"notice_date": "18/12/2026", "start_on": "1 Feb 2027", "end_on": "2030-01-31", "value": "£1,250,000"}


@pytest.fixture
def at(tmp_path_factory, tmp_path):
    """`at(stage)` opens a private copy of a workspace whose tender T1 is at `stage`."""
    opened: list[Workspace] = []

    def open_at(stage: str):
        path = tmp_path / f"{stage}-{len(opened)}.coopeval"
        built = staged_file(tmp_path_factory, path, stage)
        ws = Workspace.open(path, actor="officer")
        opened.append(ws)
        return ws, built

    yield open_at
    for ws in opened:
        ws.close()


def _status(ws, t) -> str:
    return tenders.get_tender(ws, t.reference).status


def test_award_records_standstill_moves_to_awarded_and_seeds_commitments(at):
    ws, t = at("signed_off")
    view, changes = award.record_award(ws, t.reference, bid="IP001", summaries_sent_on="17 Dec 2026", **GOOD)
    assert (view.bid_id, view.bid_identifier, view.supplier) == (t.bids[1], "IP001", "Bidder 1 Co-operative Ltd")
    assert (view.notice_date, view.start_on, view.end_on) == ("2026-12-18", "2027-02-01", "2030-01-31")
    assert view.value_pence == 125_000_000
    assert view.standstill_applies and view.standstill_ends == "2026-12-31"
    assert view.summaries_sent_on == "2026-12-17" and view.entered_on is None
    assert ChangeKind.AWARD in changes.kinds and changes.tender_id == t.id
    assert _status(ws, t) == lifecycle.AWARDED
    assert award.current_award(ws, t.reference) == view
    assert commitments.list_commitments(ws, t.reference), "the winning bid's commitments are carried over"
    assert "Standstill ends at the end of 31 Dec 2026; the contract may be entered into from 1 Jan 2027." in \
        award.award_lines(view)
    with ws.reading() as s:
        actions = [e.action for e in audit.history(s, tender_ref=t.reference)]
        assert audit.verify(s).ok
    assert "award" in actions and actions[actions.index("award") + 1] == "award"  # the award row, then the tender


def test_bid_by_numeric_id_and_refusals_of_other_bids(at):
    ws, t = at("signed_off")
    with pytest.raises(NotFoundError, match="has no bid 'NOPE'"):
        award.record_award(ws, t.reference, bid="NOPE", **GOOD)
    with pytest.raises(NotFoundError):
        award.record_award(ws, t.reference, bid=999_999, **GOOD)
    view, _ = award.record_award(ws, t.reference, bid=str(t.bids[0]), **GOOD)
    assert view.bid_identifier == "IP000"


def test_withdrawn_bid_cannot_win(at):
    ws, t = at("moderation")
    bids.withdraw_bid(ws, t.bids[1], "Left the market.")
    for measure in t.measures:
        moderation.record_consensus(ws, t.bids[0], measure, value=3 if measure == t.qualitative else None,
                                    rationale="Agreed by the panel.", present=["Ann", "Cal"])
    for member in t.scorers:
        signoff.sign(ws, member, "I confirm the evaluation was fair.")
    signoff.finalise(ws, t.reference, t.chair)
    with pytest.raises(InputError, match="was withdrawn, so it cannot be awarded"):
        award.record_award(ws, t.reference, bid="IP001", **GOOD)


def test_only_a_signed_off_tender_is_awarded(at):
    ws, t = at("moderation")
    with pytest.raises(LifecycleError, match="Only a signed-off tender can be awarded; T1 is in moderation"):
        award.record_award(ws, t.reference, bid="IP000", **GOOD)
    ws, t = at("signed_off")
    award.record_award(ws, t.reference, bid="IP000", **GOOD)
    with pytest.raises(LifecycleError, match="already awarded"):
        award.record_award(ws, t.reference, bid="IP001", **GOOD)


def test_every_problem_with_the_form_is_reported_at_once(at):
    ws, t = at("signed_off")
    with pytest.raises(InputError) as caught:
        award.record_award(ws, t.reference, bid="IP000", notice_date="18/12/2026", start_on="1/2/2030",
                           end_on="1/2/2027", value="0", summaries_sent_on="19 Dec 2026")
    text = str(caught.value)
    assert "The contract ends (1 Feb 2027) before it starts (1 Feb 2030)." in text
    assert "more than £0" in text
    assert "before the contract award notice is published (PA 2023 s.50)" in text
    assert len(caught.value.messages) == 3
    assert _status(ws, t) == lifecycle.SIGNED_OFF and award.current_award(ws, t.reference) is None


def test_missing_and_malformed_dates(at):
    ws, t = at("signed_off")
    with pytest.raises(InputError) as caught:
        award.record_award(ws, t.reference, bid="IP000", notice_date="", start_on="soon", end_on="2030-01-31",
                           value="1000")
    assert "Give the contract award notice date." in caught.value.messages
    assert any(m.startswith("Contract start date: 'soon' is not a date") for m in caught.value.messages)


def test_contract_not_entered_into_inside_standstill(at):
    ws, t = at("signed_off")
    with pytest.raises(InputError, match="standstill runs until the end of 31 Dec 2026"):
        award.record_award(ws, t.reference, bid="IP000", entered_on="31/12/2026", **GOOD)
    with pytest.raises(InputError, match="before the contract award notice"):
        award.record_award(ws, t.reference, bid="IP000", entered_on="17/12/2026", **GOOD)
    view, _ = award.record_award(ws, t.reference, bid="IP000", entered_on="1 Jan 2027", **GOOD)
    assert view.entered_on == "2027-01-01"


def test_exemption_needs_a_known_case_and_a_reason(at):
    ws, t = at("signed_off")
    with pytest.raises(InputError, match="Say why no standstill applies"):
        award.record_award(ws, t.reference, bid="IP000", standstill_exemption="other", **GOOD)
    with pytest.raises(InputError, match="'made_up' is not one of the cases"):
        award.record_award(ws, t.reference, bid="IP000", standstill_exemption="made_up", standstill_reason="x",
                           **GOOD)
    with pytest.raises(InputError, match="A reason without an exemption"):
        award.record_award(ws, t.reference, bid="IP000", standstill_reason="urgent", **GOOD)
    view, _ = award.record_award(ws, t.reference, bid="IP000", standstill_exemption="other",
                                 standstill_reason="Call-off under the council's framework.",
                                 entered_on="18/12/2026", **GOOD)
    assert not view.standstill_applies and view.standstill_ends is None
    assert view.entered_on == "2026-12-18", "no standstill: the contract may be entered into on the notice day"
    assert award.standstill_text(view).startswith("No standstill applies: another case")


def test_withdraw_needs_a_reason_and_allows_reopening(at):
    ws, t = at("signed_off")
    award.record_award(ws, t.reference, bid="IP000", **GOOD)
    with pytest.raises(LifecycleError, match="withdraw the award"):
        signoff.reopen(ws, t.reference, "A scoring error.")
    with pytest.raises(InputError, match="Give a reason"):
        award.withdraw_award(ws, t.reference, "  ")
    award.withdraw_award(ws, t.reference, "The winner's bid failed a late check.")
    assert _status(ws, t) == lifecycle.SIGNED_OFF
    assert award.current_award(ws, t.reference) is None
    again, _ = award.record_award(ws, t.reference, bid="IP001", **GOOD)  # a new award after withdrawal
    assert again.bid_identifier == "IP001"
    award.withdraw_award(ws, t.reference, "Second thoughts.")
    signoff.reopen(ws, t.reference, "A scoring error.")
    assert _status(ws, t) == lifecycle.MODERATION
    with ws.reading() as s:
        actions = [e.action for e in audit.history(s, tender_ref=t.reference)]
        assert audit.verify(s).ok
    assert actions.count("withdraw_award") == 4  # each withdrawal: the award row and the tender


def test_delivery_then_close_and_no_withdrawal_once_delivering(at):
    ws, t = at("signed_off")
    with pytest.raises(LifecycleError, match="no award to withdraw"):
        award.withdraw_award(ws, t.reference, "why")
    with pytest.raises(LifecycleError, match="Delivery starts once the tender is awarded"):
        award.start_delivery(ws, t.reference)
    award.record_award(ws, t.reference, bid="IP000", **GOOD)
    with pytest.raises(LifecycleError, match="Only a contract in delivery can be closed"):
        award.close_contract(ws, t.reference)
    award.start_delivery(ws, t.reference)
    assert _status(ws, t) == lifecycle.IN_DELIVERY
    with pytest.raises(LifecycleError, match="cannot be withdrawn"):
        award.withdraw_award(ws, t.reference, "Changed our minds.")
    award.close_contract(ws, t.reference)
    assert _status(ws, t) == lifecycle.CLOSED
    with pytest.raises(LifecycleError, match="cannot be withdrawn"):
        award.withdraw_award(ws, t.reference, "Changed our minds.")
    assert award.current_award(ws, t.reference) is not None
    with ws.reading() as s:
        last = audit.history(s, tender_ref=t.reference)[-1]
    assert last.action == "close_contract" and "31 Jan 2030" in last.note
