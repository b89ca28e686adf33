"""The framework loader: a valid file loads; every kind of bad file gets its own clear error."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from coopeval.domain.errors import InvalidFileError
from coopeval.domain.framework_loader import load_framework, parse_framework
from tests.helpers.frameworks import EXAMPLE, measure, write_variant


def problems_of(path: Path) -> list[str]:
    with pytest.raises(InvalidFileError) as caught:
        load_framework(path)
    return [str(p) for p in caught.value.problems]


def test_example_loads_with_every_level():
    fw = load_framework(EXAMPLE)
    assert fw.info.id == "example-local-measures"
    assert [t.id for t in fw.themes] == ["LOC-W", "LOC-C"]
    codes = [m.code for _, _, m in fw.measures()]
    assert codes == ["LOC-01", "LOC-02", "LOC-03", "LOC-04", "LOC-05"]
    banded = fw.measure("LOC-03")
    assert [(b.at, b.share) for b in banded.bands] == [
        (Decimal(20), Decimal("0.25")), (Decimal(50), Decimal("0.5")), (Decimal(100), Decimal("1.0"))]
    assert fw.measure("LOC-02").target == Decimal(20)
    assert fw.measure("LOC-04").anchors.high.startswith("Names groups")
    assert fw.measure_set("core").measures[0] == "LOC-01"


def test_unknown_method_names_file_measure_field_and_choices(tmp_path):
    path = write_variant(tmp_path, lambda d: measure(d, "LOC-01").update(method="relativ"), "coop.toml")
    [problem] = problems_of(path)
    assert problem.startswith("coop.toml: LOC-01.method: unknown method 'relativ'; expected one of ")
    assert "'relative'" in problem and "'record_only'" in problem
    line = _line_of(path, 'method = "relativ"')
    assert problem.endswith(f"(line {line})")


def _line_of(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_every_problem_is_reported_at_once(tmp_path):
    def edit(d):
        measure(d, "LOC-01")["method"] = "relativ"
        measure(d, "LOC-02")["target"] = 0
        measure(d, "LOC-04")["ica"] = ["equity", "P9"]
        measure(d, "LOC-04")["toms_theme"] = "socal"
        measure(d, "LOC-05")["code"] = "LOC-01"

    found = problems_of(write_variant(tmp_path, edit))
    assert any("LOC-01.method: unknown method" in p for p in found)
    assert any("LOC-02.target: must be greater than 0, got 0" in p for p in found)
    assert any("LOC-04.ica[1]: unknown ICA identifier 'P9'" in p for p in found)
    assert any("LOC-04.toms_theme: unknown TOMs theme 'socal'" in p for p in found)
    assert any("duplicate code 'LOC-01'" in p for p in found)
    assert any("set core.measures[4]: unknown measure code 'LOC-05'" in p for p in found)
    assert len(found) == 6


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda d: d["themes"][0].update(outcomes=[]), "theme LOC-W.outcomes: is empty; at least one outcome is needed"),
        (lambda d: d["themes"][0]["outcomes"][0].update(measures=[]),
         "outcome LOC-W1.measures: is empty; at least one measure is needed"),
        (lambda d: d.update(themes=[]), "themes: is empty; at least one theme is needed"),
        (lambda d: measure(d, "LOC-03").update(bands=[{"at": 50, "share": 0.5}, {"at": 20, "share": 1.0}]),
         "LOC-03.bands: band thresholds must be strictly ascending; 20 follows 50"),
        (lambda d: measure(d, "LOC-03").update(bands=[{"at": 10, "share": 1.5}]), "LOC-03.bands[0].share: must be at most 1"),
        (lambda d: measure(d, "LOC-03").pop("bands"), "LOC-03.bands: method 'banded' needs bands"),
        (lambda d: measure(d, "LOC-02").update(target=-5), "LOC-02.target: must be greater than 0, got -5"),
        (lambda d: measure(d, "LOC-02").pop("target"), "LOC-02.target: method 'target' needs a target greater than 0"),
        (lambda d: measure(d, "LOC-01").update(target=5), "LOC-01.target: a target is used only by method 'target'"),
        (lambda d: measure(d, "LOC-01").pop("unit"), "LOC-01.unit: a quantitative measure needs a unit"),
        (lambda d: measure(d, "LOC-01").pop("method"), "LOC-01.method: a quantitative measure needs a method"),
        (lambda d: measure(d, "LOC-01").pop("title"), "LOC-01.title: required field is missing"),
        (lambda d: measure(d, "LOC-01").update(title="   "), "LOC-01.title: must not be empty"),
        (lambda d: measure(d, "LOC-01").update(colour="red"), "LOC-01.colour: unknown field 'colour'"),
        (lambda d: measure(d, "LOC-01").update(type="narrative"), "LOC-01.type: unknown measure type 'narrative'"),
        (lambda d: measure(d, "LOC-01").update(direction="up"), "LOC-01.direction: unknown direction 'up'"),
        (lambda d: measure(d, "LOC-01").update(code="LOC 01"), "is not allowed here: use letters, digits"),
        (lambda d: measure(d, "LOC-04").update(anchors={"low": "x", "middle": "y"}),
         "LOC-04.anchors: give all three anchors (low, middle, high); missing: high"),
        (lambda d: measure(d, "LOC-04").update(method="relative"), "LOC-04.method: a qualitative measure has no method"),
        (lambda d: measure(d, "LOC-01").update(anchors={"low": "a", "middle": "b", "high": "c"}),
         "LOC-01.anchors: anchors describe qualitative responses"),
        (lambda d: measure(d, "LOC-01").update(proxy={"value": -1, "year": 2024, "source": "x"}),
         "LOC-01.proxy.value: must be at least 0"),
        (lambda d: measure(d, "LOC-01").update(target="ten", method="target"), "LOC-01.target: "),
        (lambda d: d["framework"].update(version="one"), "framework.version: 'one' is not a version like 1.0.0"),
        (lambda d: d["framework"].pop("licence"), "framework.licence: required field is missing"),
        (lambda d: d.update(format=3), "format: unknown format version 3; this version of CoopEval reads format 1 and 2"),
        (lambda d: d["themes"][1].update(id="LOC-W"), "theme LOC-W.id: duplicate theme id 'LOC-W'"),
        (lambda d: d["sets"][0]["measures"].append("LOC-99"), "set core.measures[5]: unknown measure code 'LOC-99'"),
        (lambda d: d["sets"][0]["measures"].append("LOC-01"), "set core.measures: lists LOC-01 more than once"),
        (lambda d: d.update(record_fields=[{"code": "F", "title": "Form", "kind": "choice"}]),
         "record field F.choices: a choice field needs its choices"),
    ],
)
def test_each_kind_of_bad_file_gets_its_error(tmp_path, edit, expected):
    found = problems_of(write_variant(tmp_path, edit))
    assert any(expected in p for p in found), found
    assert all(p.startswith("variant.toml: ") for p in found)


def test_syntax_error_gives_the_line(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text('format = 1\n\n[framework\nid = "x"\n', encoding="utf-8")
    [problem] = problems_of(path)
    assert problem.startswith("broken.toml: TOML syntax: ")
    assert problem.endswith("(line 3)")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xff\xfe\x00b\x00i\x00n", "is not UTF-8 text"),
        (b"format = 1\x00\x01\x02", "contains binary data"),
        (b"", "format: required field is missing"),
        (b'format = 1\n[framework]\nid = "x"\n', "themes: required field is missing"),
    ],
)
def test_wrong_kinds_of_file(tmp_path, content, expected):
    path = tmp_path / "wrong.toml"
    path.write_bytes(content)
    assert any(expected in p for p in problems_of(path))


def test_missing_file_and_folder(tmp_path):
    assert "not found" in problems_of(tmp_path / "nope.toml")[0]
    assert "is a folder" in problems_of(tmp_path)[0]


def test_huge_file_is_refused_without_parsing(tmp_path):
    path = tmp_path / "huge.toml"
    path.write_bytes(b"# " + b"x" * (6 * 1024 * 1024))
    assert "a framework file is at most" in problems_of(path)[0]


def test_bom_is_accepted():
    text = "\ufeff" + EXAMPLE.read_text(encoding="utf-8")
    assert parse_framework(text, "bom.toml").info.id == "example-local-measures"
