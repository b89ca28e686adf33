"""The whole result's arithmetic (issue 21): social value tender points plus weight × score ÷ out of, complete only
when the weights add to exactly 100 and every assessed bid is scored, a tie naming no winner."""

from __future__ import annotations

from fractions import Fraction as F

from coopeval.domain.whole_result import Bid, Criterion, whole_result


def price(scores: dict[str, str], weight: str = "60") -> Criterion:
    return Criterion("Price", F(weight), F(100), {k: F(v) for k, v in scores.items()})


def quality(scores: dict[str, str], weight: str = "30") -> Criterion:
    return Criterion("Quality", F(weight), F(5), {k: F(v) for k, v in scores.items()})


BIDS = [Bid("A", F("7.5")), Bid("B", F("9"))]


def test_weighted_points_add_social_value_and_each_criterion_exactly():
    whole = whole_result(F(10), [price({"A": "100", "B": "80"}), quality({"A": "3", "B": "4"})], BIDS)
    assert whole.complete and whole.problems == ()
    by_id = {ln.identifier: ln for ln in whole.lines}
    # A: 7.5 + 60 × 100/100 + 30 × 3/5 = 7.5 + 60 + 18 = 85.5; B: 9 + 48 + 24 = 81
    assert by_id["A"].total == F("85.5") and by_id["B"].total == F(81)
    assert by_id["A"].other_points == (("Price", F(60)), ("Quality", F(18)))
    assert [ln.identifier for ln in whole.lines] == ["A", "B"] and whole.lines[0].rank == 1
    assert whole.most_advantageous == "A"


def test_weights_not_adding_to_100_keep_it_incomplete_and_say_the_total():
    whole = whole_result(F(10), [price({"A": "100", "B": "80"}, "50"), quality({"A": "3", "B": "4"})], BIDS)
    assert not whole.complete and whole.most_advantageous is None
    assert any("add up to 90%" in p for p in whole.problems)


def test_a_missing_score_names_the_criterion_and_bid_and_leaves_that_total_open():
    whole = whole_result(F(10), [price({"A": "100", "B": "80"}), quality({"A": "3"})], BIDS)
    assert not whole.complete
    assert whole.problems == ('"Quality" has no score for B.',)
    assert {ln.identifier: ln.total for ln in whole.lines}["B"] is None


def test_a_tie_names_no_winner_and_ranks_both_first():
    whole = whole_result(F(10), [price({"A": "100", "B": "100"}), quality({"A": "4", "B": "4"})],
                         [Bid("A", F(9)), Bid("B", F(9))])
    assert whole.complete and whole.most_advantageous is None and whole.tied == ("A", "B")
    assert [ln.rank for ln in whole.lines] == [1, 1]


def test_a_disqualified_bid_needs_no_scores_and_is_never_ranked():
    bids = [Bid("A", F("7.5")), Bid("B", F(9)), Bid("C", F(0), disqualified=True)]
    whole = whole_result(F(10), [price({"A": "90", "B": "100"}), quality({"A": "5", "B": "1"})], bids)
    assert whole.complete and whole.lines[-1].identifier == "C" and whole.lines[-1].rank is None
    assert whole.most_advantageous == "A"  # 7.5 + 54 + 30 = 91.5 against 9 + 60 + 6 = 75


def test_no_other_criteria_is_only_the_social_value_part():
    whole = whole_result(F(10), [], BIDS)
    assert not whole.complete and "only the social value part" in whole.problems[0]
