"""A benchmark tender: the demo's community meals tender exported as a tender document and grown to
size (its measures repeated to 60 with weights of 1.5 or 2, so they total 100), then imported into a
fresh workspace. Shared by the benchmarks that need a 40 × 60 × 9 tender built through the services.

The demo is read as its officer, signed in with the demo passphrase; the fresh workspace's first
officer is `OFFICER` (passphrase `PASSPHRASE`), who imports the tender and, when asked, sets each
member's own passphrase (`member_passphrase`), as the officer does in the app.

`build` also times the import (the issue's `tender import` figure) against its baseline in the same
run: raw `sqlite3` inserting the same rows — read back from the imported workspace — into a fresh
file with the same schema, with an audit event per row hash-chained as `audit` does it (SHA-256 of
the canonical JSON, each event naming the previous hash), in one transaction, WAL and
synchronous=FULL. Nothing asserts on time."""

from __future__ import annotations

import copy
import hashlib
import json
import sqlite3
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import tomli_w

from coopeval.services.demo import build_demo, demo_people
from coopeval.services.identity import people, sessions
from coopeval.services.interchange.tender_json import export_tender, import_tender
from coopeval.services.workspace import Workspace
from coopeval.storage.tables import AUDITED_TABLES

BIDS, MEASURES, EVALUATORS = 40, 60, 9
STAMP = "2026-06-01T10:00:00.000000Z"
OFFICER, PASSPHRASE = "Bench Officer", "bench officer keeps the ledger"


def member_passphrase(name: str) -> str:
    return f"{name.lower()} scores the bench tender"


def _grown_framework(content: str, copies: int) -> str:
    """The framework file with every measure repeated as `CODE-1` … `CODE-copies` beside the original (so a tender's
    repeated measures are measures of the framework its document carries). Sets keep their original codes."""
    data = tomllib.loads(content)
    for theme in data["themes"]:
        for outcome in theme["outcomes"]:
            grown = []
            for measure in outcome["measures"]:
                grown.append(measure)
                grown += [dict(measure, code=f"{measure['code']}-{k}") for k in range(1, copies + 1)]
            outcome["measures"] = grown
    return tomli_w.dumps(data)


def grown_parts(doc: dict[str, Any], *, response_text: Callable[[int, str], str],
                page_refs: str = "") -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """Measures, bids with responses, members (a chair and evaluators) and their declarations of no
    interest, grown from the demo document. The document's frameworks are grown in place to hold the
    repeated measures."""
    seed_measures, seed_bid = doc["measures"], doc["bids"][0]
    copies = -(-MEASURES // len(seed_measures))
    doc["frameworks"] = [dict(f, content=_grown_framework(f["content"], copies)) for f in doc["frameworks"]]
    measures = []
    for n in range(MEASURES):
        m = copy.deepcopy(seed_measures[n % len(seed_measures)])
        m["code"] = m["measure"]["code"] = f"{m['code']}-{n // len(seed_measures) + 1}"
        m["position"], m["weight"], m["minimum"] = n + 1, "1.5" if n < 40 else "2", None
        measures.append(m)
    quantitative = {m["code"] for m in measures if m["kind"] == "quantitative"}
    bids = []
    for b in range(BIDS):
        bid = copy.deepcopy(seed_bid)
        bid["identifier"], bid["legal_name"], bid["trading_name"] = f"B{b:03}", f"Bidder {b} Co-operative Ltd", ""
        bid["clarifications"] = []
        bid["responses"] = [{"measure": m["code"], "text": response_text(b, m["code"]), "page_refs": page_refs,
                             "quantity": str(1 + (b * 7 + i) % 50) if m["code"] in quantitative else None}
                            for i, m in enumerate(measures)]
        bids.append(bid)
    members = [{"name": f"Member {n}", "role": "chair" if n == 0 else "evaluator", "email": ""} for n in range(EVALUATORS)]
    declarations = [{"number": n + 1, "member": m["name"], "bid": None, "interest": "none", "nature": None, "details": "",
                     "declared_at": STAMP, "resolution": None, "resolution_note": "", "resolved_by": None,
                     "resolved_at": None, "superseded_by": None} for n, m in enumerate(members)]
    return measures, bids, members, declarations


def build(folder: Path, grow: Callable[[dict[str, Any]], dict[str, Any]], *, passphrases: bool = False) -> Path:
    """The demo's signed-off tender, grown by `grow`, imported into `folder/bench.coopeval` by its
    first officer (who stays the person signed in there); with `passphrases`, every member's own
    passphrase set (`member_passphrase`). Prints the import's time against its raw baseline."""
    demo = build_demo(folder / "demo.coopeval")
    officer, _, officer_passphrase = demo_people()[0]
    with Workspace.open(demo, actor="bench") as ws:
        sessions.sign_in(ws, officer, officer_passphrase)
        doc = export_tender(ws, "EVC-2026-014")
    path = folder / "bench.coopeval"
    document = _other_criteria_for(grow(doc))
    with Workspace.create(path, actor="bench") as ws:
        people.create_first_officer(ws, name=OFFICER, passphrase=PASSPHRASE)
        start = time.perf_counter()
        import_tender(ws, document, source_name="bench")
        imported = time.perf_counter() - start
        if passphrases:
            for member in document["members"]:
                people.set_passphrase(ws, member["name"], member_passphrase(member["name"]))
                if ws.person is None or ws.person.name != OFFICER:
                    sessions.sign_in(ws, OFFICER, PASSPHRASE)
    rows, raw = raw_import_baseline(path, folder / "raw-import.sqlite")
    print(f"tender import ({len(document['bids'])} bids x {len(document['measures'])} measures x "
          f"{len(document['members'])} members, {len(document['scores']):,} scores, {rows:,} rows): "
          f"{imported:.2f} s; raw sqlite3 insert of the same rows with their hash chain: {raw:.2f} s; "
          f"ratio {imported / raw:.1f}x")
    return path


def _other_criteria_for(document: dict[str, Any]) -> dict[str, Any]:
    """The demo's other award criteria (price, quality) scored for every bid of the grown document: the demo's own
    scores name its three bidders, who are no longer there."""
    bids = [b["identifier"] for b in document["bids"]]
    criteria = []
    for crit in document.get("other_criteria") or []:
        seeds = crit.get("scores") or []
        scores = [dict(seeds[i % len(seeds)], bid=bid) for i, bid in enumerate(bids)] if seeds else []
        criteria.append(dict(crit, scores=scores))
    return dict(document, other_criteria=criteria)


def raw_import_baseline(path: Path, target: Path) -> tuple[int, float]:
    """(rows, seconds): the rows the import wrote, inserted again by raw sqlite3 with a hash-chained
    event each, in one durable transaction. Reading them back and making the schema are not timed."""
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        imported = {(e, i) for e, i in src.execute("SELECT entity, entity_id FROM audit_event WHERE action = 'import'")}
        schema = [sql for (sql,) in src.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN "
                                                "('table', 'index') AND name NOT LIKE 'sqlite_%'")]
        tables: list[tuple[str, str, list[str], list[tuple]]] = []
        for table in AUDITED_TABLES:
            name, entity = table.__tablename__, table.__entity__  # type: ignore[attr-defined]
            cur = src.execute(f"SELECT * FROM {name}")  # noqa: S608 - our own table names
            columns = [d[0] for d in cur.description]
            key = columns.index("id")
            rows = [r for r in cur if (entity, r[key]) in imported]
            if rows:
                tables.append((name, entity, columns, rows))
    finally:
        src.close()
    for leftover in target.parent.glob(target.name + "*"):
        leftover.unlink()
    dst = sqlite3.connect(target, isolation_level=None)
    dst.execute("PRAGMA journal_mode = WAL")
    dst.execute("PRAGMA synchronous = FULL")
    for sql in schema:
        dst.execute(sql)
    count = sum(len(rows) for *_, rows in tables)
    start = time.perf_counter()
    dst.execute("BEGIN IMMEDIATE")
    seq, prev, events = 0, "0" * 64, []
    for name, entity, columns, rows in tables:
        key = columns.index("id")
        sql = f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"  # noqa: S608
        dst.executemany(sql, rows)
        for row in rows:
            seq += 1
            after = json.dumps(dict(zip(columns, row)), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            body = json.dumps({"seq": seq, "at": STAMP, "actor": "bench", "action": "import", "entity": entity,
                               "entity_id": row[key], "tender_ref": "BENCH", "before": None, "after": after, "note": "",
                               "prev": prev}, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
            events.append((seq, STAMP, "bench", "import", entity, row[key], "BENCH", None, after, "", prev, digest))
            prev = digest
    dst.executemany("INSERT INTO audit_event (seq, at, actor, action, entity, entity_id, tender_ref, before, after, "
                    "note, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events)
    dst.execute("COMMIT")
    elapsed = time.perf_counter() - start
    dst.close()
    for leftover in target.parent.glob(target.name + "*"):
        leftover.unlink()
    return count, elapsed
