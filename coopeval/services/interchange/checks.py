"""Checking a tender document before anything is imported: every problem, each at its JSON path.

Two passes, both always run so one reading lists everything: the pydantic models
(`interchange_schema`) check shapes and values, and `cross_checks` checks the parts against each
other (duplicate keys, references to things that are not in the document, scores off the scale).
The cross-checks read the raw data defensively: a part with the wrong shape is skipped here,
because the model pass has already reported it.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from coopeval.domain.errors import InvalidFileError, Problem
from coopeval.domain.framework_loader import parse_framework
from coopeval.services.interchange.schema import (
    DECIMAL_PATTERN,
    FORMAT,
    FORMAT_VERSION,
    PATTERN_MESSAGES,
    TenderDocument,
)

Loc = tuple[str | int, ...]
_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def json_path(loc: Loc) -> str:
    """("bids", 2, "identifier") -> "$.bids[2].identifier"."""
    parts = ["$"]
    for part in loc:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        elif _PLAIN_KEY.match(part):
            parts.append(f".{part}")
        else:
            parts.append(f"[{json.dumps(part, ensure_ascii=False)}]")
    return "".join(parts)


def check_document(data: Any, source: str) -> TenderDocument:
    """The validated document, or InvalidFileError listing every problem with its JSON path."""
    issues = _format_issues(data)
    model = None
    if not issues:
        try:
            model = TenderDocument.model_validate(data)
        except ValidationError as exc:
            issues += [(tuple(e["loc"]), _message(e)) for e in exc.errors()]
        issues += cross_checks(data)
    if issues:
        raise InvalidFileError([Problem(source, json_path(loc), message) for loc, message in issues])
    assert model is not None
    return model


def _format_issues(data: Any) -> list[tuple[Loc, str]]:
    """Is this a tender document we can read at all? If not, one clear problem instead of dozens."""
    if not isinstance(data, dict):
        kind = {list: "a list", str: "a string", type(None): "null", bool: "true/false"}.get(type(data), "a number")
        return [((), f"must be a JSON object (a CoopEval tender file), not {kind}")]
    fmt = data.get("format")
    if fmt != FORMAT:
        found = "has no format" if "format" not in data else f"has format {json.dumps(fmt, ensure_ascii=False)}"
        return [(("format",), f"{found}; a CoopEval tender file has \"format\": \"{FORMAT}\"")]
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        return [(("format_version",), f"is {version}: this file was written by a newer CoopEval, and this version "
                                      f"reads format version {FORMAT_VERSION}; update CoopEval to import it")]
    return []


def _message(error: ErrorDetails) -> str:
    kind = error["type"]
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "is not part of the tender format (misspelt, or written by a newer CoopEval?)"
    if kind == "string_type" and type(error.get("input")) in (int, float):
        return f'must be text in quotes, e.g. "{error["input"]}"'
    if kind == "string_pattern_mismatch":
        pattern = error.get("ctx", {}).get("pattern")
        return PATTERN_MESSAGES.get(pattern, error["msg"]) if isinstance(pattern, str) else error["msg"]
    return error["msg"]


def _entries(container: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    seq = container.get(key) if isinstance(container, dict) else None
    return [(i, item) for i, item in enumerate(seq) if isinstance(item, dict)] if isinstance(seq, list) else []


def _unique(out: list[tuple[Loc, str]], base: Loc, entries: list[tuple[int, dict]], field: str,
            what: str) -> dict[Any, dict[str, Any]]:
    """Index entries by `field`, reporting each repeat; returns key -> entry."""
    seen: dict[Any, int] = {}
    found: dict[Any, dict[str, Any]] = {}
    for i, entry in entries:
        key = entry.get(field)
        if not isinstance(key, (str, int)) or isinstance(key, bool):
            continue
        if key in seen:
            out.append(((*base, i, field), f"repeats the {what} {json.dumps(key, ensure_ascii=False)} "
                                           f"(first at {json_path((*base, seen[key]))})"))
        else:
            seen[key], found[key] = i, entry
    return found


def _ref(out: list[tuple[Loc, str]], loc: Loc, value: Any, known: dict | set, what: str, where: str) -> bool:
    if isinstance(value, str) and value not in known:
        out.append((loc, f"refers to {what} {json.dumps(value, ensure_ascii=False)}, which is not in $.{where}"))
        return False
    return isinstance(value, str)


def _scale_points(data: dict[str, Any]) -> tuple[int, ...] | None:
    """The tender scale's points; () when it has none; None when the scale itself is malformed."""
    tender = data.get("tender")
    if not isinstance(tender, dict) or "scale" not in tender:
        return None
    scale = tender["scale"]
    if scale is None:
        return ()
    points = scale.get("points") if isinstance(scale, dict) else None
    if not isinstance(points, list) or not all(isinstance(p, dict) and type(p.get("value")) is int for p in points):
        return None
    return tuple(p["value"] for p in points)


def _on_scale(out: list[tuple[Loc, str]], loc: Loc, value: Any, points: tuple[int, ...] | None) -> None:
    if points is None or type(value) is not int or value in points:
        return
    listed = ", ".join(map(str, points)) if points else "the tender has no scale"
    out.append((loc, f"{value} is not a point on the tender's scale ({listed})"))


def cross_checks(data: dict[str, Any]) -> list[tuple[Loc, str]]:
    out: list[tuple[Loc, str]] = []
    _check_frameworks(out, data)
    raw_tender = data.get("tender")
    tender: dict[str, Any] = raw_tender if isinstance(raw_tender, dict) else {}
    scale = tender.get("scale")
    if isinstance(scale, dict) and isinstance(scale.get("id"), str) and scale["id"] != tender.get("scale_id"):
        out.append((("tender", "scale_id"), f"does not match the scale's own id {json.dumps(scale['id'])}"))
    points = _scale_points(data)

    measures = _unique(out, ("measures",), _entries(data, "measures"), "code", "measure code")
    for i, m in _entries(data, "measures"):
        weight = m.get("weight")
        if isinstance(weight, str) and re.match(DECIMAL_PATTERN, weight) and not 0 <= Decimal(weight) <= 100:
            out.append((("measures", i, "weight"), "must be between 0 and 100"))
    bids = _unique(out, ("bids",), _entries(data, "bids"), "identifier", "bid identifier")
    members = _unique(out, ("members",), _entries(data, "members"), "name", "member name")

    for i, bid in _entries(data, "bids"):
        _unique(out, ("bids", i, "responses"), _entries(bid, "responses"), "measure", "response to measure")
        for j, response in _entries(bid, "responses"):
            loc = ("bids", i, "responses", j)
            if _ref(out, (*loc, "measure"), response.get("measure"), measures, "measure", "measures"):
                measure = measures.get(response["measure"])
                if measure and measure.get("kind") == "qualitative" and response.get("quantity") is not None:
                    out.append(((*loc, "quantity"), f"{response['measure']} is qualitative: it takes a written "
                                                    "response, not a quantity"))

    _check_declarations(out, data, bids, members)

    seen: dict[tuple, int] = {}
    for i, score in _entries(data, "scores"):
        ok = _ref(out, ("scores", i, "member"), score.get("member"), members, "member", "members")
        ok &= _ref(out, ("scores", i, "bid"), score.get("bid"), bids, "bid", "bids")
        ok &= _ref(out, ("scores", i, "measure"), score.get("measure"), measures, "measure", "measures")
        key: tuple[Any, ...] = (score.get("member"), score.get("bid"), score.get("measure"))
        if ok and key in seen:
            out.append((("scores", i), f"repeats the score of {key[0]} for bid {key[1]} on {key[2]} "
                                       f"(first at {json_path(('scores', seen[key]))})"))
        elif ok:
            seen[key] = i
        _on_scale(out, ("scores", i, "value"), score.get("value"), points)
        if score.get("abstained") is True and score.get("value") is not None:
            out.append((("scores", i, "value"), "must be null: the member abstained"))

    seen = {}
    for i, item in _entries(data, "consensus"):
        ok = _ref(out, ("consensus", i, "bid"), item.get("bid"), bids, "bid", "bids")
        ok &= _ref(out, ("consensus", i, "measure"), item.get("measure"), measures, "measure", "measures")
        key = (item.get("bid"), item.get("measure"))
        if ok and key in seen:
            out.append((("consensus", i), f"repeats the consensus for bid {key[0]} on {key[1]} "
                                          f"(first at {json_path(('consensus', seen[key]))})"))
        elif ok:
            seen[key] = i
        _on_scale(out, ("consensus", i, "value"), item.get("value"), points)

    seen = {}
    for i, sign in _entries(data, "sign_offs"):
        ok = _ref(out, ("sign_offs", i, "member"), sign.get("member"), members, "member", "members")
        ok &= type(sign.get("round")) is int
        key = (sign.get("member"), sign.get("round"))
        if ok and key in seen:
            out.append((("sign_offs", i), f"repeats {key[0]}'s sign-off in round {key[1]} "
                                          f"(first at {json_path(('sign_offs', seen[key]))})"))
        elif ok:
            seen[key] = i
    return out


def _check_declarations(out: list[tuple[Loc, str]], data: dict[str, Any], bids: dict, members: dict) -> None:
    entries = _entries(data, "declarations")
    numbers = _unique(out, ("declarations",), entries, "number", "declaration number")
    for i, d in entries:
        _ref(out, ("declarations", i, "member"), d.get("member"), members, "member", "members")
        _ref(out, ("declarations", i, "bid"), d.get("bid"), bids, "bid", "bids")
        later = d.get("superseded_by")
        if type(later) is not int:
            continue
        if later not in numbers:
            out.append((("declarations", i, "superseded_by"), f"refers to declaration {later}, which is not in $.declarations"))
        elif later == d.get("number"):
            out.append((("declarations", i, "superseded_by"), "a declaration cannot supersede itself"))
        elif numbers[later].get("member") != d.get("member"):
            out.append((("declarations", i, "superseded_by"), f"declaration {later} is another member's"))


_INFO_FIELDS = {"framework_id": "id", "version": "version", "name": "name", "licence": "licence",
                "source": "source", "attribution": "attribution"}


def _check_frameworks(out: list[tuple[Loc, str]], data: dict[str, Any]) -> None:
    seen: dict[tuple, int] = {}
    for i, fw in _entries(data, "frameworks"):
        key = (fw.get("framework_id"), fw.get("version"))
        if all(isinstance(k, str) for k in key):
            if key in seen:
                out.append((("frameworks", i), f"repeats framework {key[0]} version {key[1]} "
                                               f"(first at {json_path(('frameworks', seen[key]))})"))
            seen.setdefault(key, i)
        content = fw.get("content")
        if not isinstance(content, str):
            continue
        try:
            info = parse_framework(content, f"{key[0]}.toml").info
        except InvalidFileError as exc:
            first = "; ".join(f"{p.location}: {p.message}" for p in exc.problems[:3])
            more = f" (and {len(exc.problems) - 3} more)" if len(exc.problems) > 3 else ""
            out.append((("frameworks", i, "content"), f"is not a valid framework file: {first}{more}"))
            continue
        for field, attr in _INFO_FIELDS.items():
            if isinstance(fw.get(field), str) and fw[field] != getattr(info, attr):
                out.append((("frameworks", i, field), f"is {json.dumps(fw[field], ensure_ascii=False)} but the "
                                                      f"framework's content says {json.dumps(getattr(info, attr), ensure_ascii=False)}"))
