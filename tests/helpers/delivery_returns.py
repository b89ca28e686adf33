"""A contract in delivery for the delivery entry and return tests (issue 19), and filling in a delivery return as a
supplier would (openpyxl, the cells the template unlocks)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from coopeval.reporting.delivery import template_layout as lay
from coopeval.services.delivery import award, commitments
from coopeval.services.delivery.views import CommitmentView
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import BuiltTender, staged_file

# A contract that started before the real today (so the CLI, which has no clock to pass, may import returns): two
# years from mid-April 2025, so 2025-Q1 is a short first quarter (15 April to 30 June 2025).
START, END = "2025-04-15", "2027-04-14"


def delivering(tmp_path: Path, factory: pytest.TempPathFactory, *, start: bool = True,
               name: str = "delivery.coopeval") -> tuple[Workspace, BuiltTender, list[CommitmentView]]:
    """An open workspace holding T1 awarded to IP000 (through the award service) and, with `start`, in delivery;
    its commitments (LOC-01 FTE, LOC-02 weeks, LOC-03 hours, LOC-04 qualitative, LOC-05 tCO2e)."""
    path = tmp_path / name
    built = staged_file(factory, path, "signed_off")
    ws = Workspace.open(path)
    award.record_award(ws, built.reference, bid="IP000", notice_date="2025-03-01", start_on=START, end_on=END,
                       value="1,250,000")
    if start:
        award.start_delivery(ws, built.reference)
    return ws, built, commitments.list_commitments(ws, built.reference)


def fill(template: Path, out: Path, rows: dict[str, tuple[object, str, str]]) -> Path:
    """Fill the delivery return `template` into `out`: {code: (delivered, evidence refs, note)}; a value starting
    with "=" is written as a formula, as a supplier typing one would."""
    book = openpyxl.load_workbook(template)
    sheet = book[lay.DELIVERY]
    cols = lay.COLUMNS
    row = lay.FIRST_ROW
    while sheet[f"{cols['key']}{row}"].value is not None:
        code = sheet[f"{cols['code']}{row}"].value
        if code in rows:
            delivered, refs, note = rows[code]
            sheet[f"{cols['delivered']}{row}"] = delivered
            sheet[f"{cols['evidence_refs']}{row}"] = refs or None
            sheet[f"{cols['note']}{row}"] = note or None
        row += 1
    book.save(out)
    return out


def edit(path: Path, sheet: str, cell: str, value: object) -> Path:
    """Change one cell of a workbook in place (the marker sheet too)."""
    book = openpyxl.load_workbook(path)
    book[sheet][cell] = value
    book.save(path)
    return path


def marker_cell(path: Path, key: str) -> str:
    """The marker sheet's cell holding `key`'s value ("B5")."""
    book = openpyxl.load_workbook(path)
    sheet = book[lay.MARKER]
    for row in range(1, 20):
        if sheet[f"A{row}"].value == key:
            return f"B{row}"
    raise AssertionError(f"no marker key {key}")
