"""Welsh columns in a council's table of measures (issue 22): "<column> (Welsh)" / "<column>_cy" beside a text
column becomes the measure's, theme's or outcome's `_cy` field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from coopeval import i18n
from coopeval.domain.errors import InvalidFileError
from coopeval.domain.framework_loader import load_framework
from coopeval.services.setup.table_import import import_table

OPTS: dict[str, Any] = dict(licence="Licensed to Vale Council for its own procurement", source="Vale measures table 2025")


def write_xlsx(tmp_path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    path = tmp_path / "measures.xlsx"
    wb.save(path)
    return path


def test_welsh_columns_become_welsh_fields(tmp_path):
    rows: list[list[object]] = [
        ["Theme", "Theme (Welsh)", "Outcome", "Outcome_cy", "Code", "Measure", "Measure (Cymraeg)", "Unit",
         "Unit (Welsh)", "Description", "Description (Welsh)"],
        ["Waste", "Gwastraff", "Less landfill", "Llai o dirlenwi", "W-01", "Widgets recycled", "Teclynnau wedi'u hailgylchu",
         "count", "nifer", "Widgets kept out of landfill.", "Teclynnau a gadwyd o safleoedd tirlenwi."],
        ["Waste", None, "Less landfill", None, "W-02", "Gadgets repaired", None, "hours", None, None, None],
    ]
    summary = import_table(write_xlsx(tmp_path, rows), tmp_path / "vale.toml", **OPTS)
    fw = load_framework(summary.out)
    theme = fw.themes[0]
    assert (theme.name, theme.name_cy) == ("Waste", "Gwastraff")
    assert theme.outcomes[0].name_cy == "Llai o dirlenwi"
    first, second = fw.measure("W-01"), fw.measure("W-02")
    assert (first.title_cy, first.unit_cy) == ("Teclynnau wedi'u hailgylchu", "nifer")
    assert first.description_cy == "Teclynnau a gadwyd o safleoedd tirlenwi."
    assert second.title_cy == "" and fw.welsh_coverage().measures_welsh == 1
    with i18n.language("cy"):
        assert first.local("title") == "Teclynnau wedi'u hailgylchu"
        assert second.local("title") == "Gadgets repaired"


def test_welsh_without_english_is_refused(tmp_path):
    rows: list[list[object]] = [["Theme", "Outcome", "Code", "Measure", "Unit", "Description", "Description_cy"],
            ["Waste", "Less landfill", "W-01", "Widgets recycled", "count", None, "Teclynnau"]]
    with pytest.raises(InvalidFileError) as caught:
        import_table(write_xlsx(tmp_path, rows), tmp_path / "vale.toml", **OPTS)
    assert any("description_cy is the Welsh of description" in p.message for p in caught.value.problems)
