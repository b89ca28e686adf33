"""Scoring rules, each with a hand-worked example, plus property tests over random tenders."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction as F

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopeval.domain.errors import CoopEvalError
from coopeval.domain.scoring import (
    Band,
    MeasureSpec,
    QuantitativeMethod,
    ScaleSpec,
    ScoringError,
    check_weights,
    competition_ranks,
    compute_results,
    section_weight_warning,
)

FIVE = ScaleSpec("0-5", (0, 1, 2, 3, 4, 5))
PERCENT = ScaleSpec("0-100", (0, 25, 50, 75, 100))


def qual(code, weight, *, framework="coop-values", theme="t", outcome="o", minimum=None):
    return MeasureSpec(code, framework, theme, outcome, "qualitative", weight, minimum=minimum)


def quant(code, weight, kind, direction="higher", *, target=None, bands=(), minimum=None, proxy=None,
          framework="toms", theme="t", outcome="o"):
    method = QuantitativeMethod(kind, direction, target=target, bands=bands)
    return MeasureSpec(code, framework, theme, outcome, "quantitative", weight, method=method,
                       minimum=minimum, proxy_value=proxy)


def padded(*measures):
    """The measures plus an unscored qualitative filler taking the rest of the 100%, so a rule
    can be tested alone: nobody scores the filler, so it adds 0 to every total."""
    rest = 100 - sum((m.weight for m in measures), F(0))
    return (*measures, qual("PAD", rest)) if rest else measures


def score(measures, values, bids, scale=FIVE, section_weight=20, **options):
    return compute_results(measures, scale, values, section_weight=section_weight, bids=bids, **options)


def points(results, code):
    return {b.bid_id: b.measures[code].points for b in results.bids}


# --- the methods -----------------------------------------------------------------------------


def test_qualitative_points_are_score_over_scale_maximum_times_weight():
    # A: 3/5 x 20 = 12.  B: 5/5 x 20 = 20.  C: no score = 0.
    # On the 0-100 scale, 75/100 x 20 = 15.
    r = score(padded(qual("Q", 20)), {("A", "Q"): 3, ("B", "Q"): 5}, ["A", "B", "C"])
    assert points(r, "Q") == {"A": 12, "B": 20, "C": 0}
    r = score(padded(qual("Q", 20)), {("A", "Q"): 75}, ["A"], scale=PERCENT)
    assert points(r, "Q") == {"A": 15}


def test_relative_higher_divides_by_the_best_bid():
    # best = 200.  A: 50/200 x 40 = 10.  B: 200/200 x 40 = 40.  C: no commitment = 0.
    r = score(padded(quant("R", 40, "relative")), {("A", "R"): 50, ("B", "R"): 200, ("C", "R"): None}, "ABC")
    assert points(r, "R") == {"A": 10, "B": 40, "C": 0}
    assert r.bid("A").measures["R"].share == F(1, 4)


def test_relative_higher_gives_everyone_zero_when_the_best_is_zero():
    r = score(padded(quant("R", 40, "relative")), {("A", "R"): 0, ("B", "R"): 0}, "AB")
    assert points(r, "R") == {"A": 0, "B": 0}


def test_relative_lower_divides_the_lowest_by_each_value():
    # lowest = 4.  A: 4/4 x 20 = 20.  B: 4/5 x 20 = 16.  C: 4/10 x 20 = 8.
    r = score(padded(quant("L", 20, "relative", "lower")), {("A", "L"): 4, ("B", "L"): 5, ("C", "L"): 10}, "ABC")
    assert points(r, "L") == {"A": 20, "B": 16, "C": 8}


def test_relative_lower_zero_is_the_best_possible_and_leaves_the_rest_nothing():
    # A commits 0: full share, 20.  B: lowest/value = 0/5 = 0.  C: no commitment, 0.
    r = score(padded(quant("L", 20, "relative", "lower")), {("A", "L"): 0, ("B", "L"): 5}, "ABC")
    assert points(r, "L") == {"A": 20, "B": 0, "C": 0}


def test_target_higher_is_progress_to_the_target_capped_at_full_marks():
    # target 10, weight 30.  A: 5/10 x 30 = 15.  B: 15/10 capped at 1 -> 30.  C: 10/10 -> 30.
    r = score(padded(quant("T", 30, "target", target=10)), {("A", "T"): 5, ("B", "T"): 15, ("C", "T"): 10}, "ABC")
    assert points(r, "T") == {"A": 15, "B": 30, "C": 30}


def test_target_lower_is_full_marks_within_the_target_then_target_over_value():
    # target 1.5, weight 20.  A: 1 <= 1.5 -> 20.  B: 1.5/3 = 1/2 -> 10.  C: 1.5 <= 1.5 -> 20.
    r = score(padded(quant("T", 20, "target", "lower", target=F(3, 2))),
              {("A", "T"): 1, ("B", "T"): 3, ("C", "T"): Decimal("1.5")}, "ABC")
    assert points(r, "T") == {"A": 20, "B": 10, "C": 20}


UP_BANDS = (Band(10, F(1, 4)), Band(20, F(1, 2)), Band(40, 1))
DOWN_BANDS = (Band(2, 1), Band(5, F(1, 2)), Band(10, F(1, 5)))


def test_banded_higher_takes_the_last_band_reached():
    # weight 40.  A: 5 is below the first band -> 0.  B: 10 reaches band 10 -> 1/4 x 40 = 10.
    # C: 39 reaches band 20 only -> 1/2 x 40 = 20.  D: 100 reaches band 40 -> 40.
    values = {("A", "B1"): 5, ("B", "B1"): 10, ("C", "B1"): 39, ("D", "B1"): 100}
    r = score(padded(quant("B1", 40, "banded", bands=UP_BANDS)), values, "ABCD")
    assert points(r, "B1") == {"A": 0, "B": 10, "C": 20, "D": 40}


def test_banded_lower_takes_the_first_band_the_value_stays_within():
    # weight 10.  A: 2 <= 2 -> 1 x 10 = 10.  B: 3 <= 5 -> 1/2 x 10 = 5.
    # C: 10 <= 10 -> 1/5 x 10 = 2.  D: 11 is above the last band -> 0.
    values = {("A", "B2"): 2, ("B", "B2"): 3, ("C", "B2"): 10, ("D", "B2"): 11}
    r = score(padded(quant("B2", 10, "banded", "lower", bands=DOWN_BANDS)), values, "ABCD")
    assert points(r, "B2") == {"A": 10, "B": 5, "C": 2, "D": 0}


def test_record_only_scores_nothing_but_reports_quantity_and_value():
    # 8 units x £12.50 = £100, and 0 points.
    r = score(padded(quant("REC", 0, "record_only", proxy=Decimal("12.50"))), {("A", "REC"): 8}, ["A"])
    result = r.bid("A").measures["REC"]
    assert (result.value, result.points, result.monetised) == (8, 0, 100)
    assert r.bid("A").total == 0


def test_record_only_with_a_weight_is_refused_naming_the_measure():
    with pytest.raises(ScoringError, match="REC.*weight must be 0"):
        quant("REC", 5, "record_only")


def test_monetised_total_adds_every_proxied_quantity_including_record_only():
    # A: 10 x £3.20 = £32 on R, plus 8 x £12.50 = £100 on REC -> £132. Q has no proxy.
    # B: no commitment on R, 2 x £12.50 = £25 on REC -> £25.
    measures = padded(
        quant("R", 40, "relative", proxy=F(16, 5)),
        quant("REC", 0, "record_only", proxy=F(25, 2)),
        quant("Q", 10, "target", target=5),
    )
    values = {("A", "R"): 10, ("A", "REC"): 8, ("A", "Q"): 99, ("B", "REC"): 2}
    r = score(measures, values, "AB")
    assert r.bid("A").monetised == 132
    assert r.bid("B").monetised == 25
    assert r.bid("B").measures["R"].monetised is None


# --- totals, subtotals, section weight -------------------------------------------------------


def subtotal_tender():
    measures = (
        qual("CV1", 30, theme="democracy", outcome="member-voice"),
        qual("CV2", 10, theme="democracy", outcome="member-voice"),
        qual("CV3", 20, theme="community", outcome="local-spend"),
        quant("T1", 40, "target", target=10, framework="toms", theme="jobs", outcome="local-jobs"),
    )
    values = {("A", "CV1"): 4, ("A", "CV2"): 5, ("A", "CV3"): 1, ("A", "T1"): 5}
    return measures, values


def test_subtotals_per_outcome_theme_and_framework():
    # CV1 4/5 x 30 = 24, CV2 5/5 x 10 = 10, CV3 1/5 x 20 = 4, T1 5/10 x 40 = 20; total 58.
    measures, values = subtotal_tender()
    a = score(measures, values, ["A"]).bid("A")
    assert a.total == 58
    assert dict(a.by_outcome) == {
        ("coop-values", "democracy", "member-voice"): 34,
        ("coop-values", "community", "local-spend"): 4,
        ("toms", "jobs", "local-jobs"): 20,
    }
    assert dict(a.by_theme) == {("coop-values", "democracy"): 34, ("coop-values", "community"): 4, ("toms", "jobs"): 20}
    assert dict(a.by_framework) == {"coop-values": 38, "toms": 20}


def test_available_weight_per_heading():
    # coop-values: 30 + 10 + 20 = 60 on offer; toms: 40.
    measures, values = subtotal_tender()
    r = score(measures, values, ["A"])
    assert dict(r.available_by_framework) == {"coop-values": 60, "toms": 40}
    assert r.available_by_theme[("coop-values", "democracy")] == 40


def test_tender_points_scale_the_section_total_by_the_section_weight():
    # 58 points out of 100, section weighted 20% of the tender: 58 x 20 / 100 = 11.6.
    measures, values = subtotal_tender()
    r = score(measures, values, ["A"], section_weight=20)
    assert r.bid("A").tender_points == F(116, 10)
    assert r.section_weight_warning is None


@pytest.mark.parametrize("weight", [0, 5, F(99, 10)])
def test_a_section_weight_below_ten_percent_is_allowed_with_a_warning(weight):
    assert "10%" in section_weight_warning(weight)


@pytest.mark.parametrize("weight", [10, 100])
def test_a_section_weight_of_ten_percent_or_more_needs_no_warning(weight):
    assert section_weight_warning(weight) is None


@pytest.mark.parametrize("weight", [-1, F(1001, 10)])
def test_a_section_weight_outside_0_to_100_is_an_error(weight):
    with pytest.raises(ScoringError, match="section weight"):
        section_weight_warning(weight)


# --- thresholds and ranking --------------------------------------------------------------------


def threshold_tender():
    # CV1 min score 3; Q relative (higher) min 10 units; L target-lower 2, at most 5 allowed.
    measures = (
        qual("CV1", 40, minimum=3),
        quant("Q", 30, "relative", minimum=10),
        quant("L", 30, "target", "lower", target=2, minimum=5),
    )
    values = {
        ("A", "CV1"): 4, ("A", "Q"): 12, ("A", "L"): 4,  # 32 + 12/20x30=18 + 2/4x30=15 = 65
        ("B", "CV1"): 2, ("B", "Q"): 10, ("B", "L"): 6,  # 16 + 10/20x30=15 + 2/6x30=10 = 41
        ("C", "Q"): 20, ("C", "L"): 5,  # 0 + 30 + 2/5x30=12 = 42
    }
    return measures, values


def test_threshold_failures_are_listed_and_meeting_the_minimum_exactly_passes():
    # B: score 2 < 3 fails CV1; Q 10 >= 10 passes; L 6 > 5 fails.  C: no CV1 score fails; L 5 passes.
    measures, values = threshold_tender()
    r = score(measures, values, "ABC")
    assert {b.bid_id: b.failed_thresholds for b in r.bids} == {"A": (), "B": ("CV1", "L"), "C": ("CV1",)}
    assert [(b.bid_id, b.total, b.rank) for b in r.bids] == [("A", 65, 1), ("C", 42, 2), ("B", 41, 3)]


def test_disqualification_removes_failing_bids_from_the_ranking():
    # Only A passes every threshold. B and C follow unranked in bid order, though C scored more.
    measures, values = threshold_tender()
    r = score(measures, values, "ABC", disqualify_on_threshold=True)
    assert [(b.bid_id, b.rank, b.disqualified) for b in r.bids] == [
        ("A", 1, False), ("B", None, True), ("C", None, True)
    ]
    assert r.leaders == ("A",)


def test_ties_share_a_rank_and_the_next_rank_is_skipped():
    # scores A 4, B 5, C 4, D 3 on one measure worth 100: totals 80, 100, 80, 60 -> ranks 2, 1, 2, 4.
    values = {("A", "Q"): 4, ("B", "Q"): 5, ("C", "Q"): 4, ("D", "Q"): 3}
    r = score([qual("Q", 100)], values, "ABCD")
    assert [(b.bid_id, b.rank) for b in r.bids] == [("B", 1), ("A", 2), ("C", 2), ("D", 4)]
    assert competition_ranks({"X": F(5), "Y": F(5), "Z": F(1)}) == {"X": 1, "Y": 1, "Z": 3}


def test_bids_tied_for_first_are_all_leaders():
    r = score([qual("Q", 100)], {("A", "Q"): 5, ("B", "Q"): 5, ("C", "Q"): 1}, "ABC")
    assert r.leaders == ("A", "B")


# --- input errors ------------------------------------------------------------------------------


def test_three_weights_of_a_third_total_exactly_100():
    check_weights([qual(c, F(100, 3)) for c in ("A", "B", "C")])  # 3 x 100/3 = 100 exactly


def test_weights_that_round_to_100_but_do_not_total_it_are_refused_with_the_actual_total():
    # 33.33 x 3 = 99.99, 0.01 short.
    with pytest.raises(ScoringError, match=r"total 99\.99% \(0\.01 short\)"):
        check_weights([qual(c, Decimal("33.33")) for c in ("A", "B", "C")])


def test_weights_over_100_are_refused():
    with pytest.raises(ScoringError, match=r"total 110% \(10 over\)"):
        score([qual("A", 60), qual("B", 50)], {}, ["X"])


def test_a_negative_weight_is_refused_naming_the_measure():
    with pytest.raises(ScoringError, match="Measure CV9: the weight"):
        qual("CV9", -5)


def test_float_weights_are_refused_as_a_programming_error():
    with pytest.raises(TypeError):
        qual("CV1", 33.3)


def test_a_negative_quantity_is_refused_naming_bid_and_measure():
    with pytest.raises(ScoringError, match="Bid B, measure R: .*negative"):
        score(padded(quant("R", 10, "relative")), {("B", "R"): -1}, "AB")


@pytest.mark.parametrize("bad", [6, F(5, 2), -1])
def test_a_score_not_on_the_scale_is_refused_naming_bid_and_measure(bad):
    with pytest.raises(ScoringError, match=r"Bid A, measure Q: the score .* is not on the 0-5 scale"):
        score([qual("Q", 100)], {("A", "Q"): bad}, "A")


def test_a_score_between_points_of_a_coarse_scale_is_refused():
    with pytest.raises(ScoringError, match="0, 25, 50, 75, 100"):
        score([qual("Q", 100)], {("A", "Q"): 30}, "A", scale=PERCENT)


def test_an_unknown_measure_code_is_refused_by_name():
    with pytest.raises(ScoringError, match="unknown measure code 'ZZ9'"):
        score([qual("Q", 100)], {("A", "ZZ9"): 3}, "A")


def test_scores_for_a_bid_not_in_the_tender_are_refused():
    with pytest.raises(ScoringError, match="bid Z"):
        score([qual("Q", 100)], {("Z", "Q"): 3}, "A")


def test_a_measure_code_used_twice_is_refused():
    with pytest.raises(ScoringError, match="Q is used twice"):
        score([qual("Q", 50), qual("Q", 50)], {}, "A")


def test_a_qualitative_minimum_off_the_scale_is_refused():
    with pytest.raises(ScoringError, match="Measure Q: the minimum score 7"):
        score([qual("Q", 100, minimum=7)], {}, "A")


@pytest.mark.parametrize(
    "build, message",
    [
        (lambda: MeasureSpec("X1", "f", "t", "o", "quantitative", 10), "needs a method"),
        (lambda: quant("X1", 10, "target"), "needs a target above 0"),
        (lambda: quant("X1", 10, "banded"), "at least one band"),
        (lambda: quant("X1", 10, "banded", bands=(Band(5, F(1, 2)), Band(5, 1))), "strictly ascending"),
        (lambda: quant("X1", 10, "banded", bands=(Band(1, 1), Band(5, F(1, 2)))), "must not earn a smaller share"),
        (lambda: quant("X1", 10, "banded", "lower", bands=(Band(1, F(1, 2)), Band(5, 1))),
         "must not earn a bigger share"),
        (lambda: quant("X1", 10, "banded", bands=(Band(1, 2),)), "between 0 and 1"),
        (lambda: quant("X1", 10, "relative", "sideways"), "direction"),
        (lambda: quant("X1", 10, "guesswork"), "method must be"),
        (lambda: quant("X1", 10, "relative", target=4), "only by method 'target'"),
    ],
)
def test_a_bad_quantitative_setup_is_refused_naming_the_measure(build, message):
    with pytest.raises(ScoringError, match=message) as raised:
        build()
    assert "X1" in str(raised.value)


def test_scoring_errors_are_user_errors_the_cli_and_ui_can_show():
    assert issubclass(ScoringError, ValueError) and issubclass(ScoringError, CoopEvalError)


# --- properties --------------------------------------------------------------------------------

QUANT_KINDS = ("relative", "target", "banded", "record_only")


@st.composite
def methods(draw, kind):
    direction = draw(st.sampled_from(("higher", "lower")))
    if kind == "target":
        return QuantitativeMethod(kind, direction, target=F(draw(st.integers(1, 200)), draw(st.integers(1, 4))))
    if kind == "banded":
        ats = sorted(draw(st.sets(st.integers(0, 100), min_size=1, max_size=4)))
        shares = sorted(F(n, 8) for n in draw(st.lists(st.integers(0, 8), min_size=len(ats), max_size=len(ats))))
        if direction == "lower":
            shares.reverse()  # lower is better: the tightest band earns the most
        return QuantitativeMethod(kind, direction, bands=tuple(Band(a, s) for a, s in zip(ats, shares)))
    return QuantitativeMethod(kind, direction)


quantities = st.one_of(st.none(), st.fractions(min_value=0, max_value=150, max_denominator=4))
scores = st.one_of(st.none(), st.sampled_from(FIVE.points))


@st.composite
def tenders(draw):
    """A valid random tender: measures with exact weights totalling 100, bids and values."""
    kinds = draw(st.lists(st.sampled_from(("qualitative",) + QUANT_KINDS), min_size=1, max_size=6))
    if all(k == "record_only" for k in kinds):
        kinds.append("qualitative")
    raw = [0 if k == "record_only" else draw(st.integers(1, 9)) for k in kinds]
    measures = []
    for i, (kind, r) in enumerate(zip(kinds, raw)):
        weight = F(100 * r, sum(raw))
        if kind == "qualitative":
            measures.append(MeasureSpec(f"M{i}", "f", f"t{i % 2}", f"o{i % 3}", kind, weight))
        else:
            measures.append(MeasureSpec(f"M{i}", "f", f"t{i % 2}", f"o{i % 3}", "quantitative", weight,
                                        method=draw(methods(kind))))
    bids = [f"B{j}" for j in range(draw(st.integers(1, 5)))]
    values = {(b, m.code): draw(scores if m.kind == "qualitative" else quantities) for b in bids for m in measures}
    return measures, bids, values


PROPERTY = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(tenders())
def test_totals_are_always_between_0_and_100(tender):
    measures, bids, values = tender
    for bid in score(measures, values, bids).bids:
        assert 0 <= bid.total <= 100
        assert 0 <= bid.tender_points <= bid.total * F(20, 100)
        assert sum(bid.by_framework.values()) == bid.total


def improved(measure, value, draw):
    """A value that is better for the bid: a higher score, more of a "higher" quantity, less of
    a "lower" one. Any commitment beats none."""
    if measure.kind == "qualitative":
        return draw(st.sampled_from([p for p in FIVE.points if value is None or p > value] or [value]))
    if value is None:
        return draw(st.fractions(min_value=0, max_value=150, max_denominator=4))
    if measure.method.direction == "higher":
        return value + draw(st.fractions(min_value=0, max_value=50, max_denominator=4))
    return value * draw(st.fractions(min_value=0, max_value=1, max_denominator=8))


@PROPERTY
@given(tenders(), st.data())
def test_a_bid_never_loses_points_by_improving_one_of_its_own_values(tender, data):
    measures, bids, values = tender
    before = score(measures, values, bids)
    for bid in bids:
        for measure in measures:
            better = dict(values)
            better[(bid, measure.code)] = improved(measure, values[(bid, measure.code)], data.draw)
            assert score(measures, better, bids).bid(bid).total >= before.bid(bid).total


@PROPERTY
@given(tenders())
def test_reweighting_never_changes_shares(tender):
    # Shares are weight-free (sensitivity relies on it): moving all the weight onto the first
    # scored measure leaves every share as it was.
    measures, bids, values = tender
    scored = [m for m in measures if m.weight > 0]
    moved = [replace(m, weight=F(100) if m is scored[0] else F(0)) for m in measures]
    original, reweighted = score(measures, values, bids), score(moved, values, bids)
    for bid in bids:
        for m in measures:
            assert original.bid(bid).measures[m.code].share == reweighted.bid(bid).measures[m.code].share
