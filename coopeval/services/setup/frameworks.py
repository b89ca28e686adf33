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
    newest = max(rows, key=lambda r: tuple(int(p) for p in r.version.split(".")))
    return parse_framework(newest.content, f"{framework_id}-{newest.version}.toml", stored=True)


def _summary(row: FrameworkRow) -> FrameworkSummary:
    return FrameworkSummary(row_id(row), row.framework_id, row.version, row.name, row.licence, row.source, row.imported_at)
