"""Checking a tender document before anything is imported: every problem, each at its JSON path.

Two passes, both always run so one reading lists everything: the pydantic models
(`interchange_schema`) check shapes and values, and `cross_checks` checks the parts against each
other (duplicate keys, references to things that are not in the document, scores off the scale).
The cross-checks read the raw data defensively: a part with the wrong shape is skipped here,
because the model pass has already reported it.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from coopeval.domain import lifecycle, periods, ratings, records, standstill, tender_rules, text
from coopeval.domain.errors import InvalidFileError, Problem
from coopeval.domain.framework import Framework, RecordField
from coopeval.domain.framework_loader import parse_framework
from coopeval.domain.numbers import MAX_NUMBER, InputError
from coopeval.i18n import N_, _, month_name
from coopeval.services.interchange.schema import (
    DECIMAL_PATTERN,
    FORMAT,
    FORMAT_VERSION,
    INT64_MAX,
    MAX_BASE64_CHARS,
    MAX_KEPT_BYTES,
    MODELS,
    PATTERN_MESSAGES,
    READ_VERSIONS,
    SHA256_PATTERN,
    V1_ORG_FORMS,
    AnyTenderDocument,
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


MAX_DEPTH = 64  # a real tender document nests about eight levels deep


class RepeatedKeys(dict[str, Any]):
    """A JSON object in which some key appeared more than once (`repeated` names them)."""

    repeated: list[str]


def json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """`object_pairs_hook` for json.loads: a repeated key is remembered, never silently replaced."""
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    marked = RepeatedKeys(obj)
    seen: set[str] = set()
    marked.repeated = [k for k, _v in pairs if k in seen or seen.add(k)]  # type: ignore[func-returns-value]
    return marked


def check_document(data: Any, source: str) -> AnyTenderDocument:
    """The validated document (`TenderDocument`, or `TenderDocumentV1` for a version-1 file), or InvalidFileError
    listing every problem with its JSON path.

    Free text in the returned model is `text.normalise`d (what the app would have stored)."""
    issues = _format_issues(data)
    model = None
    if not issues:
        version = data.get("format_version", FORMAT_VERSION)  # one that is missing is reported by the model
        issues = value_issues(data)
        values = len(issues)
        if not any(message == _too_deep() for _loc, message in issues):
            changes: list[tuple[Loc, str]] = []
            issues += text_issues(data, changes)
            if changes:  # free text to normalise: in a copy (the caller's data stays as given); most files need none
                data = _json_copy(data)
                for loc, value in changes:
                    _set(data, loc, value)
            try:
                model = MODELS[version].model_validate(data)
            except ValidationError as exc:
                issues += [(tuple(e["loc"]), _message(e, version)) for e in exc.errors()]
            issues += cross_checks(data)
            # a value refused as a value is not also reported as the wrong type
            said = {loc for loc, _m in issues[:values]}
            issues = issues[:values] + [(loc, m) for loc, m in issues[values:] if loc not in said]
    if issues:
        raise InvalidFileError([Problem(source, json_path(loc), message) for loc, message in issues])
    assert model is not None
    return model


def _json_copy(value: Any) -> Any:
    """A copy of parsed JSON (dicts, lists and immutable scalars), much cheaper than `copy.deepcopy`."""
    if isinstance(value, dict):
        return {key: _json_copy(item) if isinstance(item, (dict, list)) else item for key, item in value.items()}
    if isinstance(value, list):
        return [_json_copy(item) if isinstance(item, (dict, list)) else item for item in value]
    return value


def _set(data: Any, loc: Loc, value: Any) -> None:
    container = data
    for key in loc[:-1]:
        container = container[key]
    container[loc[-1]] = value


def value_issues(data: Any) -> list[tuple[Loc, str]]:
    """Values no part of a tender may hold, wherever they are: repeated keys, numbers that are not
    finite or do not fit a stored whole number, and nesting far deeper than the format's."""
    if not isinstance(data, (dict, list)):
        return _scalar_issues(data)
    out: list[tuple[Loc, str]] = []
    stack: list[tuple[Loc, Any]] = [((), data)]
    while stack:  # containers only, in document order; a scalar is looked at where it sits (no path made for it)
        loc, value = stack.pop()
        if isinstance(value, _Found):
            out.append((loc, str(value)))
            continue
        if len(loc) >= MAX_DEPTH:
            out.append((loc, _too_deep()))
            continue
        if isinstance(value, dict):
            for key in getattr(value, "repeated", ()):
                out.append(((*loc, key), _("appears more than once in the same object; each key may appear only "
                                           "once (which value was meant?)")))
            items: Iterable[tuple[Any, Any]] = value.items()
        else:
            items = enumerate(value)
        nested: list[tuple[Loc, Any]] = []
        for key, item in items:
            if isinstance(item, (dict, list)):
                nested.append(((*loc, key), item))
            elif isinstance(item, (str, bool)) or item is None:
                continue
            else:  # reported in document order, among the nested containers' own problems
                nested += [((*loc, key), _Found(message)) for _loc, message in _scalar_issues(item)]
        stack.extend(reversed(nested))
    return out


def _too_deep() -> str:
    return _("nests more than {depth} levels deep; a tender file never does").format(depth=MAX_DEPTH)


class _Found(str):
    """A problem of a number, waiting on `value_issues`'s stack for its turn."""


def _scalar_issues(value: Any) -> list[tuple[Loc, str]]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int) and not -INT64_MAX - 1 <= value <= INT64_MAX:
        return [((), _("is a whole number too large to store (at most {most})").format(most=f"{INT64_MAX:,}"))]
    if isinstance(value, float) and not math.isfinite(value):
        return [((), _("is a number too large to hold (it would become infinity); a tender file holds "
                       "finite numbers only"))]
    return []


def _format_issues(data: Any) -> list[tuple[Loc, str]]:
    """Is this a tender document we can read at all? If not, one clear problem instead of dozens."""
    if not isinstance(data, dict):
        kind = {list: _("a list"), str: _("a string"), type(None): "null", bool: "true/false"}.get(
            type(data), _("a number"))
        return [((), _("must be a JSON object (a CoopEval tender file), not {kind}").format(kind=kind))]
    fmt = data.get("format")
    if fmt != FORMAT:
        if "format" not in data:
            return [(("format",), _('has no format; a CoopEval tender file has "format": "{format}"').format(
                format=FORMAT))]
        return [(("format",), _('has format {found}; a CoopEval tender file has "format": "{format}"').format(
            found=json.dumps(fmt, ensure_ascii=False), format=FORMAT))]
    version = data.get("format_version")
    readable = _("{earlier} or {last}").format(earlier=", ".join(map(str, READ_VERSIONS[:-1])),
                                               last=READ_VERSIONS[-1])
    if "format_version" in data and type(version) is not int:
        return [(("format_version",), _("must be the whole number {readable}, not {given}").format(
            readable=readable, given=json.dumps(version, ensure_ascii=False)[:40]))]
    if type(version) is int and version > max(READ_VERSIONS):
        return [(("format_version",), _("is {version}: this file was written by a newer CoopEval, and this "
                                        "version reads format versions {readable}; update CoopEval to import "
                                        "it").format(version=version, readable=readable))]
    if type(version) is int and version not in READ_VERSIONS:
        return [(("format_version",), _("is {version}, which no CoopEval writes; this version reads format "
                                        "versions {readable}").format(version=version, readable=readable))]
    return []


def _message(error: ErrorDetails, version: int = FORMAT_VERSION) -> str:
    kind = error["type"]
    loc = tuple(error["loc"])
    if kind == "missing":
        return _("is required")
    if kind == "extra_forbidden" and len(loc) == 3 and loc[0] == "bids":
        if version == 1 and loc[2] == "records":
            return _('is not part of format version 1: record answers travel in "records" from format version 2 '
                     'on (a version-1 bid has "org_form" and "org_evidence" instead)')
        if version >= 2 and loc[2] in ("org_form", "org_evidence"):
            return _("is not part of format version {version}: a bid's organisation form and its evidence travel "
                     'as answers in "records" (only format version 1 has this field)').format(version=version)
    if kind == "extra_forbidden" and version == 1 and (
            loc in _V2_ONLY or (len(loc) == 3 and loc[0] == "measures" and loc[2] == "word_limit")):
        return _("is not part of format version 1 (it travels from format version 2 on)")
    if kind == "extra_forbidden":
        return _("is not part of the tender format (misspelt, or written by a newer CoopEval?)")
    if kind == "string_too_long" and loc[-1:] == ("content_base64",):
        return _("is longer than the base64 text of the largest file the record keeps ({mb} MB)").format(
            mb=MAX_KEPT_BYTES // 1_048_576)
    if kind == "string_type" and type(error.get("input")) in (int, float):
        return _('must be text in quotes, e.g. "{given}"').format(given=error["input"])
    if kind == "value_error" and error.get("ctx", {}).get("error") is not None:
        return str(error["ctx"]["error"])
    if kind == "string_pattern_mismatch":
        pattern = error.get("ctx", {}).get("pattern")
        if isinstance(pattern, str) and pattern in PATTERN_MESSAGES:
            return _(PATTERN_MESSAGES[pattern])  # i18n: no
        return error["msg"]
    return error["msg"]


_V2_ONLY = {("files",), ("tender", "deadline"), ("tender", "clarification_route"), ("awards",), ("commitments",),
            ("contract_changes",), ("deliveries",), ("ratings",), ("tender", "rating_good"),
            ("tender", "rating_approaching"), ("tender", "rating_improvement"), ("other_criteria",),
            ("tender", "retention_until"), ("tender", "document_language")}


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
            said = _REPEATS.get(what, N_("repeats the {what} {key} (first at {first})"))
            out.append(((*base, i, field), _(said).format(  # i18n: no
                what=what, key=json.dumps(key, ensure_ascii=False), first=json_path((*base, seen[key])))))
        else:
            seen[key], found[key] = i, entry
    return found


# `_unique`'s and `_ref`'s sentences, whole for each `what` (Welsh word order differs)
_REPEATS = {
    "measure code": N_("repeats the measure code {key} (first at {first})"),
    "bid identifier": N_("repeats the bid identifier {key} (first at {first})"),
    "member name": N_("repeats the member name {key} (first at {first})"),
    "response to measure": N_("repeats the response to measure {key} (first at {first})"),
    "declaration number": N_("repeats the declaration number {key} (first at {first})"),
    "award number": N_("repeats the award number {key} (first at {first})"),
    "commitment number": N_("repeats the commitment number {key} (first at {first})"),
}
_REFERS = {
    "measure": N_("refers to measure {value}, which is not in $.{where}"),
    "bid": N_("refers to bid {value}, which is not in $.{where}"),
    "member": N_("refers to member {value}, which is not in $.{where}"),
}


def _ref(out: list[tuple[Loc, str]], loc: Loc, value: Any, known: dict | set, what: str, where: str) -> bool:
    if isinstance(value, str) and value not in known:
        said = _REFERS.get(what, N_("refers to {what} {value}, which is not in $.{where}"))
        out.append((loc, _(said).format(  # i18n: no
            what=what, value=json.dumps(value, ensure_ascii=False), where=where)))
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
    listed = ", ".join(map(str, points)) if points else _("the tender has no scale")
    out.append((loc, _("{value} is not a point on the tender's scale ({listed})").format(value=value, listed=listed)))


def _quantity(out: list[tuple[Loc, str]], loc: Loc, value: Any) -> None:
    """A committed or accepted quantity: the bounds the bid form and the consensus editor apply."""
    if isinstance(value, str) and re.match(DECIMAL_PATTERN, value):
        if not 0 <= Decimal(value) <= MAX_NUMBER:
            out.append((loc, _("must be between 0 and {most}").format(most=f"{MAX_NUMBER:,}")))


def cross_checks(data: dict[str, Any]) -> list[tuple[Loc, str]]:
    out: list[tuple[Loc, str]] = []
    parsed: dict[tuple[Any, Any], Framework | None] = {}
    framework_codes = _check_frameworks(out, data, parsed)
    raw_tender = data.get("tender")
    tender: dict[str, Any] = raw_tender if isinstance(raw_tender, dict) else {}
    scale = tender.get("scale")
    if isinstance(scale, dict) and isinstance(scale.get("id"), str) and scale["id"] != tender.get("scale_id"):
        out.append((("tender", "scale_id"), _("does not match the scale's own id {id}").format(
            id=json.dumps(scale["id"]))))
    points = _scale_points(data)

    measures = _unique(out, ("measures",), _entries(data, "measures"), "code", "measure code")
    for i, m in _entries(data, "measures"):
        weight = m.get("weight")
        if isinstance(weight, str) and re.match(DECIMAL_PATTERN, weight) and not 0 <= Decimal(weight) <= 100:
            out.append((("measures", i, "weight"), _("must be between 0 and 100")))
    bids = _unique(out, ("bids",), _entries(data, "bids"), "identifier", "bid identifier")
    members = _unique(out, ("members",), _entries(data, "members"), "name", "member name")
    _check_setup(out, tender, points)
    for i, m in _entries(data, "measures"):
        _check_measure(out, ("measures", i), m, points, framework_codes)

    for i, bid in _entries(data, "bids"):
        _unique(out, ("bids", i, "responses"), _entries(bid, "responses"), "measure", "response to measure")
        for j, response in _entries(bid, "responses"):
            loc = ("bids", i, "responses", j)
            if _ref(out, (*loc, "measure"), response.get("measure"), measures, "measure", "measures"):
                measure = measures.get(response["measure"])
                if measure and measure.get("kind") == "qualitative" and response.get("quantity") is not None:
                    out.append(((*loc, "quantity"), _("{measure} is qualitative: it takes a written response, "
                                                      "not a quantity").format(measure=response["measure"])))
            _quantity(out, (*loc, "quantity"), response.get("quantity"))

    if data.get("format_version") != 1:
        _check_records(out, data, tender_record_fields(data, parsed))
        _check_files(out, data, bids)
        _check_after_award(out, data, tender, bids, measures)
        _check_other_criteria(out, data, bids)
    _check_declarations(out, data, bids, members)

    seen: dict[tuple, int] = {}
    for i, score in _entries(data, "scores"):
        ok = _ref(out, ("scores", i, "member"), score.get("member"), members, "member", "members")
        ok &= _ref(out, ("scores", i, "bid"), score.get("bid"), bids, "bid", "bids")
        ok &= _ref(out, ("scores", i, "measure"), score.get("measure"), measures, "measure", "measures")
        key: tuple[Any, ...] = (score.get("member"), score.get("bid"), score.get("measure"))
        if ok and key in seen:
            out.append((("scores", i), _("repeats the score of {member} for bid {bid} on {measure} "
                                         "(first at {first})").format(member=key[0], bid=key[1], measure=key[2],
                                                                      first=json_path(("scores", seen[key])))))
        elif ok:
            seen[key] = i
        _on_scale(out, ("scores", i, "value"), score.get("value"), points)
        if score.get("abstained") is True and score.get("value") is not None:
            out.append((("scores", i, "value"), _("must be null: the member abstained")))
        if score.get("status") == "submitted" and score.get("submitted_at") is None:
            out.append((("scores", i, "submitted_at"), _("is required: the score was submitted, so it has the "
                                                         "time it was submitted")))
        elif score.get("status") == "draft" and score.get("submitted_at") is not None:
            out.append((("scores", i, "submitted_at"), _("must be null: a draft score has not been submitted")))

    seen = {}
    for i, item in _entries(data, "consensus"):
        ok = _ref(out, ("consensus", i, "bid"), item.get("bid"), bids, "bid", "bids")
        ok &= _ref(out, ("consensus", i, "measure"), item.get("measure"), measures, "measure", "measures")
        key = (item.get("bid"), item.get("measure"))
        if ok and key in seen:
            out.append((("consensus", i), _("repeats the consensus for bid {bid} on {measure} (first at "
                                            "{first})").format(bid=key[0], measure=key[1],
                                                               first=json_path(("consensus", seen[key])))))
        elif ok:
            seen[key] = i
        _on_scale(out, ("consensus", i, "value"), item.get("value"), points)
        _quantity(out, ("consensus", i, "accepted_quantity"), item.get("accepted_quantity"))
        present = item.get("present")
        for j, name in enumerate(present if isinstance(present, list) else []):
            _ref(out, ("consensus", i, "present", j), name, members, "member", "members")

    seen = {}
    for i, sign in _entries(data, "sign_offs"):
        ok = _ref(out, ("sign_offs", i, "member"), sign.get("member"), members, "member", "members")
        if ok:
            role = members[sign["member"]].get("role")
            message = tender_rules.sign_off_role_problem(sign["member"], role if isinstance(role, str) else None)
            if message:
                out.append((("sign_offs", i, "member"), message))
        ok &= type(sign.get("round")) is int
        current = tender.get("signoff_round")
        if type(sign.get("round")) is int and type(current) is int and sign["round"] > current:
            out.append((("sign_offs", i, "round"), _("is {round}, after the tender's current sign-off round "
                                                     "({current})").format(round=sign["round"], current=current)))
        key = (sign.get("member"), sign.get("round"))
        if ok and key in seen:
            out.append((("sign_offs", i), _("repeats {member}'s sign-off in round {round} (first at "
                                            "{first})").format(member=key[0], round=key[1],
                                                               first=json_path(("sign_offs", seen[key])))))
        elif ok:
            seen[key] = i
    _check_status(out, data, tender, members)
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
            out.append((("declarations", i, "superseded_by"), _("refers to declaration {number}, which is not in "
                                                                "$.declarations").format(number=later)))
        elif later == d.get("number"):
            out.append((("declarations", i, "superseded_by"), _("a declaration cannot supersede itself")))
        elif numbers[later].get("member") != d.get("member"):
            out.append((("declarations", i, "superseded_by"), _("declaration {number} is another member's").format(
                number=later)))
    links = {d["number"]: d["superseded_by"] for _i, d in entries
             if type(d.get("number")) is int and type(d.get("superseded_by")) is int}
    where = {d["number"]: i for i, d in reversed(entries) if type(d.get("number")) is int}
    for loop in tender_rules.superseding_loops(links):
        ring = " → ".join(map(str, [*loop, loop[0]]))
        for number in loop:
            out.append((("declarations", where[number], "superseded_by"),
                        _("makes a loop of declarations superseding each other ({ring}); a chain of "
                          "superseded declarations ends at the current one").format(ring=ring)))


def _check_files(out: list[tuple[Loc, str]], data: dict[str, Any], bids: dict[Any, dict[str, Any]]) -> None:
    """The kept files: one version of a kind and media once, a return naming a bid of the file (no other kind names
    one), and bytes that are what `size` and `sha256` say."""
    seen: dict[tuple[Any, Any, Any], int] = {}
    for i, f in _entries(data, "files"):
        loc: Loc = ("files", i)
        kind, media, version = f.get("kind"), f.get("media"), f.get("version")
        if isinstance(kind, str) and isinstance(media, str) and type(version) is int:
            if (kind, media, version) in seen:
                out.append(((*loc, "version"), _("repeats version {version} of the {kind} ({media}) (first at "
                                                 "{first})").format(version=version, kind=kind, media=media,
                                                                    first=json_path(("files", seen[kind, media,
                                                                                                   version])))))
            else:
                seen[kind, media, version] = i
        identifier = f.get("bid_identifier")
        if isinstance(identifier, str) and identifier:
            if kind == "return":
                _ref(out, (*loc, "bid_identifier"), identifier, bids, "bid", "bids")
            elif isinstance(kind, str):
                out.append(((*loc, "bid_identifier"), _('must be "": only a return names a bid, not a {kind}').format(
                    kind=kind)))
        _check_file_bytes(out, loc, f)


def file_bytes(content: str) -> bytes | None:
    """The bytes of a file's `content_base64`, or None when it is not base64 exactly as CoopEval writes it (the
    standard alphabet, padded, on one line: one file, one text)."""
    if len(content) > MAX_BASE64_CHARS:
        return None
    try:
        data = base64.b64decode(content, validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if base64.b64encode(data).decode("ascii") == content else None


def _check_file_bytes(out: list[tuple[Loc, str]], loc: Loc, f: dict[str, Any]) -> None:
    content = f.get("content_base64")
    if not isinstance(content, str) or len(content) > MAX_BASE64_CHARS:
        return  # the model says so
    data = file_bytes(content)
    if data is None:
        out.append(((*loc, "content_base64"), _("is not base64 as CoopEval writes it (the letters A-Z, a-z, "
                                                "digits, + and /, padded with =, on one line)")))
        return
    size, sha256 = f.get("size"), f.get("sha256")
    if len(data) > MAX_KEPT_BYTES:
        out.append(((*loc, "content_base64"), _("holds {size} bytes; the record keeps files up to {most} "
                                                "bytes").format(size=f"{len(data):,}", most=f"{MAX_KEPT_BYTES:,}")))
    if type(size) is int and 0 <= size <= MAX_KEPT_BYTES and size != len(data):  # (any other size: the model says)
        out.append(((*loc, "size"), _("says {size} bytes, but content_base64 holds {held}").format(
            size=f"{size:,}", held=f"{len(data):,}")))
    if isinstance(sha256, str) and re.match(SHA256_PATTERN, sha256) and hashlib.sha256(data).hexdigest() != sha256:
        out.append(((*loc, "sha256"), _("does not match the bytes in content_base64: the file or its digest was "
                                        "changed after CoopEval kept it")))


_INFO_FIELDS = {"framework_id": "id", "version": "version", "name": "name", "licence": "licence",
                "source": "source", "attribution": "attribution"}


@functools.lru_cache(maxsize=4)
def _parse(content: str, name: str) -> Framework:
    """A framework file's content, parsed (kept for a moment: the import reads each twice, checking and restoring)."""
    return parse_framework(content, name)


def _check_frameworks(out: list[tuple[Loc, str]], data: dict[str, Any],
                      parsed: dict[tuple[Any, Any], Framework | None]) -> dict[tuple[Any, Any], set[str] | None]:
    """Checks the frameworks; returns (id, version) -> their measure codes (None when unreadable), and fills
    `parsed`: (id, version) -> the framework (None when unreadable)."""
    codes: dict[tuple[Any, Any], set[str] | None] = {}
    seen: dict[tuple, int] = {}
    for i, fw in _entries(data, "frameworks"):
        key = (fw.get("framework_id"), fw.get("version"))
        if all(isinstance(k, str) for k in key):
            if key in seen:
                out.append((("frameworks", i), _("repeats framework {id} version {version} (first at "
                                                 "{first})").format(id=key[0], version=key[1],
                                                                    first=json_path(("frameworks", seen[key])))))
            seen.setdefault(key, i)
        content = fw.get("content")
        if not isinstance(content, str) or not all(isinstance(k, str) for k in key):
            continue
        codes[key] = None
        parsed.setdefault(key, None)
        try:
            framework = _parse(content, f"{key[0]}.toml")
            info = framework.info
            codes[key] = {m.code for _t, _o, m in framework.measures()}
            if parsed[key] is None:
                parsed[key] = framework
        except InvalidFileError as exc:
            first = "; ".join(f"{p.location}: {p.message}" for p in exc.problems[:3])
            if len(exc.problems) > 3:
                said = _("is not a valid framework file: {first} (and {more} more)").format(
                    first=first, more=len(exc.problems) - 3)
            else:
                said = _("is not a valid framework file: {first}").format(first=first)
            out.append((("frameworks", i, "content"), said))
            continue
        for field, attr in _INFO_FIELDS.items():
            if isinstance(fw.get(field), str) and fw[field] != getattr(info, attr):
                out.append((("frameworks", i, field), _("is {given} but the framework's content says {own}").format(
                    given=json.dumps(fw[field], ensure_ascii=False),
                    own=json.dumps(getattr(info, attr), ensure_ascii=False))))
    return codes


# Bids entered before record answers had rows of their own hold an organisation form (from the app's own list, not the
# framework's) and its evidence, whatever the tender's frameworks; a version-2 file carries them as these two answers
# (`records.legacy_answers`). They are accepted on any tender whose frameworks do not define them (a draft set up
# before 2.0.0 may have had 2.0.0 measures added since); framework 1.0.0 defines the two fields itself, with other
# choices, so there the form takes its choices and the app's old ones.
LEGACY_FIELDS = (
    RecordField(code=records.LEGACY_FORM, title="Organisation form", kind="choice", choices=V1_ORG_FORMS),
    RecordField(code=records.LEGACY_EVIDENCE, title="Evidence of organisation form", kind="text"),
)


def shown_record_fields(fields: Sequence[RecordField], answers: Iterable[Sequence[records.RecordAnswer]]
                        ) -> tuple[RecordField, ...]:
    """The fields a report or an export shows for a tender's bids: its own record fields, then the `LEGACY_FIELDS`
    that some bid answers and the tender's frameworks do not define (a bid entered before record fields, on a tender
    whose frameworks ask none)."""
    own = {text.identity_key(f.code) for f in fields}
    given = {text.identity_key(a.code) for bid in answers for a in bid}
    return (*fields, *(f for f in LEGACY_FIELDS if text.identity_key(f.code) in given - own))


def tender_record_fields(data: dict[str, Any], parsed: dict[tuple[Any, Any], Framework | None] | None = None
                         ) -> tuple[RecordField, ...] | None:
    """The record fields of the document's frameworks that its measures use (frameworks in the order of their first
    measure, as the Bids page asks them), with `LEGACY_FIELDS` where they apply; None when a framework is missing or
    unreadable (reported elsewhere)."""
    if parsed is None:
        parsed = {}
        for _index, fw in _entries(data, "frameworks"):
            key = (fw.get("framework_id"), fw.get("version"))
            content = fw.get("content")
            if key not in parsed and isinstance(content, str) and all(isinstance(k, str) for k in key):
                try:
                    parsed[key] = _parse(content, f"{key[0]}.toml")
                except InvalidFileError:
                    parsed[key] = None
    measures = sorted((m for _i, m in _entries(data, "measures")),
                      key=lambda m: m["position"] if type(m.get("position")) is int else INT64_MAX)
    used: list[Framework] = []
    for m in measures:
        framework = parsed.get((m.get("framework_id"), m.get("framework_version")))
        if framework is None:
            return None
        if not any(framework is u for u in used):
            used.append(framework)
    fields = records.record_fields(used)
    own = {text.identity_key(f.code): f for f in fields}
    for legacy in LEGACY_FIELDS:
        field = own.get(text.identity_key(legacy.code))
        if field is None:
            fields += (legacy,)
        elif field.kind == legacy.kind == "choice":
            wider = field.model_copy(update={"choices": (*field.choices,
                                                         *(c for c in legacy.choices if c not in field.choices))})
            fields = tuple(wider if f is field else f for f in fields)
    return fields


def document_record_fields(doc: AnyTenderDocument) -> tuple[RecordField, ...]:
    """`tender_record_fields` of a checked document."""
    data = {"frameworks": [f.model_dump() for f in doc.frameworks],
            "measures": [{"framework_id": m.framework_id, "framework_version": m.framework_version,
                          "position": m.position} for m in doc.measures]}
    return tender_record_fields(data) or ()


def record_answers(bid: Any) -> list[tuple[int, records.RecordAnswer]]:
    """A bid's well-formed `records` entries as answers, with their index (others are reported by the model)."""
    out = []
    for j, item in _entries(bid, "records"):
        code, value, evidence = item.get("code"), item.get("value"), item.get("evidence")
        if isinstance(code, str) and isinstance(value, str) and isinstance(evidence, str):
            out.append((j, records.RecordAnswer(code, value, evidence)))
    return out


def _check_records(out: list[tuple[Loc, str]], data: dict[str, Any], fields: Sequence[RecordField] | None) -> None:
    """Each bid's answers, by `records.answer_problems` (the Bids page's rule): a problem of one answer at its path,
    a problem between answers (two values for a one-value field, a value given twice) at the bid's `records`."""
    if fields is None:
        return
    known: dict[tuple[records.RecordAnswer, ...], list[str]] = {}  # bids often give the same answers

    def problems(answers: tuple[records.RecordAnswer, ...]) -> list[str]:
        if answers not in known:
            if len(known) >= 4_096:  # bounded however many bids
                known.clear()
            known[answers] = records.answer_problems(fields, answers)
        return known[answers]

    for i, bid in _entries(data, "bids"):
        answers = record_answers(bid)
        alone: list[str] = []
        for j, answer in answers:
            own = problems((answer,))
            out += [(("bids", i, "records", j), message) for message in own]
            alone += own
        for message in list(problems(tuple(a for _i, a in answers))):
            if message in alone:
                alone.remove(message)
            else:
                out.append((("bids", i, "records"), message))


# Every text field of a document, with the `coopeval.domain.text` rule it is held to. Fields a
# framework or scale defines are checked but kept exactly (they must match the framework's own
# text); the tender's own free text is stored `normalise`d, as the app stores what people type.
_FRAMEWORK_LINE, _FRAMEWORK_TEXT = "framework.title", "framework.text"


def _rule(field: str, fallback: str) -> str:
    """`field`'s own text rule once the service that stores it defines one; until then the rule of a field like it."""
    return field if field in text.FIELDS else fallback


_OWN_TEXT: dict[str, dict[str, str]] = {
    "tender": {"reference": "tender.reference", "title": "tender.title", "authority": "tender.authority",
               "description": "tender.description", "clarification_route": "tender.clarification_route"},
    "measures": {"code": "measure.code"},
    "bids": {"identifier": "bid.identifier", "legal_name": "bid.legal_name", "trading_name": "bid.trading_name",
             "address": "bid.address", "email": "bid.email", "org_evidence": "bid.org_evidence",
             "withdrawn_reason": "bid.withdrawn_reason"},
    "responses": {"measure": "measure.code", "text": "response.text", "page_refs": "response.page_refs"},
    "clarifications": {"question": "clarification.question", "answer": "clarification.answer"},
    "members": {"name": "member.name", "email": "member.email"},
    "declarations": {"member": "member.name", "bid": "bid.identifier", "details": "declaration.details",
                     "resolution_note": "declaration.resolution_note", "resolved_by": "member.name"},
    "scores": {"member": "member.name", "bid": "bid.identifier", "measure": "measure.code",
               "abstain_reason": "score.abstain_reason", "rationale": "score.rationale",
               "evidence_refs": "score.evidence_refs"},
    "consensus": {"bid": "bid.identifier", "measure": "measure.code", "quantity_reason": "consensus.quantity_reason",
                  "rationale": "consensus.rationale", "recorded_by": "member.name"},
    "sign_offs": {"member": "member.name", "statement": "signoff.statement"},
    "awards": {"bid": "bid.identifier", "standstill_exemption": _rule("award.standstill_exemption", "bid_record.value"),
               "standstill_reason": _rule("award.standstill_reason", "contract_change.reason"),
               "withdrawn_reason": _rule("award.withdrawn_reason", "bid.withdrawn_reason")},
    "commitments": {"measure": "measure.code", "code": "measure.code", "text": "commitment.text",
                    "unit": _rule("commitment.unit", "bid_record.value")},
    "contract_changes": {"before": "commitment.text", "after": "commitment.text", "reason": "contract_change.reason"},
    "deliveries": {"evidence_refs": _rule("delivery.evidence_refs", "score.evidence_refs"),
                   "note": _rule("delivery.note", "commitment.text"),
                   "check_reason": _rule("delivery.check_reason", "contract_change.reason")},
    "ratings": {"reason": _rule("rating.reason", "contract_change.reason")},
    "other_criteria": {"name": "other_criterion.name", "method": "other_criterion.method"},
    "other_scores": {"bid": "bid.identifier", "reasons": "other_score.reasons"},
}
_KEPT_TEXT: dict[str, dict[str, str]] = {
    "frameworks": {"framework_id": _FRAMEWORK_LINE, "version": _FRAMEWORK_LINE, "name": _FRAMEWORK_LINE,
                   "licence": _FRAMEWORK_LINE, "source": _FRAMEWORK_LINE, "attribution": _FRAMEWORK_TEXT},
    "measures": {"framework_id": _FRAMEWORK_LINE, "framework_version": _FRAMEWORK_LINE, "theme": _FRAMEWORK_LINE,
                 "outcome": _FRAMEWORK_LINE},
    "tender": {"scale_id": _FRAMEWORK_LINE},
    "scale": {"id": _FRAMEWORK_LINE, "name": _FRAMEWORK_LINE, "description": _FRAMEWORK_TEXT},
    "points": {"label": _FRAMEWORK_LINE, "descriptor": _FRAMEWORK_TEXT},
    "files": {"name": "tender_file.name", "bid_identifier": "bid.identifier"},  # as received: checked, kept exactly
    "deliveries": {"source": "tender_file.name"},
    "other_scores": {"source": "tender_file.name"},
}
_Slot = tuple[Loc, Any, Any, str, bool]  # (path, container, key in it, text rule, kept as is?)


def _fields(loc: Loc, obj: Any, part: str) -> Iterator[_Slot]:
    if not isinstance(obj, dict):
        return
    for table, keep in ((_OWN_TEXT, False), (_KEPT_TEXT, True)):
        for key, field in table.get(part, {}).items():
            if isinstance(obj.get(key), str):
                yield ((*loc, key), obj, key, field, keep)


def _text_slots(data: dict[str, Any]) -> Iterator[_Slot]:
    """Every text slot, in document order, one at a time (a million bids make millions of them)."""
    if isinstance(data.get("exported_by"), str):
        yield (("exported_by",), data, "exported_by", _FRAMEWORK_LINE, True)
    tender = data.get("tender")
    yield from _fields(("tender",), tender, "tender")
    if isinstance(tender, dict):
        scale = tender.get("scale")
        yield from _fields(("tender", "scale"), scale, "scale")
        for i, point in _entries(scale, "points"):
            yield from _fields(("tender", "scale", "points", i), point, "points")
    for part in ("frameworks", "measures", "bids", "members", "declarations", "scores", "consensus", "sign_offs",
                 "files", "awards", "commitments", "contract_changes", "deliveries", "ratings", "other_criteria"):
        for i, item in _entries(data, part):
            yield from _fields((part, i), item, part)
    for i, crit in _entries(data, "other_criteria"):
        for j, item in _entries(crit, "scores"):
            yield from _fields(("other_criteria", i, "scores", j), item, "other_scores")
    for i, bid in _entries(data, "bids"):
        for inner in ("responses", "clarifications"):
            for j, item in _entries(bid, inner):
                yield from _fields(("bids", i, inner, j), item, inner)
    for i, item in _entries(data, "consensus"):
        present = item.get("present")
        for j, name in enumerate(present if isinstance(present, list) else []):
            if isinstance(name, str):
                yield (("consensus", i, "present", j), present, j, "member.name", True)
    for i, measure in _entries(data, "measures"):
        stack: list[tuple[Loc, Any]] = [(("measures", i, "measure"), measure.get("measure"))]
        while stack:
            loc, value = stack.pop()
            items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
            for key, item in items:
                if isinstance(item, str):
                    yield ((*loc, key), value, key, _FRAMEWORK_TEXT, True)
                elif isinstance(item, (dict, list)) and len(loc) < MAX_DEPTH:
                    stack.append(((*loc, key), item))


def _text_verdict(value: str, field: str, keep: bool) -> tuple[str | None, str]:
    """(problem, the value as stored): `text.problem`, and the free text `normalise`d unless kept as is."""
    return _short_verdict(value, field, keep) if len(value) <= 64 else _verdict(value, field, keep)


def _verdict(value: str, field: str, keep: bool) -> tuple[str | None, str]:
    message = text.problem(value, field)
    if message or keep or text.rule(field).kind == "identifier":
        return message, value
    return None, text.normalise(value)


_short_verdict = functools.lru_cache(maxsize=16_384)(_verdict)  # a file repeats short values: "", a choice, a name


def text_issues(data: dict[str, Any], changes: list[tuple[Loc, str]] | None = None) -> list[tuple[Loc, str]]:
    """Every text field held to its `coopeval.domain.text` rule. The tender's own free text is
    stored normalised: each value that normalising changes is added to `changes` (path, value) when
    given, else normalised in place (so `data` must then be the caller's own copy)."""
    out: list[tuple[Loc, str]] = []
    for loc, container, key, field, keep in _text_slots(data):
        value = container[key]
        message, stored = _text_verdict(value, field, keep)
        if message:
            out.append((loc, message))
        elif stored != value:
            _change(changes, loc, container, key, stored)
    for i, bid in _entries(data, "bids"):  # answers: normalised here, their problems named by `_check_records`
        for j, item in _entries(bid, "records"):
            for key in ("value", "evidence"):
                value = item.get(key)
                if isinstance(value, str):
                    message, stored = _text_verdict(value, f"bid_record.{key}", False)
                    if not message and stored != value:
                        _change(changes, ("bids", i, "records", j, key), item, key, stored)
    return out


def _change(changes: list[tuple[Loc, str]] | None, loc: Loc, container: Any, key: Any, value: str) -> None:
    if changes is None:
        container[key] = value
    else:
        changes.append((loc, value))


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _decimal(value: Any) -> Decimal | None:
    return Decimal(value) if isinstance(value, str) and re.match(DECIMAL_PATTERN, value) else None


def _check_setup(out: list[tuple[Loc, str]], tender: dict[str, Any], points: tuple[int, ...] | None) -> None:
    """The set-up services' rules: the section weight and the cut-offs, each within its range, and
    discussion not above split."""
    values = {key: _decimal(tender.get(key)) for key in ("section_weight", "discuss_at", "split_above")}
    for key, (low, high) in (("section_weight", tender_rules.SECTION_WEIGHT_RANGE),
                             ("discuss_at", tender_rules.CUTOFF_RANGE), ("split_above", tender_rules.CUTOFF_RANGE)):
        value = values[key]
        message = None if value is None else tender_rules.range_problem(value, low, high)
        if message:
            out.append((("tender", key), message))
    discuss, split = values["discuss_at"], values["split_above"]
    if discuss is not None and split is not None:
        message = tender_rules.cutoffs_problem(discuss, split)
        if message:
            out.append((("tender", "discuss_at"), message))


def _check_measure(out: list[tuple[Loc, str]], loc: Loc, m: dict[str, Any], points: tuple[int, ...] | None,
                   framework_codes: dict[tuple[Any, Any], set[str] | None]) -> None:
    """A measure's own set-up (as `tenders.set_measure` checks it), and its framework in the file."""
    kind = m.get("kind")
    key = (m.get("framework_id"), m.get("framework_version"))
    if all(isinstance(k, str) for k in key):
        if key not in framework_codes:
            out.append(((*loc, "framework_id"), _("refers to framework {id} version {version}, which is not in "
                                                  "$.frameworks").format(id=key[0], version=key[1])))
        elif framework_codes[key] is not None and isinstance(m.get("code"), str) and \
                m["code"] not in (framework_codes[key] or set()):
            out.append(((*loc, "code"), _("is not a measure of framework {id} version {version}").format(
                id=key[0], version=key[1])))
    if kind not in ("qualitative", "quantitative"):
        return
    minimum = _decimal(m.get("minimum"))
    if minimum is not None:
        message = tender_rules.minimum_problem(kind, minimum, points or None)
        if message:
            out.append(((*loc, "minimum"), message))
    target = _decimal(m.get("target"))
    bands = m.get("bands")
    pairs = [(_decimal(b[0]), _decimal(b[1])) for b in bands if isinstance(b, list) and len(b) == 2] \
        if isinstance(bands, list) else []
    method = m.get("method")
    if method is None or isinstance(method, str):
        message = tender_rules.method_problem(kind, method, target, bool(bands))
        if message:
            out.append(((*loc, "method"), message))
    if pairs and all(a is not None and s is not None for a, s in pairs):
        message = tender_rules.bands_problem([(a, s) for a, s in pairs if a is not None and s is not None])
        if message:
            out.append(((*loc, "bands"), message))


def _check_status(out: list[tuple[Loc, str]], data: dict[str, Any], tender: dict[str, Any],
                  members: dict[Any, dict[str, Any]]) -> None:
    """A tender in a status holds what the app requires to reach it: evaluation starts only with a
    complete set-up; scores exist from evaluation, consensus from moderation; signed off means every
    item agreed, every declaration settled, no draft left and every scoring member signed."""
    status = tender.get("status")
    if status not in lifecycle.STATUSES:
        return
    loc: Loc = ("tender", "status")
    order = lifecycle.STATUSES.index(status)
    for part, first in (("scores", lifecycle.EVALUATION), ("consensus", lifecycle.MODERATION),
                        ("sign_offs", lifecycle.MODERATION)):
        if order < lifecycle.STATUSES.index(first) and _entries(data, part):
            out.append(((part,), _(_MADE_FROM[part]).format(  # i18n: no
                stage=lifecycle.label(status), first=lifecycle.label(first))))
    if status == lifecycle.DRAFT:
        return
    weights = [_decimal(m.get("weight")) for _i, m in _entries(data, "measures")]
    roles = [m.get("role") for _i, m in _entries(data, "members")]
    if all(w is not None for w in weights):
        try:
            lifecycle.check_start_evaluation(lifecycle.DRAFT, [w for w in weights if w is not None], roles,
                                             tender.get("scale") is not None)
        except lifecycle.LifecycleError as exc:
            out.append((loc, _("says the tender is in {stage}, but it could never have left draft. "
                               "{problem}").format(stage=lifecycle.label(status), problem=exc)))
    if status not in lifecycle.SIGNED_OFF_OR_LATER:
        return
    bids = [_str(b.get("identifier")) for _i, b in _entries(data, "bids") if b.get("withdrawn") is False]
    codes = [_str(m.get("code")) for _i, m in _entries(data, "measures")]
    agreed = {(_str(c.get("bid")), _str(c.get("measure"))) for _i, c in _entries(data, "consensus")}
    missing = sum(1 for b in bids for c in codes if (b, c) not in agreed)
    current = [d for _i, d in _entries(data, "declarations") if d.get("superseded_by") is None]
    unresolved = sum(1 for d in current if d.get("interest") != "none" and d.get("resolution") is None)
    problems = []
    try:
        lifecycle.check_sign_off_ready(lifecycle.MODERATION, missing, unresolved)
    except lifecycle.LifecycleError as exc:
        problems.append(str(exc))
    drafts = sum(1 for _i, s in _entries(data, "scores") if s.get("status") == "draft")
    if drafts:
        problems.append(_("{count} draft score(s) were never submitted.").format(count=drafts))
    round_ = tender.get("signoff_round")
    signed = {_str(s.get("member")) for _i, s in _entries(data, "sign_offs") if s.get("round") == round_}
    excluded = {_str(d.get("member")) for d in current if d.get("bid") is None and d.get("resolution") == "excluded"}
    unsigned = tender_rules.unsigned_members(
        ((name, m.get("role")) for name, m in members.items() if isinstance(name, str)), signed, excluded)
    if unsigned:
        problems.append(_("Still to sign off round {round}: {names}.").format(round=round_, names=", ".join(unsigned)))
    if problems:
        out.append((loc, _("says the tender is in {stage}, but it could not have been signed off. {problems}").format(
            stage=lifecycle.label(status), problems=" ".join(problems))))


# `_check_status`'s "must be empty" sentences, whole for each part (Welsh word order differs)
_MADE_FROM = {
    "scores": N_("must be empty: the tender is in {stage}, and scores are made only from {first} on"),
    "consensus": N_("must be empty: the tender is in {stage}, and consensus are made only from {first} on"),
    "sign_offs": N_("must be empty: the tender is in {stage}, and sign-offs are made only from {first} on"),
}
_RECORDED_ONCE = {
    "contract_changes": N_("must be empty: the tender is {state}, and contract changes are recorded only once "
                           "delivery has started"),
    "deliveries": N_("must be empty: the tender is {state}, and deliveries are recorded only once delivery has "
                     "started"),
    "ratings": N_("must be empty: the tender is {state}, and ratings are recorded only once delivery has started"),
}
_STATES = {lifecycle.AWARDED: N_("awarded"), lifecycle.IN_DELIVERY: N_("in delivery"), lifecycle.CLOSED: N_("closed")}


def _day(value: Any) -> date | None:
    """An ISO date the model accepts, as a date (None when absent or malformed: the model says so)."""
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _uk(day: date | None) -> str:
    return "" if day is None else f"{day.day} {month_name(day.month, short=True)} {day.year}"


def _bounds(key: Any, quarter: bool) -> tuple[date, date] | None:
    if not isinstance(key, str):
        return None
    try:
        return periods.quarter_bounds(key) if quarter else periods.year_bounds(key)
    except InputError:
        return None


def _check_after_award(out: list[tuple[Loc, str]], data: dict[str, Any], tender: dict[str, Any],
                       bids: dict[Any, dict[str, Any]], measures: dict[Any, dict[str, Any]]) -> None:
    """After the award (issue 19): the awards, commitments, contract changes, deliveries and ratings against each
    other, the tender's status and its rating thresholds."""
    thresholds = [_decimal(tender.get(k)) for k in ("rating_good", "rating_approaching", "rating_improvement")]
    if all(t is not None for t in thresholds):
        good, approaching, improvement = (t for t in thresholds if t is not None)
        message = ratings.Thresholds(good, approaching, improvement).problem()
        if message:
            out.append((("tender", "rating_good"), message))

    award_entries = _entries(data, "awards")
    awards = _unique(out, ("awards",), award_entries, "number", "award number")
    for i, a in award_entries:
        loc: Loc = ("awards", i)
        if _ref(out, (*loc, "bid"), a.get("bid"), bids, "bid", "bids") and bids[a["bid"]].get("withdrawn") is True:
            out.append(((*loc, "bid"), _("names bid {bid}, which was withdrawn; a withdrawn bid is never "
                                         "awarded").format(bid=a["bid"])))
        notice, entered, summaries = _day(a.get("notice_date")), _day(a.get("entered_on")), _day(a.get("summaries_sent_on"))
        start, end, ends = _day(a.get("start_on")), _day(a.get("end_on")), _day(a.get("standstill_ends"))
        for key, earlier, later, words in (
                ("summaries_sent_on", summaries, notice, N_("is {day}, after the contract award notice; assessment "
                                                            "summaries are sent before it")),
                ("entered_on", notice, entered, N_("is {day}, before the contract award notice")),
                ("end_on", start, end, N_("is {day}, before the contract starts")),
                ("standstill_ends", notice, ends, N_("is {day}, before the contract award notice"))):
            if earlier is not None and later is not None and later < earlier:
                shown = {"summaries_sent_on": summaries, "entered_on": entered, "end_on": end, "standstill_ends": ends}
                out.append(((*loc, key), _(words).format(day=_uk(shown[key]))))  # i18n: no
        if a.get("standstill_applies") is False:
            for key in ("standstill_exemption", "standstill_reason"):
                if a.get(key) == "":
                    out.append(((*loc, key), _("is required: no standstill applies, so the award says which "
                                               "exemption and why")))
            exemption = a.get("standstill_exemption")
            if isinstance(exemption, str) and exemption and exemption not in standstill.EXEMPTIONS:
                out.append(((*loc, "standstill_exemption"), _("{given} is not one of the exemptions: "
                                                              "{exemptions}").format(
                    given=json.dumps(exemption, ensure_ascii=False), exemptions=", ".join(standstill.EXEMPTIONS))))
        elif a.get("standstill_applies") is True:
            if a.get("standstill_exemption"):
                out.append(((*loc, "standstill_exemption"), _('must be "": a standstill applies')))
            if "standstill_ends" in a and a.get("standstill_ends") is None:
                out.append(((*loc, "standstill_ends"), _("is required: a standstill applies, so it has a last day")))
        if a.get("withdrawn") is True and a.get("withdrawn_reason") == "":
            out.append(((*loc, "withdrawn_reason"), _("is required: a withdrawn award keeps its reason")))
        elif a.get("withdrawn") is False and a.get("withdrawn_reason"):
            out.append(((*loc, "withdrawn_reason"), _('must be "": the award was not withdrawn')))
    current = [(i, a) for i, a in award_entries if a.get("withdrawn") is False]
    if len(current) > 1:
        out.append((("awards",), _("holds {count} awards not withdrawn; a tender has one award at a time "
                                   "(withdraw the earlier one first)").format(count=len(current))))

    entries = _entries(data, "commitments")
    commitments = _unique(out, ("commitments",), entries, "number", "commitment number")
    for i, c in entries:
        award = c.get("award")
        if type(award) is int and award not in awards:
            out.append((("commitments", i, "award"), _("refers to award {number}, which is not in $.awards").format(
                number=award)))
        measure = c.get("measure")
        if _ref(out, ("commitments", i, "measure"), measure, measures, "measure", "measures"):
            kind = measures[measure].get("kind")
            if isinstance(kind, str) and c.get("kind") in ("qualitative", "quantitative") and c["kind"] != kind:
                out.append((("commitments", i, "kind"), _("is {kind}, but measure {measure} is {own}").format(
                    kind=c["kind"], measure=measure, own=kind)))
        _quantity(out, ("commitments", i, "target"), c.get("target"))

    def contract(number: Any) -> tuple[date, date] | None:
        """The contract dates of a commitment's award."""
        commitment = commitments.get(number) if type(number) is int else None
        award = awards.get(commitment.get("award")) if commitment else None
        if not award:
            return None
        start, end = _day(award.get("start_on")), _day(award.get("end_on"))
        return (start, end) if start and end and start <= end else None

    def committed(loc: Loc, number: Any) -> bool:
        if type(number) is int and number not in commitments:
            out.append((loc, _("refers to commitment {number}, which is not in $.commitments").format(number=number)))
            return False
        return type(number) is int

    def in_contract(loc: Loc, number: Any, key: Any, quarter: bool) -> None:
        bounds, dates = _bounds(key, quarter), contract(number)
        if isinstance(key, str) and bounds is None and re.fullmatch(r"[0-9]{4}-([0-9]{4}|Q[1-4])", key):
            out.append((loc, _("{key} is not a financial year: the second year follows the first "
                               "(e.g. 2027-2028)").format(key=key)))
        elif bounds and dates and (bounds[1] < dates[0] or bounds[0] > dates[1]):
            out.append((loc, _("{key} ({period}) is outside the contract ({start} to {end})").format(
                key=key, period=periods.period_text(key), start=_uk(dates[0]), end=_uk(dates[1]))))

    for i, change in _entries(data, "contract_changes"):
        committed(("contract_changes", i, "commitment"), change.get("commitment"))

    files = {(f.get("kind"), f.get("version"), f.get("media")) for _i, f in _entries(data, "files")}
    seen: dict[tuple[Any, Any], int] = {}
    for i, d in _entries(data, "deliveries"):
        loc = ("deliveries", i)
        number = d.get("commitment")
        if committed((*loc, "commitment"), number):
            in_contract((*loc, "period"), number, d.get("period"), True)
            kind = commitments[number].get("kind")
            if kind == "qualitative" and d.get("actual") is not None:
                out.append(((*loc, "actual"), _("must be null: the commitment is qualitative (its delivery is an "
                                                "answer, yes, no or partly)")))
            if kind == "quantitative" and d.get("answer") is not None:
                out.append(((*loc, "answer"), _("must be null: the commitment is quantitative (its delivery is a "
                                                "figure)")))
            pair = (number, d.get("period"))
            if isinstance(pair[1], str) and pair in seen:
                out.append((loc, _("repeats commitment {number}'s delivery for {period} (first at {first})").format(
                    number=number, period=pair[1], first=json_path(("deliveries", seen[pair])))))
            seen.setdefault(pair, i)
        _quantity(out, (*loc, "actual"), d.get("actual"))
        if d.get("check") in ("queried", "rejected") and d.get("check_reason") == "":
            said = (N_("is required: the entry was queried, and the officer says why") if d["check"] == "queried"
                    else N_("is required: the entry was rejected, and the officer says why"))
            out.append(((*loc, "check_reason"), _(said)))  # i18n: no
        linked: set[tuple[Any, Any, Any]] = set()
        for j, e in _entries(d, "evidence"):
            ref = (e.get("kind"), e.get("version"), e.get("media"))
            if not all(isinstance(k, str) for k in ref[::2]) or type(ref[1]) is not int:
                continue
            if ref not in files:
                out.append(((*loc, "evidence", j), _("refers to {kind} version {version} ({media}), which is not "
                                                     "in $.files").format(kind=ref[0], version=ref[1], media=ref[2])))
            elif ref in linked:
                out.append(((*loc, "evidence", j), _("attaches {kind} version {version} ({media}) twice").format(
                    kind=ref[0], version=ref[1], media=ref[2])))
            linked.add(ref)

    seen = {}
    for i, r in _entries(data, "ratings"):
        loc = ("ratings", i)
        number = r.get("commitment")
        if committed((*loc, "commitment"), number):
            in_contract((*loc, "period"), number, r.get("period"), False)
            pair = (number, r.get("period"))
            if isinstance(pair[1], str) and pair in seen:
                out.append((loc, _("repeats commitment {number}'s rating for {period} (first at {first})").format(
                    number=number, period=pair[1], first=json_path(("ratings", seen[pair])))))
            seen.setdefault(pair, i)
        if r.get("rating") in ratings.RATINGS and r.get("suggested") in ratings.RATINGS and \
                r["rating"] != r["suggested"] and r.get("reason") == "":
            out.append(((*loc, "reason"), _("is required: the rating ({rating}) differs from the suggestion "
                                            "({suggested})").format(rating=ratings.label(r["rating"]),
                                                                    suggested=ratings.label(r["suggested"]))))

    status = tender.get("status")
    if status not in lifecycle.STATUSES:
        return
    state = (_(_STATES[status]) if status in _STATES  # i18n: no
             else _("in {stage}").format(stage=lifecycle.label(status)))
    if status in lifecycle.AFTER_AWARD and not current:
        out.append((("tender", "status"), _("says the tender is {state}, but $.awards holds no award that was not "
                                            "withdrawn").format(state=state)))
    elif status not in lifecycle.AFTER_AWARD and current:
        out.append((("awards", current[0][0], "withdrawn"), _("must be true: the tender is {state}, so any award "
                                                              "it had was withdrawn").format(state=state)))
    if status in (lifecycle.IN_DELIVERY, lifecycle.CLOSED):
        live = {a.get("number") for _i, a in current}
        if not any(c.get("award") in live and c.get("removed") is False for _i, c in entries):
            out.append((("tender", "status"), _("says the tender is {state}, but the award has no commitments: "
                                                "delivery starts with the contract's commitments").format(state=state)))
    else:
        for part in ("contract_changes", "deliveries", "ratings"):
            if _entries(data, part):
                out.append(((part,), _(_RECORDED_ONCE[part]).format(state=state)))  # i18n: no


def _check_other_criteria(out: list[tuple[Loc, str]], data: dict[str, Any], bids: dict[Any, dict[str, Any]]) -> None:
    """The other award criteria (issue 21): weights and scales in range, names not repeated among those in use, each
    score for a bid of the tender (not withdrawn), once per criterion, from 0 to the criterion's top."""
    names: dict[str, int] = {}
    for i, c in _entries(data, "other_criteria"):
        loc: Loc = ("other_criteria", i)
        weight, top = _decimal(c.get("weight")), _decimal(c.get("max_score"))
        if weight is not None and not 0 < weight <= 100:
            out.append(((*loc, "weight"), _("must be more than 0 and at most 100 (% of the whole tender)")))
        if top is not None and not 0 < top <= MAX_NUMBER:
            out.append(((*loc, "max_score"), _("must be more than 0 and at most {most}").format(
                most=f"{MAX_NUMBER:,}")))
        name = c.get("name")
        if isinstance(name, str) and c.get("removed") is False:
            key = text.identity_key(name)
            if key in names:
                out.append(((*loc, "name"), _("repeats the criterion {name} (first at {first}); two criteria in "
                                              "use need different names").format(
                    name=json.dumps(name, ensure_ascii=False), first=json_path(("other_criteria", names[key])))))
            else:
                names[key] = i
        seen: dict[str, int] = {}
        for j, sc in _entries(c, "scores"):
            sloc: Loc = (*loc, "scores", j)
            bid = sc.get("bid")
            if isinstance(bid, str) and _ref(out, (*sloc, "bid"), bid, bids, "bid", "bids"):
                if bids[bid].get("withdrawn") is True:
                    out.append(((*sloc, "bid"), _("scores bid {bid}, which was withdrawn; a withdrawn bid is not "
                                                  "scored").format(bid=bid)))
                if bid in seen:
                    out.append(((*sloc, "bid"), _("scores bid {bid} again (first at {first})").format(
                        bid=bid, first=json_path((*loc, "scores", seen[bid])))))
                else:
                    seen[bid] = j
            value = _decimal(sc.get("score"))
            if value is not None and top is not None and not 0 <= value <= top:
                out.append(((*sloc, "score"), _("must be from 0 to the criterion's max_score ({most})").format(
                    most=c.get("max_score"))))
