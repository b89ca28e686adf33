"""Registers and matching as a careless or hostile user would try them (issue 20, review): names of only generic
words, evidence with nothing in it, a register of the wrong kind, one organisation twice in a register."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopeval.domain.errors import CoopEvalError, InvalidFileError
from coopeval.domain.names import is_distinctive, normalise_name
from coopeval.services.registers import imports, matching
from coopeval.services.workspace import Workspace
from tests.helpers.supplier_spend import REGISTERS, add_spend

HEAD = "Name,Number,Trading Name,Ownership model,Democratic,Status,Dissolved Date\n"


def register(tmp_path: Path, lines: str, name: str = "own.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEAD + lines, encoding="utf-8")
    return path


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return Workspace.create(tmp_path / "w.coopeval", actor="officer")


def state(ws: Workspace) -> dict[str, tuple[str, str]]:
    return {s.supplier_key: (s.status, s.applied.method if s.applied else "") for s in matching.suppliers(ws)}


@pytest.mark.parametrize(("name", "distinctive"), [
    ("Co-op", False), ("The Co-operative", False), ("Ltd", False), ("The Limited", False), ("Ltd.", False),
    ("Society", False), ("Co-operative Society Limited", False), ("...", False),
    ("The Co-operative Group Limited", True), ("Fernbrook Bread", True), ("A & T Ltd", True),
])
def test_a_name_of_only_generic_words_is_not_distinctive(name: str, distinctive: bool) -> None:
    assert is_distinctive(normalise_name(name)) is distinctive


def test_a_generic_name_waits_for_a_person_even_when_one_entry_has_it(ws: Workspace, tmp_path: Path) -> None:
    with ws:
        add_spend(ws, [("CO-OP", 1000), ("Ltd", 500), ("Ashcombe Print Workers Ltd", 200)])
        imports.import_register(ws, register(tmp_path, (
            "The Co-operative,,,consumer co-operative,,,\n"
            "Ltd,,,worker co-operative,,,\n"
            "Ashcombe Print Workers,,,worker co-operative,,,\n")), kind="custom")
        assert state(ws) == {"coop": ("awaiting-review", ""), "ltd": ("awaiting-review", ""),
                             "ashcombe print workers": ("democratic", "name")}


@pytest.mark.parametrize("nothing", ["", "   ", "\u200b", "-", "\u00a0\u00a0"])
def test_evidence_and_reasons_with_nothing_in_them_are_refused(ws: Workspace, tmp_path: Path, nothing: str) -> None:
    with ws:
        add_spend(ws, [("Fernbrook Bread", 1000)])
        imports.import_register(ws, register(tmp_path, "Someone Else Bakers,,,worker co-operative,,,\n"),
                                kind="custom")
        [entry] = matching.search_entries(ws, "Someone Else Bakers", limit=1)
        with pytest.raises(CoopEvalError, match="The evidence is required"):
            matching.set_by_hand(ws, "fernbrook bread", model="worker co-operative", democratic=True,
                                 evidence=nothing)
        with pytest.raises(CoopEvalError, match="The reason is required"):
            matching.pick_entry(ws, "fernbrook bread", entry.id, nothing)
        assert state(ws) == {"fernbrook bread": ("unmatched", "")}


def test_an_fca_file_given_as_co_operatives_uk_names_the_missing_columns(ws: Workspace) -> None:
    with ws, pytest.raises(InvalidFileError, match="no column for Registered Name, Ownership Classification"):
        imports.import_register(ws, REGISTERS / "fca-mutuals-sample.csv", kind="coops-uk")


def test_one_organisation_listed_twice_is_still_one(ws: Workspace, tmp_path: Path) -> None:
    with ws:
        add_spend(ws, [("Ashcombe Print Workers", 1000)])
        imports.import_register(ws, register(tmp_path, (
            "Ashcombe Print Workers,IP01234R,,worker co-operative,,,\n"
            "Ashcombe Print Workers Ltd,01234R,,worker co-operative,,,\n")), kind="custom")
        assert state(ws) == {"ashcombe print workers": ("democratic", "name")}


def test_a_register_of_no_usable_line_is_refused(ws: Workspace, tmp_path: Path) -> None:
    with ws, pytest.raises(InvalidFileError, match="no usable line"):
        imports.import_register(ws, register(tmp_path, ",,,,,,\nLtd,,,a model nobody knows,,,\n"), kind="custom")


CUK_HEAD = ("CUK Organisation ID,Registered Number,Registrar,Registered Name,Trading Name,Legal Form,Registered "
            "Postcode,UK Nation,Ownership Classification,Registered Status,Incorporation Date,Dissolved Date\n")


def test_an_organisation_rejected_is_not_proposed_again_from_another_register(ws: Workspace, tmp_path: Path) -> None:
    with ws:
        add_spend(ws, [("Hazel Bakers", 1000)])
        imports.import_register(ws, register(tmp_path, (
            "Hazel Bakers,IP01111R,,worker co-operative,,,\n"
            "Hazel Bakers,IP02222R,,worker co-operative,,,\n")), kind="custom")
        first = {v.entry.number: v for v in matching.supplier_history(ws, "hazel bakers") if v.entry}
        assert sorted(first) == ["IP01111R", "IP02222R"]
        matching.reject_candidate(ws, first["IP01111R"].id, "a different bakery")
        cuk = tmp_path / "cuk.csv"
        cuk.write_text(CUK_HEAD + "CUK-1,01111R,FCA,Hazel Bakers,,Registered Society,ZZ1 1AA,England,Worker-owned,"
                       "Registered,,\n", encoding="utf-8")
        imports.import_register(ws, cuk, kind="coops-uk")
        waiting = [v for v in matching.supplier_history(ws, "hazel bakers") if v.status in ("candidate", "applied")]
        assert [(v.entry.number if v.entry else "", v.status) for v in waiting] == [("IP02222R", "candidate")]
