"""Welsh text in frameworks (issue 22): `_cy` fields load, are shown in the current language, are validated like
their English, and a framework may be partly Welsh (its coverage says how much)."""

from __future__ import annotations

import copy
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from coopeval import i18n
from coopeval.domain.errors import InvalidFileError
from coopeval.domain.framework import snapshot
from coopeval.domain.framework_loader import load_framework, parse_framework
from tests.helpers.catalogues import welsh_gettext
from tests.helpers.frameworks import example_data, measure, write_variant


def welsh_measure(data: dict[str, Any], code: str) -> None:
    """Give measure `code` the Welsh of every English text it has."""
    m = measure(data, code)
    for key, value in list(m.items()):
        if isinstance(value, str) and key not in ("code", "type", "method", "direction", "toms_theme") \
                and any(c.isalpha() for c in value):
            m[f"{key}_cy"] = f"CY {value}"
    if "anchors" in m:
        for key in ("low", "middle", "high"):
            m["anchors"][f"{key}_cy"] = f"CY {m['anchors'][key]}"


def partly_welsh(d: dict[str, Any]) -> None:
    d["framework"]["name_cy"] = "Mesurau lleol Bro Elmbridge (enghraifft ddychmygol)"
    for code in ("LOC-01", "LOC-04"):
        welsh_measure(d, code)
    measure(d, "LOC-02")["title_cy"] = "Wythnosau hyfforddi i drigolion y Fro"  # its title only: not in Welsh yet


def problems_of(path: Path) -> list[str]:
    with pytest.raises(InvalidFileError) as caught:
        load_framework(path)
    return [re.sub(r" \(\w+ \d+\)$", "", str(p)) for p in caught.value.problems]  # without "(line N)"


def test_welsh_fields_load_and_follow_the_current_language(tmp_path):
    fw = load_framework(write_variant(tmp_path, partly_welsh))
    m = fw.measure("LOC-01")
    assert m.local("title") == "New jobs on the contract filled by Vale residents"
    assert m.other("title") == "CY New jobs on the contract filled by Vale residents"
    with i18n.language("cy"):
        assert m.local("title") == "CY New jobs on the contract filled by Vale residents"
        assert m.other("title") == "New jobs on the contract filled by Vale residents"
        anchors = fw.measure("LOC-04").anchors
        assert m.anchors is None and anchors is not None
        assert anchors.local("low").startswith("CY General statements")
        assert fw.measure("LOC-03").local("title") == "Volunteering hours for Vale community groups"  # no Welsh
        assert fw.measure("LOC-03").other("title") is None
        assert fw.info.local("name").startswith("Mesurau lleol")


def test_coverage_counts_measures_whose_every_text_has_welsh(tmp_path):
    plain = load_framework(write_variant(tmp_path, lambda d: None, "plain.toml")).welsh_coverage()
    assert (plain.measures, plain.measures_welsh, plain.any_welsh, plain.complete) == (5, 0, False, False)
    fw = load_framework(write_variant(tmp_path, partly_welsh))
    coverage = fw.welsh_coverage()
    assert (coverage.measures, coverage.measures_welsh, coverage.any_welsh) == (5, 2, True)
    assert "title" not in fw.measure("LOC-02").welsh_missing()
    assert "description" in fw.measure("LOC-02").welsh_missing()
    assert fw.measure("LOC-04").welsh_missing() == []


def test_a_unit_without_letters_needs_no_welsh(tmp_path):
    def edit(d: dict[str, Any]) -> None:
        measure(d, "LOC-01")["unit"] = "%"
        welsh_measure(d, "LOC-01")
    fw = load_framework(write_variant(tmp_path, edit))
    assert fw.measure("LOC-01").unit_cy == ""
    assert fw.measure("LOC-01").welsh_missing() == []


def test_a_wholly_welsh_framework_is_complete(tmp_path):
    def edit(d: dict[str, Any]) -> None:
        d["framework"]["name_cy"] = "Enw"
        d["framework"]["description_cy"] = "Disgrifiad"
        for key in ("attribution",):
            if d["framework"].get(key):
                d["framework"][f"{key}_cy"] = "Priodoliad"
        for theme in d["themes"]:
            theme["name_cy"] = "Thema"
            if theme.get("statement"):
                theme["statement_cy"] = "Datganiad"
            for outcome in theme["outcomes"]:
                outcome["name_cy"] = "Canlyniad"
                if outcome.get("statement"):
                    outcome["statement_cy"] = "Datganiad"
                for m in outcome["measures"]:
                    welsh_measure(d, m["code"])
        for s in d.get("sets", []):
            s["description_cy"] = "Disgrifiad"
    coverage = load_framework(write_variant(tmp_path, edit)).welsh_coverage()
    assert coverage.complete and coverage.measures_welsh == coverage.measures == 5


def test_snapshot_adds_no_welsh_keys_when_there_is_no_welsh(tmp_path):
    plain = load_framework(write_variant(tmp_path, lambda d: None, "plain.toml"))
    assert not [k for k in str(snapshot(plain)).split("'") if k.endswith("_cy")]
    fw = load_framework(write_variant(tmp_path, partly_welsh))
    data = snapshot(fw)
    first = data["themes"][0]["outcomes"][0]["measures"][0]  # type: ignore[index]
    assert first["title_cy"].startswith("CY ") and "kpi_cy" in first
    assert "title_cy" not in data["themes"][1]["outcomes"][0]["measures"][0]  # type: ignore[index]


def test_welsh_without_its_english_is_refused(tmp_path):
    def edit(d: dict[str, Any]) -> None:
        m = measure(d, "LOC-03")
        m["overlap_cy"] = "Gorgyffwrdd"  # LOC-03 has no overlap
        m["kpi"] = " "
        m["kpi_cy"] = "DPA"
        d["sets"][0]["description_cy"] = "Y pum mesur"  # fine: the set has a description
    found = problems_of(write_variant(tmp_path, edit))
    assert ("variant.toml: LOC-03.overlap_cy: overlap_cy is the Welsh of overlap, which is missing or empty; "
            "give the English too") in "\n".join(found)
    assert any("LOC-03.kpi_cy: kpi_cy is the Welsh of kpi" in p for p in found)
    assert not any("description_cy" in p for p in found)


def test_an_unknown_welsh_field_is_refused(tmp_path):
    found = problems_of(write_variant(tmp_path, lambda d: measure(d, "LOC-01").update(code_cy="LOC-01")))
    assert any("LOC-01.code_cy: unknown field 'code_cy'" in p for p in found)


def test_welsh_text_is_held_to_its_english_rules(tmp_path):
    def edit(d: dict[str, Any]) -> None:
        m = measure(d, "LOC-01")
        m["title_cy"] = "Swyddi\nnewydd"  # a title is one line
        m["description_cy"] = "Disgrif\x0biad"  # a vertical tab
        m["kpi_cy"] = "x" * 20_001
        measure(d, "LOC-02")["unit_cy"] = "wythnos" * 100  # a unit is at most 500 characters
    found = "\n".join(problems_of(write_variant(tmp_path, edit)))
    assert "LOC-01.title_cy: must be one line" in found
    assert "LOC-01.description_cy: contains a control character" in found
    assert "LOC-01.kpi_cy: is too long (20,001 characters; at most 20,000)" in found
    assert "LOC-02.unit_cy: is too long (700 characters; at most 500)" in found


def test_welsh_choices_match_the_english_choices(tmp_path):
    def fields(welsh: list[str]) -> Any:
        def edit(d: dict[str, Any]) -> None:
            d["format"] = 2
            d["record_fields"] = [{"code": "F-OWN", "title": "Ownership", "title_cy": "Perchnogaeth",
                                   "kind": "choice", "choices": ["worker co-op", "investor-owned", "other"],
                                   "choices_cy": welsh}]
        return edit

    found = problems_of(write_variant(tmp_path, fields(["cwmni cydweithredol gweithwyr", "arall"])))
    assert found == ["variant.toml: record field F-OWN.choices_cy: has 2 entries and choices has 3: give the Welsh of "
                     "every choice, in the same order"]
    found = problems_of(write_variant(tmp_path, fields(["a", "A", "b"])))
    assert found == ["variant.toml: record field F-OWN.choices_cy: lists 'A' more than once (ignoring case)"]
    found = problems_of(write_variant(tmp_path, fields(["a", " ", "b"])))
    assert any("choices_cy[1]: must not be empty" in p for p in found)

    fw = load_framework(write_variant(tmp_path, fields(["gweithwyr", "buddsoddwyr", "arall"])))
    field = fw.record_fields[0]
    assert field.local_choices() == ("worker co-op", "investor-owned", "other")
    with i18n.language("cy"):
        assert field.local_choices() == ("gweithwyr", "buddsoddwyr", "arall")
        assert field.local_choice("investor-owned") == "buddsoddwyr"  # answers stay stored as the English
        assert field.local("title") == "Perchnogaeth"


def test_welsh_anchors_come_all_three_or_none(tmp_path):
    def edit(d: dict[str, Any]) -> None:
        measure(d, "LOC-04")["anchors"]["low_cy"] = "Datganiadau cyffredinol"
    found = problems_of(write_variant(tmp_path, edit))
    assert found == ["variant.toml: LOC-04.anchors: give all three Welsh anchors (low_cy, middle_cy, high_cy) or "
                     "none; missing: middle_cy, high_cy"]


def test_welsh_of_a_format_2_field_is_a_format_2_key_and_other_welsh_is_fine_in_format_1(tmp_path):
    def edit(d: dict[str, Any]) -> None:
        d["format"] = 1
        measure(d, "LOC-01")["title_cy"] = "Swyddi newydd"
        measure(d, "LOC-01")["contract_clause_cy"] = "Bydd y cyflenwr…"
    found = problems_of(write_variant(tmp_path, edit))
    assert "variant.toml: LOC-01.contract_clause_cy: 'contract_clause_cy' is a format 2 key; put `format = 2` at " \
           "the top of the file to use it" in found
    assert not any("title_cy" in p for p in found)
    load_framework(write_variant(tmp_path, lambda d: measure(d, "LOC-01").update(title_cy="Swyddi newydd"), "ok.toml"))


def test_a_stored_framework_is_read_as_it_was_accepted(tmp_path):
    data = copy.deepcopy(example_data())
    data["format"] = 2
    data["record_fields"] = [{"code": "F", "title": "Form", "kind": "choice", "choices": ["a", "b"],
                              "choices_cy": ["a-cy"]}]
    text = tomli_w.dumps(data)
    with pytest.raises(InvalidFileError):
        parse_framework(text, "new.toml")
    fw = parse_framework(text, "stored.toml", stored=True)
    with i18n.language("cy"):
        assert fw.record_fields[0].local_choices() == ("a", "b")  # the Welsh does not fit: the English is shown


def test_problems_come_out_in_the_current_language(tmp_path):
    """The loader's messages go through gettext: a catalogue (built here, in a temporary folder) translates them."""
    with welsh_gettext(tmp_path / "i18n", {"unknown measure code {code!r}": "cod mesur anhysbys {code!r}",
                                           "set {id}": "set {id}"}):
        path = write_variant(tmp_path, lambda d: d["sets"][0]["measures"].append("LOC-99"))
        with i18n.language("cy"):
            assert problems_of(path) == ["variant.toml: set core.measures[5]: cod mesur anhysbys 'LOC-99'"]
        assert problems_of(path) == ["variant.toml: set core.measures[5]: unknown measure code 'LOC-99'"]


def test_the_format_page_documents_every_welsh_field():
    from coopeval.domain.framework import Anchors, FrameworkInfo, Measure, MeasureSet, Outcome, RecordField, Theme

    page = (Path(__file__).resolve().parents[3] / "docs" / "framework-format.md").read_text(encoding="utf-8")
    welsh = {f for model in (Anchors, FrameworkInfo, Measure, MeasureSet, Outcome, RecordField, Theme)
             for f in model.model_fields if f.endswith("_cy")}
    section = page.split("## Welsh text")[1].split("\n## ")[0]
    for field in sorted(welsh):
        english = field.removesuffix("_cy")
        assert f"`{field}`" in section or (f"`{english}`" in section and "the same names with `_cy`" in section), field
    assert tomllib.loads(section.split("```toml")[1].split("```")[0])  # the example is valid TOML


def test_a_workspace_keeps_the_welsh_and_refuses_a_bad_welsh_file(tmp_path):
    from coopeval.services.setup import frameworks
    from coopeval.services.workspace import Workspace

    good = write_variant(tmp_path, partly_welsh, "welsh.toml")
    bad = write_variant(tmp_path, lambda d: measure(d, "LOC-03").update(overlap_cy="Gorgyffwrdd"), "bad.toml")
    with Workspace.create(tmp_path / "unit.coopeval", actor="officer") as ws:
        summary, _changes = frameworks.import_framework(ws, good)
        fw = frameworks.get_framework(ws, summary.framework_id)
        assert fw.measure("LOC-01").title_cy.startswith("CY ")
        assert fw.welsh_coverage().measures_welsh == 2
        with pytest.raises(InvalidFileError):
            frameworks.import_framework(ws, bad)
