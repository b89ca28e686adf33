"""Checks that span several values of a framework file: codes unique across the file (ignoring case
and Unicode form), what each measure type and scoring method requires, that suggested sets name
real measures, that no text holds control characters, and that every number is finite and within
`MAX_NUMBER` of zero.

They read the raw TOML data defensively (anything may be the wrong type there), so they run even
when per-field validation has already failed, and every problem is reported at once.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from coopeval.domain import text
from coopeval.domain.numbers import MAX_NUMBER

Issue = tuple[tuple[Any, ...], str]  # (path into the raw data, message)

# Every number in a framework file (proxy values, targets, band thresholds, years) lies within
# MAX_NUMBER of zero, and is finite (no inf, nan or 1e400); docs/framework-format.md says so.
NUMBER_MESSAGE = (f"must be a finite number between -{MAX_NUMBER:,} and {MAX_NUMBER:,} "
                  "(inf, nan and numbers like 1e400 are not allowed)")
# One-line text (names and titles) is held to the "framework.title" rule; every other text to
# "framework.text". Codes, ids and vocabulary words are checked by their patterns instead.
_LINE_KEYS = frozenset({"name", "title", "unit", "licence", "source", "publisher", "choices"})
_PATTERN_KEYS = frozenset({"id", "code", "version", "format", "type", "method", "direction", "kind", "ica",
                           "toms_theme"})

_SCORING_FIELDS = ("method", "direction", "target", "bands", "proxy", "unit")


def _items(node: Any, key: str) -> Iterator[tuple[int, dict[str, Any]]]:
    value = node.get(key) if isinstance(node, dict) else None
    if isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, dict):
                yield i, item


def iter_measures(data: Any) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    for ti, theme in _items(data, "themes"):
        for oi, outcome in _items(theme, "outcomes"):
            for mi, measure in _items(outcome, "measures"):
                yield ("themes", ti, "outcomes", oi, "measures", mi), measure


def cross_checks(data: Any, *, new: bool = True) -> list[Issue]:
    """Every problem spanning several values. `new=False` (a framework a workspace already holds):
    codes are compared exactly and text and number bounds are not applied, as when it was imported."""
    issues: list[Issue] = []
    issues += _unique_ids(data, new)
    if new:
        issues += _value_issues(data, ())
    for path, measure in iter_measures(data):
        issues += [(path + (field,), msg) for field, msg in _measure_rules(measure)]
    issues += _set_references(data)
    return issues


def _unique_ids(data: Any, new: bool = True) -> list[Issue]:
    issues: list[Issue] = []
    seen: dict[tuple[str, str], tuple[str, str]] = {}  # (kind, identity key) -> (value, where it is)

    def claim(kind: str, value: Any, path: tuple[Any, ...], field: str, where: str) -> None:
        if not isinstance(value, str):
            return
        key = (kind, text.identity_key(value) if new else value)
        if key in seen:
            first, first_where = seen[key]
            same = "" if first == value else f" ({first!r}, the same ignoring case and Unicode form)"
            issues.append((path + (field,), f"duplicate {kind} {value!r}: {first_where} already has it{same}; "
                                            "each must be unique"))
        else:
            seen[key] = (value, where)

    for ti, theme in _items(data, "themes"):
        claim("theme id", theme.get("id"), ("themes", ti), "id", f"theme {theme.get('id')}")
        for oi, outcome in _items(theme, "outcomes"):
            claim("outcome id", outcome.get("id"), ("themes", ti, "outcomes", oi), "id",
                  f"outcome {outcome.get('id')} (theme {theme.get('id')})")
    for path, measure in iter_measures(data):
        claim("code", measure.get("code"), path, "code", f"measure {measure.get('code')} (outcome {_outcome_id(data, path)})")
    for ri, field in _items(data, "record_fields"):
        claim("code", field.get("code"), ("record_fields", ri), "code", f"record field {field.get('code')}")
        if field.get("kind") == "choice" and not field.get("choices"):
            issues.append((("record_fields", ri, "choices"), "a choice field needs its choices"))
        if field.get("kind") == "text" and field.get("choices"):
            issues.append((("record_fields", ri, "choices"), "a text field takes no choices"))
    for si, mset in _items(data, "sets"):
        claim("set name", mset.get("name"), ("sets", si), "name", f"set {mset.get('name')}")
    return issues


def _outcome_id(data: Any, path: tuple[Any, ...]) -> Any:
    return data["themes"][path[1]]["outcomes"][path[3]].get("id")


def _value_issues(node: Any, path: tuple[Any, ...], key: str = "") -> list[Issue]:
    """Every number finite and within MAX_NUMBER; no control characters (or over-long text) in any
    text, wherever it is in the file."""
    if isinstance(node, dict):
        return [issue for k, v in node.items() for issue in _value_issues(v, path + (k,), str(k))]
    if isinstance(node, list):
        return [issue for i, v in enumerate(node) for issue in _value_issues(v, path + (i,), key)]
    if isinstance(node, bool):
        return []
    if isinstance(node, float) and not math.isfinite(node):
        return [(path, NUMBER_MESSAGE)]
    if isinstance(node, int | float) and abs(node) > MAX_NUMBER:
        return [(path, NUMBER_MESSAGE)]
    if isinstance(node, str) and key not in _PATTERN_KEYS and not (key == "name" and path[:1] == ("sets",)) \
            and not (key == "measures" and path[:1] == ("sets",)):
        rule = text.rule("framework.title" if key in _LINE_KEYS else "framework.text")
        problem = text.text_problem(node, rule.kind, rule.limit)
        if problem:
            return [(path, problem)]
    return []


def _measure_rules(m: dict[str, Any]) -> list[tuple[str, str]]:
    kind = m.get("type")
    if kind == "qualitative":
        return _qualitative_rules(m)
    if kind == "quantitative":
        return _quantitative_rules(m)
    return []


def _qualitative_rules(m: dict[str, Any]) -> list[tuple[str, str]]:
    out = [(f, f"a qualitative measure has no {f}; it is scored on the tender's scale")
           for f in _SCORING_FIELDS if f in m]
    anchors = m.get("anchors")
    if isinstance(anchors, dict):
        given = [k for k in ("low", "middle", "high") if str(anchors.get(k, "")).strip()]
        if given and len(given) < 3:
            missing = ", ".join(k for k in ("low", "middle", "high") if k not in given)
            out.append(("anchors", f"give all three anchors (low, middle, high); missing: {missing}"))
    return out


def _quantitative_rules(m: dict[str, Any]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if "anchors" in m:
        out.append(("anchors", "anchors describe qualitative responses; a quantitative measure is scored by its method"))
    if "unit" not in m:
        out.append(("unit", "a quantitative measure needs a unit (e.g. '£', '%', 'hours', 'FTE', 'count')"))
    method = m.get("method")
    if "method" not in m:
        out.append(("method", "a quantitative measure needs a method: relative, target, banded or record_only"))
    if method == "target" and "target" not in m:
        out.append(("target", "method 'target' needs a target greater than 0"))
    if method != "target" and "target" in m and method in ("relative", "banded", "record_only"):
        out.append(("target", f"a target is used only by method 'target', not {method!r}"))
    if method == "banded" and not m.get("bands"):
        out.append(("bands", "method 'banded' needs bands: [{ at = …, share = … }, …] in ascending order"))
    if method != "banded" and "bands" in m and method in ("relative", "target", "record_only"):
        out.append(("bands", f"bands are used only by method 'banded', not {method!r}"))
    return out


def _set_references(data: Any) -> list[Issue]:
    codes = {m.get("code") for _, m in iter_measures(data)}
    issues: list[Issue] = []
    for si, mset in _items(data, "sets"):
        listed = mset.get("measures")
        if not isinstance(listed, list):
            continue
        for ci, code in enumerate(listed):
            if isinstance(code, str) and code not in codes:
                issues.append((("sets", si, "measures", ci), f"unknown measure code {code!r}"))
        dupes = sorted({c for c in listed if isinstance(c, str) and listed.count(c) > 1})
        if dupes:
            issues.append((("sets", si, "measures"), f"lists {', '.join(dupes)} more than once"))
    return issues
