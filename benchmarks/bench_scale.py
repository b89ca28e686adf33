"""Benchmark: a tender with a very large number of bids (issue 16, "Scale"), against raw sqlite3.

The demo's community meals tender is exported as a tender document, put back into evaluation with
its panel (declarations of no interest, no scores) and grown to N bids (default 100,000; the issue's
figure is `--bids 1000000`) without responses, each with the demo bid's three record answers — unless
that would pass the 200 MiB file limit (a million bids): then the compact bid of #16 (no answers, no
date received, a short name; about 200 MB). Each step then runs in a
fresh Python process of its own, so its peak RSS (`resource.getrusage`, the process's high-water
mark, interpreter and imports included) is its own:

- `tender import`: `read_tender_json` (reading and checking the file) and `import_tender` (one
  transaction, an audit event per row) into a fresh workspace, whose first officer imports it;
- `tenders`: `tender_summaries`, what the tender list and `coopeval tenders` show;
- `audit verify`: `verify_audit_file`, the chain and every audited row against its last event.

Baselines, measured in the same run: raw sqlite3 inserting the same rows with a hash-chained event
each, in one transaction, WAL and synchronous=FULL (`tender_doc.raw_import_baseline`, rows read
back from the imported workspace, untimed); raw sqlite3 walking the same chain recomputing every
hash (for `audit verify`); and a bare process (the interpreter with the workspace code imported) for the RSS figures. Nothing
here asserts on time.

Run: PYTHONPATH=. python benchmarks/bench_scale.py [--bids N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.rss import print_peak_rss

REFERENCE = "BENCH-SCALE"
OFFICER, PASSPHRASE = "Bench Officer", "bench officer keeps the ledger"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def build_document(folder: Path, bids: int, out: Path) -> tuple[int, int]:
    """The demo tender, in evaluation, grown to `bids` bids without responses, written to `out`: (its size, the
    record answers each bid has)."""
    from coopeval.services.demo import build_demo, demo_people
    from coopeval.services.identity import sessions
    from coopeval.services.interchange.tender_json import export_tender
    from coopeval.services.workspace import Workspace

    demo = build_demo(folder / "demo.coopeval")
    officer, _, officer_passphrase = demo_people()[0]
    with Workspace.open(demo, actor="bench") as ws:
        sessions.sign_in(ws, officer, officer_passphrase)
        doc = export_tender(ws, "EVC-2026-014")
    seed = dict(doc["bids"][0], responses=[], clarifications=[], withdrawn=False, withdrawn_reason="")
    seed.update({key: "" for key in ("address", "email", "org_evidence") if key in seed})  # ~200 bytes a bid, as in #16
    grown = [dict(seed, identifier=f"B{n:07}", legal_name=f"Bidder {n} Co-operative Ltd", trading_name="")
             for n in range(bids)]
    from coopeval.services.interchange.tender_json import MAX_FILE_BYTES

    if len(json.dumps(grown[-1], ensure_ascii=False, separators=(",", ":"))) * bids > MAX_FILE_BYTES * 0.95:
        # too big for a tender file with each bid's record answers (a million bids): the compact bid of #16, with no
        # answers, no date received and a shorter name, to stay below the file limit
        grown = [dict(seed, identifier=f"B{n:07}", legal_name=f"Bidder {n}", trading_name="", records=[],
                      received_on=None) for n in range(bids)]
    declarations = [dict(d, superseded_by=None) for d in doc["declarations"] if d["bid"] is None]
    for n, d in enumerate(declarations, start=1):
        d["number"] = n
    tender = dict(doc["tender"], reference=REFERENCE, title="Scale benchmark tender", status="evaluation",
                  signoff_round=1)
    document = dict(doc, tender=tender, bids=grown, declarations=declarations, scores=[], consensus=[], sign_offs=[])
    # compact JSON (the reader takes any layout): a million bids stay below the 200 MiB file limit
    out.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return out.stat().st_size, len(grown[0].get("records", []))


def phase(name: str, workspace: Path, document: Path) -> dict[str, Any]:
    """One step, in this (fresh) process: its time(s) and this process's peak RSS."""
    from coopeval.services.workspace import Workspace

    result: dict[str, Any] = {}
    if name == "build":
        start = time.perf_counter()
        result["size"], result["records"] = build_document(workspace.parent, int(workspace.name), document)
        result["seconds"] = time.perf_counter() - start
    elif name == "import":
        from coopeval.services.identity import people
        from coopeval.services.interchange.tender_json import import_tender, read_tender_json

        with Workspace.create(workspace, actor="bench") as ws:
            people.create_first_officer(ws, name=OFFICER, passphrase=PASSPHRASE)
            start = time.perf_counter()
            doc = read_tender_json(document)
            result["read"] = time.perf_counter() - start
            import_tender(ws, doc, source_name=document.name)
            result["seconds"] = time.perf_counter() - start
    elif name == "tenders":
        from coopeval.services.tender_list import tender_summaries

        start = time.perf_counter()
        with Workspace.open(workspace, read_only=True) as ws:
            summaries = tender_summaries(ws)
        result["seconds"] = time.perf_counter() - start
        result["lines"] = [s.as_json() for s in summaries]
    elif name == "verify":
        from coopeval.services.maintenance.audit import verify_audit_file

        start = time.perf_counter()
        report = verify_audit_file(workspace)
        result["seconds"] = time.perf_counter() - start
        result["ok"], result["events"] = report.ok, report.events
    elif name == "raw-import":
        from benchmarks.tender_doc import raw_import_baseline

        rows, seconds = raw_import_baseline(workspace, workspace.with_name("raw-import.sqlite"))
        result["rows"], result["seconds"] = rows, seconds
    elif name == "raw-verify":
        result["seconds"], result["events"] = raw_chain_walk(workspace)
    result["rss"] = peak_rss_mb()
    return result


def raw_chain_walk(workspace: Path) -> tuple[float, int]:
    """Raw sqlite3 reading the whole chain in order and recomputing each hash (as `audit` does)."""
    con = sqlite3.connect(f"file:{workspace}?mode=ro", uri=True)
    start = time.perf_counter()
    prev, count = "0" * 64, 0
    cur = con.execute("SELECT seq, at, actor, action, entity, entity_id, tender_ref, before, after, note, prev_hash, "
                      "hash, person FROM audit_event ORDER BY seq")
    while rows := cur.fetchmany(10_000):
        for seq, at, actor, action, entity, entity_id, ref, before, after, note, prev_hash, digest, person in rows:
            body = {"seq": seq, "at": at, "actor": actor, "action": action, "entity": entity, "entity_id": entity_id,
                    "tender_ref": ref, "before": before, "after": after, "note": note, "prev": prev_hash}
            if person is not None:
                body["person"] = person
            text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            ok = hashlib.sha256(text.encode("utf-8")).hexdigest() == digest and prev_hash == prev
            count += ok
            prev = digest
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed, count


def run_phase(name: str, workspace: Path, document: Path) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, __file__, "--phase", name, "--workspace", str(workspace),
                           "--document", str(document)], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"phase {name} failed")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bids", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build in this folder and leave the files there")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--workspace", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--document", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(phase(args.phase, args.workspace, args.document)))
        return
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        document, workspace = folder / "scale-tender.json", folder / "scale.coopeval"
        for leftover in folder.glob("scale.coopeval*"):
            leftover.unlink()
        built = run_phase("build", folder / str(args.bids), document)
        print(f"Scale: one tender of {args.bids:,} bids ({built['records']} record answers each), document "
              f"{built['size'] / 1e6:.0f} MB (built in "
              f"{built['seconds']:.0f} s); each step in a fresh process, peak RSS its own", flush=True)
        bare = run_phase("bare", workspace, document)
        imported = run_phase("import", workspace, document)
        listed = run_phase("tenders", workspace, document)
        verified = run_phase("verify", workspace, document)
        raw = run_phase("raw-import", workspace, document)
        walk = run_phase("raw-verify", workspace, document)
        print(f"  {'step':<44}{'time':>10}{'peak RSS':>12}")
        print(f"  {'bare (interpreter, storage imported)':<44}{'':>10}{bare['rss']:>9.0f} MB")
        print(f"  {'tender import (read and check the file)':<44}{imported['read']:>8.1f} s")
        print(f"  {'tender import (all)':<44}{imported['seconds']:>8.1f} s{imported['rss']:>9.0f} MB")
        print(f"  {'raw sqlite3 insert, rows + hash chain':<44}{raw['seconds']:>8.1f} s{raw['rss']:>9.0f} MB"
              f"   ({raw['rows']:,} rows)")
        print(f"  {'tenders (tender_summaries)':<44}{listed['seconds']:>8.2f} s{listed['rss']:>9.0f} MB"
              f"   {listed['lines'][0]['bids']:,} bids, {listed['lines'][0]['scored']}/{listed['lines'][0]['to_score']}")
        print(f"  {'audit verify':<44}{verified['seconds']:>8.1f} s{verified['rss']:>9.0f} MB"
              f"   ({verified['events']:,} events, {'intact' if verified['ok'] else 'BROKEN'})")
        print(f"  {'raw sqlite3 chain walk, every hash':<44}{walk['seconds']:>8.1f} s{walk['rss']:>9.0f} MB")
        print(f"ratio tender import / raw insert: {imported['seconds'] / raw['seconds']:6.1f}x")
        print(f"ratio audit verify / raw chain walk: {verified['seconds'] / walk['seconds']:6.1f}x")
        print(f"ratio peak RSS over bare: import {imported['rss'] / bare['rss']:.1f}x, tenders "
              f"{listed['rss'] / bare['rss']:.1f}x, audit verify {verified['rss'] / bare['rss']:.1f}x")


if __name__ == "__main__":
    main()
    print_peak_rss()
