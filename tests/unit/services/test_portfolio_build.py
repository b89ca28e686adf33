"""build_portfolio across real workspace files (services/portfolio): copies of one workspace count a tender once, an
edited copy is a conflict left out, spend lines in several files count once, a file that cannot be read is a note,
and the winning bid's records, commitments and accepted delivery are read as they are stored."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from coopeval.domain.progress import Cancelled
from coopeval.services.delivery import award
from coopeval.services.portfolio.build import build_portfolio
from coopeval.services.workspace import Workspace
from tests.helpers.awarded import awarded_tender
from tests.unit.services.test_spend_share import LINES, MATCHES, insert_spend


@pytest.fixture()
def files(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tmp_path/awarded.coopeval: T1 awarded to IP000 on 1 March 2027 for £1,250,000, with spend."""
    ws, _, _ = awarded_tender(tmp_path, factory=tmp_path_factory)
    ws.close()
    insert_spend(tmp_path / "awarded.coopeval", LINES, MATCHES)
    return tmp_path


def test_copies_count_a_tender_and_its_spend_once(files: Path):
    a = files / "awarded.coopeval"
    b = files / "copy.coopeval"
    shutil.copy(a, b)
    insert_spend(b, [("k9", "2026-08-01", "2026-27", "greenways", 100_00, "Environment")])
    with Workspace.open(a) as ws:
        view = build_portfolio(ws, [b], year="2026/27", baseline="2025-26")
    assert view.workspaces == ("awarded.coopeval", "copy.coopeval") and view.year == "2026-27"
    assert [t.reference for t in view.tenders] == ["T1"] and view.conflicts == ()
    t1 = view.tenders[0]
    assert t1.workspaces == ("awarded.coopeval", "copy.coopeval")
    assert (t1.year, t1.value_pence, t1.status, t1.bids, t1.supplier) == ("2026-27", 1_250_000_00, "awarded", 2,
                                                                          "Bidder 0 Co-operative Ltd")
    assert t1.democratic is None and t1.model == ""  # the example framework asks no legal form or ownership
    assert any("no legal form or ownership recorded" in n for n in view.notes)
    assert [(a.year, a.tenders, a.value_pence, a.democratic_pence, a.share) for a in view.award_years] == [
        ("2026-27", 1, 1_250_000_00, 0, "0.0")]
    spend = {y.year: y for y in view.spend_years}["2026-27"]
    assert (spend.total_pence, spend.democratic_pence, spend.lines) == (1100_00, 150_00, 7)
    assert view.spend_lines == 9 and view.duplicate_lines == 8
    trend = {t.year: t for t in view.trend}
    assert (trend["2026-27"].spend_share, trend["2026-27"].spend_change) == ("13.6", None)  # 2025-26 nets below its co-op spend: no share


def test_an_edited_copy_is_a_conflict_left_out_of_the_sums(files: Path):
    a = files / "awarded.coopeval"
    b = files / "edited.coopeval"
    shutil.copy(a, b)
    with Workspace.open(b) as ws:
        award.withdraw_award(ws, "T1", "wrong value")
        award.record_award(ws, "T1", bid="IP001", notice_date="2027-03-01", start_on="2027-04-15",
                           end_on="2029-04-14", value="1,000,000")
    view = build_portfolio(None, [a, b])
    assert view.tenders == () and view.award_years == ()
    (conflict,) = view.conflicts
    assert conflict.reference == "T1" and conflict.workspaces == ("awarded.coopeval", "edited.coopeval")
    assert "winning bidder IP000 / IP001" in conflict.message and "£1,250,000.00 / £1,000,000.00" in conflict.message


def test_files_that_cannot_be_read_are_notes(files: Path):
    a = files / "awarded.coopeval"
    text = files / "notes.coopeval"
    text.write_text("not a workspace", encoding="utf-8")
    newer = files / "newer.coopeval"
    shutil.copy(a, newer)
    con = sqlite3.connect(newer)
    with con:
        con.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    con.close()
    with Workspace.open(a) as held:  # open for writing (locked) elsewhere: still read
        assert held.lock is not None
        view = build_portfolio(None, [a, text, newer, files / "missing.coopeval", a])
    assert [t.reference for t in view.tenders] == ["T1"]
    notes = "\n".join(view.notes)
    assert "notes.coopeval was not read: notes.coopeval is not a CoopEval workspace" in notes
    assert "newer.coopeval was not read:" in notes and "Update CoopEval" in notes
    assert "missing.coopeval was not read:" in notes
    assert "awarded.coopeval was given twice" in notes


def test_different_supplier_decisions_are_noted(files: Path):
    a = files / "awarded.coopeval"
    b = files / "other.coopeval"
    shutil.copy(a, b)
    insert_spend(b, [], [("bigco", "applied", True, "worker co-operative")])
    view = build_portfolio(None, [a, b])
    assert any("'bigco'" in n and "other.coopeval" in n for n in view.notes)
    spend = {y.year: y for y in view.spend_years}["2026-27"]
    assert spend.not_democratic_pence == 900_00  # each line as the workspace holding it (first given) decides


def test_supply_chain_commitment_in_pounds_from_the_accepted_percentage(files: Path):
    a = files / "awarded.coopeval"
    con = sqlite3.connect(a)
    with con:
        (cid, tender_id) = con.execute("SELECT id, tender_id FROM commitment WHERE kind = 'quantitative' "
                                       "ORDER BY position LIMIT 1").fetchone()
        con.execute("UPDATE commitment SET code = 'CV-CC-01', unit = '% of third-party spend', target = '10' "
                    "WHERE id = ?", (cid,))
        con.executemany(
            "INSERT INTO delivery (tender_id, commitment_id, period, actual, evidence_refs, note, \"check\", "
            "check_reason, source, reported_at) VALUES (?, ?, ?, ?, '', '', ?, '', '', '2027-07-01T00:00:00Z')",
            [(tender_id, cid, "2027-Q1", "4", "accepted"), (tender_id, cid, "2027-Q2", "9", "pending")])
    con.close()
    view = build_portfolio(None, [a])
    t1 = view.tenders[0]
    assert (t1.supply_chain_promised_pence, t1.supply_chain_delivered_pence) == (125_000_00, 50_000_00)
    assert (view.supply_chain_promised_pence, view.supply_chain_delivered_pence) == (125_000_00, 50_000_00)
    cc = next(m for m in view.measures if m.code == "CV-CC-01")
    assert (cc.promised, cc.delivered, cc.delivered_share) == ("10", "4", "40.0")


def test_progress_and_cancel(files: Path):
    seen: list[tuple[int, int]] = []
    build_portfolio(None, [files / "awarded.coopeval"], progress=lambda done, total, what="": seen.append((done, total)))
    assert seen[-1] == (2, 2)
    with pytest.raises(Cancelled):
        build_portfolio(None, [files / "awarded.coopeval"], cancel=lambda: True)


def test_a_year_written_wrongly_is_refused(files: Path):
    from coopeval.domain.numbers import InputError

    with pytest.raises(InputError, match="2026-27"):
        build_portfolio(None, [files / "awarded.coopeval"], year="2026")


def test_spend_imported_by_the_spend_and_register_services_counts_once_across_copies(tmp_path: Path):
    from coopeval.services.registers.imports import import_register
    from coopeval.services.spend.imports import import_spend
    from tests.helpers.workspaces import REPO, create_workspace

    demo = REPO / "resources" / "demo"
    path = tmp_path / "council.coopeval"
    with create_workspace(path) as ws:
        import_register(ws, demo / "register-coops-uk.csv", kind="coops-uk")
        added = sum(import_spend(ws, demo / name)[0].lines_added for name in ("spend-2025-26.csv", "spend-2026-27.csv"))
        alone = build_portfolio(ws)
    shutil.copy(path, tmp_path / "copy.coopeval")
    both = build_portfolio(None, [path, tmp_path / "copy.coopeval"])
    assert alone.spend_lines == added and both.spend_lines == added and both.duplicate_lines == added
    assert both.spend_years == alone.spend_years
    for y in alone.spend_years:
        assert y.total_pence == (y.democratic_pence + y.not_democratic_pence + y.awaiting_pence + y.unmatched_pence)
        assert y.democratic_pence > 0 and y.unmatched_pence > 0
