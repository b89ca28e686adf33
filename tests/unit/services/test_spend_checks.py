"""Spend lines and register entries seen from outside (issue 20): they are not audited one by one, so `coopeval
check` recomputes each import's digest and count and each line's key from its content, and names what was edited,
added or removed outside CoopEval."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopeval.services.maintenance.check import check_workspace
from coopeval.services.registers.imports import import_register
from coopeval.services.spend.imports import import_spend
from tests.helpers.workspaces import create_workspace, raw

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "spend.coopeval"
    with create_workspace(path) as ws:
        import_register(ws, FIXTURES / "registers" / "coops-uk-sample.csv", kind="coops-uk", source="test download")
        import_spend(ws, FIXTURES / "spend" / "anytown-2026-q1.csv")
    return path


def spend_lines(report_lines: list[str]) -> list[str]:
    return [line for line in report_lines if line.startswith("Spend and registers:")]


def test_imports_as_imported_check_out_with_their_counts(path: Path):
    report = check_workspace(path)
    assert report.ok, report.lines
    [line] = spend_lines(report.lines)
    assert "1 spend import (" in line and "1 register import (" in line and "supplier decision" in line


@pytest.mark.parametrize(("edit", "expected"), [
    ("UPDATE spend_line SET amount_pence = amount_pence + 100 WHERE id = 1",
     "line(s) were changed outside CoopEval"),
    ("DELETE FROM spend_line WHERE id = 2", "lines were added or removed outside CoopEval"),
    ("UPDATE spend_line SET key = 'x' || key WHERE id = 3", "no longer match the digest"),
    ("UPDATE register_entry SET name = 'Someone Else Ltd' WHERE id = 1", "its entries have changed"),
    ("DELETE FROM register_entry WHERE id = 2", "entries; "),
])
def test_an_edit_outside_coopeval_is_named(path: Path, edit: str, expected: str):
    with raw(path) as db:
        db.execute(edit)
    report = check_workspace(path)
    assert not report.ok
    problems = [line for line in spend_lines(report.lines) if "PROBLEM" in line]
    assert problems and any(expected in line for line in problems), report.lines
