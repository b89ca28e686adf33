"""Hostile framework files: codes and ids that differ only in case or Unicode form, control
characters in titles and text, and numbers that are not finite or not sane (inf, nan, 1e400)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import tomli_w

from coopeval.domain.errors import InvalidFileError
from coopeval.domain.framework_loader import parse_framework, validate_framework_data
from tests.helpers.frameworks import EXAMPLE, example_data, measure

MAX_NUMBER = 10**12  # the bound docs/framework-format.md states
NUMBERS = f"must be a finite number between -{MAX_NUMBER:,} and {MAX_NUMBER:,}"


def problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(InvalidFileError) as caught:
        validate_framework_data(data, "hostile.toml")
    return [str(p) for p in caught.value.problems]


def edited(edit) -> dict[str, Any]:
    data = copy.deepcopy(example_data())
    edit(data)
    return data


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda d: d["themes"][1].update(id="loc-w"),
         "theme loc-w.id: duplicate theme id 'loc-w': theme LOC-W already has it ('LOC-W', the same ignoring "
         "case and Unicode form); each must be unique"),
        (lambda d: measure(d, "LOC-05").update(code="loc-01"),
         "loc-01.code: duplicate code 'loc-01': measure LOC-01 (outcome"),
        (lambda d: d["themes"][0]["outcomes"].append(dict(d["themes"][1]["outcomes"][0], id=d["themes"][0]["outcomes"][0]["id"].lower(),
                                                           measures=[dict(measure(d, "LOC-05"), code="LOC-99")])),
         "duplicate outcome id"),
        (lambda d: d.update(record_fields=[{"code": "Loc-02", "title": "Form", "kind": "text"}]),
         "record field Loc-02.code: duplicate code 'Loc-02': measure LOC-02"),
        (lambda d: d["sets"].append(dict(d["sets"][0], name=d["sets"][0]["name"])),
         "duplicate set name"),
    ],
)
def test_ids_and_codes_are_unique_ignoring_case(edit, expected):
    found = problems(edited(edit))
    assert any(expected in p for p in found), found


def test_a_clash_names_both_places():
    found = problems(edited(lambda d: measure(d, "LOC-05").update(code="Loc-01")))
    [problem] = [p for p in found if "duplicate" in p]
    assert problem.startswith("hostile.toml: Loc-01.code: duplicate code 'Loc-01': measure LOC-01 (outcome ")
    assert "('LOC-01', the same ignoring case and Unicode form)" in problem


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x0b", "\x1b", "\x7f", "\x85", "\x9b"])
@pytest.mark.parametrize(
    ("where", "location"),
    [
        (lambda d, v: measure(d, "LOC-01").update(title=f"Jobs{v}for residents"), "LOC-01.title"),
        (lambda d, v: d["themes"][0].update(name=f"Work{v}"), "theme LOC-W.name"),
        (lambda d, v: d["framework"].update(name=f"Local{v}measures"), "framework.name"),
        (lambda d, v: measure(d, "LOC-04").update(description=f"What{v}counts"), "LOC-04.description"),
        (lambda d, v: measure(d, "LOC-04")["anchors"].update(high=f"Names{v}groups"), "LOC-04.anchors.high"),
        (lambda d, v: measure(d, "LOC-01")["proxy"].update(source=f"Invented{v}"), "LOC-01.proxy.source"),
    ],
)
def test_control_characters_are_refused_in_any_text(char, where, location):
    found = problems(edited(lambda d: where(d, char)))
    assert any(f"{location}: contains " in p and ("control character" in p or "NUL" in p) for p in found), found


def test_titles_are_one_line_and_text_has_a_limit():
    found = problems(edited(lambda d: measure(d, "LOC-01").update(title="Two\nlines")))
    assert any("LOC-01.title: must be one line" in p for p in found), found
    found = problems(edited(lambda d: measure(d, "LOC-01").update(description="x" * 20_001)))
    assert any("LOC-01.description: is too long (20,001 characters; at most 20,000)" in p for p in found), found


def test_right_to_left_text_is_allowed_in_descriptions():
    data = edited(lambda d: measure(d, "LOC-01").update(description="\u202bمرحبا\u202c in Welsh and Arabic"))
    assert validate_framework_data(data, "ok.toml").measure("LOC-01").description.endswith("Arabic")


@pytest.mark.parametrize("literal", ["1e400", "-1e400", "inf", "+inf", "-inf", "nan", "1e13", "-2e12",
                                     "1_000_000_000_001"])
def test_proxy_value_must_be_finite_and_sane(literal):
    text = EXAMPLE.read_text(encoding="utf-8").replace("value = 1000", f"value = {literal}", 1)
    assert f"value = {literal}" in text
    with pytest.raises(InvalidFileError) as caught:
        parse_framework(text, "hostile.toml")
    messages = [str(p) for p in caught.value.problems]
    assert any(p.startswith(f"hostile.toml: LOC-01.proxy.value: {NUMBERS}") for p in messages), messages
    if not literal.startswith("-"):  # (a negative one is also below the proxy's minimum of 0)
        assert sum("proxy.value" in p for p in messages) == 1  # said once, not once per check


@pytest.mark.parametrize(
    ("edit", "location"),
    [
        (lambda d: measure(d, "LOC-02").update(target=float("inf")), "LOC-02.target"),
        (lambda d: measure(d, "LOC-02").update(target=10**20), "LOC-02.target"),
        (lambda d: measure(d, "LOC-03")["bands"][0].update(at=-(10**13)), "LOC-03.bands[0].at"),
        (lambda d: measure(d, "LOC-03")["bands"][2].update(at=float("nan")), "LOC-03.bands[2].at"),
        (lambda d: measure(d, "LOC-01")["proxy"].update(year=2**70), "LOC-01.proxy.year"),
    ],
)
def test_every_number_is_bounded(edit, location):
    found = problems(edited(edit))
    assert any(f"{location}: {NUMBERS}" in p for p in found), found


def test_the_bound_is_the_documented_one():
    from coopeval.domain import framework_rules

    assert framework_rules.MAX_NUMBER == MAX_NUMBER


def test_the_bound_itself_is_allowed():
    data = edited(lambda d: measure(d, "LOC-01")["proxy"].update(value=MAX_NUMBER))
    assert validate_framework_data(data, "ok.toml").measure("LOC-01").proxy.value == MAX_NUMBER


def test_a_stored_framework_stays_readable_under_the_new_rules():
    """A framework already in a workspace is read as it was accepted: a code differing only in case
    and a big number do not make it unreadable."""
    data = edited(lambda d: (measure(d, "LOC-05").update(code="loc-01"),
                             measure(d, "LOC-01")["proxy"].update(value=10**13),
                             d["sets"][0]["measures"].remove("LOC-05"),
                             d["sets"][0]["measures"].append("loc-01")))
    text = tomli_w.dumps(data)
    with pytest.raises(InvalidFileError):
        parse_framework(text, "new.toml")
    framework = parse_framework(text, "stored.toml", stored=True)
    assert framework.measure("loc-01").code == "loc-01"
