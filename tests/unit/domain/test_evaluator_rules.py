"""The rules an evaluator's scores and declarations obey, shared by the app and pack import."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from coopeval.domain import evaluator_rules as rules
from coopeval.domain.scales import Scale, ScalePoint

SCALE = Scale(id="s", name="Five point", points=tuple(ScalePoint(value=v, label=str(v), descriptor="d") for v in (0, 1, 2)))


@pytest.mark.parametrize(("value", "abstained", "reason", "rationale", "expected"), [
    (2, False, "", "Clear evidence.", None),
    (None, True, "Conflict of timing.", "Not assessed.", None),
    (None, False, "", "Clear evidence.", rules.NO_SCORE),
    (2, False, "", "  \n ", "has no rationale"),
    (None, True, " ", "Not assessed.", "is an abstention without a reason"),
    (1, True, "Why", "Both.", "is both a value and an abstention"),
])
def test_submit_problem(value, abstained, reason, rationale, expected):
    assert rules.submit_problem(value, abstained, reason, rationale) == expected


def test_value_problem_names_the_scale_and_its_points():
    assert rules.value_problem(2, SCALE) is None
    assert rules.value_problem(7, SCALE) == "7 is not a point on the Five point scale (0, 1, 2)"


@pytest.mark.parametrize(("interest", "nature", "expected"), [
    ("none", None, None), ("personal", "actual", None),
    ("bogus", None, "Unknown interest 'bogus'"), ("financial", None, "Say whether the interest is"),
])
def test_interest_problem(interest, nature, expected):
    problem = rules.interest_problem(interest, nature)
    assert problem == expected if expected is None else problem.startswith(expected)


def declaration(bid_id=None, interest="none", resolution=None, superseded_by=None):
    return SimpleNamespace(bid_id=bid_id, interest=interest, resolution=resolution, superseded_by=superseded_by)


def test_access_needs_a_current_declaration_and_no_pending_or_excluding_interest():
    assert "must declare" in rules.access_problem("Ann", [], 1)
    assert rules.access_problem("Ann", [declaration()], 1) is None
    assert "awaits" in rules.access_problem("Ann", [declaration(bid_id=1, interest="personal")], 1)
    assert rules.access_problem("Ann", [declaration(), declaration(bid_id=1, interest="personal")], 2) is None
    assert "excluded from this bid" in rules.access_problem(
        "Ann", [declaration(bid_id=1, interest="personal", resolution="excluded")], 1)
