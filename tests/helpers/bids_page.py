"""Tenders and bids for the GUI tests: a tender built through the services on the window's workspace,
and bids and responses typed into the Bids page through its widgets."""

from __future__ import annotations

from pathlib import Path

from coopeval.domain.records import LEGACY_EVIDENCE
from coopeval.services.panel import members as panel
from coopeval.services.setup import frameworks, start, tenders
from tests.helpers.widgets import choose, press

REPO = Path(__file__).resolve().parents[2]
# A co-operative society and an ordinary company, in framework 1.0.0's words or 2.0.0's (whichever the tender asks).
SOCIETY = ("registered co-operative society", "registered society (co-operative or community benefit)")
COMPANY = ("ordinary company", "company limited by shares")
WEIGHTS = ("20", "20", "20", "15", "15", "10")  # the light set's six measures, total 100


def make_tender(win, catalogue, *, evaluation: bool = False):
    """A tender with the co-operative values framework's light set, weighted to 100."""
    ws = win.controller.workspace
    frameworks.import_framework(ws, REPO / "frameworks" / "archive" / "coop-values-1.0.0.toml")
    tender, _ = tenders.create_tender(ws, reference="EV-2026-014", title="Community meals at home",
                                      authority="Exampleshire County Council", scale=catalogue.scales["0-5"])
    measures, _ = tenders.add_measures(ws, tender.id, "coop-values", set_name="light")
    for measure, weight in zip(measures, WEIGHTS, strict=True):
        tenders.set_measure(ws, measure.id, weight=weight)
    if evaluation:
        panel.add_member(ws, tender.id, name="Priya Shah", role="evaluator")
        start.start_evaluation(ws, tender.id)
    win.reload_tenders(tender.id)
    return tender, measures


def add_bid(qtbot, page, identifier: str, legal: str, trading: str, form: str | tuple[str, ...],
            evidence: str) -> None:
    press(qtbot, page.new_button)
    qtbot.keyClicks(page.details.identifier, identifier)
    qtbot.keyClicks(page.details.legal_name, legal)
    qtbot.keyClicks(page.details.trading_name, trading)
    qtbot.keyClicks(page.details.email, "tenders@" + trading.split()[0].lower() + ".example")
    qtbot.keyClicks(page.details.received_on, "2026-03-02")
    answer(qtbot, page.details, form, evidence)
    press(qtbot, page.save_button)
    assert page.details_message.text() == "Saved.", page.details_message.text()


def answer(qtbot, form, choice: str | tuple[str, ...], evidence: str = "") -> None:
    """Choose `choice` (or the first of several that the tender offers) in the tender's one-choice record field that
    offers it (legal form, ownership model...), and type the evidence beside it, or in framework 1.0.0's evidence
    field."""
    options = (choice,) if isinstance(choice, str) else choice
    field, value = next((f, c) for c in options for f in form.fields if f.kind == "choice" and c in f.choices)
    choose(qtbot, form.record_controls[field.code], value)
    where = form.evidence_edits.get(field.code) or form.record_controls.get(LEGACY_EVIDENCE)
    if evidence and where is not None:
        qtbot.keyClicks(where, evidence)


def add_two_bids(qtbot, page) -> None:
    add_bid(qtbot, page, "IP31245R", "Riverside Care Co-operative Limited", "Riverside Care",
            SOCIETY, "FCA Mutuals Register 31245R")
    add_bid(qtbot, page, "09876543", "Hartwell Support Services Ltd", "Hartwell Support",
            COMPANY, "Companies House 09876543")


def respond(qtbot, page, measure, text: str, refs: str, quantity: str | None = None) -> None:
    editor = page.responses
    assert editor.select_measure(measure.id)
    qtbot.keyClicks(editor.text, text)
    qtbot.keyClicks(editor.page_refs, refs)
    if quantity is not None:
        qtbot.keyClicks(editor.quantity, quantity)
