"""Benchmark: saving one score (with its audit event) and opening a large workspace.

The workspace holds 50 tenders x 40 bids x 60 qualitative measures x 5 evaluators: 600,000 scores,
120,000 responses and an audit event for every row (a hash chain, as the services would have written
it), about half a gigabyte. Its people are made through the services first (a first officer, and
one person per evaluator with their own passphrase, seated on every tender); the rest is built with
bulk inserts through SQLAlchemy core in one transaction and cached under the temp folder, so later
runs start at once (--rebuild to start over).

- save: `evaluation.save_score` re-scoring an existing draft score, timed one call at a time, by
  the evaluator signed in with their passphrase
  (a session and connection of its own, BEGIN IMMEDIATE, the access checks, the score, the audit
  event, a durable commit). Baseline: the same durable work in raw `sqlite3`, in a separate file
  beside it: BEGIN IMMEDIATE, read the audit head, INSERT the score row, INSERT its hash-chained
  audit event, COMMIT, with the same durability (WAL, synchronous=FULL). (Before issue 16 the
  baseline was the row's INSERT + COMMIT alone, without its event: not like with like.)
- open: `Workspace.open` + close (header check, PRAGMA quick_check, schema and revision checks,
  the lock). Baseline: raw `sqlite3.connect` + PRAGMA quick_check + close.

Nothing here asserts on time. Run: PYTHONPATH=. python benchmarks/bench_workspace.py [--saves N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import insert

from benchmarks.rss import print_peak_rss
from coopeval.domain.scales import load_scales
from coopeval.paths import resources_dir
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.identity import people, sessions
from coopeval.services.rows import scale_json
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.sqlite import make_engine
from coopeval.storage.tables import (
    AuditEventRow,
    BidRow,
    DeclarationRow,
    MemberRow,
    ResponseRow,
    ScoreRow,
    TenderMeasureRow,
    TenderRow,
)

TENDERS, BIDS, MEASURES, EVALUATORS = 50, 40, 60, 5
SIZE = f"{TENDERS}x{BIDS}x{MEASURES}x{EVALUATORS}"
ACTOR = "bench"
OFFICER, PASSPHRASE = "Bench Officer", "bench officer keeps the ledger"


def evaluator(e: int) -> str:
    return f"Evaluator {e}"


def evaluator_passphrase(name: str) -> str:
    return f"{name.lower()} scores every bench bid"
STAMP = "2026-01-05T09:00:00.000000Z"


class Builder:
    """Rows with explicit ids, and an audit event per row chained exactly as audit.append would."""

    def __init__(self, conn, first_seq: int, prev_hash: str):
        self.conn, self.seq, self.prev = conn, first_seq, prev_hash
        self.events: list[dict] = []

    def add(self, table, rows: list[dict], tender_ref: str | None) -> None:
        self.conn.execute(insert(table.__table__), rows)
        entity = table.__entity__
        for row in rows:
            self.seq += 1
            event = {"seq": self.seq, "at": STAMP, "actor": ACTOR, "action": "create", "entity": entity,
                     "entity_id": row["id"], "tender_ref": tender_ref, "before": None,
                     "after": audit.canonical(row), "note": "", "prev_hash": self.prev}
            event["hash"] = audit.event_hash(SimpleNamespace(**event))
            self.prev = event["hash"]
            self.events.append(event)
        if len(self.events) >= 20_000:
            self.flush_events()

    def flush_events(self) -> None:
        if self.events:
            self.conn.execute(insert(AuditEventRow.__table__), self.events)
            self.events = []


def build(path: Path) -> None:
    part = path.with_name(path.name + ".part")
    for leftover in part.parent.glob(part.name + "*"):
        leftover.unlink()
    person_id: dict[str, int] = {}
    with Workspace.create(part, actor=ACTOR) as ws:  # people through the services, as the app makes them
        people.create_first_officer(ws, name=OFFICER, passphrase=PASSPHRASE)
        for e in range(EVALUATORS):
            name = evaluator(e)
            person_id[name] = people.add_person(ws, name=name)[0].id
            people.set_passphrase(ws, name, evaluator_passphrase(name))  # signs them in
            sessions.sign_in(ws, OFFICER, PASSPHRASE)
    scale = scale_json(load_scales(resources_dir() / "scales.toml")["0-5"])
    engine = make_engine(part)
    ids = {"measure": 0, "bid": 0, "member": 0, "response": 0, "score": 0}

    def next_id(kind: str) -> int:
        ids[kind] += 1
        return ids[kind]

    started = time.perf_counter()
    with engine.begin() as conn:
        seq, prev = conn.exec_driver_sql("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").one()
        b = Builder(conn, seq, prev)
        for t in range(1, TENDERS + 1):
            ref = f"BENCH-{t:03}"
            b.add(TenderRow, [dict(id=t, reference=ref, title=f"Tender {t}", authority="Bench Council",
                                   contract_value_pence=None, duration_months=36, description="", scale_id="0-5",
                                   scale=scale, section_weight="10", discuss_at="20", split_above="50",
                                   disqualify_on_threshold=False, min_rationale_chars=30, status="evaluation",
                                   signoff_round=1, created_at=STAMP, updated_at=STAMP)], ref)
            measures = [dict(id=next_id("measure"), tender_id=t, position=i + 1, framework_id="bench",
                             framework_version="1.0.0", code=f"Q-{i:02}", theme=f"Theme {i % 5}",
                             outcome=f"Outcome {i % 12}", kind="qualitative",
                             measure_json=json.dumps({"code": f"Q-{i:02}", "type": "qualitative"}),
                             weight="0" if i else "100", method=None, direction=None, target=None, bands=None,
                             minimum=None) for i in range(MEASURES)]
            b.add(TenderMeasureRow, measures, ref)
            bids = [dict(id=next_id("bid"), tender_id=t, identifier=f"IP{j:05}", legal_name=f"Bidder {j} Ltd",
                         trading_name="", address="", email="", org_form="worker co-operative", org_evidence="",
                         received_on=None, withdrawn=False, withdrawn_reason="") for j in range(BIDS)]
            b.add(BidRow, bids, ref)
            b.add(ResponseRow, [dict(id=next_id("response"), bid_id=bid["id"], measure_id=m["id"],
                                     text=f"Response of {bid['legal_name']} to {m['code']}.", page_refs="p. 4",
                                     quantity=None) for bid in bids for m in measures], ref)
            members = [dict(id=next_id("member"), tender_id=t, name=evaluator(e), role="evaluator", email="",
                            person_id=person_id[evaluator(e)]) for e in range(EVALUATORS)]
            b.add(MemberRow, members, ref)
            b.add(DeclarationRow, [dict(id=m["id"], tender_id=t, member_id=m["id"], bid_id=None, interest="none",
                                        nature=None, details="", declared_at=STAMP, resolution=None,
                                        resolution_note="", resolved_by=None, resolved_at=None, superseded_by=None)
                                   for m in members], ref)
            b.add(ScoreRow, [dict(id=next_id("score"), member_id=member["id"], bid_id=bid["id"],
                                  measure_id=m["id"], value=(bid["id"] + m["id"] + member["id"]) % 6, abstained=False,
                                  abstain_reason="", rationale="Specific, evidenced commitments.", evidence_refs="",
                                  status="draft", created_at=STAMP, updated_at=STAMP, submitted_at=None)
                             for member in members for bid in bids for m in measures], ref)
        b.flush_events()
    engine.dispose()
    con = sqlite3.connect(part)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("ANALYZE")
    con.close()
    os.replace(part, path)
    part.with_name(part.name + ".lock").unlink(missing_ok=True)
    print(f"built {path} in {time.perf_counter() - started:.0f} s")


def percentiles(samples: list[float]) -> tuple[float, float]:
    """(p50, p95) in milliseconds."""
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[49] * 1000, cuts[94] * 1000


def bench_save(path: Path, saves: int) -> list[float]:
    t = TENDERS // 2  # a tender in the middle of the file; ids follow from the build order
    member, first_bid, first_measure = (t - 1) * EVALUATORS + 1, (t - 1) * BIDS + 1, (t - 1) * MEASURES + 1
    with Workspace.open(path, actor=ACTOR) as ws:
        sessions.sign_in(ws, evaluator(0), evaluator_passphrase(evaluator(0)))
        with ws.reading() as s:
            assert s.get(TenderRow, t).status == "evaluation" and s.get(MemberRow, member).tender_id == t
        times = []
        for n in range(saves + 10):
            bid, measure = first_bid + n % BIDS, first_measure + (n * 7) % MEASURES
            start = time.perf_counter()
            evaluation.save_score(ws, member, bid, measure, value=n % 6, rationale=f"Benchmark save {n}.")
            elapsed = time.perf_counter() - start
            if n >= 10:  # the first few warm the page cache
                times.append(elapsed)
    return times


def bench_raw_insert(folder: Path, saves: int) -> list[float]:
    """The same durable work as a save, in raw sqlite3: in one transaction (BEGIN IMMEDIATE), read
    the audit head, insert the score row, insert its audit event hash-chained to the head, COMMIT;
    WAL, synchronous=FULL. (Until issue 16 the baseline inserted the row alone, without its event.)"""
    path = folder / "raw-baseline.sqlite"
    for leftover in folder.glob(path.name + "*"):
        leftover.unlink()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    con.execute("CREATE TABLE score (id INTEGER PRIMARY KEY, member_id INT, bid_id INT, measure_id INT, "
                "value INT, rationale TEXT, updated_at TEXT)")
    con.execute("CREATE TABLE audit_event (seq INTEGER PRIMARY KEY, at TEXT, actor TEXT, action TEXT, entity TEXT, "
                "entity_id INT, tender_ref TEXT, before TEXT, after TEXT, note TEXT, prev_hash TEXT, hash TEXT, "
                "person TEXT)")
    times = []
    for n in range(saves + 10):
        start = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        seq, prev = con.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone() or \
            (0, audit.GENESIS)
        row = {"member_id": 1, "bid_id": n % BIDS, "measure_id": n % MEASURES, "value": n % 6,
               "rationale": f"Benchmark save {n}.", "updated_at": STAMP}
        row["id"] = con.execute("INSERT INTO score (member_id, bid_id, measure_id, value, rationale, updated_at) "
                                "VALUES (:member_id, :bid_id, :measure_id, :value, :rationale, :updated_at)",
                                row).lastrowid
        event = {"seq": seq + 1, "at": audit.now_utc(), "actor": ACTOR, "action": "score", "entity": "score",
                 "entity_id": row["id"], "tender_ref": "BENCH-025", "before": None, "after": audit.canonical(row),
                 "note": "", "prev_hash": prev, "person": evaluator(0)}
        event["hash"] = audit.event_hash(SimpleNamespace(**event))
        con.execute("INSERT INTO audit_event VALUES (:seq, :at, :actor, :action, :entity, :entity_id, :tender_ref, "
                    ":before, :after, :note, :prev_hash, :hash, :person)", event)
        con.execute("COMMIT")
        elapsed = time.perf_counter() - start
        if n >= 10:
            times.append(elapsed)
    con.close()
    for leftover in folder.glob(path.name + "*"):
        leftover.unlink()
    return times


def bench_open(path: Path, opens: int) -> tuple[list[float], list[float]]:
    coopeval_times, raw_times = [], []
    for _ in range(opens):
        start = time.perf_counter()
        Workspace.open(path, actor=ACTOR).close()
        coopeval_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        con = sqlite3.connect(path)
        con.execute("PRAGMA quick_check").fetchall()
        con.close()
        raw_times.append(time.perf_counter() - start)
    return coopeval_times, raw_times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--opens", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "coopeval-bench",
                        help="where the built workspace is cached")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    path = args.dir / f"workspace-{SIZE}-people.coopeval"  # with people (an older cache has none)
    if args.rebuild or not path.exists():
        shutil.rmtree(args.dir / "backups", ignore_errors=True)
        build(path)
    size_mb = path.stat().st_size / 1e6

    open_ms, raw_open_ms = bench_open(path, args.opens)
    save = bench_save(path, args.saves)
    raw = bench_raw_insert(args.dir, args.saves)
    s50, s95 = percentiles(save)
    r50, r95 = percentiles(raw)
    o50, ro50 = statistics.median(open_ms) * 1000, statistics.median(raw_open_ms) * 1000

    print(f"workspace: {TENDERS} tenders x {BIDS} bids x {MEASURES} measures x {EVALUATORS} evaluators "
          f"({TENDERS * BIDS * MEASURES * EVALUATORS:,} scores), {size_mb:,.0f} MB, {path}")
    rows = [
        (f"save_score + audit event, {args.saves} saves", f"p50 {s50:8.2f} ms", f"p95 {s95:8.2f} ms"),
        ("raw sqlite3 row + chained event (WAL, FULL)", f"p50 {r50:8.2f} ms", f"p95 {r95:8.2f} ms"),
        ("  ratio save_score / raw", f"p50 {s50 / r50:8.1f} x ", f"p95 {s95 / r95:8.1f} x"),
        (f"Workspace.open + close, median of {args.opens}", f"    {o50:8.1f} ms", ""),
        ("raw connect + PRAGMA quick_check", f"    {ro50:8.1f} ms", ""),
        ("  ratio open / raw", f"    {o50 / ro50:8.2f} x", ""),
    ]
    for label, first, second in rows:
        print(f"{label:<46} {first:<16} {second}".rstrip())

if __name__ == "__main__":
    main()
    print_peak_rss()
