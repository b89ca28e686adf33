"""Weight sensitivity: hand-worked cases where first place holds, hinges, or is capped, and a
property check of the constant-time re-weighting against re-scoring from scratch."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopeval.domain.scoring import MeasureSpec, QuantitativeMethod, ScaleSpec, ScoringError, compute_results
from coopeval.domain.sensitivity import Hinge, weight_sensitivity

FIVE = ScaleSpec("0-5", (0, 1, 2, 3, 4, 5))


def qual(code, weight, minimum=None):
    return MeasureSpec(code, "coop-values", "t", "o", "qualitative", weight, minimum=minimum)


def run(measures, values, bids="AB", **options):
    results = compute_results(measures, FIVE, values, section_weight=20, bids=bids, **options)
    return weight_sensitivity(measures, results)


def two_measure_values(a1, a2, b1, b2):
    return {("A", "M1"): a1, ("A", "M2"): a2, ("B", "M1"): b1, ("B", "M2"): b2}


def test_first_place_holds_under_every_quarter_change():
    # M1 60, M2 40.  A scores 5, 4; B scores 3, 5.  As scored: A 60 + 32 = 92, B 36 + 40 = 76.
    # M1 +25% (75/25): A 75 + 20 = 95, B 45 + 25 = 70.   M1 -25% (45/55): A 45 + 44 = 89, B 27 + 55 = 82.
    # M2 +25% (50/50): A 50 + 40 = 90, B 30 + 50 = 80.   M2 -25% (30/70): A 70 + 24 = 94, B 42 + 30 = 72.
    report = run([qual("M1", 60), qual("M2", 40)], two_measure_values(5, 4, 3, 5))
    assert report.leaders == ("A",)
    assert report.holds is True
    assert report.hinges_on == ()
    assert report.scenarios == 4


def test_first_place_hinges_on_a_named_measure():
    # M1 60, M2 40.  A scores 5, 1; B scores 3, 5.  As scored: A 60 + 8 = 68, B 36 + 40 = 76, B leads.
    # M1 +25% (75/25): A 75 + 5 = 80, B 45 + 25 = 70 -> A.      M1 -25% (45/55): A 56, B 82 -> B.
    # M2 +25% (50/50): A 50 + 10 = 60, B 30 + 50 = 80 -> B.     M2 -25% (30/70): A 70 + 6 = 76, B 42 + 30 = 72 -> A.
    report = run([qual("M1", 60), qual("M2", 40)], two_measure_values(5, 1, 3, 5))
    assert report.leaders == ("B",)
    assert report.holds is False
    assert report.hinges_on == (Hinge("M1", "+25%", ("A",)), Hinge("M2", "-25%", ("A",)))


def test_a_raise_past_100_is_capped_at_100():
    # M1 90, M2 10.  A scores 5, 5: 100.  B scores 5, 0: 90.  A leads.
    # M1 +25% would be 112.5; capped at 100 (M2 then 0): A 100, B 100 -> A and B tie for first.
    # (Uncapped, M2 would weigh -12.5: A 112.5 - 12.5 = 100, B 112.5 -> B alone.)
    # M1 -25% (67.5/32.5): A 100, B 67.5.  M2 +25% (87.5/12.5): A 100, B 87.5.
    # M2 -25% (92.5/7.5): A 100, B 92.5.  A stays first in all three.
    report = run([qual("M1", 90), qual("M2", 10)], two_measure_values(5, 5, 5, 0))
    assert report.hinges_on == (Hinge("M1", "+25%", ("A", "B")),)


def test_a_measure_carrying_all_the_weight_has_nothing_to_trade_against():
    record = MeasureSpec("REC", "toms", "t", "o", "quantitative", 0, method=QuantitativeMethod("record_only"))
    report = run([qual("M1", 100), record], {("A", "M1"): 3, ("B", "M1"): 4, ("A", "REC"): 7})
    assert (report.holds, report.scenarios, report.leaders) == (True, 0, ("B",))


def test_disqualified_bids_cannot_take_first_place():
    # As in the hinge case, but A fails M2's minimum of 2 and is disqualified, so B stays first
    # in every scenario even where A would outscore it.
    measures = [qual("M1", 60), qual("M2", 40, minimum=2)]
    report = run(measures, two_measure_values(5, 1, 3, 5), disqualify_on_threshold=True)
    assert (report.leaders, report.holds) == (("B",), True)


def test_a_swing_outside_0_to_1_is_refused():
    measures = [qual("M1", 60), qual("M2", 40)]
    results = compute_results(measures, FIVE, {}, section_weight=20, bids="AB")
    with pytest.raises(ScoringError, match="swing"):
        weight_sensitivity(measures, results, swing=F(3, 2))


@st.composite
def tenders(draw):
    raw = draw(st.lists(st.integers(0, 9), min_size=1, max_size=5).filter(any))
    measures = [qual(f"M{i}", F(100 * r, sum(raw)), minimum=draw(st.sampled_from((None, 1, 3))))
                for i, r in enumerate(raw)]
    bids = [f"B{j}" for j in range(draw(st.integers(1, 5)))]
    values = {(b, m.code): draw(st.sampled_from((None,) + FIVE.points)) for b in bids for m in measures}
    return measures, bids, values, draw(st.booleans())


@settings(max_examples=80, deadline=None, database=None)
@given(tenders())
def test_reweighting_agrees_with_scoring_again_at_the_new_weights(tender):
    measures, bids, values, disqualify = tender
    results = compute_results(measures, FIVE, values, section_weight=20, bids=bids, disqualify_on_threshold=disqualify)
    report = weight_sensitivity(measures, results)
    expected = []
    for m in measures:
        if m.weight in (0, 100):
            continue
        for change, multiplier in (("+25%", F(5, 4)), ("-25%", F(3, 4))):
            new_weight = min(m.weight * multiplier, 100)
            factor = (100 - new_weight) / (100 - m.weight)
            moved = [replace(o, weight=new_weight if o is m else o.weight * factor) for o in measures]
            again = compute_results(
                moved, FIVE, values, section_weight=20, bids=bids, disqualify_on_threshold=disqualify
            )
            if set(again.leaders) != set(results.leaders):
                expected.append((m.code, change, set(again.leaders)))
    assert [(h.measure, h.change, set(h.leaders)) for h in report.hinges_on] == expected
    assert report.holds == (not expected)


def _bid(bid_id: str, rest: F, share: F, weight: F = F(50)):
    """A bid with points on M1 (weight 50) and `rest` on the other measure, as `weight_sensitivity` reads it."""
    from types import SimpleNamespace

    points = share * weight
    return SimpleNamespace(bid_id=bid_id, rank=1, total=rest + points,
                           measures={"M1": SimpleNamespace(points=points, share=share),
                                     "M2": SimpleNamespace(points=rest, share=rest / 50)})


@pytest.mark.parametrize("ahead", ["A", "B"])
def test_totals_closer_than_floating_point_can_tell_are_still_ranked_exactly(ahead):
    # A and B differ by 10^-25 of a share on M1: the same number in floating point, so only the exact comparison
    # knows who leads in each weighting. The leader as scored stays first in all four, and nothing hinges.
    tiny = F(1, 10**25)
    bids = [_bid("A", F(20), F(1, 3) + (tiny if ahead == "A" else 0)),
            _bid("B", F(20), F(1, 3) + (tiny if ahead == "B" else 0))]
    from types import SimpleNamespace

    results = SimpleNamespace(bids=bids, leaders=(ahead,))
    report = weight_sensitivity([qual("M1", 50), qual("M2", 50)], results)  # type: ignore[arg-type]
    assert report.scenarios == 4
    assert (report.holds, report.hinges_on) == (True, ())


def test_an_exact_tie_in_a_weighting_names_both_bids():
    # Equal in every part: each weighting ties them, as scored too, so first place never changes hands.
    from types import SimpleNamespace

    results = SimpleNamespace(bids=[_bid("A", F(20), F(1, 3)), _bid("B", F(20), F(1, 3))], leaders=("A", "B"))
    report = weight_sensitivity([qual("M1", 50), qual("M2", 50)], results)  # type: ignore[arg-type]
    assert report.holds is True
