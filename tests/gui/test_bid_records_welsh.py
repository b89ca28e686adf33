"""The bid form's organisation questions in Welsh (issue 22): when the app is in Welsh and the framework gives its
record fields' Welsh (`title_cy`, `description_cy`, `choices_cy`), the form and the bids list show it, while the
answers are still stored as the framework's English choices (so reports and other workspaces read them alike)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from coopeval import i18n
from coopeval.domain.records import RecordAnswer
from coopeval.services.bids import entry as bids
from coopeval.services.setup import frameworks, tenders
from tests.helpers.format2 import FORM_CHOICES, format2
from tests.helpers.frameworks import write_variant
from tests.helpers.widgets import choose, press

WELSH_FORMS = [f"ffurf {n}" for n in range(1, len(FORM_CHOICES) + 1)]


def _welsh_framework(tmp_path: Path) -> Path:
    def edit(d: dict[str, Any]) -> None:
        format2(d)
        d["framework"].update(id="rec-cy", version="1.0.0")
        form, owners, number = d["record_fields"]
        form.update(title_cy="Ffurf gyfreithiol", choices_cy=WELSH_FORMS)
        owners.update(title_cy="Perchnogaeth", description="Who owns and controls the bidder.",
                      description_cy="Pwy sy'n berchen ar y cynigydd ac yn ei reoli.",
                      choices_cy=["cydweithfa gweithwyr", "yn eiddo i fuddsoddwyr"])
        number.update(title_cy="Rhif Tŷ'r Cwmnïau")
    return write_variant(tmp_path, edit, "rec-cy.toml")


def _bids_page(win, catalogue, tmp_path: Path):
    ws = win.controller.workspace
    frameworks.import_framework(ws, _welsh_framework(tmp_path))
    tender, _ = tenders.create_tender(ws, reference="EV-2026-022", title="Prydau", scale=catalogue.scales["0-5"])
    tenders.add_measures(ws, tender.id, "rec-cy", set_name="core")
    win.reload_tenders(tender.id)
    return tender, win.select_page("Bids")


def test_welsh_record_fields_are_shown_in_welsh_and_stored_in_english(qtbot, workspace_window, catalogue, tmp_path):
    i18n.set_app_language("cy")  # framework text follows the app's language (the Qt catalogue is not needed here)
    win = workspace_window
    tender, page = _bids_page(win, catalogue, tmp_path)
    form = page.details
    legal, owners, number = (form.record_controls[c] for c in ("F-FORM", "F-OWN", "F-CH"))
    assert [legal.itemData(i) for i in range(1, legal.count())] == FORM_CHOICES  # the stored values
    assert [legal.itemText(i) for i in range(1, legal.count())] == WELSH_FORMS  # what the officer reads
    assert [c.text() for c in form.choice_boxes["F-OWN"]] == ["cydweithfa gweithwyr", "yn eiddo i fuddsoddwyr"]
    assert owners.accessibleName() == "Perchnogaeth"
    assert owners.toolTip() == "Pwy sy'n berchen ar y cynigydd ac yn ei reoli."
    assert number.accessibleName() == "Rhif Tŷ'r Cwmnïau"
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "Ffurf gyfreithiol"
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == "Perchnogaeth"

    press(qtbot, page.new_button)
    qtbot.keyClicks(form.identifier, "IP1R")
    qtbot.keyClicks(form.legal_name, "Cydweithfa Glan yr Afon")  # QTest types ASCII only
    choose(qtbot, legal, FORM_CHOICES[0])
    form.choice_boxes["F-OWN"][0].setChecked(True)
    press(qtbot, page.save_button)
    stored = bids.list_bids(win.controller.workspace, tender.id)[0]
    assert stored.records == (RecordAnswer("F-FORM", FORM_CHOICES[0]), RecordAnswer("F-OWN", "worker co-op"))
    assert page.model.index(0, 2).data() == WELSH_FORMS[0]
    assert page.model.index(0, 3).data() == "cydweithfa gweithwyr"

    form.load(stored)  # read back: the stored English ticks the Welsh-labelled box
    assert form.choice_boxes["F-OWN"][0].isChecked() and not form.choice_boxes["F-OWN"][1].isChecked()
    assert legal.currentData() == FORM_CHOICES[0] and legal.currentText() == WELSH_FORMS[0]


def test_without_welsh_in_the_framework_the_english_is_shown(qtbot, workspace_window, catalogue, tmp_path):
    i18n.set_app_language("cy")
    win = workspace_window
    ws = win.controller.workspace

    def edit(d: dict[str, Any]) -> None:
        format2(d)
        d["framework"].update(id="rec-en", version="1.0.0")
    frameworks.import_framework(ws, write_variant(tmp_path, edit, "rec-en.toml"))
    tender, _ = tenders.create_tender(ws, reference="EV-2026-023", title="Meals", scale=catalogue.scales["0-5"])
    tenders.add_measures(ws, tender.id, "rec-en", set_name="core")
    win.reload_tenders(tender.id)
    page = win.select_page("Bids")
    assert [c.text() for c in page.details.choice_boxes["F-OWN"]] == ["worker co-op", "investor-owned"]
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "Legal form"
