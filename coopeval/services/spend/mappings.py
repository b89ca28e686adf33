"""Column mappings for spend files whose headers CoopEval does not recognise: which header holds each field of
`domain.spend.FIELDS`, saved by name in the workspace (audited) and reused for the next file of that council, or
written as a small TOML file:

    name = "Anytown payments"
    [columns]
    date = "Paid on"
    supplier = "Who"
    amount = "How much"
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from coopeval.domain import spend
from coopeval.domain import text as text_rules
from coopeval.domain.errors import CoopEvalError, InvalidFileError, Problem
from coopeval.domain.files import read_regular_file
from coopeval.domain.identity import Permission
from coopeval.domain.numbers import InputError
from coopeval.i18n import _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity.guard import require_workspace
from coopeval.services.rows import save
from coopeval.services.spend.views import MappingView
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import SpendMappingRow

MAX_TOML = 64 * 1024
NAME_LIMIT = 100
HEADER_LIMIT = 200


def view_of(row: SpendMappingRow) -> MappingView:
    columns = json.loads(row.columns)
    return MappingView(row.name, {f: str(columns[f]) for f in spend.FIELDS if columns.get(f)})


def list_mappings(ws: Workspace) -> list[MappingView]:
    with ws.reading() as session:
        rows = session.exec(select(SpendMappingRow).order_by(SpendMappingRow.name)).all()
        return [view_of(r) for r in rows]


def check_mapping(name: str, columns: dict[str, Any], *, what: str = "The mapping") -> MappingView:
    """A mapping's name and columns cleaned, or InputError saying what is wrong."""
    problems = mapping_problems(name, columns)
    if problems:
        raise InputError(_("{what} cannot be used: ").format(what=what) + "; ".join(problems) + ".")
    return MappingView(" ".join(name.split()), {f: " ".join(str(columns[f]).split()) for f in spend.FIELDS
                                                if str(columns.get(f) or "").strip()})


def mapping_problems(name: str, columns: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    if not isinstance(name, str) or not name.strip():
        problems.append(_("it needs a name"))
    else:
        message = text_rules.text_problem(text_rules.normalise(name), "line", NAME_LIMIT)
        if message:
            problems.append(_("its name {message}").format(message=message))
    if not isinstance(columns, dict):
        return [*problems, _("its columns must be a table of field = \"header\"")]
    for key, header in columns.items():
        if key not in spend.FIELDS:
            problems.append(_("{key!r} is not a field of a spend line (the fields are {FIELDS})").format(key=key, FIELDS=', '.join(spend.FIELDS)))
        elif not isinstance(header, str):
            problems.append(_("the header of {key} must be text in quotes").format(key=key))
        else:
            message = text_rules.text_problem(text_rules.normalise(header), "line", HEADER_LIMIT)
            if message:
                problems.append(_("the header of {key} {message}").format(key=key, message=message))
    for key in spend.missing_required({k: str(v) for k, v in columns.items() if isinstance(v, str) and v.strip()}):
        problems.append(_("it does not say which column holds the {LABELS} ({key})").format(LABELS=spend.LABELS[key].lower(), key=key))
    seen: dict[str, str] = {}
    for key, header in columns.items():
        if isinstance(header, str) and header.strip():
            token = spend.header_token(header) or header.strip()
            if token in seen:
                problems.append(_("{seen} and {key} name the same column {header!r}").format(seen=seen[token], key=key, header=header.strip()))
            seen.setdefault(token, key)
    return problems


def save_mapping(ws: Workspace, name: str, columns: dict[str, str]) -> tuple[MappingView, Changes]:
    """Save a mapping under `name`; a mapping of the same name is updated. Audited."""
    view = check_mapping(name, columns)
    with ws.writing() as session:
        require_workspace(ws, session, Permission.SPEND)
        changed = store_mapping(ws, session, view)
    return view, (Changes.of(ChangeKind.SPEND) if changed else Changes.none())


def store_mapping(ws: Workspace, session: Session, view: MappingView, note: str = "") -> bool:
    """Save `view` in the caller's transaction; False when the same mapping is already saved."""
    columns = json.dumps(view.columns, sort_keys=True, ensure_ascii=False)
    row = session.exec(select(SpendMappingRow).where(SpendMappingRow.name == view.name)).first()
    if row is not None and json.loads(row.columns) == view.columns:
        return False
    if row is None:
        row = SpendMappingRow(name=view.name, columns=columns, made_at=audit.now_utc())
        save(ws, session, row, "create", None, None, note=note)
    else:
        before = row.snapshot()
        row.columns, row.made_at = columns, audit.now_utc()
        save(ws, session, row, "update", before, None, note=note)
    return True


def mapping_from_toml(path: str | Path) -> MappingView:
    """A mapping written as TOML (see the module docstring); InvalidFileError saying what is wrong."""
    path = Path(path)
    name = path.name or str(path)

    def refuse(message: str) -> InvalidFileError:
        return InvalidFileError([Problem(name, "file", message)])

    data = read_regular_file(path, limit=MAX_TOML, what=_("a column mapping"))
    try:
        parsed = tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise refuse(_("is not UTF-8 text, so it is not a mapping file")) from None
    except tomllib.TOMLDecodeError as exc:
        raise refuse(_("is not valid TOML: {exc}").format(exc=exc)) from None
    except RecursionError:
        raise refuse(_("is nested too deeply to be a mapping file")) from None
    unknown = sorted(set(parsed) - {"name", "columns"})
    if unknown:
        raise refuse(_("has {map}, which a mapping does not have (only name and [columns])").format(map=', '.join(map(repr, unknown))))
    mapping_name = parsed.get("name", path.stem)
    try:
        return check_mapping(mapping_name if isinstance(mapping_name, str) else "", parsed.get("columns", {}),
                             what=_("The mapping in {name}").format(name=name))
    except InputError as exc:
        raise refuse(str(exc)) from None


def resolve_mapping(ws: Workspace, name_or_path: str | None) -> MappingView | None:
    """What `--mapping` names: None for none; a .toml file (read; saved under its name when an import uses it);
    else a saved mapping's name (CoopEvalError listing the saved names when there is none of that name)."""
    if name_or_path is None or not name_or_path.strip():
        return None
    given = name_or_path.strip()
    path = Path(given).expanduser()
    if given.casefold().endswith(".toml") or path.is_file():
        return mapping_from_toml(path)
    saved = list_mappings(ws)
    for view in saved:
        if view.name == given or view.name.casefold() == given.casefold():
            return view
    names = ", ".join(repr(v.name) for v in saved) if saved else _("none yet")
    raise CoopEvalError(_("There is no saved column mapping called {given!r} (saved mappings: {names}). Give a "
                        "mapping file NAME.toml, or one of the saved names.").format(given=given, names=names))
