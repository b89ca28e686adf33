"""Results as people read them (`services.results_view`): printed subtotals that add up at every
level, safe tab-separated text, the chart palette's contrast, and the sign-off page's state
(`services.signoff_view`) through a round of signing, finalising and reopening."""

from __future__ import annotations

from fractions import Fraction
from types import MappingProxyType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.numbers import InputError
from coopeval.domain.rounding import round_half_up
from coopeval.domain.scoring_results import BidResult
from coopeval.services.criteria.criteria import add_criterion
from coopeval.services.moderation import consensus as moderation
from coopeval.services.results.compute import results_json, tender_results
from coopeval.services.results.view import (
    COOP_VALUES,
    clear_cache,
    headings,
    page_whole,
    results_display,
    subtotal_figures,
    tsv,
    tsv_cell,
)
from coopeval.services.signoff import actions as signoff
from coopeval.services.signoff.view import CONSENSUS, SIGNATURES, signoff_state
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.ui.results import palette  # pure Python: no Qt is imported by the palette
from tests.helpers.hand_worked import REFERENCE, hand_worked_tender


def bid_with(outcomes: dict[tuple[str, str, str], Fraction]) -> BidResult:
    by_theme: dict = {}
    by_framework: dict = {}
    for (f, t, _o), points in outcomes.items():
        by_theme[(f, t)] = by_theme.get((f, t), 0) + points
        by_framework[f] = by_framework.get(f, 0) + points
    total = sum(outcomes.values(), Fraction(0))
    return BidResult("B1", 1, False, total, total * Fraction(15, 100), MappingProxyType({}),
                     MappingProxyType(dict(outcomes)), MappingProxyType(by_theme), MappingProxyType(by_framework),
                     Fraction(0), ())


def test_subtotals_add_up_where_rounding_each_alone_would_not():
    third = Fraction(1, 3)
    bid = bid_with({("F", "T1", "O1"): third, ("F", "T1", "O2"): third, ("F", "T2", "O3"): third})
    # Each rounded alone: O1 0.33 + O2 0.33 = 0.66, but T1 (2/3) prints as 0.67.
    frameworks, themes, outcomes = subtotal_figures(bid)
    assert frameworks == {"F": "1.00"}
    assert themes == {("F", "T1"): "0.67", ("F", "T2"): "0.33"}
    assert outcomes == {("F", "T1", "O1"): "0.34", ("F", "T1", "O2"): "0.33", ("F", "T2", "O3"): "0.33"}


def test_subtotals_are_plain_half_up_rounding_when_that_already_adds_up():
    bid = bid_with({("F", "T", "O1"): Fraction(1, 8), ("F", "T", "O2"): Fraction(3, 8), ("G", "U", "O3"): Fraction(7, 2)})
    frameworks, themes, outcomes = subtotal_figures(bid)
    assert outcomes == {("F", "T", "O1"): "0.13", ("F", "T", "O2"): "0.37", ("G", "U", "O3"): "3.50"}  # 0.125 → 0.13
    assert frameworks == {"F": "0.50", "G": "3.50"}


points = st.fractions(min_value=0, max_value=40, max_denominator=12)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("FG"), st.sampled_from("TU"), st.sampled_from("OPQ"), points),
                min_size=1, max_size=12))
def test_every_printed_level_adds_up_and_stays_within_a_hundredth(entries):
    outcomes: dict = {}
    for f, t, o, p in entries:
        outcomes[(f, t, o)] = outcomes.get((f, t, o), Fraction(0)) + p
    bid = bid_with(outcomes)
    frameworks, themes, outs = subtotal_figures(bid)
    cents = Fraction(1, 100)
    assert sum(Fraction(v) for v in frameworks.values()) == Fraction(round_half_up(bid.total))
    for f, printed in frameworks.items():
        assert abs(Fraction(printed) - bid.by_framework[f]) < cents
        assert sum(Fraction(v) for k, v in themes.items() if k[0] == f) == Fraction(printed)
    for t, printed in themes.items():
        assert abs(Fraction(printed) - bid.by_theme[t]) < cents
        assert sum(Fraction(v) for k, v in outs.items() if k[:2] == t) == Fraction(printed)
    for o, printed in outs.items():
        assert abs(Fraction(printed) - outcomes[o]) < cents


def test_tsv_keeps_each_row_on_one_line_and_never_lets_a_cell_become_a_formula():
    text = tsv(["Rank", "Name", "Total"], [["1", "=HYPERLINK(\"http://x\")", "85.50"], ["2", "Tab\there\nnewline", "-1.5"]])
    assert text.splitlines() == ["Rank\tName\tTotal", "1\t'=HYPERLINK(\"http://x\")\t85.50", "2\tTab here newline\t-1.5"]
    assert [tsv_cell(v) for v in ("+44 20", "@SUM(A1)", "-1.5", "CV-PA-01")] == ["'+44 20", "'@SUM(A1)", "-1.5", "CV-PA-01"]


def test_chart_colours_meet_wcag_aa_against_the_chart_background():
    assert palette.contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert palette.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near miss
    for colour in palette.THEME_COLOURS:  # 3:1 is AA for graphics; 4.5:1 also carries the white labels inside bars
        assert palette.contrast_ratio(colour, palette.BACKGROUND) >= 4.5, colour
        assert palette.contrast_ratio(colour, palette.LABEL_ON_BAR) >= 4.5, colour
    assert palette.contrast_ratio(palette.TEXT, palette.BACKGROUND) >= 4.5
    assert palette.contrast_ratio(palette.GRID, palette.BACKGROUND) >= 3
    letters = [palette.letter_for(i) for i in range(60)]
    assert len(set(letters)) == 60 and "I" not in letters and "O" not in letters


def test_headings_put_the_cooperative_values_framework_first_with_what_each_offers(tmp_path):
    with Workspace.create(tmp_path / "hand.coopeval", actor="officer") as ws:
        hand_worked_tender(ws)
        view = tender_results(ws, REFERENCE)
    found = headings(view.results)
    assert [(h.level, h.label, h.available) for h in found if h.level < 2] == [
        (0, COOP_VALUES, "50.00"), (1, "Participation and Accountability", "50.00"),
        (0, "example-local-measures", "50.00"), (1, "Local work and skills", "30.00"),
        (1, "Community and environment", "20.00")]
    assert {h.key for h in found if h.level == 2} == set(results_json(view)["available"]["by_outcome"])


def test_signoff_state_through_a_round_finalise_and_reopen_with_an_officer(tmp_path):
    with Workspace.create(tmp_path / "hand.coopeval", actor="officer") as ws:
        t = hand_worked_tender(ws, leave_out=("HW-C", "LOC-03"))
        state = signoff_state(ws, REFERENCE)
        items = {i.key: i for i in state.items}
        assert (items[CONSENSUS].done, items[CONSENSUS].count) == (False, 1)
        assert not state.can_sign and [m.name for m in state.to_sign] == ["Ann", "Cal"]
        assert [m.name for m in state.chairs] == ["Cal"] and [m.name for m in state.officers] == ["Oli"]
        moderation.record_consensus(ws, t.bids["HW-C"], t.measures["LOC-03"], rationale="Agreed.", present=["Ann", "Cal"])
        signoff.sign(ws, t.evaluator, "I confirm.")
        with pytest.raises(InputError, match="already signed off this round"):
            signoff.sign(ws, t.evaluator, "Again.")
        state = signoff_state(ws, REFERENCE)
        assert state.can_sign and not state.can_finalise and [m.name for m in state.to_sign] == ["Cal"]
        signoff.sign(ws, t.chair, "I confirm too.")
        signoff.finalise(ws, REFERENCE, t.chair)
        state = signoff_state(ws, REFERENCE)
        assert state.signed_off and all(i.done for i in state.items) and state.events[0].action == "finalise"

        with pytest.raises(LifecycleError, match="Only an officer"):
            signoff.reopen(ws, REFERENCE, "A bid's quantity was mistyped.", officer_id=t.evaluator)
        signoff.reopen(ws, REFERENCE, "A bid's quantity was mistyped.", officer_id=t.officer)
        state = signoff_state(ws, REFERENCE)
        assert state.round == 2 and state.tender.status == "moderation"
        assert not {i.key: i for i in state.items}[SIGNATURES].done and len(state.to_sign) == 2
        assert [s.round for s in state.signatures] == [1, 1]  # round 1's signatures are kept
        assert state.events[0].action == "reopen" and state.events[0].note == "A bid's quantity was mistyped. (reopened by Oli)"
        with ws.reading() as session:
            assert audit.history(session, tender_ref=REFERENCE)[-1].note == state.events[0].note


def test_results_are_kept_per_audit_head_and_worked_out_again_after_a_change(tmp_path):
    """One exact computation serves the page, its whole result and a report at the same audit head; a recorded
    change (here the last consensus) moves the head, so the results are worked out again and show it."""
    with Workspace.create(tmp_path / "hand.coopeval", actor="officer") as ws:
        fixture = hand_worked_tender(ws, leave_out=("HW-C", "CV-PA-01"))
        first = tender_results(ws, REFERENCE)
        assert tender_results(ws, REFERENCE) is first
        assert results_display(ws, REFERENCE) is results_display(ws, REFERENCE)
        moderation.record_consensus(ws, fixture.bids["HW-C"], fixture.measures["CV-PA-01"], value=5,
                                    rationale="Agreed by the panel.", present=["Ann", "Cal"])
        again = tender_results(ws, REFERENCE)
        assert again is not first
        assert again.results.bid("HW-C").total > first.results.bid("HW-C").total  # the consensus of 5 counts now
        clear_cache()
        assert tender_results(ws, REFERENCE) is not again


def test_the_whole_result_is_none_without_other_criteria_and_follows_them_once_recorded(tmp_path):
    with Workspace.create(tmp_path / "hand.coopeval", actor="officer") as ws:
        hand_worked_tender(ws)
        assert page_whole(ws, REFERENCE) is None
        add_criterion(ws, REFERENCE, name="Price", kind="price", weight="85", max_score="100")
        whole = page_whole(ws, REFERENCE)
        assert whole is not None and whole.recorded and not whole.complete  # nobody scored on price yet
        assert page_whole(ws, REFERENCE) is whole  # kept at the same audit head
