"""The portfolio given what a careless or hostile user gives it (issue 20, review): spend netted below zero by
credits, awards of no value, the same file through a symbolic link, a baseline year with nothing in it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coopeval.cli import main
from coopeval.domain.portfolio import award_headline, part_share, share, spend_headline
from coopeval.services.portfolio.build import build_portfolio
from coopeval.services.portfolio.documents import headlines
from coopeval.services.spend import share as spend_share
from coopeval.services.workspace import Workspace
from tests.helpers.awarded import awarded_tender
from tests.helpers.workspaces import create_workspace
from tests.unit.services.test_spend_share import insert_spend

# 2026-27: a co-operative paid £100 while a big credit from another supplier makes the year net to -£50;
# 2025-26: a co-operative paid £10, another supplier credited £5: the year nets to £5, less than the co-op's £10.
LINES = [
    ("n1", "2026-05-01", "2026-27", "greenways", 100_00, "Parks"),
    ("n2", "2026-05-02", "2026-27", "bigco", -150_00, "Parks"),
    ("n3", "2025-05-01", "2025-26", "greenways", 10_00, "Parks"),
    ("n4", "2025-05-02", "2025-26", "bigco", -5_00, "Parks"),
]
MATCHES = [("greenways", "applied", True, "worker co-operative"), ("bigco", "applied", False, "investor-owned")]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "credits.coopeval"
    create_workspace(path).close()
    insert_spend(path, LINES, MATCHES)
    return path


def test_shares_of_nothing_or_of_a_net_refund_are_none_not_nonsense() -> None:
    assert share(5, 0) is None and share(5, -10) is None and share(-5, -10) is None
    assert part_share(10, 5) is None and part_share(-1, 5) is None and part_share(5, 10) == "50.0"


def test_a_year_netting_below_zero_or_below_its_co_op_spend_has_no_share(path: Path) -> None:
    with Workspace.open(path, read_only=True) as ws:
        years = {y.year: y for y in spend_share.spend_share(ws).years}
        view = build_portfolio(ws, year="2026-27", baseline="2025-26")
    assert (years["2026-27"].total_pence, years["2026-27"].share) == (-50_00, None)
    assert (years["2025-26"].total_pence, years["2025-26"].share) == (5_00, None)
    assert all(m.share is None or 0 <= float(m.share) <= 100 for m in view.spend_models)
    assert all(a.share is None for a in view.spend_areas)
    assert all(t.spend_change is None for t in view.trend)
    [spend, _] = headlines(view)[:2]
    assert spend == ("In 2026-27, the council's spend nets to -£50: its credits exceed its payments, so no share "
                     "can be given.")
    assert "%" not in spend_headline("2025-26", 5_00, 10_00, 0)


def test_awards_of_no_value_do_not_print_none_percent() -> None:
    text = award_headline("2026-27", 2, 0, 0, 1, 1)
    assert "None" not in text and text.startswith("In 2026-27, 2 tenders were awarded with no value recorded")


def test_the_same_workspace_through_a_symbolic_link_is_read_once(path: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.coopeval"
    link.symlink_to(path)
    view = build_portfolio(None, [path, link])
    assert view.workspaces == ("credits.coopeval",)
    assert "link.coopeval was given twice; it is read once." in view.notes


def test_a_baseline_year_with_nothing_in_it_is_a_note(path: Path) -> None:
    view = build_portfolio(None, [path], baseline="2019-20")
    assert any("baseline year 2019-20" in n for n in view.notes)


def test_the_cli_fails_when_the_only_file_given_twice_through_a_link_cannot_be_read(tmp_path: Path,
                                                                                     capsys: pytest.CaptureFixture[str]
                                                                                     ) -> None:
    junk = tmp_path / "junk.coopeval"
    junk.write_text("not a workspace", encoding="utf-8")
    link = tmp_path / "link.coopeval"
    link.symlink_to(junk)
    assert main(["portfolio", str(junk), str(link)]) != 0


def test_a_workspace_from_before_spend_is_read_for_its_tenders_without_spend(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    ws, _, _ = awarded_tender(tmp_path, factory=tmp_path_factory)
    ws.close()
    old = tmp_path / "awarded.coopeval"
    con = sqlite3.connect(old)
    with con:  # as migration 0007 left it: no spend or register tables
        for table in ("supplier_match", "register_entry", "register_import", "spend_line", "spend_import",
                      "spend_mapping"):
            con.execute(f"DROP TABLE {table}")
        con.execute("UPDATE alembic_version SET version_num = '0007'")
    con.close()
    before = old.read_bytes()
    view = build_portfolio(None, [old])
    assert [t.reference for t in view.tenders] == ["T1"] and view.spend_years == ()
    assert not any("not read" in n or "could not be read" in n for n in view.notes), view.notes
    assert old.read_bytes() == before  # read only: not migrated


def test_the_cli_replaces_an_existing_out_only_when_asked_and_never_a_workspace(
        path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    existing = tmp_path / "portfolio.xlsx"
    existing.write_bytes(b"the officer's own spreadsheet")
    assert main(["portfolio", str(path), "--out", str(existing)]) != 0
    assert existing.read_bytes() == b"the officer's own spreadsheet"
    assert "already exists" in capsys.readouterr().err
    assert main(["portfolio", str(path), "--out", str(existing), "--overwrite"]) == 0
    assert existing.read_bytes()[:2] == b"PK"
    disguised = tmp_path / "copy.pdf"
    disguised.write_bytes(path.read_bytes())  # a workspace given a .pdf name
    assert main(["portfolio", str(path), "--out", str(disguised), "--overwrite"]) != 0
    assert disguised.read_bytes() == path.read_bytes()
