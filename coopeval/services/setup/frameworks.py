"""Frameworks held in a workspace: imported from a file (the TOML text is kept, so a framework can
always be re-read as it was), listed, and read back."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from coopeval.domain.errors import CoopEvalError
from coopeval.domain.framework import Framework
from coopeval.domain.framework_loader import parse_framework, read_framework_text
from coopeval.domain.identity import Permission
from coopeval.i18n import _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity.guard import require_workspace
from coopeval.services.rows import row_id
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from coopeval.storage.tables import FrameworkRow


@dataclass(frozen=True)
class FrameworkSummary:
    id: int
    framework_id: str
    version: str
    name: str
    licence: str
    source: str
    imported_at: str


def import_framework(ws: Workspace, path: str | Path) -> tuple[FrameworkSummary, Changes]:
    """Validate a framework file and keep it in the workspace. Importing the same file again changes
    nothing; a different file under the same id and version is refused (bump its version)."""
    path = Path(path)
    text = read_framework_text(path).lstrip("\ufeff")  # read once: what is checked is what is kept
    framework = parse_framework(text, path.name or str(path))
    return import_framework_text(ws, framework, text)


def import_framework_text(ws: Workspace, framework: Framework, text: str) -> tuple[FrameworkSummary, Changes]:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    info = framework.info
    with ws.writing() as session:
        require_workspace(ws, session, Permission.SET_UP)
        existing = session.exec(select(FrameworkRow).where(
            FrameworkRow.framework_id == info.id, FrameworkRow.version == info.version)).first()
        if existing:
            if existing.sha256 != digest:
                raise CoopEvalError(
                    _("This workspace already holds {id} version {version} with different content. Give the "
                      "changed framework a new version number and import it again.").format(
                        id=info.id, version=info.version)
                )
            return _summary(existing), Changes.none()
        row = FrameworkRow(framework_id=info.id, version=info.version, name=info.name, licence=info.licence,
                           source=info.source, attribution=info.attribution, content=text, sha256=digest,
                           imported_at=audit.now_utc())
        audit.record_change(session, row, actor=ws.actor, person=ws.person_name, action="import", before=None, tender_ref=None)
        return _summary(row), Changes.of(ChangeKind.FRAMEWORK)


# (sha256 of a stored framework's text, its name) → the framework, parsed once (`parsed_framework`).
_PARSED: dict[tuple[str, str], Framework] = {}
_PARSED_KEPT = 64


def list_frameworks(ws: Workspace) -> list[FrameworkSummary]:
    with ws.reading() as session:
        rows = session.exec(select(FrameworkRow).order_by(FrameworkRow.framework_id, FrameworkRow.version))
        return [_summary(r) for r in rows]


def get_framework(ws: Workspace, framework_id: str, version: str | None = None) -> Framework:
    """The framework as imported; the newest version when none is named."""
    with ws.reading() as session:
        rows = list(session.exec(select(FrameworkRow).where(FrameworkRow.framework_id == framework_id)))
    if version is not None:
        rows = [r for r in rows if r.version == version]
    if not rows:
        if version:
            raise NotFoundError(_("This workspace holds no framework {id!r} version {version}; import it first.")
                                .format(id=framework_id, version=version))
        raise NotFoundError(_("This workspace holds no framework {id!r}; import it first.").format(id=framework_id))
    newest = max(rows, key=lambda r: _order(r.version))
    return parsed_framework(newest.content, f"{framework_id}-{newest.version}.toml")


def parsed_framework(content: str, name: str) -> Framework:
    """A stored framework's text, parsed once and kept by the text itself (a changed text is parsed afresh; a
    Framework is frozen): the pages and documents read the same frameworks again and again. Raises what
    `parse_framework` raises."""
    key = _parsed_key(content, name)
    parsed = _PARSED.get(key)
    if parsed is None:
        parsed = parse_framework(content, name, stored=True)
        if len(_PARSED) >= _PARSED_KEPT:
            _PARSED.clear()
        _PARSED[key] = parsed
    return parsed


def parse_pending(ws: Workspace) -> bool:
    """Whether `get_framework` would still have to parse the newest version of any framework the workspace holds
    (so a page reading them all may do so on the worker)."""
    with ws.reading() as session:
        rows = list(session.exec(select(FrameworkRow.framework_id, FrameworkRow.version, FrameworkRow.content)))
    newest: dict[str, tuple[str, str]] = {}
    for framework_id, version, content in rows:
        if framework_id not in newest or _order(version) > _order(newest[framework_id][0]):
            newest[framework_id] = (version, content)
    return any(_parsed_key(content, f"{framework_id}-{version}.toml") not in _PARSED
               for framework_id, (version, content) in newest.items())


def _order(version: str) -> tuple[int, ...]:
    """A version's place among the framework's versions: 1.10.0 after 1.9.0."""
    return tuple(int(p) for p in version.split("."))


def _parsed_key(content: str, name: str) -> tuple[str, str]:
    return hashlib.sha256(content.encode("utf-8")).hexdigest(), name


def _summary(row: FrameworkRow) -> FrameworkSummary:
    return FrameworkSummary(row_id(row), row.framework_id, row.version, row.name, row.licence, row.source, row.imported_at)
