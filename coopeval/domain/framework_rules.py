"""Checks that span several values of a framework file: codes unique across the file (ignoring case
and Unicode form), what each measure type and scoring method requires, that suggested sets name
real measures, that no text holds control characters, and that every number is finite and within
`MAX_NUMBER` of zero. Format 2 adds: a format-1 file uses no format-2 key, record fields' choices,
`democratic` and `public_register` fit the field's kind and role, quality companions never mix into
a scored set, `s52_note` comes with `s52_kpi`, and no list names the same thing twice. Welsh text
(issue 22, `<field>_cy`, any format) is held to its English field's rules, never comes without its
English, gives every choice's Welsh in order, and gives all three Welsh anchors or none.

They read the raw TOML data defensively (anything may be the wrong type there), so they run even
when per-field validation has already failed, and every problem is reported at once.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from coopeval.domain import text
from coopeval.domain.numbers import MAX_NUMBER
from coopeval.i18n import N_, _

Issue = tuple[tuple[Any, ...], str]  # (path into the raw data, message)

# Every number in a framework file (proxy values, targets, band thresholds, years) lies within
# MAX_NUMBER of zero, and is finite (no inf, nan or 1e400); docs/framework-format.md says so.
_NUMBER_MESSAGE = N_("must be a finite number between -{max} and {max} (inf, nan and numbers like 1e400 are not "
                     "allowed)")


def number_message() -> str:
    """What is wrong with an infinite, NaN or out-of-range number, in the current language."""
    return _(_NUMBER_MESSAGE).format(max=f"{MAX_NUMBER:,}")  # i18n: no


NUMBER_MESSAGE = number_message()  # the English words (kept for callers that compare with it)
# One-line text (names and titles) is held to the "framework.title" rule; every other text to
# "framework.text". Codes, ids and vocabulary words are checked by their patterns instead.
_LINE_KEYS = frozenset({"name", "title", "unit", "licence", "source", "publisher", "choices", "democratic"})
_PATTERN_KEYS = frozenset({"id", "code", "version", "format", "type", "method", "direction", "kind", "ica",
                           "toms_theme", "ppn002", "npps", "suits", "role", "public_register"})

# Keys a format-1 file may not use: they mean something only in format 2 (docs/framework-format.md).
FORMAT2_MEASURE_KEYS = ("contract_clause", "s52_kpi", "s52_note", "companion", "ppn002", "npps", "contract_clause_cy",
                        "s52_note_cy")
FORMAT2_RECORD_KEYS = ("role", "evidence", "democratic", "public_register")
FORMAT2_SET_KEYS = ("suits",)
_CHOICE_KINDS = ("choice", "choices")

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
    if isinstance(data, dict) and data.get("format") == 1:
        issues += _format2_keys(data)
    for ri, field in _items(data, "record_fields"):
        issues += [(("record_fields", ri) + tail, msg) for tail, msg in _record_field_rules(field, new)]
    issues += _companion_sets(data)
    for path, measure in iter_measures(data):
        if "s52_note" in measure and "s52_kpi" not in measure:
            issues.append((path + ("s52_note",), _("an s52_note explains s52_kpi; say s52_kpi = true or false too")))
        for key in ("ppn002", "npps"):
            issues += _repeats(measure, key, path)
    for si, mset in _items(data, "sets"):
        issues += _repeats(mset, "suits", ("sets", si))
    if new:
        issues += _welsh_issues(data, ())
    return issues


def _welsh_issues(node: Any, path: tuple[Any, ...]) -> list[Issue]:
    """Welsh text (`<field>_cy`) never without its English; a record field's `choices_cy` gives every choice's
    Welsh in the same order; Welsh anchors come all three or not at all. (Its text bounds are the English
    field's, in `_value_issues`; an unknown `_cy` key is refused like any unknown key.)"""
    if isinstance(node, list):
        return [issue for i, v in enumerate(node) for issue in _welsh_issues(v, path + (i,))]
    if not isinstance(node, dict):
        return []
    issues: list[Issue] = []
    for key, value in node.items():
        if isinstance(key, str) and key.endswith("_cy") and _has_text(value):
            english = key.removesuffix("_cy")
            if not _has_text(node.get(english)):
                issues.append((path + (key,), _("{key} is the Welsh of {english}, which is missing or empty; give "
                                                "the English too").format(key=key, english=english)))
    welsh_choices, choices = node.get("choices_cy"), node.get("choices")
    if isinstance(welsh_choices, list) and welsh_choices and isinstance(choices, list) and choices \
            and len(welsh_choices) != len(choices):
        issues.append((path + ("choices_cy",), _("has {welsh} entries and choices has {english}: give the Welsh of "
                                                 "every choice, in the same order").format(
            welsh=len(welsh_choices), english=len(choices))))
    if isinstance(welsh_choices, list):
        issues += _repeats(node, "choices_cy", path)
    if path[-1:] == ("anchors",):
        given = [k for k in ("low_cy", "middle_cy", "high_cy") if _has_text(node.get(k))]
        if given and len(given) < 3:
            missing = ", ".join(k for k in ("low_cy", "middle_cy", "high_cy") if k not in given)
            issues.append((path, _("give all three Welsh anchors (low_cy, middle_cy, high_cy) or none; missing: "
                                   "{missing}").format(missing=missing)))
    for key, value in node.items():
        if isinstance(value, dict | list):
            issues += _welsh_issues(value, path + (key,))
    return issues


def _has_text(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return any(_has_text(v) for v in value)
    return False


def _format2_keys(data: Any) -> list[Issue]:
    """A format-1 file that uses a format-2 key: say which, and how to use it."""
    def needs(key: str) -> str:
        return _("{key!r} is a format 2 key; put `format = 2` at the top of the file to use it").format(key=key)

    issues: list[Issue] = []
    for path, measure in iter_measures(data):
        issues += [(path + (key,), needs(key)) for key in FORMAT2_MEASURE_KEYS if key in measure]
    for ri, field in _items(data, "record_fields"):
        issues += [(("record_fields", ri, key), needs(key)) for key in FORMAT2_RECORD_KEYS if key in field]
        if field.get("kind") == "choices":
            issues.append((("record_fields", ri, "kind"),
                           _("kind 'choices' (several answers) is a format 2 kind; put `format = 2` at the top of "
                             "the file to use it")))
    for si, mset in _items(data, "sets"):
        issues += [(("sets", si, key), needs(key)) for key in FORMAT2_SET_KEYS if key in mset]
    return issues


def _record_field_rules(field: dict[str, Any], new: bool) -> list[tuple[tuple[Any, ...], str]]:
    """What a record field's kind and role allow: choices, democratic choices, a public register."""
    out: list[tuple[tuple[Any, ...], str]] = []
    kind, choices = field.get("kind"), field.get("choices")
    if kind in _CHOICE_KINDS and not choices:
        out.append((("choices",), _("a {kind} field needs its choices").format(kind=kind)))
    if kind == "text" and choices:
        out.append((("choices",), _("a text field takes no choices")))
    democratic = field.get("democratic")
    if democratic:
        if kind == "text":
            out.append((("democratic",), _("a text field has no choices to count as democratic; "
                                           "democratic belongs on a choice or choices field")))
        elif kind in _CHOICE_KINDS and isinstance(democratic, list) and isinstance(choices, list):
            stray = [d for d in democratic if isinstance(d, str) and d not in choices]
            if stray:
                names = ", ".join(repr(d) for d in stray)
                out.append((("democratic",), _("{names} is not among the field's choices").format(names=names)
                            if len(stray) == 1 else _("{names} are not among the field's choices").format(names=names)))
    role = field.get("role")
    if "public_register" in field and role != "register_id":
        out.append((("public_register",), _("a public register belongs to a field with role 'register_id', "
                                            "not {role!r}").format(role=role or "other")))
    if role == "register_id" and kind in _CHOICE_KINDS:
        out.append((("kind",), _("a register_id field holds an identifier: kind 'text', not {kind!r}").format(kind=kind)))
    if new:
        for key in ("choices", "democratic"):
            out += _repeats(field, key, ())
    return out


def _repeats(node: dict[str, Any], key: str, path: tuple[Any, ...]) -> list[Issue]:
    """A list that names the same thing twice (ignoring case and Unicode form)."""
    value = node.get(key)
    if not isinstance(value, list):
        return []
    seen: dict[str, str] = {}
    dupes: list[str] = []
    for item in value:
        if not isinstance(item, str):
            continue
        k = text.identity_key(item)
        if k in seen and item not in dupes:
            dupes.append(item)
        seen.setdefault(k, item)
    if not dupes:
        return []
    return [(path + (key,), _("lists {names} more than once (ignoring case)").format(
        names=", ".join(repr(d) for d in dupes)))]


def _companion_sets(data: Any) -> list[Issue]:
    """Quality companions are service quality, not co-operative value: a set holds them only if it holds
    nothing else, so they never count in a scored set."""
    companions = {m.get("code") for _, m in iter_measures(data) if m.get("companion") is True}
    issues: list[Issue] = []
    for si, mset in _items(data, "sets"):
        listed = [c for c in mset.get("measures") or () if isinstance(c, str)] \
            if isinstance(mset.get("measures"), list) else []
        mixed = [c for c in listed if c in companions]
        if mixed and len(mixed) < len(listed):
            issues.append((("sets", si, "measures"),
                           _("mixes quality companions ({codes}) with scored measures; companions go in a set of "
                             "their own").format(codes=", ".join(dict.fromkeys(mixed)))))
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
            if first == value:
                message = _(_DUPLICATE[kind]).format(value=value, where=first_where)  # i18n: no
            else:
                message = _(_DUPLICATE_FOLDED[kind]).format(value=value, where=first_where, first=first)  # i18n: no
            issues.append((path + (field,), message))
        else:
            seen[key] = (value, where)

    for ti, theme in _items(data, "themes"):
        claim("theme id", theme.get("id"), ("themes", ti), "id", _("theme {id}").format(id=theme.get("id")))
        for oi, outcome in _items(theme, "outcomes"):
            claim("outcome id", outcome.get("id"), ("themes", ti, "outcomes", oi), "id",
                  _("outcome {id} (theme {theme})").format(id=outcome.get("id"), theme=theme.get("id")))
    for path, measure in iter_measures(data):
        claim("code", measure.get("code"), path, "code",
              _("measure {code} (outcome {outcome})").format(code=measure.get("code"),
                                                             outcome=_outcome_id(data, path)))
    for ri, field in _items(data, "record_fields"):
        claim("code", field.get("code"), ("record_fields", ri), "code",
              _("record field {id}").format(id=field.get("code")))
    for si, mset in _items(data, "sets"):
        claim("set name", mset.get("name"), ("sets", si), "name", _("set {id}").format(id=mset.get("name")))
    return issues


_DUPLICATE = {  # by what is duplicated; {where} names the item that has it first
    "theme id": N_("duplicate theme id {value!r}: {where} already has it; each must be unique"),
    "outcome id": N_("duplicate outcome id {value!r}: {where} already has it; each must be unique"),
    "code": N_("duplicate code {value!r}: {where} already has it; each must be unique"),
    "set name": N_("duplicate set name {value!r}: {where} already has it; each must be unique"),
}
_DUPLICATE_FOLDED = {  # the same, when the two differ only in case or Unicode form
    "theme id": N_("duplicate theme id {value!r}: {where} already has it ({first!r}, the same ignoring case and "
                   "Unicode form); each must be unique"),
    "outcome id": N_("duplicate outcome id {value!r}: {where} already has it ({first!r}, the same ignoring case "
                     "and Unicode form); each must be unique"),
    "code": N_("duplicate code {value!r}: {where} already has it ({first!r}, the same ignoring case and Unicode "
               "form); each must be unique"),
    "set name": N_("duplicate set name {value!r}: {where} already has it ({first!r}, the same ignoring case and "
                   "Unicode form); each must be unique"),
}


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
        return [(path, number_message())]
    if isinstance(node, int | float) and abs(node) > MAX_NUMBER:
        return [(path, number_message())]
    if isinstance(node, str) and key not in _PATTERN_KEYS and not (key == "name" and path[:1] == ("sets",)) \
            and not (key == "measures" and path[:1] == ("sets",)):
        # Welsh (`<field>_cy`) is held to its English field's rule
        rule = text.rule("framework.title" if key.removesuffix("_cy") in _LINE_KEYS else "framework.text")
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
    out = [(f, _("a qualitative measure has no {field}; it is scored on the tender's scale").format(field=f))
           for f in _SCORING_FIELDS if f in m]
    anchors = m.get("anchors")
    if isinstance(anchors, dict):
        given = [k for k in ("low", "middle", "high") if str(anchors.get(k, "")).strip()]
        if given and len(given) < 3:
            missing = ", ".join(k for k in ("low", "middle", "high") if k not in given)
            out.append(("anchors", _("give all three anchors (low, middle, high); missing: {missing}").format(
                missing=missing)))
    return out


def _quantitative_rules(m: dict[str, Any]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if "anchors" in m:
        out.append(("anchors", _("anchors describe qualitative responses; a quantitative measure is scored by its "
                                 "method")))
    if "unit" not in m:
        out.append(("unit", _("a quantitative measure needs a unit (e.g. '£', '%', 'hours', 'FTE', 'count')")))
    method = m.get("method")
    if "method" not in m:
        out.append(("method", _("a quantitative measure needs a method: relative, target, banded or record_only")))
    if method == "target" and "target" not in m:
        out.append(("target", _("method 'target' needs a target greater than 0")))
    if method != "target" and "target" in m and method in ("relative", "banded", "record_only"):
        out.append(("target", _("a target is used only by method 'target', not {method!r}").format(method=method)))
    if method == "banded" and not m.get("bands"):
        out.append(("bands", _("method 'banded' needs bands: [{{ at = …, share = … }}, …] in ascending order")))
    if method != "banded" and "bands" in m and method in ("relative", "target", "record_only"):
        out.append(("bands", _("bands are used only by method 'banded', not {method!r}").format(method=method)))
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
                issues.append((("sets", si, "measures", ci), _("unknown measure code {code!r}").format(code=code)))
        dupes = sorted({c for c in listed if isinstance(c, str) and listed.count(c) > 1})
        if dupes:
            issues.append((("sets", si, "measures"), _("lists {codes} more than once").format(codes=", ".join(dupes))))
    return issues
