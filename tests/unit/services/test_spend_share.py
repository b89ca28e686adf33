"""The spend share (services/spend/share.py): suppliers classed by their match decisions in SQL; awaiting and
unmatched spend shown on their own, never counted as "not co-op"; lines already counted elsewhere left out by key.

Spend is written straight into the tables here (`insert_spend`), as an import would leave it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coopeval.services.spend import share
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import create_workspace

# (key, paid_on, year, supplier_key, pence, area)
Line = tuple[str, str, str, str, int, str]


def insert_spend(path: Path, lines: list[Line], matches: list[tuple[str, str, bool, str]] = ()) -> None:
    """Spend lines (one import) and supplier decisions (supplier_key, status, democratic, model) written straight
    into the workspace file."""
    con = sqlite3.connect(path)
    with con:
        cur = con.execute(
            "INSERT INTO spend_import (file_name, sha256, encoding, mapping, lines_read, lines_added, lines_already, "
            "lines_refused, added_pence, lines_digest, imported_at) VALUES ('spend.csv', 'x', 'utf-8', '{}', ?, ?, 0, "
            "0, 0, 'd', '2027-01-01T00:00:00Z')", (len(lines), len(lines)))
        import_id = cur.lastrowid
        con.executemany(
            "INSERT INTO spend_line (key, import_id, line_no, paid_on, year, supplier_name, supplier_key, supplier_id, "
            "company_number, amount_pence, \"transaction\", expense_area) VALUES (?, ?, ?, ?, ?, ?, ?, '', '', ?, '', ?)",
            [(k, import_id, n, paid, year, sup, sup, pence, area) for n, (k, paid, year, sup, pence, area)
             in enumerate(lines, start=2)])
        con.executemany(
            "INSERT INTO supplier_match (supplier_key, supplier_name, method, status, model, democratic, evidence, "
            "made_at) VALUES (?, ?, 'hand', ?, ?, ?, '', '2027-01-01T00:00:00Z')",
            [(k, k, status, model, democratic) for k, status, democratic, model in matches])
    con.close()


LINES: list[Line] = [
    ("k1", "2026-05-01", "2026-27", "greenways", 42_00, "Environment"),
    ("k2", "2026-06-01", "2026-27", "greenways", 8_00, "Environment"),
    ("k3", "2026-06-01", "2026-27", "bigco", 900_00, "Environment"),
    ("k4", "2026-07-01", "2026-27", "maybe coop", 30_00, "Housing"),
    ("k5", "2026-07-01", "2026-27", "nobody", 20_00, "Housing"),
    ("k6", "2027-01-05", "2026-27", "eot", 0, "Housing"),
    ("k7", "2025-05-01", "2025-26", "greenways", 10_00, ""),
    ("k8", "2025-05-01", "2025-26", "nobody", -5_00, ""),  # a credit
]
MATCHES = [("greenways", "applied", True, "worker co-operative"), ("bigco", "applied", False, "investor-owned"),
           ("maybe coop", "candidate", False, ""), ("maybe coop", "rejected", False, ""),
           ("eot", "replaced", True, "worker co-operative"), ("eot", "applied", False, "employee-owned (trust)")]


@pytest.fixture()
def ws(tmp_path: Path):
    path = tmp_path / "spend.coopeval"
    create_workspace(path).close()
    insert_spend(path, LINES, MATCHES)
    with Workspace.open(path) as ws:
        yield ws


def test_years_split_by_what_is_known_of_each_supplier(ws):
    got = {y.year: y for y in share.spend_share(ws).years}
    y = got["2026-27"]
    assert (y.total_pence, y.democratic_pence, y.not_democratic_pence, y.awaiting_pence, y.unmatched_pence) == (
        1000_00, 50_00, 900_00, 30_00, 20_00)
    assert y.share == "5.0" and y.lines == 6
    old = got["2025-26"]
    assert (old.total_pence, old.democratic_pence, old.unmatched_pence, old.share) == (5_00, 10_00, -5_00, None)  # credits: no share


def test_latest_applied_decision_counts_and_replaced_ones_do_not(ws):
    models = {m[0]: m for m in share.spend_share(ws, year="2026-27").models}
    assert "employee-owned (trust)" in models and models["employee-owned (trust)"][1] is False
    assert models["worker co-operative"][2] == 50_00  # eot's replaced democratic decision is not used


def test_areas_and_models_for_the_year_asked(ws):
    result = share.spend_share(ws, year="2026-27")
    areas = {a.area: a for a in result.areas}
    assert set(areas) == {"Environment", "Housing"}
    assert (areas["Environment"].total_pence, areas["Environment"].share) == (950_00, "5.3")
    assert (areas["Housing"].unmatched_pence, areas["Housing"].democratic_pence) == (20_00, 0)
    labels = [m[0] for m in result.models]
    assert labels[0] == "investor-owned" and "awaiting review" in labels and "unmatched" in labels
    assert {m[0]: m[3] for m in result.models}["unmatched"] == "2.0"


def test_lines_counted_elsewhere_are_left_out_by_key(ws):
    with ws.reading() as session:
        rest = share.summarise(share.buckets(session, exclude_keys=["k1", "k3", "not-here"]))
        assert share.counted_elsewhere(session, ["k1", "k3", "not-here"]) == 2
    y = {y.year: y for y in rest.years}["2026-27"]
    assert (y.total_pence, y.democratic_pence, y.lines) == (58_00, 8_00, 4)


def test_a_workspace_without_spend_has_no_years(tmp_path):
    create_workspace(tmp_path / "empty.coopeval").close()
    with Workspace.open(tmp_path / "empty.coopeval") as ws:
        result = share.spend_share(ws)
    assert result.years == () and result.lines == 0
