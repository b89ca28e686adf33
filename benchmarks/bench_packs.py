"""Benchmark: importing 9 returned evaluator packs of a 40 bids x 60 measures tender, against a raw
sqlite3 baseline.

The tender is made from the demo's community meals tender, exported as a tender document and grown
to size (its 11 measures repeated to 60, weights totalling 100; 40 bids answering every measure; a
chair and 8 evaluators who have declared no interest), put back into evaluation and imported with
`interchange.import_tender`. Each member's pack is exported, scored in the pack (every qualitative
item, one transaction of audited rows, as autosave would leave them) and submitted, as Return pack
does. Not timed: building, exporting and scoring.

Timed, per pack: `import_pack` — copying the file aside, the quick check and schema comparison,
reading every row with checked types, verifying the pack's audit chain and each row against it,
the set-up fingerprint, and merging the scores in one transaction with an audit event per row.
Also shown: `read_pack` alone (the untrusted reading, before any verification).
Baseline, in the same run: for each pack, raw sqlite3 copying the same number of score rows from
the pack into a fresh database in one transaction (no checks, no audit). The ratio says what the
safety costs beyond SQLite's floor for moving that many rows. Nothing here asserts on time.

Run: PYTHONPATH=. python benchmarks/bench_packs.py
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.tender_doc import BIDS, EVALUATORS, MEASURES, grown_parts
from benchmarks.tender_doc import build as build_tender
from coopeval.services.evaluation import items as scoring_items
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.packs.export import export_pack
from coopeval.services.packs.importing import import_pack
from coopeval.services.packs.verify import read_pack
from coopeval.services.panel import members as panel
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import ScoreRow

REFERENCE = "BENCH-PACKS-40x60"


def grown(doc: dict[str, Any]) -> dict[str, Any]:
    """The demo tender document grown to BIDS x MEASURES, in evaluation, nobody scored yet."""
    measures, bids, members, declarations = grown_parts(
        doc, response_text=lambda b, code: f"Response {b} to {code}. " * 20, page_refs="p. 4")
    tender = dict(doc["tender"], reference=REFERENCE, title="Benchmark tender", status="evaluation", signoff_round=1,
                  disqualify_on_threshold=False)
    return dict(doc, tender=tender, measures=measures, bids=bids, members=members, declarations=declarations,
                scores=[], consensus=[], sign_offs=[])


def build(folder: Path) -> Path:
    return build_tender(folder, grown)


def score_pack(pack: Path, member: str, n: int) -> int:
    """Every item of the member's, scored in one audited transaction, then submitted; the count."""
    with Workspace.open(pack, actor=member) as ws:
        m = panel.find_member(ws, REFERENCE, member)
        items = scoring_items.scoring_sheet(ws, m.id).items
        with ws.writing() as session:
            for k, item in enumerate(items):
                now = audit.now_utc()
                row = ScoreRow(member_id=m.id, bid_id=item.bid_id, measure_id=item.measure_id, value=(n + k) % 6,
                               rationale=f"Strengths and weaknesses of {item.bid_identifier} on {item.code}.",
                               created_at=now, updated_at=now)
                audit.record_change(session, row, actor=member, action="score", before=None, tender_ref=REFERENCE)
        evaluation.submit_scores(ws, m.id)
        return len(items)


def baseline_copy(pack: Path, target: Path) -> float:
    """Raw sqlite3: the pack's score rows into a fresh database, one transaction, no checks."""
    target.unlink(missing_ok=True)
    start = time.perf_counter()
    src = sqlite3.connect(f"file:{pack}?mode=ro", uri=True)
    dst = sqlite3.connect(str(target))
    dst.execute("PRAGMA journal_mode = WAL")
    dst.execute("PRAGMA synchronous = FULL")
    dst.execute("CREATE TABLE score (id INTEGER PRIMARY KEY, member_id INT, bid_id INT, measure_id INT, value INT, "
                "abstained INT, abstain_reason TEXT, rationale TEXT, evidence_refs TEXT, status TEXT, created_at TEXT, "
                "updated_at TEXT, submitted_at TEXT)")
    rows = src.execute("SELECT * FROM score").fetchall()
    with dst:
        dst.executemany("INSERT INTO score VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [r[1:] for r in rows])
    src.close()
    dst.close()
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        path = build(folder)
        packs, exporting, counts = [], [], []
        with Workspace.open(path, actor="officer") as ws:
            for n in range(EVALUATORS):
                out = folder / f"member-{n}.coopeval-pack"
                t = time.perf_counter()
                export_pack(ws, REFERENCE, f"Member {n}", out)
                exporting.append(time.perf_counter() - t)
                packs.append(out)
        for n, pack in enumerate(packs):
            counts.append(score_pack(pack, f"Member {n}", n))
        built = time.perf_counter() - started
        read_pack(packs[0])  # warm: the expected schema is built once per process

        reading = []
        for pack in packs:
            t = time.perf_counter()
            read_pack(pack)
            reading.append(time.perf_counter() - t)
        importing = []
        with Workspace.open(path, actor="officer") as ws:
            for pack in packs:
                t = time.perf_counter()
                result, _ = import_pack(ws, pack)
                importing.append(time.perf_counter() - t)
                assert result.added == counts[packs.index(pack)], "the pack did not merge as built"
        baseline = [baseline_copy(pack, folder / "baseline.sqlite") for pack in packs]

    print(f"Evaluator packs: {BIDS} bids x {MEASURES} measures, {EVALUATORS} packs of {counts[0]} scores each "
          f"(built, exported and scored in {built:.1f} s; export {statistics.median(exporting):.2f} s a pack)")
    print(f"  {'pack':<6}{'import_pack':>14}{'read_pack':>12}{'raw copy':>12}{'ratio':>9}")
    for n, (imp, rd, base) in enumerate(zip(importing, reading, baseline)):
        print(f"  {n:<6}{imp * 1000:>11.1f} ms{rd * 1000:>9.1f} ms{base * 1000:>9.1f} ms{imp / base:>8.1f}x")
    med_imp, med_base = statistics.median(importing), statistics.median(baseline)
    print(f"  median{med_imp * 1000:>11.1f} ms{statistics.median(reading) * 1000:>9.1f} ms{med_base * 1000:>9.1f} ms"
          f"{med_imp / med_base:>8.1f}x")
    print(f"total import of {EVALUATORS} packs: {sum(importing):.2f} s; ratio import_pack / raw sqlite3 copy of the "
          f"same rows: {med_imp / med_base:.1f}x")


if __name__ == "__main__":
    main()
