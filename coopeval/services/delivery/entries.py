"""What the supplier delivered (issue 19): one entry per contract commitment and reporting period (a financial-year
quarter, "2027-Q1"), its evidence files and the officer's check of it.

- An entry is recorded only while the contract is in delivery (before delivery starts there is nothing to report;
  once the contract is closed its record is frozen), for a quarter of the contract that has started (a return for
  a quarter still to come would be a promise, not a delivery; the current quarter may be reported part-way).
- A quantitative commitment takes the figure delivered in the period (`actual`, a number, 0 or more); a qualitative
  one takes `answer` yes, no or partly.
- Every entry starts "pending". The officer checks it: accepted, queried or rejected (a reason is required for the
  last two). When the figures of an entry that had been checked change, the check goes back to pending and its
  reason says so: the officer checks the new figures, never a stale verdict.
- Evidence files are kept in the tender's record (kind "evidence", with their SHA-256), at most
  `files.MAX_KEPT_BYTES` each, and only of the kinds a council files: PDF, images, Office and OpenDocument files,
  CSV or plain text. The kind is told from the bytes, never the file's name, so a renamed program is refused.
  Evidence never travels in evaluator packs (packs carry the set-up and the bids only).
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from coopeval.domain import lifecycle
from coopeval.domain import text as text_rules
from coopeval.domain.dates import date_text
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.identity import Permission
from coopeval.domain.numbers import MAX_NUMBER, InputError, decimal_text, parse_decimal
from coopeval.domain.periods import Period, contract_quarters, period_text, quarter_bounds
from coopeval.i18n import N_, _
from coopeval.reporting.questionnaire.template_layout import is_percent_unit
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.delivery.views import CommitmentView, DeliveryView
from coopeval.services.identity.guard import require
from coopeval.services.publishing import files
from coopeval.services.rows import row_id, save, stored_row, tender_row
from coopeval.services.views import from_row
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AwardRow, CommitmentRow, DeliveryRow, EvidenceRow, TenderFileRow, TenderRow

ANSWERS = ("yes", "no", "partly")  # a qualitative commitment's answer
CHECKS = ("pending", "accepted", "queried", "rejected")
# sentences naming a check, whole for each (Welsh word order differs)
_RESET = {"accepted": N_("The figures changed after the entry was accepted; check it again."),
          "queried": N_("The figures changed after the entry was queried; check it again."),
          "rejected": N_("The figures changed after the entry was rejected; check it again.")}
_SAY_WHY = {"queried": N_("Say why the entry is queried: the supplier and the record need the reason."),
            "rejected": N_("Say why the entry is rejected: the supplier and the record need the reason.")}
CHECK_WORDS = {"pending": "not checked yet", "accepted": "accepted", "queried": "queried", "rejected": "rejected"}
MAX_PLACES = 6  # an actual figure's decimal places


class DeliveryError(CoopEvalError):
    """A delivery entry, check or evidence file that cannot be recorded; the message says why and what to do."""


# --- the rule for delivered to date -------------------------------------------------------------------------------


def is_level_unit(unit: str | None) -> bool:
    """Whether a unit measures a level rather than a count: a percentage ("%", "% of spend"), a ratio, a rate ("hours
    per £100k"), a head count in full-time equivalents ("FTE") or a yes/no flag ("1 = accredited, 0 = not"). A level
    is not added up across quarters (three quarters at 40 % are not 120 %; 10 FTE all year is not 40)."""
    text = (unit or "").lower()
    words = set(re.findall(r"[a-z]+", text))
    return (is_percent_unit(unit) or bool(words & {"ratio", "per", "fte"}) or "full-time equivalent" in text
            or "=" in text)


def delivered(commitment_row: Any, entries: Iterable[Any]) -> Decimal | None:
    """What a commitment has delivered to date, from its entries (rows or views with `period`, `actual`, `check`).

    Only accepted entries count: a pending, queried or rejected figure is the supplier's claim, not the council's
    record. For a count or an amount (apprentices, hours, £ spent locally) the figures of the quarters are added up:
    each quarter reports what was delivered in it. For a percentage or a ratio the latest accepted quarter's figure
    is the answer: such a figure is a level at a point in time, and adding levels up means nothing. A qualitative
    commitment has no figure (None), and so has one with no accepted entry yet."""
    if commitment_row.kind != "quantitative":
        return None
    accepted = sorted((e for e in entries if e.check == "accepted" and e.actual not in (None, "")),
                      key=lambda e: e.period)
    if not accepted:
        return None
    if is_level_unit(commitment_row.unit):
        return Decimal(accepted[-1].actual)
    return sum((Decimal(e.actual) for e in accepted), Decimal(0))


# --- recording entries --------------------------------------------------------------------------------------------


def record_delivery(ws: Workspace, commitment_id: int, period: str, *, actual: str | int | Decimal | None = None,
                    answer: str | None = None, evidence_refs: str = "", note: str = "", source: str = "",
                    today: date | None = None) -> tuple[DeliveryView, Changes]:
    """Record (or correct) what the supplier delivered for one commitment in one quarter; see the module's note."""
    with ws.writing() as session:
        c = stored_row(session, CommitmentRow, commitment_id, _("contract commitment"))
        t = stored_row(session, TenderRow, c.tender_id, _("tender"))
        require(ws, session, t, Permission.SET_UP)
        require_in_delivery(t, _("record delivery"))
        award = current_award(session, t)
        if c.removed or award is None or c.award_id != award.id:
            raise DeliveryError(_("{code} is no longer a commitment of the contract (removed by a contract change, or "
                                "its award withdrawn); nothing can be recorded against it.").format(code=c.code))
        key = checked_period(award, period, today)
        values = entry_values(c, actual, answer, evidence_refs, note)
        row, _changed = write_entry(ws, session, t, c, key, values, source=text_rules.clean(source, "tender_file.name",
                                                                                      _("The source")))
        return delivery_view(session, row), Changes.of(ChangeKind.DELIVERY, tender_id=t.id)


def require_in_delivery(t: TenderRow, action: str) -> None:
    if t.status == lifecycle.IN_DELIVERY:
        return
    if t.status == lifecycle.CLOSED:
        raise DeliveryError(_("Tender {reference}'s contract is closed: its delivery record is frozen, so you can no longer "
                            "{action}.").format(reference=t.reference, action=action))
    if t.status == lifecycle.AWARDED:
        raise DeliveryError(_("Tender {reference} is awarded but delivery has not started: start delivery first "
                            "(the supplier reports on what was delivered), then {action}.").format(reference=t.reference, action=action))
    raise DeliveryError(_("Tender {reference} is in {label}: you can {action} only once the "
                        "contract is awarded and delivery has started.").format(reference=t.reference, label=lifecycle.label(t.status), action=action))


def checked_period(award: AwardRow | None, period: str, today: date | None = None) -> str:
    """`period` as a quarter of the award's contract that has started by `today`, or InputError saying why not."""
    p = contract_period(award, period)
    day = today or date.today()
    if p.first > day:
        raise InputError(_("{key} ({period_text}) has not started yet (it starts {first}); a "
                         "return reports what was delivered, so it can be recorded once the quarter has begun.").format(key=p.key, period_text=period_text(p.key), first=date_text(p.first)))
    return p.key


def contract_period(award: AwardRow | None, period: str) -> Period:
    """`period` as a quarter of the award's contract (cut to it), or InputError saying why not."""
    if award is None or award.withdrawn:
        raise DeliveryError(_("The award has been withdrawn; nothing can be recorded against it."))
    key = (period or "").strip()
    quarter_bounds(key)  # a malformed key: how to write one
    quarters = contract_periods(award)
    found = next((p for p in quarters if p.key == key), None)
    if found is None:
        span = f"{quarters[0].key} to {quarters[-1].key}" if quarters else "none"
        raise InputError(_("{key} ({period_text}) is not a quarter of the contract, which runs from "
                         "{uk} to {uk2} (quarters {span}).").format(key=key, period_text=period_text(key), uk=_uk(award.start_on), uk2=_uk(award.end_on), span=span))
    return found


def current_award(session: Session, t: TenderRow) -> AwardRow | None:
    """The tender's award not withdrawn, if any."""
    return session.exec(select(AwardRow).where(AwardRow.tender_id == t.id, col(AwardRow.withdrawn).is_(False))
                        .order_by(col(AwardRow.id).desc())).first()


def live_commitments(session: Session, award: AwardRow) -> list[CommitmentRow]:
    """The award's commitments still in the contract, in the register's order."""
    return list(session.exec(select(CommitmentRow).where(CommitmentRow.award_id == award.id,
                                                         col(CommitmentRow.removed).is_(False))
                             .order_by(col(CommitmentRow.position), col(CommitmentRow.id))))


def contract_periods(award: AwardRow) -> list[Period]:
    return contract_quarters(date.fromisoformat(award.start_on), date.fromisoformat(award.end_on))


def _uk(iso: str) -> str:
    return date_text(date.fromisoformat(iso))


@dataclass(frozen=True)
class EntryValues:
    actual: str | None
    answer: str | None
    evidence_refs: str
    note: str


def entry_values(c: CommitmentRow, actual: str | int | Decimal | None, answer: str | None, evidence_refs: str,
                 note: str) -> EntryValues:
    """The entry's values as stored, checked against the commitment's kind (InputError if not right)."""
    refs = text_rules.clean(evidence_refs, "delivery.evidence_refs", _("The evidence references"))
    words = text_rules.clean(note, "delivery.note", _("The note"))
    if c.kind == "quantitative":
        if answer not in (None, ""):
            raise InputError(_("{code} is measured by a figure: give what was delivered as a number, not "
                             "{answer!r}.").format(code=c.code, answer=answer))
        if actual is None or (isinstance(actual, str) and not actual.strip()):
            raise InputError(_("{code}: give what was delivered in the period, a number (0 if nothing).").format(code=c.code))
        value = parse_decimal(actual, _("{code}: what was delivered").format(code=c.code), minimum=0, maximum=MAX_NUMBER,
                              places=MAX_PLACES)
        if is_percent_unit(c.unit) and value > 100:
            raise InputError(_("{code} is a percentage, from 0 to 100; {decimal_text} is more than 100.").format(code=c.code, decimal_text=decimal_text(value)))
        return EntryValues(decimal_text(value), None, refs, words)
    if actual is not None and str(actual).strip():
        raise InputError(_("{code} is a qualitative commitment: answer yes, no or partly, not a figure.").format(code=c.code))
    given = (answer or "").strip().lower()
    if given not in ANSWERS:
        raise InputError(_("{code}: was it delivered? Answer yes, no or partly").format(code=c.code) +
                         (_(", not {answer!r}.").format(answer=answer) if given else "."))
    return EntryValues(None, given, refs, words)


def stored_entry(session: Session, commitment_id: int, period: str) -> DeliveryRow | None:
    return session.exec(select(DeliveryRow).where(DeliveryRow.commitment_id == commitment_id,
                                                  DeliveryRow.period == period)).first()


def differs(row: DeliveryRow | None, values: EntryValues) -> bool:
    """Whether `values` would change the stored entry (None: there is none)."""
    if row is None:
        return True
    same_actual = (None if row.actual in (None, "") else Decimal(row.actual)) == \
        (None if values.actual is None else Decimal(values.actual))
    return not (same_actual and row.answer == values.answer and
                text_rules.normalise(row.evidence_refs) == values.evidence_refs and
                text_rules.normalise(row.note) == values.note)


def write_entry(ws: Workspace, session: Session, t: TenderRow, c: CommitmentRow, period: str, values: EntryValues, *,
                source: str = "", note: str = "") -> tuple[DeliveryRow, bool]:
    """Create or update the entry inside the caller's transaction (audited; `note` for the audit event); whether it
    changed. A change to an entry that had been checked puts its check back to pending, saying so."""
    row = stored_entry(session, row_id(c), period)
    if row is not None and not differs(row, values):
        return row, False
    now = audit.now_utc()
    if row is None:
        row = DeliveryRow(tender_id=row_id(t), commitment_id=row_id(c), period=period, actual=values.actual,
                          answer=values.answer, evidence_refs=values.evidence_refs, note=values.note, source=source,
                          reported_at=now)
        save(ws, session, row, "create", None, t.reference, note=note)
        return row, True
    before = row.snapshot()
    row.actual, row.answer = values.actual, values.answer
    row.evidence_refs, row.note, row.reported_at = values.evidence_refs, values.note, now
    if source:
        row.source = source
    notes = [note] if note else []
    if row.check != "pending":
        reset = _(_RESET.get(row.check, _RESET["accepted"]))  # i18n: no
        notes.append(f"the check ({row.check}) is reset to pending: the figures changed")
        row.check, row.check_reason, row.checked_at = "pending", reset, None
    save(ws, session, row, "update", before, t.reference, note="; ".join(notes))
    return row, True


def delivery_view(session: Session, row: DeliveryRow) -> DeliveryView:
    count = len(session.exec(select(EvidenceRow.id).where(EvidenceRow.delivery_id == row.id)).all())
    return from_row(DeliveryView, row, evidence_files=count)


# --- the officer's check ------------------------------------------------------------------------------------------


def check_delivery(ws: Workspace, delivery_id: int, check: str, reason: str = "") -> Changes:
    """The officer's check of an entry: accepted, queried or rejected (a reason is required for the last two).
    A check may be changed (a queried entry accepted once answered); the audit trail keeps each."""
    verdict = (check or "").strip().lower()
    if verdict not in CHECKS[1:]:
        raise InputError(_("A check is accepted, queried or rejected, not {check!r}.").format(check=check))
    why = text_rules.clean(reason, "delivery.check_reason", _("The reason"))
    if verdict != "accepted" and not why:
        raise InputError(_(_SAY_WHY[verdict]))  # i18n: no
    with ws.writing() as session:
        row = stored_row(session, DeliveryRow, delivery_id, _("delivery entry"))
        t = stored_row(session, TenderRow, row.tender_id, _("tender"))
        require(ws, session, t, Permission.SET_UP)
        require_in_delivery(t, _("check an entry"))
        if row.check == verdict and text_rules.normalise(row.check_reason) == why:
            return Changes.none()
        before = row.snapshot()
        row.check, row.check_reason, row.checked_at = verdict, why, audit.now_utc()
        c = session.get(CommitmentRow, row.commitment_id)
        save(ws, session, row, "check", before, t.reference,
             note=f"{c.code if c else 'commitment'} {row.period} {verdict} by {ws.person_name or ws.actor}")
        return Changes.of(ChangeKind.DELIVERY, tender_id=t.id)


# --- evidence files -----------------------------------------------------------------------------------------------

ACCEPTED_KINDS = ("PDF", "PNG, JPEG, GIF, TIFF or WebP images", "Word, Excel or PowerPoint (.docx, .xlsx, .pptx, or "
                  "the older .doc and .xls)", "OpenDocument (.odt, .ods, .odp)", "CSV or plain text")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OPEN_DOCUMENT = {"application/vnd.oasis.opendocument.text": "odt",
                  "application/vnd.oasis.opendocument.spreadsheet": "ods",
                  "application/vnd.oasis.opendocument.presentation": "odp"}
_OFFICE = (("wordprocessingml", "docx"), ("spreadsheetml", "xlsx"), ("presentationml", "pptx"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")  # in text evidence: all but tab, line ends, form feed
_SMALL_PART = 1_048_576  # a zip's [Content_Types].xml or mimetype is a few KB; larger is not an office file


def evidence_media(data: bytes) -> str | None:
    """The kind of an evidence file, told from its bytes (a `files.MEDIA` name), or None when it is none of the
    kinds accepted (`ACCEPTED_KINDS`)."""
    head = data[:16]
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "webp"
    if head.startswith(_OLE):  # the old Office container: which one, by the stream it holds
        if "WordDocument".encode("utf-16-le") in data:
            return "doc"
        if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
            return "xls"
        return None
    if head.startswith(b"PK\x03\x04"):
        return _zipped_office(data)
    return "csv" if _is_text(data) else None


def _zipped_office(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = {i.filename: i for i in zf.infolist()}
            if "xl/vbaProject.bin" in infos or "word/vbaProject.bin" in infos or "ppt/vbaProject.bin" in infos:
                return None  # macro-enabled: CoopEval keeps no file that can run code
            mimetype = infos.get("mimetype")
            if mimetype is not None and mimetype.file_size < _SMALL_PART:
                return _OPEN_DOCUMENT.get(zf.read(mimetype).decode("ascii", "replace").strip())
            types = infos.get("[Content_Types].xml")
            if types is not None and types.file_size < _SMALL_PART:
                text = zf.read(types).decode("utf-8", "replace")
                if "macroEnabled" in text:
                    return None
                return next((media for word, media in _OFFICE if word in text), None)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        return None
    return None


def _is_text(data: bytes) -> bool:
    """CSV or plain text: no NUL or other control character but tab, line ends and form feed; UTF-8 or Latin-1
    (which every byte decodes as, so the control characters decide)."""
    if not data:
        return False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return _CONTROL.search(text) is None


def attach_evidence(ws: Workspace, delivery_id: int, path: str | Path) -> tuple[files.TenderFileView, Changes]:
    """Keep the file at `path` as evidence of the entry (see the module's note on what is accepted)."""
    source = Path(path).expanduser()
    name = source.name or str(source)
    try:
        size = source.stat().st_size
        if size > files.MAX_KEPT_BYTES:
            raise DeliveryError(_too_big(name, size))
        with source.open("rb") as fh:
            data = fh.read(files.MAX_KEPT_BYTES + 1)
    except OSError as exc:
        raise DeliveryError(_("{name} cannot be read: {value}.").format(name=name, value=exc.strerror or exc)) from None
    if len(data) > files.MAX_KEPT_BYTES:
        raise DeliveryError(_too_big(name, len(data)))
    if not data:
        raise DeliveryError(_("{name} is empty; attach the evidence file itself.").format(name=name))
    media = evidence_media(data)
    if media is None:
        raise DeliveryError(_("{name} is not a kind of file kept as evidence (told from what it holds, not its name). "
                            "Accepted: ").format(name=name) + "; ".join(ACCEPTED_KINDS) + ".")
    digest = hashlib.sha256(data).hexdigest()
    with ws.writing() as session:
        row = stored_row(session, DeliveryRow, delivery_id, _("delivery entry"))
        t = stored_row(session, TenderRow, row.tender_id, _("tender"))
        require(ws, session, t, Permission.SET_UP)
        require_in_delivery(t, _("attach evidence"))
        same = session.exec(select(TenderFileRow.name).join(EvidenceRow, col(EvidenceRow.file_id) == TenderFileRow.id)
                            .where(EvidenceRow.delivery_id == row.id, TenderFileRow.sha256 == digest)).first()
        c = session.get(CommitmentRow, row.commitment_id)
        what = f"{c.code if c else 'commitment'} {row.period}"
        if same is not None:
            raise DeliveryError(_("{name} is already attached to {what} (as {same}); nothing was added.").format(name=name, what=what, same=same))
        kept = files.keep_file(ws, session, t, kind="evidence", media=media, name=name, data=data,
                               note=f"evidence for {what}")
        save(ws, session, EvidenceRow(delivery_id=row_id(row), file_id=row_id(kept)), "create", None, t.reference,
             note=f"{kept.name} attached to {what}")
        return files.view(kept), Changes.of(ChangeKind.DELIVERY, ChangeKind.TENDER_FILE, tender_id=t.id)


def _too_big(name: str, size: int) -> str:
    return (_("{name} is {value:.1f} MB; evidence files are kept up to {value2} "
            "MB each. Attach a smaller copy (a PDF of the key pages, a compressed image).").format(name=name, value=size / 1048576, value2=files.MAX_KEPT_BYTES // 1048576))


def evidence_files(ws: Workspace, delivery_id: int) -> list[files.TenderFileView]:
    """The evidence attached to an entry (without the bytes), in the order attached."""
    with ws.reading() as session:
        stored_row(session, DeliveryRow, delivery_id, _("delivery entry"))
        names = [f.name for f in dataclasses.fields(files.TenderFileView)]
        rows = session.exec(select(*[getattr(TenderFileRow, n) for n in names])
                            .join(EvidenceRow, col(EvidenceRow.file_id) == TenderFileRow.id)
                            .where(EvidenceRow.delivery_id == delivery_id).order_by(col(EvidenceRow.id))).all()
        return [files.TenderFileView(*r) for r in rows]


# --- the grid the Delivery page shows ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DeliveryGrid:
    periods: tuple[Period, ...]  # the contract's quarters, the first and last cut to it
    commitments: tuple[CommitmentView, ...]  # in the register's order (removed ones included, marked)
    entries: dict[tuple[int, str], DeliveryView] = field(default_factory=dict)  # (commitment id, period) → entry
    overdue: tuple[tuple[CommitmentView, Period], ...] = ()  # quarters ended with nothing reported
    queried: tuple[DeliveryView, ...] = ()  # entries queried and not yet answered


def delivery_grid(ws: Workspace, tender: int | str, *, today: date | None = None) -> DeliveryGrid:
    """Every commitment's entries by quarter, what is overdue (a quarter that ended before `today`, default the
    real today, with no entry for a commitment still in the contract) and what is queried."""
    from coopeval.services.delivery.commitments import list_commitments

    day = today or date.today()
    commitments = tuple(list_commitments(ws, tender, include_removed=True))
    with ws.reading() as session:
        t = tender_row(session, tender)
        award = current_award(session, t)
        if award is None:
            return DeliveryGrid((), commitments)
        periods = tuple(contract_periods(award))
        rows = session.exec(select(DeliveryRow).where(DeliveryRow.tender_id == t.id)
                            .order_by(col(DeliveryRow.period), col(DeliveryRow.id))).all()
        entries = {(r.commitment_id, r.period): delivery_view(session, r) for r in rows}
    overdue = tuple((c, p) for c in commitments if not c.removed and c.award_id == award.id
                    for p in periods if p.last < day and (c.id, p.key) not in entries)
    queried = tuple(v for v in entries.values() if v.check == "queried")
    return DeliveryGrid(periods, commitments, entries, overdue, queried)


def entries_of(session: Session, commitment_ids: Sequence[int]) -> dict[int, list[DeliveryRow]]:
    """The stored entries of each commitment (for `delivered`), by commitment id."""
    out: dict[int, list[DeliveryRow]] = {i: [] for i in commitment_ids}
    if commitment_ids:
        for r in session.exec(select(DeliveryRow).where(col(DeliveryRow.commitment_id).in_(list(commitment_ids)))):
            out.setdefault(r.commitment_id, []).append(r)
    return out
