"""The regulation 31 check of every assessment summary, on real workspaces: each gap found per bidder with the page
and item that fixes it; `write_summaries` refuses while anything is missing (every problem listed, nothing written)
or, forced, writes and records the problems in the audit log; missing other award criteria is a warning only; the
summaries state the whole result once the other criteria are complete."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopeval.domain import reg31
from coopeval.domain.errors import CoopEvalError
from coopeval.services.criteria import criteria as other
from coopeval.services.moderation import consensus as moderation
from coopeval.services.reports import writing as reports
from coopeval.services.reports.summary_checks import MODERATION, RESULTS, summary_checks
from coopeval.services.setup import tenders
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from tests.helpers.reports import pdf_pages
from tests.helpers.workspaces import BuiltTender, staged_file

GOOD = "Agreed from the bid's response (section 2, p. 4)."


def signed_off(path: Path, t: BuiltTender, rationale: dict[tuple[int, int], str] | None = None) -> None:
    """Agree every item (with `rationale` where given, else a good reason) and sign the tender off."""
    rationale = rationale or {}
    with Workspace.open(path) as ws:
        for bid in t.bids:
            for measure in t.measures:
                moderation.record_consensus(ws, bid, measure, value=3 if measure == t.qualitative else None,
                                            rationale=rationale.get((bid, measure), GOOD), present=["Ann", "Cal"])
        for member in t.scorers:
            signoff.sign(ws, member, "I confirm the evaluation was fair.")
        signoff.finalise(ws, t.reference, t.chair)


@pytest.fixture
def moderating(tmp_path_factory, tmp_path) -> tuple[Path, BuiltTender]:
    path = tmp_path / "ws.coopeval"
    return path, staged_file(tmp_path_factory, path, "moderation")


def code_of(path: Path, measure_id: int) -> str:
    with Workspace.open(path, read_only=True) as ws:
        return next(m.code for m in tenders.list_measures(ws, "T1") if m.id == measure_id)


def test_each_gap_is_found_per_bidder_with_the_page_and_item_that_fixes_it(moderating):
    path, t = moderating
    vague, empty = (t.bids[0], t.qualitative), (t.bids[1], t.measures[0])
    signed_off(path, t, {vague: "Meets the requirements.", empty: "Agreed."})
    with Workspace.open(path, read_only=True) as ws:
        checks = summary_checks(ws, "T1")
    assert checks.checked and not checks.ok and not checks.general
    found = {(b.identifier, p.code, p.where.page, p.where.bid_identifier, p.where.code)
             for b in checks.bidders for p in b.problems}
    qualitative, first = code_of(path, t.qualitative), code_of(path, t.measures[0])
    # IP001 scored higher on social value (helper: quantities 11 against 10), so IP000's summary shows both tenders
    assert found == {
        ("IP000", reg31.NOT_BY_REFERENCE, MODERATION, "IP000", qualitative),
        ("IP000", reg31.NOT_BY_REFERENCE, MODERATION, "IP001", first),  # the winner's reasons, in IP000's summary
        ("IP001", reg31.NOT_BY_REFERENCE, MODERATION, "IP001", first),
    }
    assert any("IP000 (Bidder 0 Co-operative Ltd): Your tender" in line and qualitative in line for line in checks.lines())
    # the other award criteria are not recorded: a warning, pointing at the Results page, never a problem
    assert [(w.code, w.where.page, w.warning) for w in checks.warnings] == [(reg31.OTHER_CRITERIA, RESULTS, True)]
    assert all(p.code != reg31.OTHER_CRITERIA for p in checks.problems)


def test_checked_from_moderation_before_sign_off(moderating):
    path, t = moderating
    with Workspace.open(path, read_only=True) as ws:
        checks = summary_checks(ws, "T1")
    assert checks.checked  # before sign-off, so the gaps can be fixed in moderation
    assert {p.code for p in checks.problems} >= {reg31.NO_REASONS}
    missing = {(p.where.page, p.where.bid_identifier, p.where.code) for p in checks.problems
               if p.code == reg31.NO_REASONS}
    assert (MODERATION, "IP000", code_of(path, t.qualitative)) in missing


def test_not_checked_before_moderation(tmp_path_factory, tmp_path):
    path = tmp_path / "ws.coopeval"
    staged_file(tmp_path_factory, path, "evaluation")
    with Workspace.open(path, read_only=True) as ws:
        checks = summary_checks(ws, "T1")
    assert not checks.checked and not checks.ok and "once moderation opens" in checks.note


def test_summaries_refuse_listing_every_problem_and_write_anyway_when_forced(moderating, tmp_path):
    path, t = moderating
    signed_off(path, t, {(t.bids[0], t.qualitative): "Meets the requirements."})
    out = tmp_path / "out"
    with Workspace.open(path) as ws:
        with pytest.raises(reports.SummaryProblemsError) as refused:
            reports.write_summaries(ws, "T1", out)
        assert "do not refer to the tender" in str(refused.value) and "--force" in str(refused.value)
        assert len(refused.value.checks.problems) == 1
        assert not out.exists() or not any(out.iterdir())
        head = ws.audit_head()
        written = reports.write_summaries(ws, "T1", out, force=True)
        assert len(written) == 2 and all(p.exists() for p in written)
        assert written.checks.problems and ws.audit_head() != head
        with ws.reading() as session:
            event = audit.history(session, tender_ref="T1")[-1]
    assert event.action == "summaries_forced"
    assert "1 regulation 31 problem(s)" in event.note and "do not refer to the tender" in event.note
    assert "social value part" in event.note  # the warning is recorded too


def test_forcing_needs_a_workspace_open_for_editing(moderating, tmp_path):
    path, t = moderating
    signed_off(path, t, {(t.bids[0], t.qualitative): "Meets the requirements."})
    with Workspace.open(path, read_only=True) as ws, pytest.raises(CoopEvalError, match="open read-only"):
        reports.write_summaries(ws, "T1", tmp_path / "out", force=True)


def test_a_complete_summary_is_written_without_force_and_says_it_is_the_social_value_part(moderating, tmp_path):
    path, t = moderating
    signed_off(path, t)
    with Workspace.open(path, read_only=True) as ws:
        assert summary_checks(ws, "T1").ok
        written = reports.write_summaries(ws, "T1", tmp_path / "out")
    assert [w.code for w in written.checks.warnings] == [reg31.OTHER_CRITERIA]
    text = " ".join(pdf_pages(written[0]))
    assert "The social value part of the contracting authority's assessment summary" in text
    assert "most advantageous tender:" not in text


def test_with_the_other_criteria_complete_the_summaries_state_the_whole_result(moderating, tmp_path):
    path, t = moderating
    signed_off(path, t)
    with Workspace.open(path) as ws:
        price, _ = other.add_criterion(ws, "T1", name="Price", kind="price", weight="60", max_score="100",
                                       method="Lowest price ÷ this price × 100")
        quality, _ = other.add_criterion(ws, "T1", name="Service quality", kind="quality", weight="20", max_score="5",
                                         method="Panel score 0-5")
        # IP000 wins on price by enough to be the most advantageous tender, though IP001 leads on social value
        for bid, p, q in (("IP000", 100, 3), ("IP001", 80, 4)):
            other.record_other_score(ws, price.id, bid, score=p, reasons=f"Price schedule, p. 2: score {p}.")
            other.record_other_score(ws, quality.id, bid, score=q, reasons=f"Method statement section 3: {q}.")
        partial = summary_checks(ws, "T1")
        assert partial.ok and not partial.whole  # weights 60 + 20 + 10 social value = 90: a warning, not a refusal
        assert "100" in partial.warnings[0].message
        other.update_criterion(ws, quality.id, weight="30")
        checks = summary_checks(ws, "T1")
        assert checks.ok and checks.whole and checks.warnings == ()
        written = reports.write_summaries(ws, "T1", tmp_path / "out")
    loser = next(w for w in written if "IP001" in w.name)
    text = " ".join(pdf_pages(loser)).replace("\n", " ")
    assert "Your tender was not the most advantageous tender" in text
    assert "The most advantageous tender: Bidder 0 Co-operative Ltd" in text
    assert "Why the most advantageous tender scored better" in text
    assert "Price schedule, p. 2: score 100." in text and "Price schedule, p. 2: score 80." in text
    assert "Total across all the award criteria" in text and "social value part" not in text
    winner = " ".join(pdf_pages(next(w for w in written if "IP000" in w.name))).replace("\n", " ")
    assert "Your tender is the most advantageous tender" in winner
