"""Benchmark: the time to score a large tender exactly, against a naive float baseline.

A synthetic tender of 40 bids x 60 measures (half qualitative, half spread over the
quantitative methods and directions) x 9 evaluators, with seeded random scores. One "tender"
is everything the app does when results are opened: moderation statistics and provisional
values for every bid x qualitative measure, compute_results and the weight sensitivity check.
The baseline sums the same numbers as plain floats (a weighted sum per bid), which is what a
spreadsheet does; the ratio says what exactness costs. Nothing here asserts on time.

Run: PYTHONPATH=. python benchmarks/bench_scoring.py [--repeats N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from fractions import Fraction

from benchmarks.rss import print_peak_rss
from coopeval.domain.moderation import moderation_stats, provisional_value
from coopeval.domain.scoring import Band, MeasureSpec, QuantitativeMethod, ScaleSpec, compute_results
from coopeval.domain.sensitivity import weight_sensitivity

BIDS, MEASURES, EVALUATORS = 40, 60, 9
SCALE = ScaleSpec("0-5", (0, 1, 2, 3, 4, 5))
QUANTITATIVE = [
    QuantitativeMethod("relative", "higher"),
    QuantitativeMethod("relative", "lower"),
    QuantitativeMethod("target", "higher", target=Fraction(50)),
    QuantitativeMethod("target", "lower", target=Fraction(20)),
    QuantitativeMethod("banded", "higher", bands=(Band(10, Fraction(1, 4)), Band(40, Fraction(1, 2)), Band(80, 1))),
    QuantitativeMethod("banded", "lower", bands=(Band(10, 1), Band(40, Fraction(1, 2)), Band(80, Fraction(1, 5)))),
    QuantitativeMethod("record_only"),
]


def synthetic_tender(seed: int = 2024):
    rng = random.Random(seed)
    kinds = ["qualitative" if i % 2 == 0 else QUANTITATIVE[(i // 2) % len(QUANTITATIVE)] for i in range(MEASURES)]
    raw = [0 if isinstance(k, QuantitativeMethod) and k.kind == "record_only" else rng.randint(1, 9) for k in kinds]
    measures = []
    for i, (kind, r) in enumerate(zip(kinds, raw)):
        weight = Fraction(100 * r, sum(raw))  # exact, totals 100
        where = ("coop-values" if i < 30 else "toms", f"theme{i % 5}", f"outcome{i % 12}")
        if kind == "qualitative":
            measures.append(MeasureSpec(f"M{i:02}", *where, "qualitative", weight))
        else:
            proxy = Fraction(rng.randint(100, 5000), 100) if i % 3 == 0 else None
            measures.append(MeasureSpec(f"M{i:02}", *where, "quantitative", weight, method=kind, proxy_value=proxy))
    bids = [f"BID-{j:02}" for j in range(BIDS)]
    panel_scores = {}
    quantities = {}
    for bid in bids:
        for m in measures:
            if m.kind == "qualitative":
                centre = rng.randint(1, 4)
                panel_scores[(bid, m.code)] = [
                    None if rng.random() < 0.05 else min(5, max(0, centre + rng.randint(-1, 1)))
                    for _ in range(EVALUATORS)
                ]
            else:
                quantities[(bid, m.code)] = None if rng.random() < 0.05 else Fraction(rng.randint(0, 1000), 10)
    return measures, bids, panel_scores, quantities


def score_exactly(measures, bids, panel_scores, quantities):
    values = dict(quantities)
    for key, scores in panel_scores.items():
        moderation_stats(scores, SCALE)
        values[key] = provisional_value(scores, SCALE)
    results = compute_results(measures, SCALE, values, section_weight=20, bids=bids)
    weight_sensitivity(measures, results)
    return results


def score_with_floats(measures, bids, panel_scores, quantities):
    """The spreadsheet way: mean panel score or quantity over the best, times weight, as floats."""
    weights = [(m.code, float(m.weight), m.kind == "qualitative") for m in measures]
    best = {
        m.code: max((float(quantities[(b, m.code)] or 0) for b in bids), default=0.0) or 1.0
        for m in measures if m.kind == "quantitative"
    }
    totals = {}
    for bid in bids:
        total = 0.0
        for code, weight, qualitative in weights:
            if qualitative:
                given = [s for s in panel_scores[(bid, code)] if s is not None]
                share = (sum(given) / len(given) / 5.0) if given else 0.0
            else:
                share = float(quantities[(bid, code)] or 0) / best[code]
            total += share * weight
        totals[bid] = total
    return totals


def median_seconds(run, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    tender = synthetic_tender()
    exact = median_seconds(lambda: score_exactly(*tender), args.repeats)
    floats = median_seconds(lambda: score_with_floats(*tender), max(args.repeats, 20))
    print(f"tender: {BIDS} bids x {MEASURES} measures x {EVALUATORS} evaluators, median of {args.repeats} runs")
    print(f"exact (moderation + provisional + compute_results + sensitivity): {exact * 1000:9.2f} ms per tender")
    print(f"float baseline (weighted sum per bid):                            {floats * 1000:9.2f} ms per tender")
    print(f"ratio exact / float: {exact / floats:.0f}x")


if __name__ == "__main__":
    main()
    print_peak_rss()
