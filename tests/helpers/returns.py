"""Bidders' returns for the import tests (issue 18): a publishable tender, its response template written by the
app, and the template filled in with openpyxl as a bidder would fill it in Excel.

`FIXTURE_ANSWERS` is what tests/fixtures/returns/ was filled with before LibreOffice Calc saved it again (see its
README.md): the test rebuilds the same tender and expects exactly these answers back.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import openpyxl

from coopeval.reporting.questionnaire import template_layout as layout
from coopeval.services.publishing import questionnaire
from coopeval.services.setup import frameworks, tenders
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import REPO, BuiltTender, draft_tender, scale

COOP_VALUES = REPO / "frameworks" / "coop-values.toml"
DEADLINE, ROUTE = "15/01/2027 12:00", "Ask through the council's procurement portal by 8 January 2027."

# The draft tender's measures (LOC-01..LOC-05; LOC-04 qualitative): what the fixture's bidder answered.
FIXTURE_ANSWERS: dict[str, Any] = {
    "about": {"legal_name": "Cwmni Bwyd Ŵyn a Ŷd Cyf", "trading_name": "Bwyd Da — Café Crêpe 🍲",
              "identifier": "IP99999R", "address": "Uned 3, Stryd y Bont\nCaernarfon\nLL55 1AB",
              "email": "tendrau@bwydda.example"},
    "responses": {
        "LOC-01": ("Byddwn yn cyflogi pobl leol.\nWe will hire locally: ŵ ŷ é ü 🌱", 12, "p. 3"),
        "LOC-02": ("Twelve weeks of paid placements.", 4.5, ""),
        "LOC-03": ("Volunteering hours\n\nacross two sites.", 250, "pp. 4-5"),
        "LOC-04": ("A qualitative answer, with “quotes” and an apostrophe’s curl.", None, "Annex B"),
        "LOC-05": ("Cut emissions by electric vans.", 0.75, ""),
    },
}


def publishable(ws: Workspace, reference: str = "T1") -> BuiltTender:
    """The helpers' draft tender, with the deadline and clarification route that make it publishable."""
    built = draft_tender(ws, reference)
    tenders.update_tender(ws, reference, deadline=DEADLINE, clarification_route=ROUTE)
    return built


def coop_values_tender(ws: Workspace, reference: str = "R1") -> list[Any]:
    """A publishable tender of the co-operative values framework's "light" set: percentage units and record fields
    of every kind (choice, choices, text, with evidence). Its measures, in order."""
    frameworks.import_framework(ws, COOP_VALUES)
    tenders.create_tender(ws, reference=reference, title="Home care", scale=scale())
    measures, _ = tenders.add_measures(ws, reference, "coop-values", set_name="light")
    for m, weight in zip(measures, ("20", "20", "20", "20", "10", "10")):
        tenders.set_measure(ws, m.id, weight=weight)
    tenders.update_tender(ws, reference, deadline=DEADLINE, clarification_route=ROUTE)
    return measures


def template_bytes(ws: Workspace, reference: str, folder: Path) -> bytes:
    out = folder / f"template-{reference}.xlsx"
    questionnaire.write_template(ws, reference, out)
    return out.read_bytes()


def fill(template: bytes, out: Path, *, about: Mapping[str, Any] = {}, records: Mapping[str, Any] = {},
         responses: Mapping[str, tuple[Any, Any, Any]] = {}, percent_cells: tuple[str, ...] = (),
         cells: Mapping[tuple[str, str], Any] = {}) -> Path:
    """Fill the template as a bidder would: `about` by detail key, `records` by code (a value, or (value, evidence)),
    `responses` by measure code (text, quantity, page references), `percent_cells` (measure codes) formatted "0%"
    as Excel formats a typed 12%; `cells` sets any cell by (sheet, coordinate) last."""
    wb = openpyxl.load_workbook(io.BytesIO(template))
    about_sheet, resp = wb[layout.ABOUT], wb[layout.RESPONSES]
    rows = {about_sheet[f"A{r}"].value: r for r in range(layout.ABOUT_FIRST_ROW, about_sheet.max_row + 1)}
    for key, value in about.items():
        about_sheet[f"{layout.ABOUT_COLUMNS['answer']}{rows[key]}"] = value
    for code, value in records.items():
        row = rows[layout.RECORD_KEY + code]
        answer, evidence = value if isinstance(value, tuple) else (value, None)
        about_sheet[f"{layout.ABOUT_COLUMNS['answer']}{row}"] = answer
        if evidence is not None:
            about_sheet[f"{layout.ABOUT_COLUMNS['evidence']}{row}"] = evidence
    codes = {resp[f"A{r}"].value: r for r in range(layout.RESPONSES_FIRST_ROW, resp.max_row + 1)}
    cols = layout.RESPONSE_COLUMNS
    for code, (text, quantity, pages) in responses.items():
        row = codes[code]
        resp[f"{cols['response']}{row}"] = text
        if quantity is not None:
            resp[f"{cols['quantity']}{row}"] = quantity
            if code in percent_cells:
                resp[f"{cols['quantity']}{row}"].number_format = "0%"
        resp[f"{cols['page_refs']}{row}"] = pages or None
    for (sheet, coordinate), value in cells.items():
        wb[sheet][coordinate] = value
    wb.save(out)
    return out
