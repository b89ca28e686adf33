"""Issue 16: `weight_sensitivity` finds the bids near the top of each weighting in floating point and compares only those
exactly. That may never change an answer: it is compared here with the straightforward computation (every bid's new
total exactly, the code as it was before, kept below) on adversarial tenders — totals that differ by less than a float
can tell, shares with huge denominators, weights near 0 and near 100 (down to 10^-400), exact ties, disqualified bids."""

from __future__ import annotations

from fractions import Fraction
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from coopeval.domain.rounding import describe
from coopeval.domain.scoring import HUNDRED, MeasureSpec, ScaleSpec, compute_results
from coopeval.domain.sensitivity import Hinge, SensitivityReport, weight_sensitivity

# --- the straightforward computation, as it was before the floating-point pass --------------------------------------


def ref_first_placed(totals: dict[str, Fraction]) -> tuple[str, ...]:
    if not totals:
        return ()
    best = max(totals.values())
    return tuple(bid for bid, total in totals.items() if total == best)


def ref_weight_sensitivity(measures, results, *, swing: Fraction = Fraction(1, 4)) -> SensitivityReport:
    swing = Fraction(swing)
    contenders = [bid for bid in results.bids if bid.rank is not None]
    baseline = results.leaders
    percent = describe(swing * HUNDRED)
    hinges: list[Hinge] = []
    scenarios = 0
    for measure in measures:
        rest = HUNDRED - measure.weight
        if measure.weight == 0 or rest == 0:
            continue
        for change, multiplier in ((f"+{percent}%", 1 + swing), (f"-{percent}%", 1 - swing)):
            scenarios += 1
            new_weight = min(measure.weight * multiplier, HUNDRED)
            factor = (HUNDRED - new_weight) / rest
            totals = {
                bid.bid_id: factor * (bid.total - bid.measures[measure.code].points)
                + bid.measures[measure.code].share * new_weight
                for bid in contenders
            }
            leaders = ref_first_placed(totals)
            if set(leaders) != set(baseline):
                hinges.append(Hinge(measure.code, change, leaders))
    return SensitivityReport(baseline, not hinges, tuple(hinges), scenarios)


# --- adversarial tenders ------------------------------------------------------------------------------------------


def qual(code: str, weight: Fraction) -> MeasureSpec:
    return MeasureSpec(code, "coop-values", "t", "o", "qualitative", weight)


def results_of(weights: list[Fraction], shares: list[list[Fraction]], out: list[bool]) -> SimpleNamespace:
    """Results as `compute_results` gives them (total = the sum of share x weight), from shares chosen directly."""
    bids = []
    for n, (row, disqualified) in enumerate(zip(shares, out)):
        measures = {f"M{i}": SimpleNamespace(share=s, points=s * w) for i, (s, w) in enumerate(zip(row, weights))}
        total = sum((m.points for m in measures.values()), Fraction(0))
        bids.append(SimpleNamespace(bid_id=f"B{n}", rank=None if disqualified else 1, total=total, measures=measures))
    contenders = {b.bid_id: b.total for b in bids if b.rank is not None}
    best = max(contenders.values(), default=None)
    leaders = tuple(bid for bid, total in contenders.items() if total == best)
    return SimpleNamespace(bids=bids, leaders=leaders)


# 10^-1 .. 10^-420, most often where a float's last bits are (10^-14 .. 10^-19) or below the smallest normal float.
tiny = st.one_of(st.integers(1, 420), st.integers(14, 19), st.integers(300, 330)).map(lambda k: Fraction(1, 10**k))
# Shares that tie, nearly tie (by 10^-1 .. 10^-420), or have denominators far beyond a float's 53 bits.
base_share = st.sampled_from([Fraction(0), Fraction(1), Fraction(1, 3), Fraction(2, 3), Fraction(1, 2), Fraction(3, 5)])
near_share = st.builds(lambda b, t, up: min(max(b + t if up else b - t, Fraction(0)), Fraction(1)),
                       base_share, tiny, st.booleans())
odd_share = st.builds(lambda a, b: Fraction(min(a, b), max(a, b)), st.integers(1, 10**60), st.integers(1, 10**60))
shares = st.one_of(base_share, near_share, odd_share)


@st.composite
def weights(draw: st.DrawFn) -> list[Fraction]:
    """2-5 weights totalling exactly 100: plain, tiny (down to 10^-420), near 100, zero."""
    n = draw(st.integers(2, 5))
    kind = draw(st.sampled_from(["plain", "one_near_100", "tiny_ones", "zero"]))
    if kind == "one_near_100":
        eps = draw(tiny)
        rest = [eps / (n - 1)] * (n - 1)
        return [HUNDRED - eps, *rest]
    raw = [draw(st.one_of(st.integers(1, 1000).map(Fraction), tiny)) for _ in range(n)]
    if kind == "zero":
        raw[0] = Fraction(0)
        raw[1] = raw[1] or Fraction(1)
    total = sum(raw, Fraction(0))
    return [w * HUNDRED / total for w in raw]


@st.composite
def tenders(draw: st.DrawFn) -> tuple[list[MeasureSpec], SimpleNamespace]:
    ws = draw(weights())
    count = draw(st.integers(1, 6))
    pool = draw(st.lists(st.lists(shares, min_size=len(ws), max_size=len(ws)), min_size=1, max_size=3))
    # Bids copy a few share rows and nudge them: many exact and near ties.
    rows = []
    for _ in range(count):
        row = list(draw(st.sampled_from(pool)))
        if draw(st.booleans()):
            i = draw(st.integers(0, len(row) - 1))
            t = draw(tiny)
            row[i] = min(max(row[i] + (t if draw(st.booleans()) else -t), Fraction(0)), Fraction(1))
        rows.append(row)
    out = draw(st.lists(st.booleans(), min_size=count, max_size=count))
    return [qual(f"M{i}", w) for i, w in enumerate(ws)], results_of(ws, rows, out)


@st.composite
def knife_edges(draw: st.DrawFn) -> tuple[list[MeasureSpec], SimpleNamespace]:
    """Bids whose totals are exactly equal as scored, each made by moving a tiny share `t` from one measure to another
    (so in every weighting they differ by about `t`, each float rounded its own way), and tenders whose every total is
    far below the smallest normal float (only measures weighing 10^-300 or less are scored)."""
    ws = draw(weights())
    n = len(ws)
    start = [draw(base_share) for _ in range(n)]
    rows = [start]
    for _ in range(draw(st.integers(1, 5))):
        i, j = draw(st.integers(0, n - 1)), draw(st.integers(0, n - 1))
        t = draw(tiny) * draw(st.integers(1, 9))
        row = list(draw(st.sampled_from(rows)))
        if i != j and ws[j] != 0:
            row[i] += t
            row[j] -= t * ws[i] / ws[j]
        rows.append([min(max(x, Fraction(0)), Fraction(1)) for x in row])
    if draw(st.booleans()):  # every total below 10^-300: the scored measures weigh next to nothing
        small = [draw(st.integers(300, 330).map(lambda k: Fraction(draw(st.integers(1, 9)), 10**k))) for _ in range(n - 1)]
        ws = [HUNDRED - sum(small, Fraction(0)), *small]
        rows = [[Fraction(0), *row[1:]] for row in rows]
    draw(st.randoms(use_true_random=False)).shuffle(rows)
    out = [False] * len(rows)
    return [qual(f"M{i}", w) for i, w in enumerate(ws)], results_of(ws, rows, out)


@settings(max_examples=1500, deadline=None, database=None)
@given(knife_edges(), st.sampled_from([Fraction(1, 4), Fraction(1, 3), Fraction(1, 10), Fraction(9, 10)]))
def test_the_same_report_on_knife_edge_ties(tender, swing):
    measures, results = tender
    assert weight_sensitivity(measures, results, swing=swing) == ref_weight_sensitivity(measures, results, swing=swing)


swings = st.one_of(st.just(Fraction(1, 4)), st.fractions(min_value=Fraction(1, 10**6), max_value=Fraction(999_999, 10**6)))


@settings(max_examples=600, deadline=None, database=None)
@given(tenders(), swings)
def test_the_same_report_as_comparing_every_bid_exactly(tender, swing):
    measures, results = tender
    assert weight_sensitivity(measures, results, swing=swing) == ref_weight_sensitivity(measures, results, swing=swing)


def test_a_weight_within_a_float_of_100_is_still_tried():
    # M0 weighs 100 - 10^-400: lowered by a quarter, every other measure is scaled up by 25 x 10^400, a factor no float
    # holds. The exact answer is still an answer: B1, full marks on M1, then comes first.
    eps = Fraction(1, 10**400)
    measures = [qual("M0", HUNDRED - eps), qual("M1", eps)]
    results = results_of([HUNDRED - eps, eps], [[Fraction(1), Fraction(0)], [Fraction(99, 100), Fraction(1)]],
                         [False, False])
    report = weight_sensitivity(measures, results)  # type: ignore[arg-type]
    assert report == ref_weight_sensitivity(measures, results)
    assert report.hinges_on == (Hinge("M0", "-25%", ("B1",)),)


def test_totals_below_the_smallest_normal_float_are_still_ranked_exactly():
    # Only M1 and M2 are scored, and they weigh 9.6 and 2.4 x 10^-320: every total is a subnormal float, a few units
    # in its last place, so the floats of two totals can come out in the wrong order. Every bid within 10^-9 of the
    # best float is compared exactly (an absolute margin for totals under 1), so the report is still exact.
    e1, e2 = Fraction(96, 10**321), Fraction(24, 10**321)
    ws = [HUNDRED - e1 - e2, e1, e2]
    measures = [qual(f"M{i}", w) for i, w in enumerate(ws)]
    results = results_of(ws, [[Fraction(0), Fraction(23, 50), Fraction(3, 25)],
                              [Fraction(0), Fraction(8, 25), Fraction(27, 50)]], [False, False])
    assert weight_sensitivity(measures, results) == ref_weight_sensitivity(measures, results)  # type: ignore[arg-type]


FIVE = ScaleSpec("0-5", (0, 1, 2, 3, 4, 5))
quantity = st.one_of(st.none(), st.integers(0, 10**40).map(Fraction),
                     st.builds(Fraction, st.integers(0, 10**30), st.integers(1, 10**30)))


@st.composite
def scored(draw: st.DrawFn):
    """A tender scored by `compute_results`: qualitative scores and relative quantities (shares such as
    lowest / value over huge numbers), weights as `weights()`."""
    from coopeval.domain.scoring import QuantitativeMethod

    ws = draw(weights())
    measures = []
    for i, w in enumerate(ws):
        if draw(st.booleans()):
            measures.append(qual(f"M{i}", w))
        else:
            method = QuantitativeMethod("relative", direction=draw(st.sampled_from(["higher", "lower"])))
            measures.append(MeasureSpec(f"M{i}", "f", "t", "o", "quantitative", w, method=method))
    bids = [f"B{n}" for n in range(draw(st.integers(1, 6)))]
    values = {}
    for b in bids:
        for m in measures:
            values[(b, m.code)] = draw(st.sampled_from(FIVE.points)) if m.kind == "qualitative" else draw(quantity)
    minimum_dq = draw(st.booleans())
    return measures, compute_results(measures, FIVE, values, section_weight=20, bids=bids,
                                     disqualify_on_threshold=minimum_dq)


@settings(max_examples=300, deadline=None, database=None)
@given(scored())
def test_the_same_report_on_tenders_as_scored(tender):
    measures, results = tender
    assert weight_sensitivity(measures, results) == ref_weight_sensitivity(measures, results)
