"""Matching suppliers to the registers (services/registers/matching.py): only an equal number, or an equal name
of exactly one live organisation, applies by itself; everything else waits for a person; a rejected candidate never
comes back; every decision is audited with who made it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from coopeval.domain.errors import CoopEvalError
from coopeval.domain.identity import Actor
from coopeval.services.identity.guard import NotPermittedError
from coopeval.services.registers import imports, matching
from coopeval.services.registers.views import MatchView
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AuditEventRow
from tests.helpers.supplier_spend import REGISTERS, add_spend

HEAD = "Name,Number,Trading Name,Ownership model,Democratic,Status,Dissolved Date\n"


def register(tmp_path: Path, lines: str, name: str = "own.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEAD + lines, encoding="utf-8")
    return path


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return Workspace.create(tmp_path / "w.coopeval", actor="officer")


def status_of(ws: Workspace) -> dict[str, tuple[str, str]]:
    return {s.supplier_key: (s.status, s.applied.method if s.applied else "") for s in matching.suppliers(ws)}


def candidates(ws: Workspace, key: str) -> list[MatchView]:
    return [v for v in matching.supplier_history(ws, key) if v.status == "candidate"]


def test_an_equal_company_number_applies_whatever_the_name(ws: Workspace, tmp_path: Path) -> None:
    with ws:
        add_spend(ws, [("ACME SERVICES", 1000, "1234567")])
        imports.import_register(ws, register(tmp_path, "Ashcombe Print Workers,01234567,,worker co-operative,,,\n"),
                                kind="custom")
        assert status_of(ws) == {"acme services": ("democratic", "number")}


def test_an_fca_number_with_or_without_ip_is_one_society(ws: Workspace) -> None:
    with ws:
        add_spend(ws, [("Fernbrook", 1000, "IP31010R")])
        imports.import_register(ws, REGISTERS / "fca-mutuals-sample.csv", kind="fca-mutuals")
        history = matching.supplier_history(ws, "fernbrook")
    assert [(v.method, v.status, v.entry.number if v.entry else "") for v in history] == [
        ("number", "applied", "31010R")]


def test_an_equal_name_of_one_live_organisation_applies(ws: Workspace, tmp_path: Path) -> None:
    with ws:
        add_spend(ws, [("The Ashcombe Print Workers Ltd", 1000), ("Ashcombe Print", 500)])
        imports.import_register(ws, register(tmp_path, "Ashcombe Print Workers,,Ashcombe Print,worker co-operative,,,\n"),
                                kind="custom")
        assert status_of(ws) == {"ashcombe print workers": ("democratic", "name"),
                                 "ashcombe print": ("democratic", "name")}


def test_one_organisation_on_two_registers_is_still_one(ws: Workspace) -> None:
    with ws:
        add_spend(ws, [("Hazelbank Credit Union", 1000)])
        imports.import_register(ws, REGISTERS / "coops-uk-sample.csv", kind="coops-uk")
        imports.import_register(ws, REGISTERS / "fca-mutuals-sample.csv", kind="fca-mutuals")
        (applied,) = matching.supplier_history(ws, "hazelbank credit union")
    assert (applied.status, applied.method) == ("applied", "name")
    assert applied.entry is not None and applied.entry.kind == "coops-uk"  # found when that register came in


def test_two_organisations_with_the_name_wait_for_a_person(ws: Workspace, tmp_path: Path) -> None:
    with ws:
        add_spend(ws, [("Greenway Co-op", 1000)])
        imports.import_register(ws, register(tmp_path, "Greenway Co-operative Ltd,00000011,,worker co-operative,,,\n"
                                                       "Greenway Coop,00000012,,consumer co-operative,,,\n"),
                                kind="custom")
        assert status_of(ws) == {"greenway coop": ("awaiting-review", "")}
        assert sorted(c.entry.number for c in candidates(ws, "greenway coop") if c.entry) == ["00000011", "00000012"]


def test_a_dissolved_entry_is_never_applied_by_itself(ws: Workspace) -> None:
    with ws:
        add_spend(ws, [("Old Quarry Dairy Co-op", 1000), ("Northgate Couriers", 800, "7100009")])
        imports.import_register(ws, REGISTERS / "coops-uk-sample.csv", kind="coops-uk")
        assert status_of(ws) == {"old quarry dairy coop": ("awaiting-review", ""),
                                 "northgate couriers": ("awaiting-review", "")}
        (dairy,) = candidates(ws, "old quarry dairy coop")
        assert dairy.entry is not None and not dairy.entry.live and dairy.entry.dissolved_on == "2021-12-31"
        assert [c.method for c in candidates(ws, "northgate couriers")] == ["number"]


def test_close_names_are_candidates_with_their_score(ws: Workspace) -> None:
    with ws:
        add_spend(ws, [("Marshgate Community Energy", 5000), ("Cafe Lumiere", 300), ("Zebedee Plumbing", 200)])
        imports.import_register(ws, REGISTERS / "coops-uk-sample.csv", kind="coops-uk")
        queue = matching.review_queue(ws)
    assert [item.supplier_key for item in queue] == ["marshgate community energy", "cafe lumiere"]  # largest first
    marsh = queue[0].candidates[0]
    assert (marsh.method, marsh.status, marsh.entry.name if marsh.entry else "") == (
        "fuzzy", "candidate", "Marshgate Community Energy Society Limited")
    assert marsh.score == 100  # the same once "Society" is left out: close, but only a person may apply it
    assert queue[1].candidates[0].entry is not None
    assert queue[1].candidates[0].entry.name == "Café Lumière Co-op Ltd"  # accents do not hide a close name
    assert queue[0].spend_pence == 5000 and queue[0].lines == 1


def test_a_word_every_entry_shares_finds_no_candidates_by_itself(ws: Workspace, tmp_path: Path) -> None:
    lines = "".join(f"Town{i} Housing Co-operative,,,consumer co-operative,,,\n" for i in range(40))
    with ws:
        add_spend(ws, [("Housing Coop Services", 1000)])
        imports.import_register(ws, register(tmp_path, lines), kind="custom")
        assert status_of(ws) == {"housing coop services": ("unmatched", "")}


def test_accepting_applies_and_rejects_the_other_candidates(ws: Workspace, tmp_path: Path) -> None:
    with ws:
        add_spend(ws, [("Greenway Co-op", 1000)])
        imports.import_register(ws, register(tmp_path, "Greenway Co-operative Ltd,00000011,,worker co-operative,,,\n"
                                                       "Greenway Coop,00000012,,consumer co-operative,,,\n"),
                                kind="custom")
        first, second = candidates(ws, "greenway coop")
        view, _ = matching.accept_candidate(ws, second.id, "Their rules name the customers as members.")
        assert (view.status, view.method, view.evidence, view.made_by) == (
            "applied", "name", "Their rules name the customers as members.", "Test Runner")
        statuses = {v.id: v.status for v in matching.supplier_history(ws, "greenway coop")}
        assert statuses == {first.id: "rejected", second.id: "applied"}
        assert status_of(ws) == {"greenway coop": ("democratic", "name")}
        with pytest.raises(CoopEvalError, match="is rejected, not a candidate"):
            matching.accept_candidate(ws, first.id)
        with ws.reading() as s:
            assert audit.verify(s).ok


def test_a_rejected_candidate_is_never_proposed_again_even_from_a_new_import(ws: Workspace, tmp_path: Path) -> None:
    with ws:
        add_spend(ws, [("Marshgate Community Energy", 5000)])
        imports.import_register(ws, REGISTERS / "coops-uk-sample.csv", kind="coops-uk")
        (marsh,) = candidates(ws, "marshgate community energy")
        matching.reject_candidate(ws, marsh.id, "A different Marshgate.")
        newer = tmp_path / "cuk-newer.csv"
        newer.write_bytes((REGISTERS / "coops-uk-sample.csv").read_bytes().replace(b"Hazelbank", b"Hazelbrook"))
        imports.import_register(ws, newer, kind="coops-uk")
        add_spend(ws, [("Marshgate Community Energy", 700)], name="more.csv")
        with ws.writing() as s:
            matching.match_suppliers(ws, s)
        history = matching.supplier_history(ws, "marshgate community energy")
    assert [(v.status, v.evidence) for v in history] == [("rejected", "A different Marshgate.")]
    assert status_of(ws) == {"marshgate community energy": ("unmatched", "")}


def test_candidates_of_a_replaced_register_are_proposed_again_from_the_new_one(ws: Workspace, tmp_path: Path) -> None:
    with ws:
        add_spend(ws, [("Marshgate Community Energy", 5000)])
        imports.import_register(ws, REGISTERS / "coops-uk-sample.csv", kind="coops-uk")
        (old,) = candidates(ws, "marshgate community energy")
        newer = tmp_path / "cuk-newer.csv"
        newer.write_bytes((REGISTERS / "coops-uk-sample.csv").read_bytes().replace(b"Hazelbank", b"Hazelbrook"))
        imports.import_register(ws, newer, kind="coops-uk")
        history = matching.supplier_history(ws, "marshgate community energy")
        with ws.reading() as s:
            assert audit.verify(s).ok  # the Core update of the old candidate has its event
    assert [(v.id, v.status) for v in history][0] == (old.id, "replaced")
    assert [v.status for v in history][1:] == ["candidate"]
    assert history[1].entry is not None and history[1].entry.id != (old.entry.id if old.entry else None)


def test_matching_again_adds_nothing_twice(ws: Workspace) -> None:
    with ws:
        add_spend(ws, [("Marshgate Community Energy", 5000), ("Fernbrook Bread", 10)])
        imports.import_register(ws, REGISTERS / "coops-uk-sample.csv", kind="coops-uk")
        with ws.writing() as s:
            again = matching.match_suppliers(ws, s)
        assert (again.matched, again.candidates) == (0, 0)
        assert len(matching.supplier_history(ws, "marshgate community energy")) == 1


def test_picking_another_entry_applies_it_and_replaces_what_applied(ws: Workspace) -> None:
    with ws:
        add_spend(ws, [("Fernbrook Bread", 1000)])
        imports.import_register(ws, REGISTERS / "coops-uk-sample.csv", kind="coops-uk")
        (auto,) = matching.supplier_history(ws, "fernbrook bread")
        (entry, *_) = matching.search_entries(ws, "Riverside Housing")
        assert entry.name == "Riverside Housing Co-operative Limited"
        with pytest.raises(CoopEvalError, match="The reason is required"):
            matching.pick_entry(ws, "fernbrook bread", entry.id, "  ")
        picked, _ = matching.pick_entry(ws, "fernbrook bread", entry.id, "Invoices show Riverside's account.")
        history = matching.supplier_history(ws, "fernbrook bread")
    assert [(v.id, v.method, v.status) for v in history] == [(auto.id, "name", "replaced"),
                                                             (picked.id, "picked", "applied")]
    assert picked.model == "consumer co-operative" and picked.democratic


def test_setting_by_hand_needs_evidence_and_a_framework_model(ws: Workspace) -> None:
    with ws:
        add_spend(ws, [("Tillhouse Engineering", 1000)])
        with pytest.raises(CoopEvalError, match="The evidence is required"):
            matching.set_by_hand(ws, "tillhouse engineering", model="employee-owned (direct)", democratic=True,
                                 evidence="")
        with pytest.raises(CoopEvalError, match="is not one of"):
            matching.set_by_hand(ws, "tillhouse engineering", model="co-op", democratic=True, evidence="x")
        with pytest.raises(CoopEvalError, match="no supplier"):
            matching.set_by_hand(ws, "nobody at all", model="other", democratic=True, evidence="x")
        view, _ = matching.set_by_hand(ws, "tillhouse engineering", model="Employee-owned (direct)",
                                       democratic=True, evidence="Share register: employees hold 62%.")
        assert (view.method, view.status, view.model, view.entry, view.supplier_name) == (
            "hand", "applied", "employee-owned (direct)", None, "Tillhouse Engineering")
        assert status_of(ws) == {"tillhouse engineering": ("democratic", "hand")}
        imports.import_register(ws, REGISTERS / "coops-uk-sample.csv", kind="coops-uk")
        assert len(matching.supplier_history(ws, "tillhouse engineering")) == 1  # a decision is not re-matched


def test_a_not_democratic_match_is_not_counted_as_a_coop(ws: Workspace) -> None:
    with ws:
        add_spend(ws, [("Tillhouse EO", 1000)])
        imports.import_register(ws, REGISTERS / "coops-uk-sample.csv", kind="coops-uk")
        (s,) = matching.suppliers(ws)
    assert (s.status, s.model) == ("not-democratic", "employee-owned (trust)")


def test_suppliers_filter_by_status_and_search_and_page(ws: Workspace) -> None:
    with ws:
        add_spend(ws, [("Fernbrook Bread", 3000), ("Zebedee Plumbing", 2000), ("Marshgate Community Energy", 1000),
                       ("Zebedee Plumbing", 500)])
        imports.import_register(ws, REGISTERS / "coops-uk-sample.csv", kind="coops-uk")
        assert [s.supplier_key for s in matching.suppliers(ws, status="unmatched")] == ["zebedee plumbing"]
        assert matching.suppliers(ws, status="unmatched")[0].lines == 2
        assert [s.supplier_key for s in matching.suppliers(ws, search="MARSH")] == ["marshgate community energy"]
        assert [s.supplier_key for s in matching.suppliers(ws, limit=1, offset=1)] == ["zebedee plumbing"]
        with pytest.raises(CoopEvalError, match="Unknown supplier status"):
            matching.suppliers(ws, status="co-op")


def test_decisions_need_the_spend_permission(ws: Workspace) -> None:
    with ws:
        add_spend(ws, [("Marshgate Community Energy", 5000)])
        imports.import_register(ws, REGISTERS / "coops-uk-sample.csv", kind="coops-uk")
        (marsh,) = candidates(ws, "marshgate community energy")
        ws.person = Actor(7, "Pat Viewer", frozenset())
        with pytest.raises(NotPermittedError):
            matching.accept_candidate(ws, marsh.id)
        with pytest.raises(NotPermittedError):
            matching.set_by_hand(ws, "marshgate community energy", model="other", democratic=True, evidence="x")
        assert matching.review_queue(ws)  # reading needs no sign-in


def test_every_automatic_decision_has_an_audit_event_saying_why(ws: Workspace) -> None:
    with ws:
        add_spend(ws, [("Fernbrook Bread", 1000), ("Marshgate Community Energy", 5000)])
        imports.import_register(ws, REGISTERS / "coops-uk-sample.csv", kind="coops-uk")
        with ws.reading() as s:
            notes = sorted(s.exec(select(AuditEventRow.note).where(AuditEventRow.entity == "supplier_match")).all())
            assert audit.verify(s).ok
    assert notes == ["matched automatically: the name is that of exactly one live organisation on the registers",
                     "proposed for review"]
