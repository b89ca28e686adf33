"""The bid form asks the tender's own record fields, under "Organisation (recorded, never scored)": a choice as a
list with "Not stated", several choices as check boxes, text as a line, each with its evidence where the field takes
it; saving stores the answers. A tender set up with framework 1.0.0 shows 1.0.0's organisation form and reads a
1.0.0-era bid's form and evidence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit

from coopeval.domain.records import LEGACY_EVIDENCE, LEGACY_FORM, RecordAnswer
from coopeval.domain.text import FIELDS
from coopeval.services.bids import entry as bids
from coopeval.services.setup import frameworks, tenders
from tests.helpers.format2 import FORM_CHOICES, format2
from tests.helpers.frameworks import write_variant
from tests.helpers.screenshots import SCREENSHOTS
from tests.helpers.widgets import choose, press

REPO = Path(__file__).resolve().parents[2]
ARCHIVED = REPO / "frameworks" / "archive" / "coop-values-1.0.0.toml"


def _tender(win, catalogue, framework: Path, framework_id: str, set_name: str):
    ws = win.controller.workspace
    frameworks.import_framework(ws, framework)
    tender, _ = tenders.create_tender(ws, reference="EV-2026-021", title="Meals", scale=catalogue.scales["0-5"])
    tenders.add_measures(ws, tender.id, framework_id, set_name=set_name)
    win.reload_tenders(tender.id)
    return tender


def _format2(tmp_path: Path) -> Path:
    def edit(d: dict[str, Any]) -> None:
        format2(d)
        d["framework"].update(id="rec-gui", version="1.0.0")
        d["record_fields"][1]["description"] = "Who owns and controls the bidder."
    return write_variant(tmp_path, edit, "rec-gui.toml")


def test_the_form_asks_a_format_2_frameworks_fields_and_saving_stores_the_answers(qtbot, workspace_window,
                                                                                 catalogue, tmp_path):
    win = workspace_window
    tender = _tender(win, catalogue, _format2(tmp_path), "rec-gui", "core")
    page = win.select_page("Bids")
    form = page.details
    assert form.records_heading.text() == "Organisation (recorded, never scored)" and form.records_heading.isVisible()
    assert [f.code for f in form.fields] == ["F-FORM", "F-OWN", "F-CH"]
    legal, owners, number = (form.record_controls[c] for c in ("F-FORM", "F-OWN", "F-CH"))
    assert isinstance(legal, QComboBox) and isinstance(number, QLineEdit)
    assert [legal.itemText(i) for i in range(legal.count())] == ["Not stated", *FORM_CHOICES]
    assert [c.text() for c in form.choice_boxes["F-OWN"]] == ["worker co-op", "investor-owned"]
    assert all(isinstance(c, QCheckBox) for c in form.choice_boxes["F-OWN"])
    assert owners.toolTip() == "Who owns and controls the bidder."
    assert number.maxLength() == FIELDS["bid_record.value"].limit
    assert set(form.evidence_edits) == {"F-FORM", "F-CH"}  # F-OWN takes no evidence
    # in reading order, after the date's calendar button
    assert form.record_widgets() == [legal, form.evidence_edits["F-FORM"], *form.choice_boxes["F-OWN"], number,
                                     form.evidence_edits["F-CH"]]
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "Legal form"
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == "Ownership"

    press(qtbot, page.new_button)
    # Tab goes from the calendar button through the record fields, in reading order, then to Discard
    window = page.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    form.received_pick.setFocus()
    reached = []
    for _ in range(len(form.record_widgets()) + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [*form.record_widgets(), page.discard_button]
    qtbot.keyClicks(form.identifier, "IP1R")
    qtbot.keyClicks(form.legal_name, "Meadow Co-operative")
    choose(qtbot, legal, "registered society")
    qtbot.keyClicks(form.evidence_edits["F-FORM"], "FCA 1234R")
    form.choice_boxes["F-OWN"][0].setFocus()
    qtbot.keyClick(form.choice_boxes["F-OWN"][0], Qt.Key.Key_Space)
    qtbot.keyClicks(number, "01234567")
    press(qtbot, page.save_button)
    assert page.details_message.text() == "Saved.", page.details_message.text()
    stored = bids.list_bids(win.controller.workspace, tender.id)[0]
    assert stored.records == (RecordAnswer("F-FORM", "registered society", "FCA 1234R"),
                              RecordAnswer("F-OWN", "worker co-op"), RecordAnswer("F-CH", "01234567"))
    assert page.model.index(0, 2).data() == "registered society" and page.model.index(0, 3).data() == "worker co-op"

    # a changed choice saves over the old; evidence with no answer is refused, naming the field
    choose(qtbot, legal, "")
    press(qtbot, page.save_button)
    assert "Legal form: an answer needs a value" in page.details_message.text()
    form.evidence_edits["F-FORM"].clear()
    form.choice_boxes["F-OWN"][1].setChecked(True)
    press(qtbot, page.save_button)
    assert page.details_message.text() == "Saved."
    stored = bids.list_bids(win.controller.workspace, tender.id)[0]
    assert stored.records == (RecordAnswer("F-OWN", "worker co-op"), RecordAnswer("F-CH", "01234567"),
                              RecordAnswer("F-OWN", "investor-owned"))
    assert page.model.index(0, 2).data() == "Not stated"
    assert not form.dirty and form.choice_boxes["F-OWN"][1].isChecked()
    page.resize(1100, 900)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SCREENSHOTS / "bids-records.png"))
    assert form.grab().save(str(SCREENSHOTS / "bid-records-form.png"))


def test_a_1_0_0_tender_shows_its_organisation_form_and_reads_a_legacy_bid(qtbot, workspace_window, catalogue):
    win = workspace_window
    tender = _tender(win, catalogue, ARCHIVED, "coop-values", "light")
    ws = win.controller.workspace
    assert win.controller.op(bids.add_bid, tender.id, identifier="IP9R", legal_name="Vale Workers",
                             org_form="worker co-operative", org_evidence="Rules and member register").ok
    page = win.select_page("Bids")
    form = page.details
    assert [f.code for f in form.fields] == [LEGACY_FORM, LEGACY_EVIDENCE]
    combo = form.record_controls[LEGACY_FORM]
    assert isinstance(combo, QComboBox) and combo.itemText(0) == "Not stated"
    assert combo.currentData() == "worker co-operative"
    assert form.record_controls[LEGACY_EVIDENCE].text() == "Rules and member register"
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "Organisation form"
    assert page.model.index(0, 2).data() == "worker co-operative"

    # changing the name alone leaves the answers in the bid's own columns; a new form moves them to rows
    form.legal_name.selectAll()
    qtbot.keyClicks(form.legal_name, "Vale Workers Co-operative")
    press(qtbot, page.save_button)
    bid = bids.list_bids(ws, tender.id)[0]
    assert bid.org_form == "worker co-operative" and bid.legal_name == "Vale Workers Co-operative"
    choose(qtbot, combo, "charity")
    press(qtbot, page.save_button)
    assert page.details_message.text() == "Saved."
    bid = bids.list_bids(ws, tender.id)[0]
    assert (bid.org_form, bid.org_evidence) == ("", "")
    assert bid.records == (RecordAnswer(LEGACY_FORM, "charity"),
                           RecordAnswer(LEGACY_EVIDENCE, "Rules and member register"))
