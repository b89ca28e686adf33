"""Moderation statistics: spread of a panel's scores, agreement levels and the proposed score."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from coopeval.domain.moderation import moderation_stats, nearest_scale_point, provisional_value
from coopeval.domain.scoring import ScaleSpec, ScoringError

FIVE = ScaleSpec("0-5", (0, 1, 2, 3, 4, 5))
TEN = ScaleSpec("0-10", tuple(range(11)))
PERCENT = ScaleSpec("0-100", (0, 25, 50, 75, 100))


def test_abstentions_are_counted_but_left_out_of_every_statistic():
    # Scores 3, 4, 5 (two abstain): mean 12/3 = 4, median 4, range 5 - 3 = 2, 2/5 = 40% -> discuss.
    stats = moderation_stats([3, None, 4, None, 5], FIVE)
    assert (stats.count, stats.abstentions) == (3, 2)
    assert (stats.mean, stats.median, stats.min, stats.max, stats.range) == (4, 4, 3, 5, 2)
    assert stats.range_share == F(2, 5)
    assert stats.level == "discuss"
    assert stats.proposed is None


def test_the_mean_is_exact():
    # (1 + 2 + 2) / 3 = 5/3, not 1.666...
    assert moderation_stats([1, 2, 2], FIVE).mean == F(5, 3)


@pytest.mark.parametrize(
    "scores, share, level",
    [
        ([6, 6], F(0), "agree"),  # range 0
        ([6, 7], F(1, 10), "agree"),  # range 1 of 10 = 10%
        ([6, 8], F(2, 10), "discuss"),  # exactly 20%: amber, not green
        ([3, 8], F(5, 10), "discuss"),  # exactly 50%: still amber
        ([2, 8], F(6, 10), "split"),  # 60%: red
    ],
)
def test_levels_at_and_around_the_20_and_50_percent_boundaries(scores, share, level):
    stats = moderation_stats(scores, TEN)
    assert (stats.range_share, stats.level) == (share, level)


def test_a_single_point_on_a_0_to_5_scale_is_already_20_percent():
    # range 1 of a span of 5 = 20% -> discuss.
    assert moderation_stats([3, 4], FIVE).level == "discuss"


def test_the_boundaries_can_be_set_by_the_panel():
    # range 1 of 10 = 10%: "discuss" once discussion starts at 10%.
    assert moderation_stats([6, 7], TEN, discuss_at=F(1, 10)).level == "discuss"
    assert moderation_stats([2, 8], TEN, split_above=F(6, 10)).level == "discuss"


def test_when_the_panel_agrees_the_median_is_proposed():
    # 7, 7, 8: median 7, range 1/10 -> agree -> propose 7.
    assert moderation_stats([7, 8, 7], TEN).proposed == 7


def test_a_median_half_way_between_points_is_proposed_as_the_lower_point():
    # 6, 6, 7, 7: median (6 + 7) / 2 = 6.5, half-way -> the lower point, 6.
    stats = moderation_stats([6, 7, 6, 7], TEN)
    assert (stats.median, stats.level, stats.proposed) == (F(13, 2), "agree", 6)


def test_provisional_value_snaps_the_median_to_the_nearest_point_ties_down():
    # 25 and 50: median 37.5, half-way -> 25.  1 and 4 on 0-5: median 2.5 -> 2.
    assert provisional_value([25, None, 50], PERCENT) == 25
    assert provisional_value([1, 4], FIVE) == 2
    # 0, 25, 75, 100: median 50, a point itself.
    assert provisional_value([0, 25, 75, 100], PERCENT) == 50


def test_snapping_goes_to_the_nearer_point_when_there_is_no_tie():
    # On points 0, 1, 3, 10, the value 5.5 is 2.5 from 3 and 4.5 from 10 -> 3.
    uneven = ScaleSpec("uneven", (0, 1, 3, 10))
    assert nearest_scale_point(F(11, 2), uneven) == 3
    assert provisional_value([1, 10], uneven) == 3


@pytest.mark.parametrize("scores", [[], [None, None, None]])
def test_nobody_scoring_gives_level_none_and_nothing_to_propose(scores):
    stats = moderation_stats(scores, FIVE)
    assert (stats.count, stats.level, stats.mean, stats.median, stats.proposed) == (0, "none", None, None, None)
    assert stats.abstentions == len(scores)
    assert provisional_value(scores, FIVE) is None


@pytest.mark.parametrize("bad", [7, -1, 2.5])
def test_a_score_off_the_scale_is_refused_saying_which(bad):
    with pytest.raises(ScoringError, match=r"Bid B, measure CV2: the score .* is not on the 0-5 scale"):
        moderation_stats([3, bad], FIVE, about="Bid B, measure CV2")
    with pytest.raises(ScoringError):
        provisional_value([bad], FIVE)


def test_thresholds_out_of_order_are_refused():
    with pytest.raises(ScoringError, match="moderation thresholds"):
        moderation_stats([3], FIVE, discuss_at=F(6, 10), split_above=F(1, 2))
