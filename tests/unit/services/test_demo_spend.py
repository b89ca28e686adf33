"""The demo's council spend and co-operative register (issue 20): made-up files that the generator reproduces, and a
demo workspace where some suppliers are matched by number or name, one fuzzy candidate was accepted, one supplier
was set by hand, three candidates wait for review, the rest are unmatched, and the co-operative share is not zero."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from coopeval.domain.names import normalise_name
from coopeval.paths import resources_dir
from coopeval.services import demo
from coopeval.services.portfolio.build import build_portfolio
from coopeval.services.registers import matching
from coopeval.services.registers.imports import list_register_imports
from coopeval.services.registers.views import SupplierView
from coopeval.services.spend.imports import list_spend_imports
from coopeval.services.workspace import Workspace
from tests.helpers import spend_data
from tests.helpers.reports import demo_copy

OFFICER = "Tom Ashworth"
WAITING = {"Northfield Print Workers", "Sunrise Nursery Co-op", "Wheatsheaf Bakers Co-op"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_copy(tmp_path_factory, tmp_path_factory.mktemp("demo-spend") / "demo.coopeval")


@pytest.fixture
def ws(built: Path):
    with Workspace.open(built, read_only=True) as workspace:
        yield workspace


def _supplier(ws: Workspace, name: str) -> SupplierView:
    found = [s for s in matching.suppliers(ws, search=name, limit=1000) if s.supplier_name == name]
    assert len(found) == 1, name
    return found[0]


def _lines(path: Path) -> int:
    return len(path.read_bytes().splitlines()) - 1


# --- the files ----------------------------------------------------------------------------------------------------

def test_committed_files_are_what_the_generator_writes(tmp_path: Path):
    written = spend_data.write_demo(tmp_path)
    assert [p.name for p in written] == [*demo.SPEND_FILES, demo.REGISTER_FILE]
    for path in written:
        assert (resources_dir() / "demo" / path.name).read_bytes() == path.read_bytes(), path.name


def test_register_is_latin1_in_the_cooperatives_uk_layout():
    data = (resources_dir() / "demo" / demo.REGISTER_FILE).read_bytes()
    assert "Café".encode("latin-1") in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert data.decode("latin-1").splitlines()[0].split(",") == list(spend_data.REGISTER_HEADER)


def test_spend_files_cover_two_years_with_credits_and_split_transactions():
    folder = resources_dir() / "demo"
    lines = [line.split(",") for name in demo.SPEND_FILES for line in (folder / name).read_text().splitlines()[1:]]
    assert 300 <= len(lines) <= 700
    assert {line[2][-4:] for line in lines} == {"2025", "2026"}
    assert sum(line[4].startswith("-") for line in lines) >= 5
    transactions = [line[3] for line in lines]
    assert len(set(transactions)) < len(transactions)
    assert spend_data.DEMO_WINNER in {line[5] for line in lines}


# --- the demo workspace -------------------------------------------------------------------------------------------

def test_demo_holds_both_years_of_spend_and_the_register(ws):
    imports = list_spend_imports(ws)
    assert sorted(i.file_name for i in imports) == sorted(demo.SPEND_FILES)
    folder = resources_dir() / "demo"
    assert sum(i.lines_added for i in imports) == sum(_lines(folder / name) for name in demo.SPEND_FILES)
    assert {i.imported_by for i in imports} == {OFFICER}
    registers = list_register_imports(ws)
    assert [(r.kind, r.entries, r.current) for r in registers] == [("coops-uk", _lines(folder / demo.REGISTER_FILE),
                                                                     True)]


def test_the_awarded_bidder_is_matched_by_its_society_number(ws):
    parks = next(s for s in demo.load_demo_data() if s["tender"]["reference"] == "EVC-2025-009")
    winner = next(b for b in parks["bids"] if b["key"] == parks["award"]["bid"])
    supplier = _supplier(ws, winner["legal_name"])
    assert supplier.supplier_key == normalise_name(winner["legal_name"])
    assert (supplier.status, supplier.applied.method, supplier.applied.entry.number) == ("democratic", "number",
                                                                                         "30544R")


def test_suppliers_are_matched_by_number_by_name_and_one_accepted_by_the_officer(ws):
    methods = {s.applied.method for s in matching.suppliers(ws, limit=1000) if s.applied is not None}
    assert {"number", "name", "fuzzy", "hand"} <= methods
    assert _supplier(ws, "The Bike Kitchen").applied.entry.trading_name == "Bike Kitchen"
    accepted = _supplier(ws, demo.ACCEPTED_SUPPLIER)
    assert (accepted.status, accepted.applied.method, accepted.applied.made_by) == ("democratic", "fuzzy", OFFICER)


def test_the_employee_owned_trust_is_set_by_hand_as_not_democratic(ws):
    hand = _supplier(ws, demo.HAND_SUPPLIER)
    assert hand.status == "not-democratic"
    assert (hand.applied.method, hand.applied.model, hand.applied.democratic) == ("hand", "employee-owned (trust)",
                                                                                  False)
    assert "Trustees" in hand.applied.evidence and hand.applied.made_by == OFFICER


def test_three_candidates_wait_for_review_and_most_suppliers_are_unmatched(ws):
    queue = matching.review_queue(ws)
    assert {item.supplier_name for item in queue} == WAITING
    assert all(item.candidates and item.spend_pence > 0 for item in queue)
    unmatched = matching.suppliers(ws, status="unmatched", limit=1000)
    assert len(unmatched) >= 20
    assert "Vale Grounds Services Limited" in {s.supplier_name for s in unmatched}


def test_portfolio_shows_a_co_operative_share_of_spend_each_year(ws):
    view = build_portfolio(ws)
    years = {y.year: y for y in view.spend_years}
    assert set(years) == {"2025-26", "2026-27"}
    for year in years.values():
        assert year.share is not None and Decimal(year.share) > 0
        assert year.democratic_pence > 0 and year.not_democratic_pence > 0
        assert year.awaiting_pence > 0 and year.unmatched_pence > 0
        assert year.democratic_pence + year.not_democratic_pence + year.awaiting_pence + year.unmatched_pence \
            == year.total_pence
