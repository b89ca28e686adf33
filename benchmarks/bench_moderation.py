"""Benchmark: opening the moderation grid of 40 bids x 60 measures x 9 evaluators, against filling a
QStandardItemModel of the same size.

A tender in moderation is written in bulk (SQLAlchemy core, one transaction, an audit event per row
chained as the services would, via `bench_workspace.Builder`): 50 qualitative and 10 quantitative
measures, 40 bids answering all of them, 9 evaluators who declared no interest and submitted a score
for every qualitative item (18,000 scores), and a consensus on a third of the items. Timed, each
followed by processing the events it queues (layout and paint):

- service: `moderation_view.moderation_grid` alone (reads, statistics for 2,000 qualitative items),
  first time at this audit head (its cache emptied) and again (kept for the same head).
- page: the real Moderation page's `reload()` in the main window (offscreen): the service (on the
  worker, first time at this audit head), the grid model reset, the first item's view and consensus
  editor; timed until the grid shows, with the longest event-loop stall meanwhile (a 5 ms QTimer's
  largest gap: how long input would wait); and again with the grid kept.
- baseline: filling a QStandardItemModel of 60 x 40 items (two-line text, background and text
  colours, a tooltip) shown in a QTableView.

The ratios say what opening the grid costs beyond Qt's floor. Nothing here asserts on time.
Run: QT_QPA_PLATFORM=offscreen PYTHONPATH=. python benchmarks/bench_moderation.py [--repeats N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from benchmarks.bench_workspace import STAMP, Builder
from benchmarks.rss import print_peak_rss
from benchmarks.stall import load_with_stall
from coopeval.domain.scales import load_scales
from coopeval.paths import resources_dir
from coopeval.services.catalogue import load_catalogue
from coopeval.services.identity import people, sessions
from coopeval.services.moderation import view as moderation_view
from coopeval.services.rows import scale_json
from coopeval.services.workspace import Workspace
from coopeval.storage.sqlite import make_engine
from coopeval.storage.tables import (
    BidRow,
    ConsensusRow,
    DeclarationRow,
    MemberRow,
    ResponseRow,
    ScoreRow,
    TenderMeasureRow,
    TenderRow,
)
from coopeval.ui.application import build_window, keep_responsive
from coopeval.ui.settings import Settings

BIDS, QUALITATIVE, QUANTITATIVE, EVALUATORS = 40, 50, 10, 9
MEASURES = QUALITATIVE + QUANTITATIVE
REF = "BENCH-MOD"
OFFICER, PASSPHRASE = "Bench Officer", "bench officer passphrase"


def build(path: Path) -> None:
    with Workspace.create(path, actor="bench") as ws:  # its first officer may see moderation
        people.create_first_officer(ws, name=OFFICER, passphrase=PASSPHRASE)
    scale = scale_json(load_scales(resources_dir() / "scales.toml")["0-5"])
    engine = make_engine(path)
    with engine.begin() as conn:
        seq, prev = conn.exec_driver_sql("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").one()
        b = Builder(conn, seq, prev)
        b.add(TenderRow, [dict(id=1, reference=REF, title="Moderation benchmark", authority="Bench Council",
                               contract_value_pence=None, duration_months=36, description="", scale_id="0-5", scale=scale,
                               section_weight="10", discuss_at="20", split_above="50", disqualify_on_threshold=False,
                               min_rationale_chars=30, status="moderation", signoff_round=1, created_at=STAMP,
                               updated_at=STAMP)], REF)
        measures = []
        for i in range(MEASURES):
            kind = "qualitative" if i < QUALITATIVE else "quantitative"
            code = f"M-{i:02}"
            measures.append(dict(id=i + 1, tender_id=1, position=i + 1, framework_id="bench", framework_version="1.0.0",
                                 code=code, theme=f"Theme {i % 5}", outcome=f"Outcome {i % 12}", kind=kind,
                                 measure_json=json.dumps({"code": code, "type": kind, "title": f"Measure {i}",
                                                          "unit": None if kind == "qualitative" else "hours"}),
                                 weight="0" if i else "100", method=None if kind == "qualitative" else "relative",
                                 direction=None if kind == "qualitative" else "higher", target=None, bands=None, minimum=None))
        b.add(TenderMeasureRow, measures, REF)
        bids = [dict(id=j + 1, tender_id=1, identifier=f"IP{j:05}", legal_name=f"Bidder {j} Co-operative Ltd",
                     trading_name="", address="", email="", org_form="worker co-operative", org_evidence="",
                     received_on=None, withdrawn=False, withdrawn_reason="") for j in range(BIDS)]
        b.add(BidRow, bids, REF)
        b.add(ResponseRow, [dict(id=n + 1, bid_id=bid["id"], measure_id=m["id"], text=f"Response to {m['code']}.",
                                 page_refs="p. 4", quantity=None if m["kind"] == "qualitative" else str(10 + bid["id"]))
                            for n, (bid, m) in enumerate((bid, m) for bid in bids for m in measures)], REF)
        members = [dict(id=e + 1, tender_id=1, name=f"Evaluator {e}", role="evaluator", email="") for e in range(EVALUATORS)]
        b.add(MemberRow, members, REF)
        b.add(DeclarationRow, [dict(id=m["id"], tender_id=1, member_id=m["id"], bid_id=None, interest="none", nature=None,
                                    details="", declared_at=STAMP, resolution=None, resolution_note="", resolved_by=None,
                                    resolved_at=None, superseded_by=None) for m in members], REF)
        qualitative = [m for m in measures if m["kind"] == "qualitative"]
        scores = [dict(member_id=member["id"], bid_id=bid["id"], measure_id=m["id"],
                       value=(bid["id"] * (member["id"] % 3) + m["id"]) % 6, abstained=False, abstain_reason="",
                       rationale="Specific, evidenced commitments; where in the bid is noted.", evidence_refs="p. 4",
                       status="submitted", created_at=STAMP, updated_at=STAMP, submitted_at=STAMP)
                  for member in members for bid in bids for m in qualitative]
        b.add(ScoreRow, [dict(id=n + 1, **s) for n, s in enumerate(scores)], REF)
        agreed = [(bid, m) for bid in bids for m in measures if (bid["id"] + m["id"]) % 3 == 0]
        b.add(ConsensusRow, [dict(id=n + 1, bid_id=bid["id"], measure_id=m["id"],
                                  value=3 if m["kind"] == "qualitative" else None,
                                  accepted_quantity=None if m["kind"] == "qualitative" else str(10 + bid["id"]),
                                  quantity_reason="", rationale="Agreed after discussion.", reached_by="discussion",
                                  present=json.dumps([x["name"] for x in members]), recorded_by="bench", recorded_at=STAMP)
                             for n, (bid, m) in enumerate(agreed)], REF)
        b.flush_events()
    engine.dispose()


def timed(action, repeats: int) -> list[float]:
    times = []
    for n in range(repeats + 1):
        start = time.perf_counter()
        action(n)
        QApplication.processEvents()
        if n:  # the first warms caches
            times.append(time.perf_counter() - start)
    return times


def baseline_fill(model: QStandardItemModel) -> None:
    model.clear()
    for r in range(MEASURES):
        row = []
        for c in range(BIDS):
            item = QStandardItem(f"✓ agree {r % 6}–{c % 6}\nno consensus")
            item.setBackground(QColor("#dff6dd"))
            item.setForeground(QColor("#0e3b0e"))
            item.setToolTip(f"M-{r:02} · Bidder {c}: agree")
            row.append(item)
        model.appendRow(row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=10)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.coopeval"
        started = time.perf_counter()
        build(path)
        print(f"built {BIDS} bids x {MEASURES} measures x {EVALUATORS} evaluators in {time.perf_counter() - started:.1f} s")
        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        window = build_window(load_catalogue(), settings=settings)
        keep_responsive(window)  # as the app runs (ui/application.keep_responsive)
        window.resize(1280, 800)
        window.show()
        window.file_actions.open_path(path)
        assert window.controller.op(sessions.sign_in, OFFICER, PASSPHRASE).ok, "could not sign in"
        page = window.select_page("Moderation")
        load_with_stall(lambda: None, lambda: not page.loader.loading)
        assert page.ui.model.rowCount() == MEASURES and page.ui.model.columnCount() == BIDS, "the grid did not open"
        ws = window.controller.workspace

        def first_service(n: int) -> None:
            moderation_view.clear_cache()
            moderation_view.moderation_grid(ws, REF)

        service = timed(first_service, args.repeats)
        service_kept = timed(lambda n: moderation_view.moderation_grid(ws, REF), args.repeats)
        loads = []
        for _ in range(args.repeats):
            moderation_view.clear_cache()
            loads.append(load_with_stall(page.reload, lambda: not page.loader.loading))
            assert page.ui.model.columnCount() == BIDS
        reload = [t for t, _ in loads]
        stalls = [s for _, s in loads]
        reload_kept = timed(lambda n: page.reload(), args.repeats)
        model = QStandardItemModel()
        view = QTableView()
        view.setModel(model)
        view.setWordWrap(True)
        view.resize(800, 600)
        view.show()
        QApplication.processEvents()
        baseline = timed(lambda n: baseline_fill(model), args.repeats)
        assert model.rowCount() == MEASURES and model.columnCount() == BIDS
        window.close()
        view.close()
        del app

    med = {name: statistics.median(t) for name, t in (("service: moderation_grid, first", service),
                                                      ("service: moderation_grid, kept", service_kept),
                                                      ("page: reload, first (grid read on the worker)", reload),
                                                      ("longest event-loop stall meanwhile", stalls),
                                                      ("page: reload again (kept)", reload_kept),
                                                      ("QStandardItemModel fill + view", baseline))}
    print(f"Moderation grid: {BIDS} bids x {MEASURES} measures x {EVALUATORS} evaluators, {args.repeats} runs, "
          "median times (each including processEvents)")
    for name, seconds in med.items():
        print(f"  {name:48} {seconds * 1000:9.1f} ms")
    print(f"  (largest stall of all runs: {max(stalls) * 1000:.1f} ms; goal: grid <= 150 ms, input never blocked > 100 ms)")
    base = med["QStandardItemModel fill + view"]
    for name in list(med)[:-1]:
        print(f"ratio {name} / QStandardItemModel fill: {med[name] / base:7.1f}x")

if __name__ == "__main__":
    main()
    print_peak_rss()
    # The figures are printed; skip interpreter teardown, where PySide6 can crash while collecting
    # widgets whose QApplication is already gone (nothing of ours is left to save).
    sys.stdout.flush()
    os._exit(0)
