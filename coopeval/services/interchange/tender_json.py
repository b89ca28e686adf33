"""Moving one tender between workspaces as a JSON document (`docs/tender-json.md`).

`export_tender` gives the whole tender — set-up, measure snapshots, bids and responses, panel,
declarations, scores, consensus, sign-offs, the frameworks its measures came from, and its kept
files (published questionnaires, templates, returns) with their bytes — keyed by natural keys,
never database ids. The document holds no export time and no audit head, so
export → import → export gives the same bytes. `read_tender_json` reads and checks a file;
`import_tender` restores it in one transaction, all or nothing (`interchange_import`).
"""

from __future__ import annotations

import base64
import copy
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from coopeval import __version__
from coopeval.domain.errors import CoopEvalError, InvalidFileError, Problem
from coopeval.domain.files import read_regular_file
from coopeval.domain.identity import Permission
from coopeval.domain.progress import ProgressFn
from coopeval.i18n import _
from coopeval.services.bids.records import bid_records
from coopeval.services.changes import Changes
from coopeval.services.identity.guard import require
from coopeval.services.interchange.checks import MAX_DEPTH, check_document, json_object
from coopeval.services.interchange.restore import ImportRefusedError, restore
from coopeval.services.interchange.schema import FORMAT, FORMAT_VERSION, AnyTenderDocument
from coopeval.services.rows import row_id, tender_row
from coopeval.services.views import TenderView
from coopeval.services.workspace import Workspace
from coopeval.storage.lock import lock_path_for
from coopeval.storage.tables import (
    AwardRow,
    BidRow,
    ClarificationRow,
    CommitmentRow,
    ConsensusRow,
    ContractChangeRow,
    DeclarationRow,
    DeliveryRow,
    EvidenceRow,
    FrameworkRow,
    MemberRow,
    OtherCriterionRow,
    OtherScoreRow,
    RatingRow,
    ResponseRow,
    ScoreRow,
    SignOffRow,
    TenderFileRow,
    TenderMeasureRow,
)

__all__ = ["CheckedDocument", "ImportRefusedError", "MAX_FILE_BYTES", "export_tender", "import_tender", "import_tender_into", "read_tender_json",
           "tender_json_text", "write_tender_json"]

MAX_FILE_BYTES = 200 * 1024 * 1024  # far beyond any real tender; refuse before reading it into memory

_TENDER_FIELDS = ("reference", "title", "authority", "contract_value_pence", "duration_months", "description",
                  "scale_id", "section_weight", "discuss_at", "split_above", "disqualify_on_threshold",
                  "min_rationale_chars", "status", "signoff_round", "created_at", "updated_at", "deadline",
                  "clarification_route", "rating_good", "rating_approaching", "rating_improvement",
                  "retention_until", "document_language")
_MEASURE_FIELDS = ("code", "position", "framework_id", "framework_version", "theme", "outcome", "kind", "weight",
                   "method", "direction", "target", "minimum", "word_limit")
_FILE_FIELDS = ("kind", "version", "media", "name", "sha256", "size", "made_at", "setup_fingerprint", "content_digest",
                "bid_identifier")  # and `content_base64`: the bytes
_BID_FIELDS = ("identifier", "legal_name", "trading_name", "address", "email", "received_on", "withdrawn",
               "withdrawn_reason")  # and `records`: the answers to the record fields (format version 2)
_DECLARATION_FIELDS = ("interest", "nature", "details", "declared_at", "resolution", "resolution_note",
                       "resolved_by", "resolved_at")
_SCORE_FIELDS = ("value", "abstained", "abstain_reason", "rationale", "evidence_refs", "status", "created_at",
                 "updated_at", "submitted_at")
_AWARD_FIELDS = ("notice_date", "entered_on", "start_on", "end_on", "value_pence", "summaries_sent_on",
                 "standstill_applies", "standstill_exemption", "standstill_reason", "standstill_ends", "withdrawn",
                 "withdrawn_reason", "made_at")
_COMMITMENT_FIELDS = ("code", "position", "kind", "text", "target", "unit", "direction", "s52_kpi", "removed",
                      "made_at")
_CHANGE_FIELDS = ("what", "before", "after", "reason", "made_at")
_DELIVERY_FIELDS = ("period", "actual", "answer", "evidence_refs", "note", "check", "check_reason", "source",
                    "reported_at", "checked_at")
_RATING_FIELDS = ("period", "suggested", "rating", "reason", "made_at")
_CONSENSUS_FIELDS = ("value", "accepted_quantity", "quantity_reason", "rationale", "reached_by", "recorded_by",
                     "recorded_at")


def _pick(row: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in names}


def export_tender(ws: Workspace, tender: int | str) -> dict[str, Any]:
    """The tender as a JSON-ready document (see `interchange_schema.TenderDocument`). Only an
    officer exports (`Permission.EXPORT`): the document carries the whole record."""
    with ws.reading() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.EXPORT)
        measures = list(session.exec(select(TenderMeasureRow).where(TenderMeasureRow.tender_id == row.id)
                                     .order_by(col(TenderMeasureRow.position), col(TenderMeasureRow.id))))
        bids = list(session.exec(select(BidRow).where(BidRow.tender_id == row.id).order_by(col(BidRow.id))))
        members = list(session.exec(select(MemberRow).where(MemberRow.tender_id == row.id).order_by(col(MemberRow.id))))
        bid_ids = [b.id for b in bids]
        answers = bid_records(session, [b.id for b in bids if b.id is not None])
        responses = list(session.exec(select(ResponseRow).where(col(ResponseRow.bid_id).in_(bid_ids))))
        clarifications = list(session.exec(select(ClarificationRow).where(ClarificationRow.tender_id == row.id)
                                           .order_by(col(ClarificationRow.id))))
        declarations = list(session.exec(select(DeclarationRow).where(DeclarationRow.tender_id == row.id)
                                         .order_by(col(DeclarationRow.id))))
        scores = list(session.exec(select(ScoreRow).where(col(ScoreRow.bid_id).in_(bid_ids))))
        consensus = list(session.exec(select(ConsensusRow).where(col(ConsensusRow.bid_id).in_(bid_ids))))
        sign_offs = list(session.exec(select(SignOffRow).where(SignOffRow.tender_id == row.id)
                                      .order_by(col(SignOffRow.id))))
        files = [{**_pick(f, _FILE_FIELDS), "content_base64": base64.b64encode(f.data).decode("ascii")}
                 for f in session.exec(select(TenderFileRow).where(TenderFileRow.tender_id == row.id)
                                       .order_by(col(TenderFileRow.id)))]
        after = _after_award(session, row_id(row))
        others = _other_criteria(session, row_id(row))
        frameworks = []
        for fid, version in sorted({(m.framework_id, m.framework_version) for m in measures}):
            framework = session.exec(select(FrameworkRow).where(
                FrameworkRow.framework_id == fid, FrameworkRow.version == version)).first()
            if framework is not None:
                frameworks.append(framework)

    code = {m.id: m.code for m in measures}
    identifier = {b.id: b.identifier for b in bids}
    name = {m.id: m.name for m in members}
    number = {d.id: n for n, d in enumerate(declarations, start=1)}
    order = {**{("m", m.id): i for i, m in enumerate(measures)}, **{("b", b.id): i for i, b in enumerate(bids)},
             **{("p", m.id): i for i, m in enumerate(members)}}

    def bid_doc(bid: BidRow) -> dict[str, Any]:
        own = sorted((r for r in responses if r.bid_id == bid.id), key=lambda r: order[("m", r.measure_id)])
        return {**_pick(bid, _BID_FIELDS),
                "records": [{"code": a.code, "value": a.value, "evidence": a.evidence} for a in answers[row_id(bid)]],
                "responses": [{"measure": code[r.measure_id], "text": r.text, "page_refs": r.page_refs,
                               "quantity": r.quantity} for r in own],
                "clarifications": [{"question": c.question, "asked_on": c.asked_on, "answer": c.answer,
                                    "answered_on": c.answered_on} for c in clarifications if c.bid_id == bid.id]}

    scores.sort(key=lambda s: (order[("p", s.member_id)], order[("b", s.bid_id)], order[("m", s.measure_id)]))
    consensus.sort(key=lambda c: (order[("b", c.bid_id)], order[("m", c.measure_id)]))
    sign_offs.sort(key=lambda s: (s.round, s.signed_at, order[("p", s.member_id)]))
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_by": f"CoopEval {__version__}",
        "frameworks": [{"framework_id": f.framework_id, "version": f.version, "name": f.name, "licence": f.licence,
                        "source": f.source, "attribution": f.attribution, "content": f.content} for f in frameworks],
        "tender": {**_pick(row, _TENDER_FIELDS), "scale": json.loads(row.scale) if row.scale else None},
        "measures": [{**_pick(m, _MEASURE_FIELDS), "measure": json.loads(m.measure_json),
                      "bands": None if m.bands is None else json.loads(m.bands)} for m in measures],
        "bids": [bid_doc(b) for b in bids],
        "members": [{"name": m.name, "role": m.role, "email": m.email} for m in members],
        "declarations": [{"number": number[d.id], "member": name[d.member_id],
                          "bid": None if d.bid_id is None else identifier[d.bid_id], **_pick(d, _DECLARATION_FIELDS),
                          "superseded_by": None if d.superseded_by is None else number[d.superseded_by]}
                         for d in declarations],
        "scores": [{"member": name[s.member_id], "bid": identifier[s.bid_id], "measure": code[s.measure_id],
                    **_pick(s, _SCORE_FIELDS)} for s in scores],
        "consensus": [{"bid": identifier[c.bid_id], "measure": code[c.measure_id], **_pick(c, _CONSENSUS_FIELDS),
                       "present": json.loads(c.present or "[]")} for c in consensus],
        "sign_offs": [{"member": name[s.member_id], "round": s.round, "statement": s.statement,
                       "signed_at": s.signed_at} for s in sign_offs],
        "files": files,
        **after,
        "other_criteria": others,
    }


_OTHER_FIELDS = ("position", "name", "kind", "weight", "max_score", "method", "removed", "made_at")
_OTHER_SCORE_FIELDS = ("score", "reasons", "source", "made_at")


def _other_criteria(session: Any, tender_id: int) -> list[dict[str, Any]]:
    """The other award criteria (issue 21), removed ones too, each with its scores in the bids' order."""
    identifier = {b.id: b.identifier for b in session.exec(select(BidRow).where(BidRow.tender_id == tender_id))}
    scores: dict[int, list[OtherScoreRow]] = {}
    for s in session.exec(select(OtherScoreRow).where(OtherScoreRow.tender_id == tender_id)
                          .order_by(col(OtherScoreRow.bid_id))):
        scores.setdefault(s.criterion_id, []).append(s)
    return [{**_pick(c, _OTHER_FIELDS),
             "scores": [{"bid": identifier[s.bid_id], **_pick(s, _OTHER_SCORE_FIELDS)} for s in scores.get(c.id, [])]}
            for c in session.exec(select(OtherCriterionRow).where(OtherCriterionRow.tender_id == tender_id)
                                  .order_by(col(OtherCriterionRow.position), col(OtherCriterionRow.id)))]


def _after_award(session: Any, tender_id: int) -> dict[str, Any]:
    """The award(s), commitments, contract changes, deliveries (with their evidence as references to `files`) and
    ratings, in the order they were made, keyed by numbers (awards, commitments) and natural keys."""
    def rows(table: Any) -> list[Any]:
        return list(session.exec(select(table).where(table.tender_id == tender_id).order_by(col(table.id))))

    awards, commitments, changes = rows(AwardRow), rows(CommitmentRow), rows(ContractChangeRow)
    deliveries, ratings = rows(DeliveryRow), rows(RatingRow)
    identifier = {b.id: b.identifier for b in session.exec(select(BidRow).where(BidRow.tender_id == tender_id))}
    code = {m.id: m.code for m in session.exec(select(TenderMeasureRow).where(TenderMeasureRow.tender_id == tender_id))}
    award_number = {a.id: n for n, a in enumerate(awards, start=1)}
    number = {c.id: n for n, c in enumerate(commitments, start=1)}
    evidence: dict[int, list[dict[str, Any]]] = {}
    if deliveries:
        query = (select(EvidenceRow, TenderFileRow.kind, TenderFileRow.version, TenderFileRow.media)
                 .join(TenderFileRow, col(EvidenceRow.file_id) == col(TenderFileRow.id))
                 .where(col(EvidenceRow.delivery_id).in_([d.id for d in deliveries])).order_by(col(EvidenceRow.id)))
        for link, kind, version, media in session.exec(query):
            evidence.setdefault(link.delivery_id, []).append({"kind": kind, "version": version, "media": media})
    return {
        "awards": [{"number": award_number[a.id], "bid": identifier[a.bid_id], **_pick(a, _AWARD_FIELDS)}
                   for a in awards],
        "commitments": [{"number": number[c.id], "award": award_number[c.award_id],
                         "measure": None if c.measure_id is None else code[c.measure_id], **_pick(c, _COMMITMENT_FIELDS)}
                        for c in commitments],
        "contract_changes": [{"commitment": number[c.commitment_id], **_pick(c, _CHANGE_FIELDS)} for c in changes],
        "deliveries": [{"commitment": number[d.commitment_id], **_pick(d, _DELIVERY_FIELDS),
                        "evidence": evidence.get(d.id, [])} for d in deliveries],
        "ratings": [{"commitment": number[r.commitment_id], **_pick(r, _RATING_FIELDS)} for r in ratings],
    }


def tender_json_text(document: dict[str, Any]) -> str:
    """The document as written to a file: UTF-8 text, keys sorted, two-space indent."""
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_tender_json(ws: Workspace, tender: int | str, out: Path) -> Path:
    """Export the tender to `out`, replacing it only once the whole file is written."""
    out = Path(out)
    data = tender_json_text(export_tender(ws, tender)).encode("utf-8")
    if len(data) > MAX_FILE_BYTES:  # its kept files, mostly: never write a file no CoopEval would read back
        raise CoopEvalError(_("Cannot write {name}: the tender comes to {value:,.0f} MB with its kept "
                            "files, and a tender file holds at most {value2} MB. Nothing was "
                            "written.").format(name=out.name, value=len(data) / 1048576, value2=MAX_FILE_BYTES // 1048576))
    if not out.parent.is_dir():
        raise CoopEvalError(_("Cannot write {name}: the folder {parent} does not exist.").format(name=out.name, parent=out.parent))
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out)
        tmp = None
    except OSError as exc:
        raise CoopEvalError(_("Cannot write {out}: {value}.").format(out=out, value=exc.strerror or exc)) from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    return out


class CheckedDocument(dict[str, Any]):
    """A tender document as `read_tender_json` read it, with the model its check gave (`model`), so
    `import_tender` does not check it again. Changing it after reading is not allowed: the import
    restores the model, not the changed document."""

    model: AnyTenderDocument

    def __copy__(self) -> dict[str, Any]:  # a copy is made to be changed: a plain document, checked when imported
        return dict(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, Any]:
        return copy.deepcopy(dict(self), memo)


def read_tender_json(path: Path) -> CheckedDocument:
    """Read and check a tender file; InvalidFileError lists every problem with its JSON path."""
    path = Path(path)
    name = path.name or str(path)

    def refuse(location: str, message: str) -> InvalidFileError:
        return InvalidFileError([Problem(name, location, message)])

    raw = read_regular_file(path, limit=MAX_FILE_BYTES, what=_("a tender file"))
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise refuse("file", _("is not UTF-8 text (byte {start:,}); a tender file is UTF-8 JSON").format(start=exc.start)) from None
    del raw  # a large file is held once at a time: the bytes, then the text, then the parsed document
    try:
        data = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=json_object)
    except json.JSONDecodeError as exc:
        raise refuse(_("JSON syntax"), _("is not valid JSON: {msg} at line {lineno}, column {colno}").format(msg=exc.msg, lineno=exc.lineno, colno=exc.colno)) from None
    except RecursionError:
        raise refuse(_("JSON syntax"), _("nests lists or objects far too deeply to read; a tender file nests at most "
                                    "{MAX_DEPTH} levels").format(MAX_DEPTH=MAX_DEPTH)) from None
    except ValueError as exc:
        raise refuse(_("JSON syntax"), _("is not valid JSON: {exc}").format(exc=exc)) from None
    del text
    model = check_document(data, name)
    checked = CheckedDocument(data)
    checked.model = model
    return checked


def _refuse_constant(token: str) -> Any:
    raise ValueError(_("{token} is not a JSON number").format(token=token))


def import_tender(ws: Workspace, document: dict[str, Any], *, source_name: str = "",
                  progress: ProgressFn | None = None) -> tuple[TenderView, Changes]:
    """Check `document` (unless `read_tender_json` gave it, already checked) and restore its tender
    in one transaction: everything or nothing.

    Refused (nothing written) when the document has any problem, when the workspace already holds
    a tender with its reference, or when it holds one of its frameworks with different content.
    """
    if isinstance(document, CheckedDocument):
        model = document.model  # checked as it was read
    else:
        if progress is not None:
            progress(0, 0, _("checking the tender"))
        model = check_document(document, source_name or _("tender document"))
    return restore(ws, model, note=f"imported from {source_name}" if source_name else "imported from a tender file",
                   progress=progress)  # progress(done, total, "writing bid rows"), a table at a time


def import_tender_into(workspace: Path, document: dict[str, Any], *, source_name: str = "",
                       sign_in: Callable[[Workspace, bool], None] | None = None,
                       progress: ProgressFn | None = None) -> TenderView:
    """`tender import` from the command line: import into `workspace`, creating it when it does not
    exist. A workspace created here is deleted again (with its -wal, -shm and lock files) when the
    import is refused or fails, so nothing half-made is left and a retry starts afresh. `sign_in`
    (ws, created) is called once the workspace is open, before importing: it signs the person in
    (or, in a new workspace, makes them its first officer)."""
    workspace = Path(workspace)
    if workspace.exists():
        with Workspace.open(workspace) as ws:
            if sign_in is not None:
                sign_in(ws, False)
            return import_tender(ws, document, source_name=source_name, progress=progress)[0]
    try:
        with Workspace.create(workspace) as ws:
            if sign_in is not None:
                sign_in(ws, True)
            return import_tender(ws, document, source_name=source_name, progress=progress)[0]
    except BaseException:
        for leftover in (workspace, *(workspace.with_name(workspace.name + tail)
                                      for tail in ("-wal", "-shm", "-journal")), lock_path_for(workspace)):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass  # the original error says what went wrong; a file we cannot delete stays
        raise


def import_tender_file(ws: Workspace, path: Path, *,
                       progress: ProgressFn | None = None) -> tuple[TenderView, Changes]:
    """File → Import tender: read and check `path`, then import it (see `import_tender`), reporting
    each step to `progress` (done, total, what) when given."""
    path = Path(path)
    if progress is not None:
        progress(0, 0, _("reading and checking {name}").format(name=path.name))
    return import_tender(ws, read_tender_json(path), source_name=path.name, progress=progress)
