"""Benchmark: importing a council's year of spend and a co-operative register, with the supplier matching.

Made up in a temporary folder (`tests/helpers/spend_data.py`, deterministic): a council year of 100,000 spend lines
in the Local Government Transparency Code layout (6,000 distinct suppliers paid Zipf-like, a few large ones often and
most a few times; 300 co-operatives among them; transactions of up to three lines; about 1% credits; a few identical
repeated payments) and a 10,000-organisation Co-operatives UK–layout register (Latin-1) holding those co-operatives
(about half under their number, some spelled a little differently) and thousands of others.

Timed, each in a fresh workspace whose first officer is signed in:
- (a) baseline: reading the spend CSV with Python's csv module into a list of rows (no parsing of dates or amounts);
- (b) `import_spend` of the year into a workspace that already holds the register: reading, checking and keying
  every line, storing the new lines in one transaction with the audited import row, and matching every new
  supplier against the register (exact numbers and names, fuzzy candidates);
- (b') the same import into a workspace with no register (the matching has nothing to compare with): what the
  reading and storing cost alone;
- (b'') the same file again: nothing new, nothing written;
- (c) `import_register` of the register into a workspace that already holds the year's spend: reading, storing the
  entries with the audited import row, and matching the 6,000 suppliers.
Printed in seconds and (b) as a ratio to (a). Goal: import with matching a few seconds. Nothing here asserts on time.

Run: PYTHONPATH=. python benchmarks/bench_spend.py [--dir DIR] [--lines 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import csv
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.rss import print_peak_rss
from benchmarks.tender_doc import OFFICER, PASSPHRASE
from tests.helpers.spend_data import write_council_year, write_register

LINES, SUPPLIERS, COOPS, ENTRIES = 100_000, 6_000, 300, 10_000


def data(folder: Path, lines: int = LINES) -> tuple[Path, Path]:
    """The spend file and the register, made once per size and kept in `folder`."""
    spend = folder / f"spend-{lines}.csv"
    register = folder / f"register-{ENTRIES}.csv"
    if not spend.exists() or not register.exists():
        names = write_council_year(spend, lines=lines, suppliers=SUPPLIERS, coops=COOPS)
        write_register(register, entries=ENTRIES, suppliers=names)
    return spend, register


def new_workspace(path: Path):
    from coopeval.services.identity import people, sessions
    from coopeval.services.workspace import Workspace

    path.unlink(missing_ok=True)
    ws = Workspace.create(path, actor="bench")
    people.create_first_officer(ws, name=OFFICER, passphrase=PASSPHRASE)
    if ws.person is None:
        sessions.sign_in(ws, OFFICER, PASSPHRASE)
    return ws


def read_csv(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as f:
        return len(list(csv.reader(f)))


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def build(folder: Path, lines: int = LINES) -> Path:
    """A workspace holding the register and the year's spend, matched (for `bench_portfolio.py`), made once."""
    from coopeval.services.registers.imports import import_register
    from coopeval.services.spend.imports import import_spend

    path = folder / f"spend-{lines}.coopeval"
    if not path.exists():
        spend, register = data(folder, lines)
        building = folder / f".building-{path.name}"
        with new_workspace(building) as ws:
            import_register(ws, register, kind="coops-uk", source="benchmark (made up)")
            import_spend(ws, spend)
        building.replace(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "coopeval-bench")
    parser.add_argument("--lines", type=int, default=LINES)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    from coopeval.services.registers.imports import import_register
    from coopeval.services.spend.imports import import_spend

    made, (spend, register) = timed(data, args.dir, args.lines)
    print(f"Spend: {args.lines:,} lines, {SUPPLIERS:,} suppliers ({COOPS} co-operatives), {spend.stat().st_size / 1e6:.1f} MB; "
          f"register: {ENTRIES:,} organisations (made in {made:.1f} s, not counted)")
    base = statistics.median(timed(read_csv, spend)[0] for _ in range(3))
    print(f"  (a)   baseline: csv module reads the spend file     {base:>7.2f} s")

    b, again, reg_empty, alone, c = [], [], [], [], []
    for _ in range(args.runs):  # each run in fresh workspaces; medians printed
        with tempfile.TemporaryDirectory(dir=args.dir) as scratch:
            with new_workspace(Path(scratch) / "matched.coopeval") as ws:
                reg_empty.append(timed(import_register, ws, register, kind="coops-uk", source="benchmark")[0])
                seconds, (matched, _) = timed(import_spend, ws, spend)
                b.append(seconds)
                seconds, (nothing, _) = timed(import_spend, ws, spend)
                again.append(seconds)
            with new_workspace(Path(scratch) / "spend-first.coopeval") as ws:
                alone.append(timed(import_spend, ws, spend)[0])
                seconds, (reg, _) = timed(import_register, ws, register, kind="coops-uk", source="benchmark")
                c.append(seconds)
    med = statistics.median
    print(f"Medians of {args.runs} runs, each in fresh workspaces:")
    print(f"  (b)   import_spend with matching (register held)    {med(b):>7.2f} s  ({med(b) / base:5.1f}x (a))"
          f"  {matched.lines_added:,} lines, {matched.matched} matched, {matched.candidates} candidates")
    print(f"  (b')  import_spend, no register to match            {med(alone):>7.2f} s  ({med(alone) / base:5.1f}x (a))")
    print(f"  (b'') the same file again (nothing new)             {med(again):>7.2f} s  ({med(again) / base:5.1f}x (a))"
          f"  {nothing.lines_added} added")
    print(f"  (c)   import_register with matching (spend held)    {med(c):>7.2f} s"
          f"  {reg.entries:,} entries, {reg.matched} matched, {reg.candidates} candidates")
    print(f"        import_register into an empty workspace       {med(reg_empty):>7.2f} s")
    print("Goal: spend import with matching, and register import with matching, a few seconds each.")


if __name__ == "__main__":
    main()
    print_peak_rss()
