"""What evaluator packs share: the facts a pack records about itself, the fingerprint of the frozen
set-up it was scored against, the errors a user can meet, and spotting a pack when one is opened.

A pack is a workspace file whose `workspace_meta` says `kind = evaluator-pack`; on disk
(`*.coopeval-pack`) it is encrypted, and a returned one signed (`sealed`).
Its meta is also the `after` of its own `pack_create` audit event, so it is covered by the hash
chain whose head the panel's workspace records at export.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from coopeval.domain.errors import CoopEvalError
from coopeval.i18n import _
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import BidRow, ResponseRow, TenderMeasureRow, TenderRow
from coopeval.storage.workspace_file import read_meta

KIND = "evaluator-pack"
SUFFIX = ".coopeval-pack"
PACK_FORMAT = 1
ENTITY = "evaluator_pack"  # audit events about packs, in the workspace and in the pack
META_KEYS = ("kind", "pack_format", "pack_member", "source_workspace_id", "tender_reference", "setup_fingerprint",
             "exported_at", "source_audit_head")
TENDER_FIELDS = ("reference", "scale_id", "scale", "section_weight", "discuss_at", "split_above",
                 "disqualify_on_threshold", "min_rationale_chars")
MEASURE_FIELDS = ("code", "position", "framework_id", "framework_version", "theme", "outcome", "kind", "measure_json",
                  "weight", "method", "direction", "target", "bands", "minimum")
BID_FIELDS = ("identifier", "legal_name", "trading_name", "address", "email", "org_form", "org_evidence",
              "received_on", "withdrawn", "withdrawn_reason")
IDENTITY_FIELDS = ("identifier", "legal_name", "trading_name", "withdrawn", "withdrawn_reason")
SCORE_CONTENT = ("value", "abstained", "abstain_reason", "rationale", "evidence_refs")
# How far the evaluator's computer clock may differ from the office's: what is stamped in a pack may
# be this much before the export or after the import's "now" and still be believed.
CLOCK_TOLERANCE = dt.timedelta(minutes=10)


class PackError(CoopEvalError):
    """An evaluator pack cannot be exported, returned or imported; the message says why and what to do."""


class NotAPackError(PackError):
    """The file is not an evaluator pack at all (not SQLite, a plain workspace, damaged)."""


class WrongPackError(PackError):
    """A genuine pack, but not for this workspace, tender, member or set-up."""


class TamperedPackError(PackError):
    """The pack was changed outside CoopEval, or holds what a pack never holds."""


class NewerPackError(PackError):
    """The pack was written by a newer CoopEval."""


class NotSignedByMemberError(PackError):
    """A returned pack that its member's key did not sign: unsigned, signed by someone else, or
    changed after it was signed."""


class PackNotReturnedError(PackError):
    """The evaluator has not submitted their scores in the pack (Return pack)."""


class PackConflictError(PackError):
    """The workspace already holds different submitted scores from the member; nothing was changed."""

    def __init__(self, message: str, differences: list[str]):
        self.differences = list(differences)
        super().__init__(message)


@dataclass(frozen=True)
class PackInfo:
    """What an open pack says about itself (for the app's pack mode)."""

    member: str
    tender_reference: str
    exported_at: str
    source_workspace_id: str


def pack_info(ws: Workspace) -> PackInfo | None:
    """The pack's facts if `ws` is an evaluator pack, else None."""
    meta = read_meta(ws.engine)
    if meta.get("kind") != KIND:
        return None
    return PackInfo(meta.get("pack_member", ""), meta.get("tender_reference", ""), meta.get("exported_at", ""),
                    meta.get("source_workspace_id", ""))


def safe_name(text: str) -> str:
    """A file-name-safe form of a tender reference or a person's name."""
    return re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-.") or "pack"


def default_pack_name(reference: str, member: str) -> str:
    return f"{safe_name(reference)}-{safe_name(member)}{SUFFIX}"


def default_return_path(pack: Path) -> Path:
    stem = pack.name[:-len(SUFFIX)] if pack.name.endswith(SUFFIX) else pack.stem
    return pack.with_name(f"{stem}-returned{SUFFIX}")


def setup_document(tender: dict[str, Any], measures: list[dict[str, Any]], bids: list[dict[str, Any]],
                   responses: list[dict[str, Any]]) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The frozen set-up keyed by natural keys (never ids): the tender's scale and cut-offs, the
    measure snapshots with weights and method parameters; and each bid with its responses."""
    code = {m["id"]: m["code"] for m in measures}
    setup = {"tender": {k: tender[k] for k in TENDER_FIELDS},
             "measures": sorted(({k: m[k] for k in MEASURE_FIELDS} for m in measures), key=lambda m: m["code"])}
    by_bid: dict[int, list[dict[str, Any]]] = {}
    for r in responses:
        by_bid.setdefault(r["bid_id"], []).append(
            {"measure": code[r["measure_id"]], "text": r["text"], "page_refs": r["page_refs"], "quantity": r["quantity"]})
    bid_docs = {b["identifier"]: {**{k: b[k] for k in BID_FIELDS},
                                  "responses": sorted(by_bid.get(b["id"], []), key=lambda r: r["measure"])}
                for b in bids}
    return setup, bid_docs


def digest(value: Any) -> str:
    return hashlib.sha256(audit.canonical(value).encode("utf-8")).hexdigest()


def fingerprints(setup: dict[str, Any], bid_docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The whole fingerprint, and one per part so a mismatch can say what changed."""
    parts = {"setup": digest(setup), "bids": {ident: digest(doc) for ident, doc in sorted(bid_docs.items())}}
    return {"fingerprint": digest(parts), **parts}


def tender_fingerprints(session: Session, tender: TenderRow) -> dict[str, Any]:
    """The fingerprints of a tender in a workspace, as it is now."""
    # Plain rows (Core), not ORM objects: the same values `snapshot()` gives, without an object per row.
    def rows(statement: Any) -> list[dict[str, Any]]:
        result = session.execute(statement)
        names = tuple(result.keys())
        return [dict(zip(names, r)) for r in result]  # as `.mappings()` gives them, without a mapping per row

    measures = rows(select(TenderMeasureRow.__table__).where(col(TenderMeasureRow.tender_id) == tender.id))  # type: ignore[attr-defined]
    bids = rows(select(BidRow.__table__).where(col(BidRow.tender_id) == tender.id))  # type: ignore[attr-defined]
    responses = rows(select(ResponseRow.__table__).join(BidRow.__table__).where(  # type: ignore[attr-defined]
        col(BidRow.tender_id) == tender.id))
    return fingerprints(*setup_document(tender.snapshot(), measures, bids, responses))


def what_changed(recorded: dict[str, Any], current: dict[str, Any]) -> list[str]:
    """In words, how the set-up now differs from when a pack was exported."""
    changes = []
    if recorded.get("setup") != current.get("setup"):
        changes.append(_("the tender's scale, cut-offs or measures"))
    old, new = recorded.get("bids") or {}, current.get("bids") or {}
    changes += [_("bid {b} was added").format(b=b) for b in sorted(set(new) - set(old))]
    changes += [_("bid {b} was removed").format(b=b) for b in sorted(set(old) - set(new))]
    changes += [_("bid {b} or its responses").format(b=b) for b in sorted(set(old) & set(new)) if old[b] != new[b]]
    return changes or [_("the set-up")]
