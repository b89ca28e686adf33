"""Checks that span several values of a framework file: codes unique across the file, what each
measure type and scoring method requires, and that suggested sets name real measures.

They read the raw TOML data defensively (anything may be the wrong type there), so they run even
when per-field validation has already failed, and every problem is reported at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Issue = tuple[tuple[Any, ...], str]  # (path into the raw data, message)

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


def cross_checks(data: Any) -> list[Issue]:
    issues: list[Issue] = []
    issues += _unique_ids(data)
    for path, measure in iter_measures(data):
        issues += [(path + (field,), msg) for field, msg in _measure_rules(measure)]
    issues += _set_references(data)
    return issues


def _unique_ids(data: Any) -> list[Issue]:
    issues: list[Issue] = []
    seen: dict[tuple[str, str], bool] = {}

    def claim(kind: str, value: Any, path: tuple[Any, ...], field: str) -> None:
        if not isinstance(value, str):
            return
        if (kind, value) in seen:
            issues.append((path + (field,), f"duplicate {kind} {value!r}; each must be unique"))
        seen[(kind, value)] = True

    for ti, theme in _items(data, "themes"):
        claim("theme id", theme.get("id"), ("themes", ti), "id")
        for oi, outcome in _items(theme, "outcomes"):
            claim("outcome id", outcome.get("id"), ("themes", ti, "outcomes", oi), "id")
    for path, measure in iter_measures(data):
        claim("code", measure.get("code"), path, "code")
    for ri, field in _items(data, "record_fields"):
        claim("code", field.get("code"), ("record_fields", ri), "code")
        if field.get("kind") == "choice" and not field.get("choices"):
            issues.append((("record_fields", ri, "choices"), "a choice field needs its choices"))
        if field.get("kind") == "text" and field.get("choices"):
            issues.append((("record_fields", ri, "choices"), "a text field takes no choices"))
    for si, mset in _items(data, "sets"):
        claim("set name", mset.get("name"), ("sets", si), "name")
    return issues


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
