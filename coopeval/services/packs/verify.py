"""Reading a returned evaluator pack as untrusted data, and proving it is what CoopEval exported.

`read_pack` opens the file through `storage.untrusted` (a private copy, quick check first, the
schema compared with CoopEval's own) and reads every row with plain SQL into checked values.
`verify_pack` then proves, without the ORM:
- the pack's audit chain is intact and every row equals its last audit event;
- the chain holds the head the workspace recorded when it exported this pack, so everything up to
  the export is exactly as exported (a chain recomputed after editing has other hashes);
- every event after that head is the evaluator's own work: declaring, scoring and submitting, by
  the pack's one member (a migration by a newer CoopEval is allowed too);
- the pack's facts (its meta) equal those its own `pack_create` event recorded;
- it holds one tender and one member, and nothing a pack never holds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from coopeval.domain import lifecycle
from coopeval.services.packs.common import (
    ENTITY,
    KIND,
    META_KEYS,
    PACK_FORMAT,
    NewerPackError,
    NotAPackError,
    TamperedPackError,
)
from coopeval.storage import audit
from coopeval.storage.tables import AUDITED_TABLES, AuditEventRow, MetaRow
from coopeval.storage.untrusted import NewerFileError, UntrustedFileError, open_untrusted

NEVER_IN_A_PACK = ("framework", "consensus", "sign_off", "clarification")
EVALUATOR_ACTIONS = {"declaration": {"declare", "supersede"}, "score": {"score", "rescore", "submit"}}


@dataclass(frozen=True)
class PackContents:
    """Everything in the file, as checked plain values."""

    name: str
    meta: dict[str, str]
    events: list[dict[str, Any]]
    rows: dict[str, list[dict[str, Any]]]  # by audit entity


@dataclass(frozen=True)
class VerifiedPack:
    name: str
    meta: dict[str, str]
    head: str  # the pack's audit head now (after the evaluator's work)
    tender: dict[str, Any]
    member: dict[str, Any]
    bids: dict[int, dict[str, Any]]  # by pack id
    measures: dict[int, dict[str, Any]]
    new_declarations: list[dict[str, Any]]  # made in the pack after export, oldest first
    scores: list[dict[str, Any]]


def read_pack(path: str | Path) -> PackContents:
    try:
        with open_untrusted(path, what="evaluator pack") as db:
            meta = {r["key"]: r["value"] for r in db.rows(MetaRow)}
            if meta.get("kind") != KIND:
                raise NotAPackError(f"{db.name} is a CoopEval workspace, not an evaluator pack; nothing was imported. "
                                    "Open it with File → Open, or choose the pack the evaluator returned.")
            events = sorted(db.rows(AuditEventRow), key=lambda e: e["seq"])
            rows = {table.__entity__: db.rows(table) for table in AUDITED_TABLES}
            name = db.name
    except NewerFileError as exc:
        raise NewerPackError(f"{exc} Nothing was imported.") from None
    except UntrustedFileError as exc:
        raise NotAPackError(f"{exc} Nothing was imported.") from None
    version = meta.get("pack_format", "")
    if not version.isdigit():
        raise NotAPackError(f"{name} does not say which pack format it is; it is not a pack CoopEval wrote.")
    if int(version) > PACK_FORMAT:
        raise NewerPackError(f"{name} is an evaluator pack of format {version}, from a newer CoopEval; this one reads "
                             f"format {PACK_FORMAT}. Update CoopEval to import it. Nothing was imported.")
    return PackContents(name, meta, events, rows)


def verify_pack(pack: PackContents, export: dict[str, Any]) -> VerifiedPack:
    """`export` is the `after` of the workspace's `pack_export` event for this pack."""
    name, rows = pack.name, pack.rows

    def tampered(problems: list[str]) -> TamperedPackError:
        listed = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        return TamperedPackError(
            f"{name} is not as CoopEval exported and returned it: after export, {listed}. Nothing was imported. Ask "
            f"{export.get('member', 'the evaluator')} for the pack exactly as CoopEval returned it, or export a new pack.")

    problems = _chain_problems(pack.events, rows, export["pack_head"], export["pack_seq"])
    if problems:
        raise tampered(problems)
    created = [e for e in pack.events if e["action"] == "pack_create" and e["entity"] == ENTITY]
    facts = _json(created[0]["after"]) if len(created) == 1 and created[0]["seq"] <= export["pack_seq"] else None
    if not isinstance(facts, dict) or any(pack.meta.get(k) != facts.get(k) for k in (*META_KEYS, "workspace_id")):
        raise tampered(["its recorded facts (member, tender, fingerprint) were edited"])
    tenders, members = rows["tender"], rows["member"]
    if len(tenders) != 1 or len(members) != 1:
        raise tampered([f"it holds {len(tenders)} tender(s) and {len(members)} panel member(s), not one of each"])
    tender, member = tenders[0], members[0]
    problems = [f"it holds {table} rows, which a pack never holds" for table in NEVER_IN_A_PACK if rows[table]]
    problems += _structure_problems(pack, tender, member, export)
    problems += _later_event_problems(pack.events, export["pack_seq"], member["id"])
    if problems:
        raise tampered(problems)
    exported = {e["entity_id"] for e in pack.events if e["entity"] == "declaration" and e["seq"] <= export["pack_seq"]}
    return VerifiedPack(
        name=name, meta=pack.meta, head=pack.events[-1]["hash"], tender=tender, member=member,
        bids={b["id"]: b for b in rows["bid"]}, measures={m["id"]: m for m in rows["tender_measure"]},
        new_declarations=[d for d in rows["declaration"] if d["id"] not in exported], scores=rows["score"])


def _json(text: str | None) -> Any:
    try:
        return None if text is None else json.loads(text)
    except (ValueError, RecursionError):  # hostile nesting is simply not a snapshot CoopEval wrote
        return None


def _chain_problems(events: list[dict[str, Any]], rows: dict[str, list[dict[str, Any]]], expect: str,
                    expect_seq: int) -> list[str]:
    """`audit.verify`, over plain values: the links, each row against its last event, the recorded head."""
    problems: list[str] = []
    prev, expected_seq, found = audit.GENESIS, 1, False
    latest: dict[tuple[str, int], tuple[int, str | None]] = {}
    for event in events:
        if event["seq"] != expected_seq:
            problems.append(f"audit event {expected_seq} is missing")
        elif event["prev_hash"] != prev:
            problems.append(f"audit event {event['seq']} does not follow the one before it")
        # `event_hash` only reads the event's attributes, which a namespace of the plain values has.
        elif audit.event_hash(cast(AuditEventRow, SimpleNamespace(**event))) != event["hash"]:
            problems.append(f"audit event {event['seq']} ({event['action']} {event['entity']}) was altered")
        if problems:
            return problems  # one break in the chain makes everything after it meaningless
        found = found or (event["seq"] == expect_seq and event["hash"] == expect)
        if event["entity_id"] is not None:
            latest[(event["entity"], event["entity_id"])] = (event["seq"], event["after"])
        prev, expected_seq = event["hash"], event["seq"] + 1
    if not found:
        return ["its audit history was rewritten: the head recorded when it was exported is not in it"]
    for table in AUDITED_TABLES:
        entity, seen = table.__entity__, set()
        for row in rows[entity]:
            seen.add(row["id"])
            recorded = latest.get((entity, row["id"]))
            if recorded is None:
                problems.append(f"{entity} {row['id']} was added without an audit event")
            elif recorded[1] != audit.canonical(row):
                problems.append(f"{entity} {row['id']} differs from its last audit event")
        problems += [f"{entity} {ident} was deleted" for (ent, ident), (_seq, after) in latest.items()
                     if ent == entity and ident not in seen and after is not None]
    return problems


def _structure_problems(pack: PackContents, tender: dict[str, Any], member: dict[str, Any],
                        export: dict[str, Any]) -> list[str]:
    rows, meta = pack.rows, pack.meta
    problems = []
    if tender["reference"] != meta.get("tender_reference") or tender["status"] != lifecycle.EVALUATION:
        problems.append("its tender is not the one it was exported for, or not in evaluation")
    if not member["name"] == meta.get("pack_member") == export.get("member"):
        problems.append(f"its panel member is {member['name']}, but it was exported for {export.get('member')}")
    if member["role"] not in lifecycle.SCORING_ROLES or member["tender_id"] != tender["id"]:
        problems.append("its panel member is not an evaluator of its tender")
    bids = {b["id"] for b in rows["bid"] if b["tender_id"] == tender["id"]}
    measures = {m["id"]: m for m in rows["tender_measure"] if m["tender_id"] == tender["id"]}
    if len(bids) != len(rows["bid"]) or len(measures) != len(rows["tender_measure"]):
        problems.append("it holds bids or measures of another tender")
    if any(r["bid_id"] not in bids or r["measure_id"] not in measures for r in rows["response"]):
        problems.append("it holds responses to bids or measures it does not have")
    for d in rows["declaration"]:
        if d["member_id"] != member["id"] or d["tender_id"] != tender["id"] or d["bid_id"] not in (None, *bids):
            problems.append(f"declaration {d['id']} is not {member['name']}'s declaration on this tender")
    for s in rows["score"]:
        if s["member_id"] != member["id"]:
            problems.append(f"score {s['id']} belongs to someone other than {member['name']}")
        elif s["bid_id"] not in bids or measures.get(s["measure_id"], {}).get("kind") != "qualitative":
            problems.append(f"score {s['id']} is for a bid or measure the pack does not hold")
    return problems


def _later_event_problems(events: list[dict[str, Any]], export_seq: int, member_id: int) -> list[str]:
    """Events after the export: only the evaluator's own declaring, scoring and submitting."""
    problems = []
    for e in events:
        if e["seq"] <= export_seq:
            continue
        what = f"event {e['seq']} ({e['action']} {e['entity']})"
        before, after = _json(e["before"]), _json(e["after"])
        if e["action"] in ("migrate", "lock_takeover") and e["entity"] == "workspace" and e["entity_id"] is None:
            continue
        if e["action"] == "migrate" and isinstance(before, dict) and isinstance(after, dict) \
                and set(before) < set(after) and all(after[k] == v for k, v in before.items()):
            continue  # a newer CoopEval added a column to the row
        if e["action"] not in EVALUATOR_ACTIONS.get(e["entity"], ()):
            problems.append(f"{what} changed what only the office may change")
        elif not isinstance(after, dict) or after.get("member_id") != member_id:
            problems.append(f"{what} concerns someone other than the pack's evaluator")
        elif e["action"] == "declare" and (after.get("resolution") is not None or after.get("resolved_by") is not None):
            problems.append(f"{what} resolved a declaration, which only the officer may do")
        elif e["action"] == "supersede" and not (isinstance(before, dict) and _same_but(before, after, "superseded_by")):
            problems.append(f"{what} changed a declaration instead of superseding it")
    return problems


def _same_but(before: dict[str, Any], after: dict[str, Any], key: str) -> bool:
    return {k: v for k, v in before.items() if k != key} == {k: v for k, v in after.items() if k != key}

