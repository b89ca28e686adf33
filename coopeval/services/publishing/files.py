"""The files a tender's record keeps exactly: each published questionnaire and response template (every version)
and each bidder's return as received, with its SHA-256 and date. One audited row per file; the audit event records
the digest and size, never the bytes.

`set_up_fingerprint` is the SHA-256 of what a return answers: the tender's scale, cut-offs and measures with their
weights and methods (the evaluator packs' set-up), their word limits, and the record fields the frameworks ask. The
deadline and other details are not in it, so extending a deadline never turns returns away; `content_digest` of the
questionnaire's data covers them, so the published questionnaire still reads as out of date.
"""

from __future__ import annotations

import dataclasses
import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, func, select

from coopeval.domain import text as text_rules
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.framework import snapshot as framework_snapshot
from coopeval.i18n import _
from coopeval.services.bids.records import tender_record_fields
from coopeval.services.packs.common import digest, setup_document
from coopeval.services.rows import row_id, save, tender_row
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from coopeval.storage.safe_files import atomic_write
from coopeval.storage.tables import TenderFileRow, TenderMeasureRow, TenderRow

MAX_KEPT_BYTES = 20 * 1024 * 1024  # the largest file the record keeps (a return is refused beyond it)
MEDIA = ("pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "doc", "xls", "png", "jpg", "gif", "tiff", "webp", "csv")


class FileTooLargeError(CoopEvalError):
    """A file is larger than the record keeps."""


@dataclass(frozen=True)
class TenderFileView:
    id: int
    tender_id: int
    kind: str
    version: int
    media: str
    name: str
    sha256: str
    size: int
    setup_fingerprint: str
    content_digest: str
    bid_identifier: str
    made_at: str


def set_up_fingerprint(session: Session, tender: TenderRow) -> str:
    """The SHA-256 of the set-up a return answers (see the module's note)."""
    measures = [dict(r) for r in session.execute(
        select(TenderMeasureRow.__table__).where(col(TenderMeasureRow.tender_id) == tender.id)).mappings()]  # type: ignore[attr-defined]
    setup, _parts = setup_document(tender.snapshot(), measures, [], [])
    fields = tender_record_fields(session, row_id(tender))
    return digest({"setup": setup,
                   "word_limits": {m["code"]: m["word_limit"] for m in measures if m.get("word_limit") is not None},
                   "record_fields": [framework_snapshot(f) for f in fields]})


def content_digest(data: Any) -> str:
    """The SHA-256 of everything a published document states (a dataclass from reporting.questionnaire.data, or a
    tuple of them: the parts of a document in Welsh and English), leaving out what changes with every publication
    (its version and date). An English document's digest is what it was before documents had languages."""
    parts = data if isinstance(data, (tuple, list)) else (data,)
    values = [_stated(part) for part in parts]
    if len(values) == 1 and getattr(parts[0], "language", "en") == "en":
        return digest(values[0])
    return digest({"parts": values})


def _stated(data: Any) -> dict[str, Any]:
    values = dataclasses.asdict(data)
    for key in ("version", "made_on", "made_on_iso"):
        values.pop(key, None)
    if values.get("language") == "en":
        values.pop("language")
    return values


def keep_file(ws: Workspace, session: Session, tender: TenderRow, *, kind: str, media: str, name: str, data: bytes,
              setup_fingerprint: str = "", content: str = "", bid_identifier: str = "",
              note: str = "") -> TenderFileRow:
    """Keep `data` in the tender's record as the next version of `kind`, audited; inside the caller's transaction."""
    if kind not in TenderFileRow.KINDS:
        raise ValueError(f"unknown tender file kind {kind!r}")  # i18n: no - a programming error
    if media not in MEDIA:
        raise ValueError(f"unknown tender file media {media!r}")  # i18n: no - a programming error
    if len(data) > MAX_KEPT_BYTES:
        raise FileTooLargeError(_("{name} is {size} MB; the record keeps files up to {limit} MB.").format(
            name=name, size=f"{len(data) / 1_048_576:.1f}", limit=MAX_KEPT_BYTES // 1_048_576))
    last = session.exec(select(func.max(TenderFileRow.version)).where(
        TenderFileRow.tender_id == tender.id, TenderFileRow.kind == kind, TenderFileRow.media == media)).one()
    row = TenderFileRow(tender_id=row_id(tender), kind=kind, version=(last or 0) + 1, media=media, name=kept_name(name),
                        sha256=hashlib.sha256(data).hexdigest(), size=len(data), data=data,
                        setup_fingerprint=setup_fingerprint, content_digest=content, bid_identifier=bid_identifier,
                        made_at=audit.now_utc())
    save(ws, session, row, "keep_file", None, tender.reference, note=note)
    return row


def destination(out: str | Path, what: str, suffixes: tuple[str, ...]) -> Path:
    """Where a document named by the user is written: its name must end in one of `suffixes` (".pdf"…); a folder,
    or a folder that does not exist, is refused saying what to do."""
    target = Path(out).expanduser().absolute()
    if target.suffix.lower() not in suffixes:
        names = _(" or ").join(suffixes)
        raise CoopEvalError(_("{file}: the {what} is written as {names}; give a name ending in one of them.").format(
            file=target.name, what=what, names=names) if len(suffixes) > 1 else
            _("{file}: give the {what} a name ending in {names}.").format(file=target.name, what=what, names=names))
    if target.is_dir():
        raise CoopEvalError(_("{target} is a folder; give a file name for the {what}.").format(target=target, what=what))
    if not target.parent.is_dir():
        raise CoopEvalError(_("The folder {folder} does not exist; create it first or choose another place.").format(
            folder=target.parent))
    return target


def kept_name(name: str) -> str:
    """A file's name as the record keeps it: what the `tender_file.name` text rule accepts (a received file's name may
    hold anything its system allows: control characters become "_", it is cut to the rule's length)."""
    cleaned = "".join("_" if unicodedata.category(c) in ("Cc", "Cf") else c for c in unicodedata.normalize("NFC", name))
    limit = text_rules.FIELDS["tender_file.name"].limit
    return text_rules.clean(cleaned.strip()[:limit] or "file", "tender_file.name", "File name")


def view(row: TenderFileRow) -> TenderFileView:
    return TenderFileView(**{f.name: getattr(row, f.name) for f in dataclasses.fields(TenderFileView)})


def list_files(ws: Workspace, tender: int | str, kind: str | None = None) -> list[TenderFileView]:
    """The tender's kept files (without their bytes), oldest first."""
    with ws.reading() as session:
        t = tender_row(session, tender)
        columns = [getattr(TenderFileRow, f.name) for f in dataclasses.fields(TenderFileView)]
        query = select(*columns).where(TenderFileRow.tender_id == t.id)
        if kind is not None:
            query = query.where(TenderFileRow.kind == kind)
        rows = session.exec(query.order_by(col(TenderFileRow.made_at), col(TenderFileRow.id))).all()
        return [TenderFileView(*r) for r in rows]


def save_copy(ws: Workspace, file_id: int, out: str | Path) -> Path:
    """Write a kept file's bytes to `out` (whole or not at all), after checking them against their SHA-256."""
    with ws.reading() as session:
        row = session.get(TenderFileRow, file_id)
        if row is None:
            raise NotFoundError(_("There is no kept file {id}.").format(id=file_id))
        data = bytes(row.data)
        if hashlib.sha256(data).hexdigest() != row.sha256:
            raise CoopEvalError(_("The kept copy of {name} no longer matches its SHA-256: the workspace was changed "
                                  "outside CoopEval. Run a workspace check.").format(name=row.name))
    return atomic_write(Path(out), data, _("the file"))
