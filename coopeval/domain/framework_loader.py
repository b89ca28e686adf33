"""Reading framework files: TOML in, a validated `Framework` out, or every problem at once.

Each problem reads `FILE: LOCATION: MESSAGE`, where LOCATION names the measure code (or theme,
outcome, set) and the field, so an author can find it without counting array indexes.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from coopeval.domain.errors import InvalidFileError, Problem
from coopeval.domain.files import read_regular_file
from coopeval.domain.framework import FORMATS, Framework
from coopeval.domain.framework_rules import cross_checks, number_message
from coopeval.i18n import N_, _

MAX_FILE_BYTES = 5 * 1024 * 1024  # a framework is a few hundred KB at most; refuse a huge file early

# An unknown value of a field with a fixed vocabulary, by field: whole sentences, so each language can order them.
_UNKNOWN = {
    "method": N_("unknown method {value!r}; expected one of {expected}"),
    "type": N_("unknown measure type {value!r}; expected one of {expected}"),
    "direction": N_("unknown direction {value!r}; expected one of {expected}"),
    "kind": N_("unknown field kind {value!r}; expected one of {expected}"),
    "role": N_("unknown record field role {value!r}; expected one of {expected}"),
    "format": N_("unknown format version {value!r}; expected one of {expected}"),
    "ica": N_("unknown ICA identifier {value!r}; expected one of {expected}"),
    "toms_theme": N_("unknown TOMs theme {value!r}; expected one of {expected}"),
    "ppn002": N_("unknown PPN 002 outcome {value!r}; expected one of {expected}"),
    "npps": N_("unknown NPPS priority {value!r}; expected one of {expected}"),
    "suits": N_("unknown contract kind {value!r}; expected one of {expected}"),
    "public_register": N_("unknown public register {value!r}; expected one of {expected}"),
}
_EMPTY_LIST = {
    "themes": N_("is empty; at least one theme is needed"),
    "outcomes": N_("is empty; at least one outcome is needed"),
    "measures": N_("is empty; at least one measure is needed"),
}
_CONTAINERS = {"themes": "id", "outcomes": "id", "measures": "code", "record_fields": "code", "sets": "name"}
_LABELS = {"themes": N_("theme {id}"), "outcomes": N_("outcome {id}"), "record_fields": N_("record field {id}"),
           "sets": N_("set {id}")}


def load_framework(path: str | Path) -> Framework:
    """Read and validate one framework file."""
    path = Path(path)
    return parse_framework(read_framework_text(path), path.name or str(path))


def read_framework_text(path: str | Path) -> str:
    """The text of a framework file: a regular file (not a folder, pipe or device) of at most
    MAX_FILE_BYTES, in UTF-8; InvalidFileError otherwise."""
    path = Path(path)
    raw = read_regular_file(path, limit=MAX_FILE_BYTES, what="a framework file")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        name = path.name or str(path)
        raise InvalidFileError([Problem(name, "file", _("is not UTF-8 text (byte {byte}); save it as UTF-8 TOML").format(
            byte=exc.start))]) from None


def parse_framework(text: str, name: str = "<framework>", *, stored: bool = False) -> Framework:
    """Parse TOML text and validate it as a framework. `stored`: text a workspace already holds, read
    under the rules it was accepted by (see `validate_framework_data`)."""
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise InvalidFileError([Problem(name, "file", _("contains binary data; a framework file is TOML text"))])
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = _toml_error_line(exc)
        message = str(exc).split(" (at line")[0]
        raise InvalidFileError([Problem(name, _("TOML syntax"), message, line)]) from None
    return validate_framework_data(data, name, text, stored=stored)


def validate_framework_data(data: dict[str, Any], name: str = "<framework>", text: str | None = None, *,
                            stored: bool = False) -> Framework:
    """Validate already-parsed data (e.g. built by the spreadsheet import). A framework a workspace
    already holds (`stored`) is not held to the rules added since it was imported (codes unique
    ignoring case, text and number bounds), so it stays readable; every new file is."""
    issues: list[tuple[tuple[Any, ...], str]] = []
    framework: Framework | None = None
    try:
        framework = Framework.model_validate(data)
    except ValidationError as exc:
        issues += [(tuple(err["loc"]), _message(err)) for err in exc.errors() if not _hidden(err, data)]
    issues += cross_checks(data, new=not stored)
    if issues:
        lines = text.splitlines() if text else []
        problems = []
        for loc, message in issues:
            location, anchor, field = _describe(data, loc)
            problems.append(Problem(name, location, message, _find_line(lines, anchor, field)))
        raise InvalidFileError(_dedupe(problems))
    assert framework is not None
    return framework


def _hidden(err: ErrorDetails, data: Any) -> bool:
    """pydantic counts only the valid items of a list, so a list whose items all failed reads as
    'too short'; the items' own errors already say what is wrong."""
    if err["type"] != "too_short":
        return False
    node = data
    for key in err["loc"]:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return False
    return isinstance(node, list) and len(node) > 0


def _message(err: ErrorDetails) -> str:
    kind, loc, value = err["type"], err["loc"], err.get("input")
    field = next((str(p) for p in reversed(loc) if isinstance(p, str)), "value")
    ctx = err.get("ctx") or {}
    if kind == "missing":
        return _("required field is missing")
    if kind == "extra_forbidden":
        return _("unknown field {field!r}").format(field=field)
    if kind == "literal_error" and loc == ("format",):
        return _("unknown format version {value!r}; this version of CoopEval reads format {versions}").format(
            value=value, versions=_and(FORMATS))
    if kind == "literal_error":
        template = _UNKNOWN.get(field)
        if template is None:
            return _("unknown {field} {value!r}; expected one of {expected}").format(
                field=field, value=value, expected=ctx.get("expected", ""))
        return _(template).format(value=value, expected=ctx.get("expected", ""))  # i18n: no
    if kind == "too_short" and field in _EMPTY_LIST:
        return _(_EMPTY_LIST[field])  # i18n: no
    if kind in ("string_too_short",) or (kind == "string_pattern_mismatch" and ctx.get("pattern") == r"\S"):
        return _("must not be empty")
    if kind == "string_pattern_mismatch":
        if field == "version":
            return _("{value!r} is not a version like 1.0.0").format(value=value)
        return _("{value!r} is not allowed here: use letters, digits, '-', '.' or '_' (no spaces)").format(value=value)
    if kind == "finite_number":
        return number_message()  # the same words as the bound check on every number, so it is said once
    if kind == "greater_than":
        return _("must be greater than {bound}, got {value!r}").format(bound=ctx.get("gt"), value=value)
    if kind == "greater_than_equal":
        return _("must be at least {bound}, got {value!r}").format(bound=ctx.get("ge"), value=value)
    if kind == "less_than_equal":
        return _("must be at most {bound}, got {value!r}").format(bound=ctx.get("le"), value=value)
    if kind.endswith("_type") or kind.endswith("_parsing"):
        # pydantic's own words (English): what type was expected
        return _("{problem}, got {kind} {value!r}").format(problem=err["msg"].lower(), kind=type(value).__name__,
                                                          value=value)[:300]
    return str(err["msg"]).removeprefix("Value error, ")


def _and(values: tuple[object, ...]) -> str:
    """1 and 2 / 1 a 2: a short list joined in the current language."""
    words = [str(v) for v in values]
    if len(words) < 2:
        return "".join(words)
    return _("{first} and {last}").format(first=", ".join(words[:-1]), last=words[-1])


def _describe(data: Any, loc: tuple[Any, ...]) -> tuple[str, str | None, str | None]:
    """Turn a raw path into 'CV-PA-02.method'; also return the anchor value and field for line lookup."""
    label: str = ""
    anchor: str | None = None
    rest: list[str] = []
    node: Any = data
    i = 0
    while i < len(loc):
        key = loc[i]
        node = node.get(key) if isinstance(node, dict) and isinstance(key, str) else None
        if key in _CONTAINERS and i + 1 < len(loc) and isinstance(loc[i + 1], int):
            index = loc[i + 1]
            item = node[index] if isinstance(node, list) and index < len(node) else None
            ident = item.get(_CONTAINERS[key]) if isinstance(item, dict) else None
            if isinstance(ident, str) and ident:
                prefix = _LABELS.get(key)
                label = _(prefix).format(id=ident) if prefix else ident  # i18n: no
                anchor = ident
            else:
                label = f"{label + '.' if label else ''}{key}[{index}]"
            rest, node, i = [], item, i + 2
            continue
        rest.append(f"[{key}]" if isinstance(key, int) else str(key))
        i += 1
    field = next((p for p in rest if not p.startswith("[")), None)
    tail = "".join(p if p.startswith("[") else f".{p}" for p in rest)
    location = (label + tail) if label else tail.lstrip(".") or "file"
    return location, anchor, field


def _find_line(lines: list[str], anchor: str | None, field: str | None) -> int | None:
    """Best effort: the line of the field within the table that holds `anchor`."""
    if not lines or anchor is None:
        return None
    pattern = re.compile(r'^\s*(id|code|name)\s*=\s*["\']' + re.escape(anchor) + r'["\']')
    start = next((n for n, line in enumerate(lines) if pattern.match(line)), None)
    if start is None:
        return None
    if field:
        key = re.compile(r"^\s*" + re.escape(field) + r"\s*=")
        for n in range(start, len(lines)):
            if n > start and lines[n].lstrip().startswith("[["):
                break
            if key.match(lines[n]):
                return n + 1
    return start + 1


def _toml_error_line(exc: tomllib.TOMLDecodeError) -> int | None:
    lineno = getattr(exc, "lineno", None)
    if lineno:
        return int(lineno)
    found = re.search(r"at line (\d+)", str(exc))
    return int(found.group(1)) if found else None


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        if (p.location, p.message) not in seen:
            seen.add((p.location, p.message))
            out.append(p)
    return out
