"""Matching the council's suppliers to the registers of co-operative and democratic businesses.

A supplier is known by its key, `domain.names.normalise_name` of its name in the spend. Only two
things apply a match by themselves, for a supplier with no match applied yet:

1. its company number (from the spend) equals the registered number of a live entry of a current
   register ("IP12345R" and "12345R" are the same society) — method "number";
2. its key equals the normalised registered or trading name of exactly one live organisation of the
   current registers (entries sharing one registered number count as one organisation: a society
   on both the Co-operatives UK and FCA lists) — method "name".

Everything else is a candidate waiting for a person: several organisations with the supplier's
exact name, a dissolved entry (never applied automatically, whatever matched), and names close
enough by rapidfuzz (token sort ratio at least `CUTOFF`, the best `LIMIT`) among the entries that
share a significant word with the supplier. A candidate a person rejected is never proposed again
(an entry of a later import of the same register counts as the same organisation). Every decision
is a `supplier_match` row with its audit event, so who decided what, and when, is on record.

The current register of a kind is its latest import. Where entries of several kinds fit, the
council's own list is preferred, then Co-operatives UK, then the FCA's.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import func, update
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from coopeval.domain import registers as reg
from coopeval.domain import text as text_rules
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.identity import Permission
from coopeval.domain.names import is_distinctive, normalise_name
from coopeval.i18n import _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity.guard import require_workspace
from coopeval.services.registers.views import EntryView, MatchSummary, MatchView, ReviewItem, SupplierView
from coopeval.services.rows import row_id, save
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from coopeval.storage.tables import (
    AuditEventRow,
    RegisterEntryRow,
    RegisterImportRow,
    SpendLineRow,
    SupplierMatchRow,
)

CUTOFF = 85  # the least fuzzy score proposed as a candidate
LIMIT = 3  # candidates proposed per supplier by the fuzzy search
COMMON_SHARE = 0.02  # a word in more than this share of entries (and more than COMMON_MIN) finds no candidates
COMMON_MIN = 25
KIND_ORDER = {"custom": 0, "coops-uk": 1, "fca-mutuals": 2}
EVIDENCE_LIMIT = 4_000
STATUSES = ("democratic", "not-democratic", "awaiting-review", "unmatched")

_ENTRY_COLUMNS = ("id", "import_id", "line_no", "source_id", "number", "registrar", "name", "trading_name",
                  "name_key", "trading_key", "legal_form", "classification", "model", "democratic", "postcode",
                  "status", "live", "dissolved_on")


@dataclass(frozen=True)
class _Entry:
    id: int
    kind: str
    number: str
    name: str
    trading_name: str
    name_key: str
    trading_key: str
    model: str
    democratic: bool
    live: bool
    source_id: str

    @property
    def identity(self) -> tuple[str, str]:
        """The organisation an entry stands for, the same across imports of one register (and, by its registered
        number, across registers: a society rejected from one list is not proposed again from another)."""
        return _identity(self.kind, self.number, self.source_id, self.name_key)

    @property
    def organisation(self) -> str:
        """Entries with one registered number are one organisation, whichever register lists them."""
        return reg.canonical_number(self.number) or f"entry:{self.id}"

    def preference(self) -> tuple[int, int]:
        return KIND_ORDER.get(self.kind, 9), self.id


def _current_imports(session: Session) -> dict[int, str]:
    """import id → kind, for the latest import of each kind."""
    latest = (select(RegisterImportRow.kind, func.max(RegisterImportRow.id))
              .group_by(RegisterImportRow.kind))
    return {int(ident): kind for kind, ident in session.execute(latest)}


def _entries(session: Session, import_ids: dict[int, str]) -> list[_Entry]:
    if not import_ids:
        return []
    t = RegisterEntryRow.__table__  # type: ignore[attr-defined]
    query = core_select(t.c.id, t.c.import_id, t.c.number, t.c.name, t.c.trading_name, t.c.name_key, t.c.trading_key,
                   t.c.model, t.c.democratic, t.c.live, t.c.source_id).where(t.c.import_id.in_(list(import_ids)))
    return [_Entry(r.id, import_ids[r.import_id], r.number, r.name, r.trading_name, r.name_key, r.trading_key,
                   r.model, bool(r.democratic), bool(r.live), r.source_id) for r in session.execute(query).all()]


class _Index:
    """The current registers, indexed for exact look-ups and for finding fuzzy candidates quickly."""

    def __init__(self, entries: Sequence[_Entry]) -> None:
        self.entries = {e.id: e for e in entries}
        self.by_number: dict[str, list[_Entry]] = defaultdict(list)
        self.by_key: dict[str, list[_Entry]] = defaultdict(list)
        tokens: dict[str, set[int]] = defaultdict(set)
        # each entry's names without accents, words sorted (fuzz.ratio on these is the token sort ratio), each
        # also without the words that only say it is a co-operative or society (spend often leaves them out)
        self.folded: dict[int, tuple[str, ...]] = {e.id: _forms(e) for e in entries}
        for e in entries:
            for number in reg.number_variants(e.number):
                self.by_number[number].append(e)
            for key in {e.name_key, e.trading_key} - {""}:
                self.by_key[key].append(e)
            for folded in self.folded[e.id]:
                for token in _tokens(folded):
                    tokens[token].add(e.id)
        common = max(COMMON_MIN, int(len(entries) * COMMON_SHARE))
        # for each significant word: the names holding it and their entries, ready for rapidfuzz
        self.tokens: dict[str, tuple[list[int], list[str]]] = {}
        for token, ids in tokens.items():
            if len(ids) <= common:
                pairs = [(i, name) for i in sorted(ids) for name in self.folded[i]]
                self.tokens[token] = ([i for i, _ in pairs], [name for _, name in pairs])

    def fuzzy(self, key: str) -> list[tuple[_Entry, int]]:
        """Entries whose name is close to `key`, best first, each once."""
        key = _sorted_words(key)
        found: dict[int, int] = {}
        for token in _tokens(key):
            owners, names = self.tokens.get(token, ((), ()))
            if not names:
                continue
            for _name, score, at in process.extract(key, names, scorer=fuzz.ratio, score_cutoff=CUTOFF,
                                                limit=LIMIT * 2):
                ident = owners[at]
                found[ident] = max(found.get(ident, 0), round(score))
        ranked = sorted(found.items(), key=lambda item: (-item[1], self.entries[item[0]].preference()))
        return [(self.entries[i], s) for i, s in ranked[:LIMIT]]


def _fold(key: str) -> str:
    """A key without accents, for fuzzy comparison only ("café" is close to "cafe")."""
    if key.isascii():
        return key
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


GENERIC_WORDS = frozenset({"coop", "coops", "society"})


def _forms(e: _Entry) -> tuple[str, ...]:
    forms: list[str] = []
    for key in (e.name_key, e.trading_key):
        if key:
            full = _sorted_words(key)
            short = " ".join(w for w in full.split() if w not in GENERIC_WORDS)
            forms += [full, short] if short else [full]
    return tuple(dict.fromkeys(forms))


def _sorted_words(key: str) -> str:
    return " ".join(sorted(_fold(key).split()))


def _tokens(key: str) -> set[str]:
    return {t for t in key.split() if len(t) > 1 and not t.isdigit()}


@dataclass
class _Supplier:
    key: str
    name: str
    numbers: tuple[str, ...]
    lines: int
    pence: int


def _suppliers(session: Session, keys: Iterable[str] | None = None) -> dict[str, _Supplier]:
    """Each supplier of the spend: its name as first seen, company numbers, lines and total spend."""
    t = SpendLineRow.__table__  # type: ignore[attr-defined]
    wanted = None if keys is None else sorted(set(keys))
    found: dict[str, _Supplier] = {}
    for chunk in _chunks(wanted):
        query = core_select(t.c.supplier_key, func.min(t.c.id).label("first"), func.count(), func.sum(t.c.amount_pence)
                       ).group_by(t.c.supplier_key)
        if chunk is not None:
            query = query.where(t.c.supplier_key.in_(chunk))
        firsts: dict[int, str] = {}
        for key, first, count, pence in session.execute(query).all():
            found[key] = _Supplier(key, "", (), int(count), int(pence or 0))
            firsts[int(first)] = key
        for ids in _chunks(sorted(firsts)):
            for ident, name in session.execute(core_select(t.c.id, t.c.supplier_name).where(t.c.id.in_(ids or []))).all():
                found[firsts[ident]].name = name
        numbers: dict[str, set[str]] = defaultdict(set)
        pairs = core_select(t.c.supplier_key, t.c.company_number).distinct().where(t.c.company_number != "")
        if chunk is not None:
            pairs = pairs.where(t.c.supplier_key.in_(chunk))
        for key, number in session.execute(pairs):
            numbers[key].add(number)
        for key, held in numbers.items():
            if key in found:
                found[key].numbers = tuple(sorted(held))
    return found


def _chunks(values: Sequence[Any] | None, size: int = 900) -> Iterable[Sequence[Any] | None]:
    if values is None:
        yield None
        return
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _decisions(session: Session, keys: Iterable[str] | None = None) -> dict[str, list[SupplierMatchRow]]:
    """Every decision still standing (applied, candidate, rejected), by supplier."""
    query = select(SupplierMatchRow).where(col(SupplierMatchRow.status) != "replaced")
    by_key: dict[str, list[SupplierMatchRow]] = defaultdict(list)
    wanted = None if keys is None else sorted(set(keys))
    for chunk in _chunks(wanted):
        q = query if chunk is None else query.where(col(SupplierMatchRow.supplier_key).in_(chunk))
        for row in session.exec(q.order_by(col(SupplierMatchRow.id))):
            by_key[row.supplier_key].append(row)
    return by_key


def _identities(session: Session, entry_ids: set[int]) -> dict[int, tuple[str, str]]:
    """The organisation identity of entries (of any import, current or not)."""
    found: dict[int, tuple[str, str]] = {}
    ids = sorted(entry_ids)
    for chunk in _chunks(ids):
        e = RegisterEntryRow.__table__  # type: ignore[attr-defined]
        i = RegisterImportRow.__table__  # type: ignore[attr-defined]
        query = (core_select(e.c.id, i.c.kind, e.c.number, e.c.source_id, e.c.name_key)
                 .join_from(e, i, e.c.import_id == i.c.id).where(e.c.id.in_(chunk or [])))
        for ident, kind, number, source_id, name_key in session.execute(query):
            found[ident] = _identity(kind, number, source_id, name_key)
    return found


def _identity(kind: str, number: str, source_id: str, name_key: str) -> tuple[str, str]:
    """An organisation: by its registered number whichever register lists it, else by the register's own id or its
    name within that register."""
    canonical = reg.canonical_number(number)
    if canonical:
        return "number", canonical
    return kind, f"id:{source_id}" if source_id else f"name:{name_key}"


def match_suppliers(ws: Workspace, session: Session, supplier_keys: Iterable[str] | None = None) -> MatchSummary:
    """Match the suppliers (all of the spend's when None) that have no match applied, inside the caller's
    transaction: apply what is certain, propose candidates for the rest. Audited row by row."""
    index = _Index(_entries(session, _current_imports(session)))
    suppliers = _suppliers(session, supplier_keys)
    if not suppliers or not index.entries:
        return MatchSummary(0, 0)
    decisions = _decisions(session, suppliers)
    linked = {r.entry_id for rows in decisions.values() for r in rows if r.entry_id is not None}
    identities = _identities(session, linked)
    now = audit.now_utc()
    applied: dict[str, list[SupplierMatchRow]] = {"number": [], "name": []}
    candidates: list[SupplierMatchRow] = []
    retired: list[SupplierMatchRow] = []  # pending candidates no longer wanted: their entry is out of date, or applied
    for key in sorted(suppliers):
        supplier = suppliers[key]
        rows = decisions.get(key, [])
        if any(r.status == "applied" for r in rows):
            continue
        rejected = {identities[r.entry_id] for r in rows
                    if r.status == "rejected" and r.entry_id is not None and r.entry_id in identities}
        pending = [r for r in rows if r.status == "candidate"]
        waiting = {index.entries[r.entry_id].organisation for r in pending
                   if r.entry_id is not None and r.entry_id in index.entries}
        stale = [r for r in pending if r.entry_id not in index.entries]

        def new(entry: _Entry, method: str, status: str, score: int | None,
                supplier: _Supplier = supplier) -> SupplierMatchRow:
            return SupplierMatchRow(supplier_key=supplier.key, supplier_name=supplier.name or supplier.key,
                                    entry_id=entry.id, method=method, status=status, score=score, model=entry.model,
                                    democratic=entry.democratic, evidence="", made_at=now)

        proposals: list[tuple[_Entry, str, int]] = []
        chosen: tuple[_Entry, str] | None = None
        # "exactly one live organisation" is counted before rejected ones are left out: a person rejecting one of
        # two organisations with the supplier's name has not said the other is the one
        by_number = _unique(e for n in supplier.numbers for v in reg.number_variants(n)
                            for e in index.by_number.get(v, ()))
        live = [e for e in by_number if e.live and e.identity not in rejected]
        if live and len({e.organisation for e in by_number if e.live}) == 1:
            chosen = min(live, key=_Entry.preference), "number"
        else:
            proposals += [(e, "number", 100) for e in by_number if e.identity not in rejected]
        if chosen is None:
            by_name = _unique(index.by_key.get(key, ()))
            live = [e for e in by_name if e.live and e.identity not in rejected]
            # a name of only generic words ("Co-op", "Society", "Ltd") waits for a person even when one entry has it
            if live and len({e.organisation for e in by_name if e.live}) == 1 and is_distinctive(key):
                chosen = min(live, key=_Entry.preference), "name"
            else:
                proposals += [(e, "name", 100) for e in by_name if e.identity not in rejected]
        if chosen is not None:
            entry, method = chosen
            applied[method].append(new(entry, method, "applied", None))
            retired += pending
            continue
        if not proposals:
            proposals = [(e, "fuzzy", s) for e, s in index.fuzzy(key) if e.identity not in rejected]
        seen = set(waiting)  # one candidate per organisation, the preferred register's entry
        for entry, method, score in sorted(proposals, key=lambda p: (-p[2], p[0].preference())):
            if entry.organisation in seen:
                continue
            seen.add(entry.organisation)
            candidates.append(new(entry, method, "candidate", score))
        retired += stale
    if not (applied["number"] or applied["name"] or candidates or retired):
        return MatchSummary(0, 0)
    chain = audit.Chain(session, actor=ws.actor, person=ws.person_name)
    for row in retired:
        before = row.snapshot()
        session.execute(update(SupplierMatchRow.__table__)  # type: ignore[attr-defined]
                        .where(SupplierMatchRow.__table__.c.id == row.id)  # type: ignore[attr-defined]
                        .values(status="replaced"))
        chain.event(action="update", entity=SupplierMatchRow.__entity__, entity_id=row.id, before=before,
                    after={**before, "status": "replaced"}, note="candidate no longer proposed: matched, or its register was replaced")
    chain.note = "matched automatically: the registered number is the supplier's company number"
    chain.insert(applied["number"], action="create", tender_ref=None)
    chain.note = "matched automatically: the name is that of exactly one live organisation on the registers"
    chain.insert(applied["name"], action="create", tender_ref=None)
    chain.note = "proposed for review"
    chain.insert(candidates, action="create", tender_ref=None)
    chain.flush()
    for row in retired:  # changed by Core: the session reads them again when next asked
        session.expire(row)
    return MatchSummary(len(applied["number"]) + len(applied["name"]), len(candidates))


def _unique(entries: Iterable[_Entry]) -> list[_Entry]:
    seen: dict[int, _Entry] = {}
    for e in entries:
        seen.setdefault(e.id, e)
    return sorted(seen.values(), key=_Entry.preference)


# --- views ----------------------------------------------------------------------------------------------------------


def _entry_views(session: Session, ids: Iterable[int]) -> dict[int, EntryView]:
    found: dict[int, EntryView] = {}
    t = RegisterEntryRow.__table__  # type: ignore[attr-defined]
    i = RegisterImportRow.__table__  # type: ignore[attr-defined]
    for chunk in _chunks(sorted(set(ids))):
        query = (core_select(*(t.c[c] for c in _ENTRY_COLUMNS), i.c.kind).join(i, t.c.import_id == i.c.id)
                 .where(t.c.id.in_(chunk or [])))
        for r in session.execute(query):
            found[r.id] = EntryView(r.id, r.kind, r.number, r.registrar, r.name, r.trading_name, r.legal_form,
                                    r.classification, r.model, bool(r.democratic), r.postcode, bool(r.live),
                                    r.dissolved_on)
    return found


def _made_by(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """Who made each decision's latest change: the person signed in, else the computer account."""
    found: dict[int, str] = {}
    for chunk in _chunks(sorted(set(ids))):
        query = (select(AuditEventRow.entity_id, AuditEventRow.person, AuditEventRow.actor)
                 .where(AuditEventRow.entity == SupplierMatchRow.__entity__, col(AuditEventRow.entity_id).in_(chunk or []))
                 .order_by(col(AuditEventRow.seq)))
        for ident, person, actor in session.execute(query):
            found[int(ident)] = person or actor
    return found


def _views(session: Session, rows: Sequence[SupplierMatchRow]) -> list[MatchView]:
    entries = _entry_views(session, [r.entry_id for r in rows if r.entry_id is not None])
    who = _made_by(session, [row_id(r) for r in rows])
    return [MatchView(row_id(r), r.supplier_key, r.supplier_name,
                      entries.get(r.entry_id) if r.entry_id is not None else None, r.method, r.status, r.score,
                      r.model, r.democratic, r.evidence, r.made_at, who.get(row_id(r), "")) for r in rows]


def _view(session: Session, row: SupplierMatchRow) -> MatchView:
    return _views(session, [row])[0]


def review_queue(ws: Workspace, *, limit: int | None = None) -> list[ReviewItem]:
    """Suppliers whose candidates wait for a person, the largest spend first."""
    with ws.reading() as session:
        pending = session.exec(select(SupplierMatchRow).where(SupplierMatchRow.status == "candidate")
                               .order_by(col(SupplierMatchRow.id))).all()
        applied = set(session.exec(select(SupplierMatchRow.supplier_key)
                                   .where(SupplierMatchRow.status == "applied")).all())
        by_key: dict[str, list[SupplierMatchRow]] = defaultdict(list)
        for row in pending:
            if row.supplier_key not in applied:
                by_key[row.supplier_key].append(row)
        suppliers = _suppliers(session, by_key)
        order = sorted(by_key, key=lambda k: (-(suppliers[k].pence if k in suppliers else 0), k))
        if limit is not None:
            order = order[:limit]
        views = _views(session, [r for k in order for r in by_key[k]])
    grouped: dict[str, list[MatchView]] = defaultdict(list)
    for view in views:
        grouped[view.supplier_key].append(view)
    items = []
    for key in order:
        s = suppliers.get(key)
        best = sorted(grouped[key], key=lambda v: (-(v.score or 0), v.id))
        items.append(ReviewItem(key, s.name if s else best[0].supplier_name, ", ".join(s.numbers) if s else "",
                                s.lines if s else 0, s.pence if s else 0, tuple(best)))
    return items


def suppliers(ws: Workspace, *, status: str | None = None, search: str = "", limit: int = 200,
              offset: int = 0) -> list[SupplierView]:
    """The spend's suppliers and what is known of each, the largest spend first; `status` one of
    democratic, not-democratic, awaiting-review, unmatched; `search` in the name (case ignored)."""
    if status is not None and status not in STATUSES:
        raise CoopEvalError(_("Unknown supplier status {status!r}; choose one of {STATUSES}.").format(status=status, STATUSES=', '.join(STATUSES)))
    wanted = search.strip().casefold()
    with ws.reading() as session:
        found = _suppliers(session)
        decisions = _decisions(session)
        listed: list[tuple[_Supplier, str, SupplierMatchRow | None]] = []
        for s in sorted(found.values(), key=lambda s: (-s.pence, s.key)):
            if wanted and wanted not in s.name.casefold() and wanted not in s.key:
                continue
            rows = decisions.get(s.key, [])
            current = next((r for r in reversed(rows) if r.status == "applied"), None)
            if current is not None:
                state = "democratic" if current.democratic else "not-democratic"
            elif any(r.status == "candidate" for r in rows):
                state = "awaiting-review"
            else:
                state = "unmatched"
            if status is None or state == status:
                listed.append((s, state, current))
        page = listed[offset:offset + limit]
        views = {v.id: v for v in _views(session, [r for _, _, r in page if r is not None])}
    return [SupplierView(s.key, s.name, ", ".join(s.numbers), s.lines, s.pence, state,
                         current.model if current else "", views[row_id(current)] if current else None)
            for s, state, current in page]


def supplier_history(ws: Workspace, supplier_key: str) -> list[MatchView]:
    """Every decision about a supplier, oldest first."""
    with ws.reading() as session:
        rows = session.exec(select(SupplierMatchRow).where(SupplierMatchRow.supplier_key == supplier_key)
                            .order_by(col(SupplierMatchRow.id))).all()
        return _views(session, rows)


def search_entries(ws: Workspace, text: str, *, limit: int = 20) -> list[EntryView]:
    """Entries of the current registers whose number is `text`, then those whose name is closest to it."""
    wanted = text.strip()
    if not wanted:
        return []
    with ws.reading() as session:
        entries = _entries(session, _current_imports(session))
        number = reg.register_number(wanted)
        exact = [e.id for e in entries if e.number and (e.number in reg.number_variants(number)
                                                        or e.number == reg.register_number(wanted, pad=False))]
        key = normalise_name(wanted)
        choices: dict[tuple[int, int], str] = {}
        for e in entries:
            choices[(e.id, 0)] = e.name_key
            if e.trading_key:
                choices[(e.id, 1)] = e.trading_key
        ids = list(dict.fromkeys(exact))
        for _name, _score, (ident, _which) in process.extract(key, choices, scorer=fuzz.WRatio, limit=limit * 2,
                                                       score_cutoff=50):
            if ident not in ids:
                ids.append(ident)
        views = _entry_views(session, ids[:limit])
    return [views[i] for i in ids[:limit] if i in views]


# --- a person's decisions -----------------------------------------------------------------------------------------


def _reason(text: str, what: str, *, required: bool) -> str:
    value = text_rules.normalise(text or "")
    if required and not any(c.isalnum() for c in value):  # nothing visible ("\u200b", "-") is no reason
        raise CoopEvalError(_("{what} is required.").format(what=what))
    problem = text_rules.text_problem(value, "multiline", EVIDENCE_LIMIT)
    if problem:
        raise CoopEvalError(f"{what} {problem}.")
    return value


def _match_row(session: Session, match_id: int) -> SupplierMatchRow:
    row = session.get(SupplierMatchRow, match_id)
    if row is None:
        raise NotFoundError(_("There is no match {match_id}.").format(match_id=match_id))
    return row


def _set_status(ws: Workspace, session: Session, row: SupplierMatchRow, status: str, note: str,
                evidence: str | None = None) -> None:
    before = row.snapshot()
    row.status = status
    if evidence is not None:
        row.evidence = evidence
    save(ws, session, row, "update", before, None, note=note)


def _retire_others(ws: Workspace, session: Session, supplier_key: str, keep: int | None, note: str) -> None:
    """A new decision applies: the previous applied one is replaced and waiting candidates are rejected."""
    rows = session.exec(select(SupplierMatchRow).where(SupplierMatchRow.supplier_key == supplier_key,
                                                        col(SupplierMatchRow.status).in_(("applied", "candidate")))
                        .order_by(col(SupplierMatchRow.id))).all()
    for other in rows:
        if other.id == keep:
            continue
        _set_status(ws, session, other, "replaced" if other.status == "applied" else "rejected", note)


def _waiting_candidate(session: Session, match_id: int) -> SupplierMatchRow:
    row = _match_row(session, match_id)
    if row.status != "candidate":
        raise CoopEvalError(_("Match {match_id} is {status}, not a candidate waiting for review.").format(match_id=match_id, status=row.status))
    return row


def accept_candidate(ws: Workspace, match_id: int, reason: str = "") -> tuple[MatchView, Changes]:
    """A person accepts a candidate: it applies, the supplier's other candidates are rejected."""
    why = _reason(reason, _("The reason"), required=False)
    with ws.writing() as session:
        require_workspace(ws, session, Permission.SPEND)
        row = _waiting_candidate(session, match_id)
        _retire_others(ws, session, row.supplier_key, row.id, f"another candidate (match {match_id}) was accepted")
        _set_status(ws, session, row, "applied", "candidate accepted", evidence=why)
        return _view(session, row), Changes.of(ChangeKind.SUPPLIER_MATCH)


def reject_candidate(ws: Workspace, match_id: int, reason: str = "") -> tuple[MatchView, Changes]:
    """A person rejects a candidate: it is never proposed again for this supplier."""
    why = _reason(reason, _("The reason"), required=False)
    with ws.writing() as session:
        require_workspace(ws, session, Permission.SPEND)
        row = _waiting_candidate(session, match_id)
        _set_status(ws, session, row, "rejected", "candidate rejected", evidence=why)
        return _view(session, row), Changes.of(ChangeKind.SUPPLIER_MATCH)


def _supplier_name(session: Session, supplier_key: str) -> str:
    found = _suppliers(session, [supplier_key]).get(supplier_key)
    if found is not None:
        return found.name or supplier_key
    earlier = session.exec(select(SupplierMatchRow.supplier_name)
                           .where(SupplierMatchRow.supplier_key == supplier_key)).first()
    if earlier is None:
        raise NotFoundError(_("There is no supplier {supplier_key!r} in the spend of this workspace.").format(supplier_key=supplier_key))
    return earlier


def pick_entry(ws: Workspace, supplier_key: str, entry_id: int, reason: str) -> tuple[MatchView, Changes]:
    """A person matches a supplier to an entry of their choosing (with a reason): it applies."""
    why = _reason(reason, _("The reason"), required=True)
    with ws.writing() as session:
        require_workspace(ws, session, Permission.SPEND)
        name = _supplier_name(session, supplier_key)
        entry = session.get(RegisterEntryRow, entry_id)
        if entry is None:
            raise NotFoundError(_("There is no register entry {entry_id}.").format(entry_id=entry_id))
        _retire_others(ws, session, supplier_key, None, "another entry was picked by hand")
        row = SupplierMatchRow(supplier_key=supplier_key, supplier_name=name, entry_id=entry_id, method="picked",
                               status="applied", model=entry.model, democratic=entry.democratic, evidence=why,
                               made_at=audit.now_utc())
        save(ws, session, row, "create", None, None, note="entry picked by hand")
        return _view(session, row), Changes.of(ChangeKind.SUPPLIER_MATCH)


def set_by_hand(ws: Workspace, supplier_key: str, *, model: str, democratic: bool,
                evidence: str) -> tuple[MatchView, Changes]:
    """A person sets a supplier's ownership model and whether it is democratic, with the evidence."""
    chosen = next((m for m in reg.MODELS if m == model.strip().casefold()), None)
    if chosen is None:
        raise CoopEvalError(_("The ownership model {model!r} is not one of: {MODELS}.").format(model=model.strip(), MODELS=', '.join(reg.MODELS)))
    why = _reason(evidence, _("The evidence"), required=True)
    with ws.writing() as session:
        require_workspace(ws, session, Permission.SPEND)
        name = _supplier_name(session, supplier_key)
        _retire_others(ws, session, supplier_key, None, "set by hand")
        row = SupplierMatchRow(supplier_key=supplier_key, supplier_name=name, entry_id=None, method="hand",
                               status="applied", model=chosen, democratic=democratic, evidence=why,
                               made_at=audit.now_utc())
        save(ws, session, row, "create", None, None, note="set by hand with evidence")
        return _view(session, row), Changes.of(ChangeKind.SUPPLIER_MATCH)


def supplier_key_of(text: str) -> str:
    """The key a person's typed supplier name stands for (a key typed as is gives itself)."""
    return normalise_name(text)

