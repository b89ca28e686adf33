"""Importing the other award criteria and their scores from a CSV or XLSX (issue 21): all or nothing, every problem
as FILE: Sheet!CELL: message, the same file again changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopeval.services.criteria import criteria, spreadsheet, whole
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from tests.helpers.workspaces import staged_file

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "criteria"


@pytest.fixture
def ws(tmp_path_factory, tmp_path):
    path = tmp_path / "w.coopeval"
    staged_file(tmp_path_factory, path, "signed_off")
    with Workspace.open(path, actor="officer") as opened:
        yield opened


@pytest.mark.parametrize("name", ["good.csv", "good.xlsx"])
def test_a_good_file_imports_criteria_and_scores_and_again_changes_nothing(ws, name):
    preview = spreadsheet.preview_other_criteria(ws, "T1", FIXTURES / name)
    assert preview.ok and [c.action for c in preview.criteria] == ["create", "create"]
    assert len(preview.scores) == 4
    _, changes = spreadsheet.import_other_criteria(ws, "T1", FIXTURES / name)
    assert changes.kinds
    listed = criteria.list_criteria(ws, "T1")
    assert [(c.name, c.kind, c.weight, c.max_score) for c in listed] == [("Price", "price", "60", "100"),
                                                                       ("Quality", "quality", "30", "5")]
    assert [s.score for s in listed[0].scores] == ["100", "92.5"]  # the exact text, never 92.499999
    assert listed[0].scores[0].source == name and listed[0].method == "lowest price ÷ bid price × 100"
    assert whole.whole_result(ws, "T1").complete
    with ws.reading() as s:
        head = audit.head(s)
    again, changes = spreadsheet.import_other_criteria(ws, "T1", FIXTURES / name)
    assert not again.changes_anything and not changes.kinds
    with ws.reading() as s:
        assert audit.head(s) == head


def test_a_hostile_file_is_refused_whole_with_every_problem_by_cell(ws):
    with pytest.raises(spreadsheet.CriteriaImportError) as exc:
        spreadsheet.import_other_criteria(ws, "T1", FIXTURES / "hostile.csv")
    problems = exc.value.problems
    assert "hostile.csv: C2: Weight (% of the whole tender) must be at most 100; got 160." in problems
    assert "hostile.csv: B3: 'cost' is not one of price, quality or other." in problems
    assert "hostile.csv: E3: T1 has no bid 'IP999'" in problems
    assert "hostile.csv: F4: Score must be at most 5; got 7." in problems
    assert "hostile.csv: F6: Score must be at least 0; got -1." in problems
    assert "hostile.csv: G6: Reasons is required." in problems
    assert criteria.list_criteria(ws, "T1") == []


def test_a_bid_scored_twice_on_one_criterion_is_refused(ws, tmp_path):
    f = tmp_path / "twice.csv"
    f.write_text("Criterion,Kind,Weight,Out of,Bid,Score,Reasons\n"
                 "Quality,quality,30,5,IP000,3,Section 3.\nQuality,quality,30,5,ip000,4,Section 3 again.\n"
                 "Quality,quality,40,5,IP001,4,Section 2.\n", encoding="utf-8")
    preview = spreadsheet.preview_other_criteria(ws, "T1", f)
    assert any("twice.csv: E3:" in p and "again" in p for p in preview.problems)
    assert any("twice.csv: A4:" in p and "different kind, weight or out of" in p for p in preview.problems)


def test_a_formula_is_refused_by_sheet_and_cell_and_missing_columns_are_named(ws, tmp_path):
    preview = spreadsheet.preview_other_criteria(ws, "T1", FIXTURES / "formula.xlsx")
    assert any(p.startswith("formula.xlsx: Scores!F2: holds a formula") for p in preview.problems)
    f = tmp_path / "short.csv"
    f.write_text("Criterion,Weight,Bid\nPrice,60,IP000\n", encoding="utf-8")
    preview = spreadsheet.preview_other_criteria(ws, "T1", f)
    assert preview.problems and "missing columns Kind, Out of, Score, Reasons" in preview.problems[0]


def test_a_file_that_is_not_a_spreadsheet_is_a_problem_not_a_crash(ws, tmp_path):
    f = tmp_path / "bad.xlsx"
    f.write_bytes(b"PK\x03\x04 not really a zip")
    preview = spreadsheet.preview_other_criteria(ws, "T1", f)
    assert preview.problems and preview.problems[0].startswith("bad.xlsx:")
