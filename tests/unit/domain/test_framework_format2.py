"""Framework file format 2: every new key loads, a format-1 file may not use them, and each
cross-field rule of format 2 has its own clear error, all reported at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from coopeval.domain.errors import InvalidFileError
from coopeval.domain.framework_loader import load_framework
from tests.helpers.format2 import FORM_CHOICES, NPPS_A, NPPS_B, PPN_A, format2
from tests.helpers.frameworks import EXAMPLE, measure, write_variant


def problems_of(path: Path) -> list[str]:
    with pytest.raises(InvalidFileError) as caught:
        load_framework(path)
    return [str(p) for p in caught.value.problems]


def variant(tmp_path: Path, *edits: Any) -> Path:
    def edit(d: dict[str, Any]) -> None:
        format2(d)
        for e in edits:
            e(d)
    return write_variant(tmp_path, edit)


def test_a_format_2_file_with_every_new_key_loads(tmp_path):
    fw = load_framework(variant(tmp_path))
    assert fw.format == 2
    m = fw.measure("LOC-01")
    assert m.contract_clause.startswith("The supplier will keep")
    assert m.s52_kpi is True and m.s52_note.startswith("A count")
    assert m.ppn002 == (PPN_A,) and m.npps == (NPPS_A, NPPS_B)
    assert fw.measure("LOC-05").companion is True and fw.measure("LOC-05").s52_kpi is False
    assert fw.measure("LOC-02").companion is False and fw.measure("LOC-02").s52_kpi is None
    assert fw.measure_set("core").suits == ("services", "works")
    form, own, ch = fw.record_fields
    assert (form.role, form.evidence, form.democratic) == ("legal_form", True, ("registered society",))
    assert (own.kind, own.democratic) == ("choices", ("worker co-op",))
    assert (ch.role, ch.public_register, ch.kind) == ("register_id", "companies-house", "text")


def test_format_1_files_load_unchanged():
    fw = load_framework(EXAMPLE)
    assert fw.format == 1
    assert all(m.contract_clause == "" and m.s52_kpi is None and not m.companion for _, _, m in fw.measures())


@pytest.mark.parametrize(
    ("edit", "location", "key"),
    [
        (lambda d: measure(d, "LOC-01").update(contract_clause="x"), "LOC-01.contract_clause", "contract_clause"),
        (lambda d: measure(d, "LOC-01").update(s52_kpi=True), "LOC-01.s52_kpi", "s52_kpi"),
        (lambda d: measure(d, "LOC-01").update(s52_kpi=True, s52_note="x"), "LOC-01.s52_note", "s52_note"),
        (lambda d: measure(d, "LOC-01").update(companion=False), "LOC-01.companion", "companion"),
        (lambda d: measure(d, "LOC-01").update(ppn002=[PPN_A]), "LOC-01.ppn002", "ppn002"),
        (lambda d: measure(d, "LOC-01").update(npps=[NPPS_A]), "LOC-01.npps", "npps"),
        (lambda d: d["sets"][0].update(suits=["goods"]), "set core.suits", "suits"),
        (lambda d: d.update(record_fields=[{"code": "F", "title": "F", "kind": "text", "role": "other"}]),
         "record field F.role", "role"),
        (lambda d: d.update(record_fields=[{"code": "F", "title": "F", "kind": "text", "evidence": True}]),
         "record field F.evidence", "evidence"),
        (lambda d: d.update(record_fields=[{"code": "F", "title": "F", "kind": "choice", "choices": ["a"],
                                            "democratic": ["a"]}]), "record field F.democratic", "democratic"),
        (lambda d: d.update(record_fields=[{"code": "F", "title": "F", "kind": "text", "role": "register_id",
                                            "public_register": "charity"}]),
         "record field F.public_register", "public_register"),
    ],
)
def test_a_format_1_file_may_not_use_a_format_2_key(tmp_path, edit, location, key):
    found = problems_of(write_variant(tmp_path, edit))
    assert f"variant.toml: {location}: {key!r} is a format 2 key; put `format = 2` at the top of the file" in \
        "\n".join(found), found


def test_a_format_1_file_may_not_use_kind_choices(tmp_path):
    found = problems_of(write_variant(tmp_path, lambda d: d.update(
        record_fields=[{"code": "F", "title": "F", "kind": "choices", "choices": ["a", "b"]}])))
    [problem] = found
    assert problem.startswith("variant.toml: record field F.kind: kind 'choices' (several answers) is a format 2 "
                              "kind; put `format = 2` at the top of the file to use it")


def test_the_same_keys_load_once_the_file_says_format_2(tmp_path):
    def edit(d: dict[str, Any]) -> None:
        d["format"] = 2
        measure(d, "LOC-01").update(contract_clause="x", npps=[NPPS_A])
    assert load_framework(write_variant(tmp_path, edit)).measure("LOC-01").npps == (NPPS_A,)


def _field(d: dict[str, Any], code: str) -> dict[str, Any]:
    return next(f for f in d["record_fields"] if f["code"] == code)


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda d: _field(d, "F-OWN").pop("choices"), "record field F-OWN.choices: a choices field needs its choices"),
        (lambda d: _field(d, "F-FORM").update(choices=[]), "record field F-FORM.choices: a choice field needs its choices"),
        (lambda d: _field(d, "F-CH").update(choices=["x"]), "record field F-CH.choices: a text field takes no choices"),
        (lambda d: _field(d, "F-OWN").update(democratic=["worker co-op", "consumer co-op"]),
         "record field F-OWN.democratic: 'consumer co-op' is not among the field's choices"),
        (lambda d: _field(d, "F-CH").update(democratic=["x"]),
         "record field F-CH.democratic: a text field has no choices to count as democratic"),
        (lambda d: _field(d, "F-FORM").update(public_register="fca-mutuals"),
         "record field F-FORM.public_register: a public register belongs to a field with role 'register_id', "
         "not 'legal_form'"),
        (lambda d: _field(d, "F-CH").update(kind="choice", choices=["x"]),
         "record field F-CH.kind: a register_id field holds an identifier: kind 'text', not 'choice'"),
        (lambda d: _field(d, "F-CH").update(public_register="land-registry"),
         "record field F-CH.public_register: unknown public register 'land-registry'"),
        (lambda d: _field(d, "F-CH").update(role="owner"), "record field F-CH.role: unknown record field role 'owner'"),
        (lambda d: d["sets"][0]["measures"].append("LOC-05"),
         "set core.measures: mixes quality companions (LOC-05) with scored measures; companions go in a set of "
         "their own"),
        (lambda d: measure(d, "LOC-02").update(s52_note="Why not."),
         "LOC-02.s52_note: an s52_note explains s52_kpi; say s52_kpi = true or false too"),
        (lambda d: measure(d, "LOC-01").update(ppn002=[PPN_A, PPN_A]), f"LOC-01.ppn002: lists {PPN_A!r} more than once"),
        (lambda d: measure(d, "LOC-01").update(npps=[NPPS_B, NPPS_A, NPPS_B]),
         f"LOC-01.npps: lists {NPPS_B!r} more than once"),
        (lambda d: d["sets"][0].update(suits=["goods", "goods"]), "set core.suits: lists 'goods' more than once"),
        (lambda d: d["sets"][0].update(suits=["buildings"]), "set core.suits[0]: unknown contract kind 'buildings'"),
        (lambda d: _field(d, "F-FORM").update(choices=[*FORM_CHOICES, "other"]),
         "record field F-FORM.choices: lists 'other' more than once (ignoring case)"),
        (lambda d: measure(d, "LOC-01").update(ppn002=["jobz"]), "LOC-01.ppn002[0]: unknown PPN 002 outcome 'jobz'"),
        (lambda d: measure(d, "LOC-01").update(npps=["jobz"]), "LOC-01.npps[0]: unknown NPPS priority 'jobz'"),
    ],
)
def test_each_format_2_rule_has_its_error(tmp_path, edit, expected):
    found = problems_of(variant(tmp_path, edit))
    assert any(p.startswith(f"variant.toml: {expected}") for p in found), found


def test_a_set_of_only_companions_is_fine_and_every_problem_comes_at_once(tmp_path):
    def edits(d: dict[str, Any]) -> None:
        _field(d, "F-OWN")["democratic"] = ["nobody"]
        _field(d, "F-FORM")["public_register"] = "charity"
        measure(d, "LOC-02")["s52_note"] = "x"
        d["sets"][0]["measures"].append("LOC-05")
    found = problems_of(variant(tmp_path, edits))
    assert len(found) == 4, found
    assert not any("quality-companions" in p for p in found)


def test_an_unknown_format_names_the_formats_this_app_reads(tmp_path):
    found = problems_of(variant(tmp_path, lambda d: d.update(format=3)))
    assert found == ["variant.toml: format: unknown format version 3; this version of CoopEval reads format 1 and 2"]


def test_the_format_page_lists_every_identifier_a_format_2_file_may_use():
    from coopeval.domain.framework import RECORD_ROLES, REGISTERS
    from coopeval.domain.framework_rules import FORMAT2_MEASURE_KEYS, FORMAT2_RECORD_KEYS, FORMAT2_SET_KEYS
    from coopeval.domain.vocab import CONTRACT_KINDS, NPPS_PRIORITIES, PPN002_OUTCOMES

    page = (Path(__file__).resolve().parents[3] / "docs" / "framework-format.md").read_text(encoding="utf-8")
    for ident in [*PPN002_OUTCOMES, *NPPS_PRIORITIES, *CONTRACT_KINDS, *RECORD_ROLES, *REGISTERS,
                  *FORMAT2_MEASURE_KEYS, *FORMAT2_RECORD_KEYS, *FORMAT2_SET_KEYS]:
        assert f"`{ident}`" in page, ident
