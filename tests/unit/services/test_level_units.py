"""What a delivered figure adds up to: counts and amounts add across quarters, levels (percentages, ratios, rates,
FTE head counts, yes/no flags) take the latest accepted figure."""

from __future__ import annotations

import pytest

from coopeval.services.delivery.entries import is_level_unit


@pytest.mark.parametrize("unit", ["%", "% of contract value", "ratio (highest to lowest, as x to 1)",
                                  "hours per £100k of contract value", "FTE", "full-time equivalent staff",
                                  "1 = accredited or statement published, 0 = neither"])
def test_levels_are_not_added_up(unit: str) -> None:
    assert is_level_unit(unit)


@pytest.mark.parametrize("unit", ["hours", "£", "apprentices", "people trained", None, ""])
def test_counts_and_amounts_are_added_up(unit: str | None) -> None:
    assert not is_level_unit(unit)
