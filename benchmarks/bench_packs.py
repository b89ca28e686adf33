"""Benchmark: importing 9 returned evaluator packs of a 40 bids x 60 measures tender, against a raw
sqlite3 baseline.

The tender is made from the demo's community meals tender, exported as a tender document and grown
to size (its 11 measures repeated to 60, weights totalling 100; 40 bids answering every measure; a
chair and 8 evaluators who have declared no interest), put back into evaluation and imported with
`interchange.import_tender` by the workspace's first officer, who sets each member's passphrase and
exports each member's pack (sealed under the pack passphrase). In each pack the member signs in,
scores every qualitative item (one transaction of audited rows, as autosave would leave them) and
chooses Return pack (`return_pack`: submitted, signed with their key, sealed). Not timed: building,
exporting, scoring and returning.

Timed, per pack: `import_pack` — decrypting the sealed file (its scrypt key derivation, deliberate
and slow, is timed apart and shown separately), checking the member's signature, the quick check and schema comparison,
reading every row with checked types, verifying the pack's audit chain and each row against it,
the set-up fingerprint, and merging the scores in one transaction with an audit event per row.
Also shown: `read_pack` alone (decrypting and the untrusted reading, before any verification).
The issue's figure: all 9 imports in all, without the key derivation (goal ≤ 2 s); also shown, their CPU
time without it (a shared machine's load inflates the wall-clock figure far more).
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

from benchmarks.rss import print_peak_rss
from benchmarks.tender_doc import BIDS, EVALUATORS, MEASURES, OFFICER, PASSPHRASE, grown_parts, member_passphrase
from benchmarks.tender_doc import build as build_tender
from coopeval.services.evaluation import items as scoring_items
from coopeval.services.identity import sessions
from coopeval.services.packs import sealed
from coopeval.services.packs.export import export_pack
from coopeval.services.packs.importing import import_pack
from coopeval.services.packs.returning import return_pack
from coopeval.services.packs.verify import read_pack
from coopeval.services.panel import members as panel
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import ScoreRow

REFERENCE = "BENCH-PACKS-40x60"
PACK_PASS = "copper kettle bench morning"


class KeyTimer:
    """Time spent in the pack's scrypt key derivation (`sealed._keys`), to report apart."""

    def __init__(self) -> None:
        self.total, self.cpu, self.calls, self._keys = 0.0, 0.0, 0, sealed._keys  # noqa: SLF001 - timed apart

    def __enter__(self) -> KeyTimer:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t, c = time.perf_counter(), time.process_time()
            try:
                return self._keys(*args, **kwargs)
            finally:
                self.total += time.perf_counter() - t
                self.cpu += time.process_time() - c
                self.calls += 1
        sealed._keys = timed  # noqa: SLF001
        return self

    def __exit__(self, *exc: object) -> None:
        sealed._keys = self._keys  # noqa: SLF001


def grown(doc: dict[str, Any]) -> dict[str, Any]:
    """The demo tender document grown to BIDS x MEASURES, in evaluation, nobody scored yet."""
    measures, bids, members, declarations = grown_parts(
        doc, response_text=lambda b, code: f"Response {b} to {code}. " * 20, page_refs="p. 4")
    tender = dict(doc["tender"], reference=REFERENCE, title="Benchmark tender", status="evaluation", signoff_round=1,
                  disqualify_on_threshold=False)
    return dict(doc, tender=tender, measures=measures, bids=bids, members=members, declarations=declarations,
                scores=[], consensus=[], sign_offs=[])


def build(folder: Path) -> Path:
    return build_tender(folder, grown, passphrases=True)


def score_pack(pack: Path, member: str, n: int) -> tuple[Path, int]:
    """Every item of the member's, scored in one audited transaction, then Return pack; the
    returned file and the count."""
    out = pack.with_name(f"{pack.stem}-returned.coopeval-pack")
    with sealed.working_copy(pack, PACK_PASS) as plain, Workspace.open(plain, actor=member) as ws:
        sessions.sign_in(ws, member, member_passphrase(member))
        m = panel.find_member(ws, REFERENCE, member)
        items = scoring_items.scoring_sheet(ws, m.id).items
        with ws.writing() as session:
            for k, item in enumerate(items):
                now = audit.now_utc()
                row = ScoreRow(member_id=m.id, bid_id=item.bid_id, measure_id=item.measure_id, value=(n + k) % 6,
                               rationale=f"Strengths and weaknesses of {item.bid_identifier} on {item.code}.",
                               created_at=now, updated_at=now)
                audit.record_change(session, row, actor=member, person=member, action="score", before=None,
                                    tender_ref=REFERENCE)
        return_pack(ws, out, pack_passphrase=PACK_PASS, passphrase=member_passphrase(member))
        return out, len(items)


def baseline_copy(pack: Path, target: Path) -> float:
    """Raw sqlite3: the pack's score rows into a fresh database, one transaction, no checks."""
    target.unlink(missing_ok=True)
    start = time.perf_counter()
    src = sqlite3.connect(f"file:{pack}?mode=ro", uri=True)  # the pack decrypted beforehand (not timed)
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
            sessions.sign_in(ws, OFFICER, PASSPHRASE)
            for n in range(EVALUATORS):
                out = folder / f"member-{n}.coopeval-pack"
                t = time.perf_counter()
                export_pack(ws, REFERENCE, f"Member {n}", out, passphrase=PACK_PASS)
                exporting.append(time.perf_counter() - t)
                packs.append(out)
        returned = []
        for n, pack in enumerate(packs):
            out, count = score_pack(pack, f"Member {n}", n)
            returned.append(out)
            counts.append(count)
        packs = returned
        built = time.perf_counter() - started
        read_pack(packs[0], PACK_PASS)  # warm: the expected schema is built once per process

        reading = []
        for pack in packs:
            t = time.perf_counter()
            read_pack(pack, PACK_PASS)
            reading.append(time.perf_counter() - t)
        importing, deriving, cpu = [], [], []  # cpu: this process's CPU time, without the key derivation
        with Workspace.open(path, actor="officer") as ws:
            sessions.sign_in(ws, OFFICER, PASSPHRASE)
            for pack, count in zip(packs, counts):
                with KeyTimer() as keys:
                    t, c = time.perf_counter(), time.process_time()
                    result, _ = import_pack(ws, pack, passphrase=PACK_PASS)
                    importing.append(time.perf_counter() - t)
                    cpu.append(time.process_time() - c - keys.cpu)
                deriving.append(keys.total)
                assert result.added == count, "the pack did not merge as built"
        baseline = []
        for pack in packs:
            with sealed.decrypted(pack, PACK_PASS) as plain:
                baseline.append(baseline_copy(plain.plain, folder / "baseline.sqlite"))

    print(f"Evaluator packs: {BIDS} bids x {MEASURES} measures, {EVALUATORS} packs of {counts[0]} scores each "
          f"(built, exported and scored in {built:.1f} s; export {statistics.median(exporting):.2f} s a pack)")
    print(f"  {'pack':<6}{'import_pack':>14}{'read_pack':>12}{'raw copy':>12}{'ratio':>9}")
    for n, (imp, rd, base) in enumerate(zip(importing, reading, baseline)):
        print(f"  {n:<6}{imp * 1000:>11.1f} ms{rd * 1000:>9.1f} ms{base * 1000:>9.1f} ms{imp / base:>8.1f}x")
    med_imp, med_base = statistics.median(importing), statistics.median(baseline)
    print(f"  median{med_imp * 1000:>11.1f} ms{statistics.median(reading) * 1000:>9.1f} ms{med_base * 1000:>9.1f} ms"
          f"{med_imp / med_base:>8.1f}x")
    print(f"total import of {EVALUATORS} packs: {sum(importing):.2f} s, of which scrypt key derivation "
          f"{sum(deriving):.2f} s; without it {sum(importing) - sum(deriving):.2f} s (goal <= 2 s); "
          f"raw sqlite3 copy of the same rows {sum(baseline):.2f} s, ratio "
          f"{(sum(importing) - sum(deriving)) / sum(baseline):.1f}x")
    print(f"  CPU time of the {EVALUATORS} imports without the key derivation: {sum(cpu):.2f} s (less sensitive than the "
          "wall-clock figure to other work on the machine; the fsyncs of the merge are not CPU time)")


if __name__ == "__main__":
    main()
    print_peak_rss()
