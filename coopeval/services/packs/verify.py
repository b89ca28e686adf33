"""Reading a returned evaluator pack as untrusted data, and proving it is what CoopEval exported.

`read_pack` opens the file through `storage.untrusted` (a private copy, quick check first, the
schema compared with CoopEval's own) and reads every row with plain SQL into checked values.
`verify_pack` then proves, without the ORM:
- the pack's audit chain is intact and every row equals its last audit event;
- the chain holds the head the workspace recorded when it exported this pack, so everything up to
  the export is exactly as exported (a chain recomputed after editing has other hashes);
- every event after that head is the evaluator's own work: declaring, scoring and submitting, by
  the pack's one member, each changing only what that step changes, declared before scoring, and
  dated between the export and now (give or take `CLOCK_TOLERANCE`); opening the pack may add a
  workspace-level migrate or lock-takeover event, and a newer CoopEval's migration may add a column
  to a row, nothing else;
- what the evaluator submitted and declared obeys the rules the app applies when they submit and
  declare (`domain.evaluator_rules`, `domain.text`): a score on the scale or an abstention with a
  reason, a rationale, no control characters, lengths within the field's limit;
- the pack's facts (its meta) equal those its own `pack_create` event recorded;
- it holds one tender and one member, and nothing a pack never holds.

The chain itself proves nothing against someone who recomputes it after editing: it catches damage
and naive editing. What stops a recomputed, edited pack is the head recorded in the workspace (for
anything up to the export) and these rules (for everything after it). Who wrote a returned pack
is proved by its signature (`sealed`, checked by `importing` against the key the workspace holds).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlmodel import SQLModel

from coopeval.domain import evaluator_rules, lifecycle, text
from coopeval.domain.scales import Scale
from coopeval.i18n import N_, _
from coopeval.services.packs import sealed
from coopeval.services.packs.common import (
    CLOCK_TOLERANCE,
    ENTITY,
    KIND,
    META_KEYS,
    PACK_FORMAT,
    SCORE_CONTENT,
    NewerPackError,
    NotAPackError,
    TamperedPackError,
)
from coopeval.services.packs.sealed import Signature
from coopeval.storage import audit
from coopeval.storage.tables import AUDITED_TABLES, ENTITY_TABLES, AuditEventRow, MetaRow, PersonRow, TenderFileRow
from coopeval.storage.untrusted import NewerFileError, UntrustedFileError, open_untrusted

NEVER_IN_A_PACK = ("framework", "consensus", "sign_off", "clarification", "tender_file",
                   "award", "commitment", "contract_change", "delivery", "evidence", "rating")  # after the award
EVALUATOR_ACTIONS = {"declaration": {"declare", "supersede"}, "score": {"score", "rescore", "submit"}}
WORKSPACE_EVENTS = ("migrate", "lock_takeover")  # recorded on opening a workspace; they change no row
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z")


@dataclass(frozen=True)
class PackContents:
    """Everything in the file, as checked plain values."""

    name: str
    meta: dict[str, str]
    events: list[dict[str, Any]]
    rows: dict[str, list[dict[str, Any]]]  # by audit entity
    signature: Signature | None = None  # the member's, on a returned pack
    digest: str = ""  # SHA-256 of the decrypted SQLite file


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


def read_pack(path: str | Path, passphrase: str) -> PackContents:
    """Decrypt the pack into a private temporary folder (deleted before this returns) and read it."""
    try:
        with sealed.decrypted(Path(path), passphrase) as opened:
            contents = _read_plain(opened.plain, Path(path).name or str(path))
            return PackContents(contents.name, contents.meta, contents.events, contents.rows, opened.signature,
                                opened.sha256)
    except (sealed.WrongPackPassphraseError, NotAPackError, NewerPackError) as exc:
        if "othing was imported" in str(exc):
            raise
        raise type(exc)(_("{exc} Nothing was imported.").format(exc=exc)) from None


def _read_plain(path: Path, name: str) -> PackContents:
    try:
        with open_untrusted(path, what=_("evaluator pack"), name=name) as db:
            meta = {r["key"]: r["value"] for r in db.rows(MetaRow)}
            if meta.get("kind") != KIND:
                raise NotAPackError(_("{name} is a CoopEval workspace, not an evaluator pack; nothing was imported. "
                                    "Open it with File → Open, or choose the pack the evaluator returned.").format(name=db.name))
            events = sorted(db.rows(AuditEventRow), key=lambda e: e["seq"])
            rows = {table.__entity__: db.rows(table) for table in AUDITED_TABLES}
            name = db.name
    except NewerFileError as exc:
        raise NewerPackError(_("{exc} Nothing was imported.").format(exc=exc)) from None
    except UntrustedFileError as exc:
        raise NotAPackError(_("{exc} Nothing was imported.").format(exc=exc)) from None
    version = meta.get("pack_format", "")
    if not version.isdigit():
        raise NotAPackError(_("{name} does not say which pack format it is; it is not a pack CoopEval wrote.").format(name=name))
    if int(version) > PACK_FORMAT:
        raise NewerPackError(_("{name} is an evaluator pack of format {version}, from a newer CoopEval; this one reads "
                             "format {PACK_FORMAT}. Update CoopEval to import it. Nothing was imported.").format(name=name, version=version, PACK_FORMAT=PACK_FORMAT))
    return PackContents(name, meta, events, rows)


def verify_pack(pack: PackContents, export: dict[str, Any]) -> VerifiedPack:
    """`export` is the `after` of the workspace's `pack_export` event for this pack."""
    name, rows = pack.name, pack.rows

    def tampered(problems: list[str]) -> TamperedPackError:
        listed = "; ".join(problems[:5]) + (_("; and {value} more").format(value=len(problems) - 5) if len(problems) > 5 else "")
        return TamperedPackError(
            _("{name} is not as CoopEval exported and returned it: after export, {listed}. It was altered outside "
            "CoopEval. Nothing was imported. Ask {get} for the pack exactly as "
            "CoopEval returned it, or export a new pack.").format(name=name, listed=listed, get=export.get('member', 'the evaluator')))

    problems = _chain_problems(pack.events, rows, export["pack_head"], export["pack_seq"])
    if problems:
        raise tampered(problems)
    created = [e for e in pack.events if e["action"] == "pack_create" and e["entity"] == ENTITY]
    facts = _json(created[0]["after"]) if len(created) == 1 and created[0]["seq"] <= export["pack_seq"] else None
    if not isinstance(facts, dict) or any(pack.meta.get(k) != facts.get(k) for k in (*META_KEYS, "workspace_id")):
        raise tampered([_("its recorded facts (member, tender, fingerprint) were edited")])
    tenders, members = rows["tender"], rows["member"]
    if len(tenders) != 1 or len(members) != 1:
        raise tampered([_("it holds {count} tender(s) and {count2} panel member(s), not one of each").format(count=len(tenders), count2=len(members))])
    tender, member = tenders[0], members[0]
    problems = [_("it holds {table} rows, which a pack never holds").format(table=table) for table in NEVER_IN_A_PACK if rows[table]]
    problems += _structure_problems(pack, tender, member, export)
    exported_at = _moment(pack.meta.get("exported_at"))
    if exported_at is None:
        raise tampered([_("its export time is not a real date and time")])
    bounds = (exported_at - CLOCK_TOLERANCE, dt.datetime.now(dt.UTC) + CLOCK_TOLERANCE)
    if not problems:
        problems += _later_event_problems(pack.events, export["pack_seq"], member, tender, bounds)
    if not problems:
        problems += _content_problems(pack, tender, export["pack_seq"], bounds)
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
    latest: dict[str, dict[int, tuple[int, str | None]]] = {}  # by entity, then row id, in first-event order
    for event in events:
        if event["seq"] != expected_seq:
            problems.append(_("audit event {expected_seq} is missing").format(expected_seq=expected_seq))
        elif event["prev_hash"] != prev:
            problems.append(_("audit event {seq} does not follow the one before it").format(seq=event['seq']))
        elif audit.mapping_hash(event) != event["hash"]:
            problems.append(_("audit event {seq} ({action} {entity}) was altered").format(seq=event['seq'], action=event['action'], entity=event['entity']))
        if problems:
            return problems  # one break in the chain makes everything after it meaningless
        found = found or (event["seq"] == expect_seq and event["hash"] == expect)
        if event["entity_id"] is not None:
            latest.setdefault(event["entity"], {})[event["entity_id"]] = (event["seq"], event["after"])
        prev, expected_seq = event["hash"], event["seq"] + 1
    if not found:
        return [_("its audit history was rewritten: the head recorded when it was exported is not in it")]
    for table in AUDITED_TABLES:
        entity, seen = table.__entity__, set()
        last = latest.get(entity, {})
        for row in rows[entity]:
            seen.add(row["id"])
            recorded = last.get(row["id"])
            if recorded is None:
                problems.append(_("{entity} {id} was added without an audit event").format(entity=entity, id=row['id']))
            elif recorded[1] != audit.canonical(_as_audited(entity, row)):
                problems.append(_("{entity} {id} differs from its last audit event").format(entity=entity, id=row['id']))
        problems += [_("{entity} {ident} was deleted").format(entity=entity, ident=ident) for ident, (_seq, after) in last.items()
                     if ident not in seen and after is not None]
    return problems


def _as_audited(entity: str, row: dict[str, Any]) -> dict[str, Any]:
    """A row as its audit event records it: a person's secrets only as digests (`PersonRow.snapshot`), a kept
    file without its bytes (`AuditedRow.UNAUDITED`)."""
    if entity == TenderFileRow.__entity__:
        return {k: v for k, v in row.items() if k not in TenderFileRow.UNAUDITED}
    if entity != PersonRow.__entity__:
        return row
    return {k: ("sha256:" + hashlib.sha256(str(v).encode("utf-8")).hexdigest() if k in PersonRow.SECRETS and v else v)
            for k, v in row.items()}


def _structure_problems(pack: PackContents, tender: dict[str, Any], member: dict[str, Any],
                        export: dict[str, Any]) -> list[str]:
    rows, meta = pack.rows, pack.meta
    problems = []
    if tender["reference"] != meta.get("tender_reference") or tender["status"] != lifecycle.EVALUATION:
        problems.append(_("its tender is not the one it was exported for, or not in evaluation"))
    if not member["name"] == meta.get("pack_member") == export.get("member"):
        problems.append(_("its panel member is {name}, but it was exported for {get}").format(name=member['name'], get=export.get('member')))
    if member["role"] not in lifecycle.SCORING_ROLES or member["tender_id"] != tender["id"]:
        problems.append(_("its panel member is not an evaluator of its tender"))
    people = rows.get(PersonRow.__entity__, [])
    if len(people) > 1 or any(p["id"] != member["person_id"] or p["name"] != member["name"]
                              or p["roles"] != "[]" for p in people):
        problems.append(_("it holds people other than its member, or gives its member workspace roles"))
    bids = {b["id"] for b in rows["bid"] if b["tender_id"] == tender["id"]}
    measures = {m["id"]: m for m in rows["tender_measure"] if m["tender_id"] == tender["id"]}
    if len(bids) != len(rows["bid"]) or len(measures) != len(rows["tender_measure"]):
        problems.append(_("it holds bids or measures of another tender"))
    if any(r["bid_id"] not in bids or r["measure_id"] not in measures for r in rows["response"]):
        problems.append(_("it holds responses to bids or measures it does not have"))
    for d in rows["declaration"]:
        if d["member_id"] != member["id"] or d["tender_id"] != tender["id"] or d["bid_id"] not in (None, *bids):
            problems.append(_("declaration {id} is not {name}'s declaration on this tender").format(id=d['id'], name=member['name']))
    for s in rows["score"]:
        if s["member_id"] != member["id"]:
            problems.append(_("score {id} belongs to someone other than {name}").format(id=s['id'], name=member['name']))
        elif s["bid_id"] not in bids or measures.get(s["measure_id"], {}).get("kind") != "qualitative":
            problems.append(_("score {id} is for a bid or measure the pack does not hold").format(id=s['id']))
    return problems


def _later_event_problems(events: list[dict[str, Any]], export_seq: int, member: dict[str, Any],
                          tender: dict[str, Any], bounds: tuple[dt.datetime, dt.datetime]) -> list[str]:
    """Events after the export: only what the evaluator's own CoopEval records (declaring, scoring,
    submitting; opening the pack), each changing only the fields that step changes, in the order the
    app allows (declared before scoring), and dated between the export and now."""
    problems = []
    state: dict[tuple[str, int], str | None] = {}  # each row as its events so far record it
    read: dict[tuple[str, int], Any] = {}  # the same, where already read (never changed once read)
    declarations: dict[int, Any] = {}  # the same, read, for the declarations alone
    declared: list[dict[str, Any]] = []  # those of them that are rows, as they stand before the event
    access: dict[int | None, str | None] = {}  # `access_problem` by bid against `declared`: emptied when it changes
    for e in events:
        key = (e["entity"], e["entity_id"])
        after = _UNREAD
        if e["seq"] > export_seq:
            before, after = _json(e["before"]), _json(e["after"])
            previous = None if e["entity_id"] is None else read[key] if key in read else _json(state.get(key))
            problem = _event_problem(e, before, after, previous, member, tender, declared, access)
            if problem is None and not _within(e["at"], bounds):
                problem = _stamp_problem(e["at"], bounds, _("is dated"))
            if problem:
                what = _("event {seq} ({action} {entity})").format(seq=e['seq'], action=e['action'], entity=e['entity'])
                problems.append(f"{what} {problem}")
        if e["entity_id"] is not None:
            state[key] = e["after"]
            if after is _UNREAD:
                read.pop(key, None)
            else:
                read[key] = after
            if e["entity"] == "declaration":
                declarations[e["entity_id"]] = _json(e["after"]) if after is _UNREAD else after
                declared = [d for d in declarations.values() if isinstance(d, dict)]
                access = {}
    return problems


_UNREAD = object()  # an event's `after` not read (yet)


def _event_problem(e: dict[str, Any], before: Any, after: Any, previous: Any, member: dict[str, Any],
                   tender: dict[str, Any], declared: list[dict[str, Any]],
                   access: dict[int | None, str | None] | None = None) -> str | None:
    """What is wrong with one event after the export, or None. `access`, when given, keeps each bid's
    `access_problem` against `declared` (the caller empties it when `declared` changes)."""
    action, entity = e["action"], e["entity"]
    if entity == "workspace" and e["entity_id"] is None and action in WORKSPACE_EVENTS:
        # Opening the pack (a newer CoopEval's migration, a stale lock taken over) changes no row.
        return None if e["before"] is None and e["after"] is None else _("carries content the app never records there")
    if action == "migrate" and _added_columns_only(entity, before, after, previous):
        return None  # a newer CoopEval added a column to the row, its other values as they were
    if action not in EVALUATOR_ACTIONS.get(entity, ()):
        return _("changed what only the office may change")
    if e["tender_ref"] != tender["reference"]:
        return _("names tender {tender_ref}, not the pack's tender").format(tender_ref=e['tender_ref'])
    model = ENTITY_TABLES[entity]
    if not isinstance(after, dict) or after.get("member_id") != member["id"]:
        return _("concerns someone other than the pack's evaluator")
    if after.get("id") != e["entity_id"] or not set(after) <= _field_names(model):
        return _("records fields the app does not write")
    if action in ("declare", "score"):
        if before is not None or previous is not None:
            return _("recreated a row that already existed")
    elif not isinstance(before, dict) or before != previous:
        return _("does not start from the row's recorded state")
    if entity == "declaration":
        return _declaration_event_problem(action, before, after, tender, declared)
    if action == "score":
        if after.get("status") != "draft" or after.get("submitted_at") is not None:
            return _("created a score already submitted")
    else:  # rescore or submit: `before` is the row's recorded state (a dict), checked above
        changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
        if action == "rescore" and before.get("status") != "draft":
            return _("changed a submitted score")
        if action == "rescore" and (changed - {*SCORE_CONTENT, "updated_at"}):
            return _("changed {value}, which scoring never changes").format(value=', '.join(sorted(changed - {*SCORE_CONTENT, 'updated_at'})))
        if action == "submit" and (before.get("status") != "draft" or after.get("status") != "submitted"
                                   or changed - {"status", "submitted_at", "updated_at"}):
            return _("changed more than submitting changes")
    bid = after.get("bid_id")
    if access is not None and (bid is None or type(bid) is int) and bid in access:
        problem = access[bid]
    else:
        current = [SimpleNamespace(**d) for d in declared
                   if d.get("member_id") == member["id"] and d.get("superseded_by") is None]
        problem = evaluator_rules.access_problem(member["name"], current, bid)
        if access is not None and (bid is None or type(bid) is int):
            access[bid] = problem
    return _("scored a bid {name} could not see then: {problem}").format(name=member['name'], problem=problem) if problem else None


@functools.cache
def _field_names(model: type[SQLModel]) -> frozenset[str]:
    return frozenset(model.model_fields)


def _declaration_event_problem(action: str, before: Any, after: dict[str, Any], tender: dict[str, Any],
                               declared: list[dict[str, Any]]) -> str | None:
    if after.get("tender_id") != tender["id"]:
        return _("concerns another tender")
    if action == "declare":
        if any(after.get(k) for k in ("resolution", "resolution_note", "resolved_by", "resolved_at")):
            return _("resolved a declaration, which only the officer may do")
        if after.get("superseded_by") is not None:
            return _("declared something already superseded")
        return None
    ids = {d.get("id") for d in declared}
    if not (isinstance(before, dict) and _same_but(before, after, "superseded_by")) or before.get("superseded_by") is not None \
            or after.get("superseded_by") not in ids - {after.get("id")}:
        return _("changed a declaration instead of superseding it")
    return None


def _added_columns_only(entity: str, before: Any, after: Any, previous: Any) -> bool:
    """A row migrated by a newer CoopEval: exactly its recorded state, plus columns its table has."""
    model = ENTITY_TABLES.get(entity)
    return (model is not None and isinstance(before, dict) and isinstance(after, dict) and bool(before)
            and before == previous and set(before) < set(after) <= set(model.model_fields)
            and all(after[k] == v for k, v in before.items()))


def _moment(text: Any) -> dt.datetime | None:
    """A timestamp as CoopEval writes them (UTC, ISO 8601, "Z"), or None if it is not a real one."""
    if not isinstance(text, str) or not _STAMP.fullmatch(text):
        return None
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _within(text: Any, bounds: tuple[dt.datetime, dt.datetime]) -> bool:
    """Whether `text` is a real time stamp between the export and now: `_stamp_problem` finds nothing."""
    moment = _moment(text)
    return moment is not None and bounds[0] <= moment <= bounds[1]


def _stamp_problem(text: Any, bounds: tuple[dt.datetime, dt.datetime], verb: str) -> str | None:
    """Whether a time stamped in the pack lies between the export and now (give or take the tolerance)."""
    moment = _moment(text)
    if moment is None:
        return _("{verb} {text!r}, which is not a real date and time").format(verb=verb, text=text)
    if moment < bounds[0]:
        return _("{verb} {text}, before the pack was exported").format(verb=verb, text=text)
    if moment > bounds[1]:
        return _("{verb} {text}, which is in the future").format(verb=verb, text=text)
    return None


def _content_problems(pack: PackContents, tender: dict[str, Any], export_seq: int,
                      bounds: tuple[dt.datetime, dt.datetime]) -> list[str]:
    """The rules submitting and declaring in the app apply, applied again to what the pack holds."""
    rows, problems = pack.rows, []
    try:
        scale = Scale.model_validate_json(tender["scale"])
    except ValueError:
        return [_("its tender's scale is not one CoopEval writes")]
    at_export: dict[tuple[str, int], Any] = {}
    for e in pack.events:  # only scores and declarations are looked up below: only theirs are read
        if e["seq"] <= export_seq and e["entity_id"] is not None and e["entity"] in ("score", "declaration"):
            at_export[(e["entity"], e["entity_id"])] = _json(e["after"])
    bids = {b["id"]: b["identifier"] for b in rows["bid"]}
    codes = {m["id"]: m["code"] for m in rows["tender_measure"]}
    for s in rows["score"]:
        def label(s: dict[str, Any] = s) -> str:  # named only in a problem: most scores have none
            return _("the score for {get} {get2}").format(get=bids.get(s['bid_id'], '?'), get2=codes.get(s['measure_id'], '?'))
        if s["status"] not in ("draft", "submitted"):
            problems.append(_("{what} has the status {status!r}, which CoopEval never writes").format(what=label(), status=s['status']))
            continue
        if s["status"] == "draft":
            continue  # not returned: refused as such, with what to do
        found = evaluator_rules.submit_problem(s["value"], s["abstained"], s["abstain_reason"], s["rationale"])
        if found is None and s["value"] is not None:
            off = evaluator_rules.value_problem(s["value"], scale)
            found = f": {off}" if off else None
        if found:
            problems.append(f"{label()}{'' if found.startswith(':') else ' '}{found}")
        exported = at_export.get(("score", s["id"])) or {}
        for field, said in (("rationale", N_("{what}'s rationale {problem}")),
                            ("abstain_reason", N_("{what}'s reason for abstaining {problem}")),
                            ("evidence_refs", N_("{what}'s evidence references {problem}"))):
            wrong = None if exported.get(field) == s[field] else text.problem(s[field], f"score.{field}")
            if wrong:
                problems.append(_(said).format(what=label(), problem=wrong))  # i18n: no
        for field in ("submitted_at", "updated_at"):
            if not _within(s[field], bounds):
                verb = _("was submitted at") if field == "submitted_at" else _("was updated at")
                problems.append(f"{label()} {_stamp_problem(s[field], bounds, verb)}")
        if _moment(s["created_at"]) is None:
            problems.append(_("{what} was created at {created_at!r}, which is not a real date and time").format(what=label(), created_at=s['created_at']))
    for d in rows["declaration"]:
        if at_export.get(("declaration", d["id"])) is not None:
            continue  # declared in the office, before the export
        what = _("declaration {id}").format(id=d["id"])
        wrong = evaluator_rules.interest_problem(d["interest"], d["nature"])
        if wrong:
            problems.append(f"{what}: {wrong}")
        elif d["interest"] == "none" and d["nature"] is not None:
            problems.append(_("{what} gives the nature of an interest but declares none").format(what=what))
        elif d["interest"] != "none" and not d["details"].strip():
            problems.append(_("{what} declares an interest without details").format(what=what))
        wrong = text.problem(d["details"], "declaration.details")
        if wrong:
            problems.append(_("{what}'s details {wrong}").format(what=what, wrong=wrong))
        wrong = _stamp_problem(d["declared_at"], bounds, _("was declared at"))
        if wrong:
            problems.append(f"{what} {wrong}")
    return problems


def _same_but(before: dict[str, Any], after: dict[str, Any], key: str) -> bool:
    return {k: v for k, v in before.items() if k != key} == {k: v for k, v in after.items() if k != key}

