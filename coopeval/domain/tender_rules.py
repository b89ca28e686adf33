"""Rules a tender's set-up and records must follow, once, for every door.

The set-up and sign-off services call these when a person changes a tender; tender JSON import
calls the same functions on a whole document, so a file can never hold what the app would refuse.
Each function returns a message (no "." at the end) or None / an empty list; the callers raise or
list it at the field it concerns.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping, Sequence
from decimal import Decimal

from coopeval.domain.lifecycle import SCORING_ROLES, role_label
from coopeval.domain.numbers import MAX_NUMBER
from coopeval.i18n import _

SECTION_WEIGHT_RANGE = (Decimal("0.01"), Decimal(100))
CUTOFF_RANGE = (Decimal(0), Decimal(100))
MEASURE_WEIGHT_RANGE = (Decimal(0), Decimal(100))
BAND_SHARE_RANGE = (Decimal(0), Decimal(1))
CONTRACT_VALUE_MAX_PENCE = 10**15
DURATION_MONTHS_RANGE = (1, 600)
MIN_RATIONALE_RANGE = (0, 2000)
SIGNING_ROLES = SCORING_ROLES  # officers and observers take no part in scoring, so sign nothing


def _text(value: Decimal) -> str:
    return f"{value.normalize():f}"


def range_problem(value: Decimal, low: Decimal, high: Decimal) -> str | None:
    if not low <= value <= high:
        return _("must be between {text} and {text2}; got {text3}").format(text=_text(low), text2=_text(high), text3=_text(value))
    return None


def cutoffs_problem(discuss_at: Decimal, split_above: Decimal) -> str | None:
    """The discussion cut-off may not be above the split cut-off."""
    if discuss_at > split_above:
        return (_("the discussion cut-off ({text}%) must not be above the split cut-off "
                "({text2}%)").format(text=_text(discuss_at), text2=_text(split_above)))
    return None


def bands_problem(bands: Sequence[tuple[Decimal, Decimal]]) -> str | None:
    """Bands as (threshold, share) pairs: shares from 0 to 1, thresholds strictly ascending."""
    for at, share in bands:
        if abs(at) > MAX_NUMBER:
            return _("each band's threshold must be within ±{MAX_NUMBER:,}; one is {text}").format(MAX_NUMBER=MAX_NUMBER, text=_text(at))
        if not BAND_SHARE_RANGE[0] <= share <= BAND_SHARE_RANGE[1]:
            return _("each band's share must be between 0 and 1; the band at {text} has {text2}").format(text=_text(at), text2=_text(share))
    for (before, _share), (after, _next_share) in zip(bands, bands[1:]):
        if after <= before:
            return _("band thresholds must be strictly ascending; {text} follows {text2}").format(text=_text(after), text2=_text(before))
    return None


def minimum_problem(kind: str, minimum: Decimal, scale_points: Sequence[int] | None) -> str | None:
    """A measure's minimum: never negative; for a qualitative measure, a point on the scale."""
    if minimum < 0:
        return _("the minimum cannot be negative ({text})").format(text=_text(minimum))
    if minimum > MAX_NUMBER:
        return _("the minimum must be at most {MAX_NUMBER:,}").format(MAX_NUMBER=MAX_NUMBER)
    if kind == "qualitative" and scale_points is not None and minimum not in scale_points:
        return _("the minimum must be a point on the scale ({map})").format(map=', '.join(map(str, scale_points)))
    return None


def method_problem(kind: str, method: str | None, target: Decimal | None, has_bands: bool) -> str | None:
    """What a measure's method needs: qualitative ones have none; 'target' a target above 0;
    'banded' at least one band."""
    if kind == "qualitative":
        if method is not None or target is not None or has_bands:
            return _("a qualitative measure is scored on the tender's scale and has no method, target or bands")
        return None
    if method is None:
        return _("a quantitative measure needs a method: relative, target, banded or record_only")
    if method == "target" and (target is None or target <= 0):
        return _("method 'target' needs a target greater than 0")
    if target is not None and target <= 0:
        return _("the target must be greater than 0")
    if target is not None and target > MAX_NUMBER:
        return _("the target must be at most {MAX_NUMBER:,}").format(MAX_NUMBER=MAX_NUMBER)
    if method == "banded" and not has_bands:
        return _("method 'banded' needs at least one band")
    return None


def sign_off_role_problem(name: str, role: str | None) -> str | None:
    """Only the members who score (evaluators and the chair) sign the evaluation off."""
    if role not in SIGNING_ROLES:
        if not role:
            return _("{name} is a member without a role; only evaluators and the chair sign off an evaluation").format(
                name=name)
        return _("{name} is on the panel as {role}; only evaluators and the chair sign off an evaluation").format(
            name=name, role=role_label(role))
    return None


def unsigned_members(members: Iterable[tuple[str, str | None]], signed: Container[object],
                     excluded: Container[object]) -> tuple[str, ...]:
    """Members (name, role) who still have to sign the current round: the scoring ones, except a
    member excluded from the whole tender (who took no part)."""
    return tuple(name for name, role in members if role in SIGNING_ROLES and name not in signed and name not in excluded)


def superseding_loops(superseded_by: Mapping[int, int]) -> list[list[int]]:
    """Loops among declarations (number -> the number of the declaration that supersedes it), each
    as the numbers around it, e.g. [[1, 2]] for 1 → 2 → 1. A chain must end at a current one."""
    loops: list[list[int]] = []
    done: set[int] = set()
    for start in superseded_by:
        path: list[int] = []
        on_path: dict[int, int] = {}
        node: int | None = start
        while node is not None and node not in done and node not in on_path:
            on_path[node] = len(path)
            path.append(node)
            node = superseded_by.get(node)
        if node is not None and node in on_path:
            loops.append(path[on_path[node]:])
        done.update(path)
    return loops
