"""The Delivery page's rating thresholds (issue 19, section 4: "adjustable per tender"), driven through its real
widgets on a real workspace file with a tender in delivery: the dialog opens with the tender's thresholds, refuses a
set that does not fall from Good to Requires improvement on its own problem line (nothing changes), and a good set
changes the suggestions from then on while a recorded rating keeps the suggestion it was made beside."""

from __future__ import annotations

from decimal import Decimal

from coopeval.domain.ratings import Thresholds
from coopeval.services.delivery import ratings
from coopeval.ui.delivery.thresholds import RatingThresholdsDialog
from tests.gui.test_delivery_page import delivering  # noqa: F401 - the fixture: a tender a year into delivery
from tests.helpers.widgets import press, unnamed_controls

PERIOD = "2025-2026"


def first_line(ws, reference: str) -> ratings.RatingLine:
    line = ratings.rating_lines(ws, reference, PERIOD)[0]
    assert line.kpi and line.achievement == "40"  # 4 FTE delivered of 10 promised
    return line


def test_thresholds_change_the_suggestion_and_an_invalid_set_is_refused_inline(qtbot, delivering):  # noqa: F811
    win, page, built, ids = delivering
    ws = win.controller.workspace
    assert first_line(ws, built.reference).suggestion == "inadequate"  # 40 % is below the default 70 %
    ratings.record_rating(ws, ids["LOC-01"], PERIOD, "inadequate")
    assert page.thresholds_button.isEnabled() == page.rate_button.isEnabled() is True
    assert page.thresholds_button in page.rating_buttons

    press(qtbot, page.thresholds_button)
    dialog = page.dialog
    assert isinstance(dialog, RatingThresholdsDialog) and dialog.isVisible()
    assert dialog.values() == ("100", "90", "70")  # the tender's current thresholds
    assert [e.accessibleName() for e in (dialog.good, dialog.approaching, dialog.improvement)] == [
        "Good from (%)", "Approaching target from (%)", "Requires improvement from (%)"]
    assert unnamed_controls(dialog) == []

    dialog.good.setText("90")
    dialog.approaching.setText("95")
    dialog.improvement.setText("70")
    press(qtbot, dialog.ok_button)
    assert dialog.isVisible() and page.dialog is dialog  # refused inline, kept open with what was typed
    assert "must fall from Good to Requires improvement" in dialog.message.text()
    assert dialog.values() == ("90", "95", "70")
    assert ratings.rating_thresholds(ws, built.reference) == Thresholds()  # nothing changed
    assert first_line(ws, built.reference).suggestion == "inadequate"

    dialog.good.setText("50")
    dialog.approaching.setText("40")
    dialog.improvement.setText("30")
    press(qtbot, dialog.ok_button)
    assert page.dialog is None
    assert ratings.rating_thresholds(ws, built.reference) == Thresholds(Decimal(50), Decimal(40), Decimal(30))
    line = first_line(ws, built.reference)
    assert line.suggestion == "approaching"  # 40 % now reaches Approaching target
    assert (line.rating, line.suggested_then) == ("inadequate", "inadequate")  # the recorded rating never changes
    assert "Good from 50 %" in page.note.text()

    press(qtbot, page.thresholds_button)  # opened again: the saved thresholds
    again = page.dialog
    assert isinstance(again, RatingThresholdsDialog) and again.values() == ("50", "40", "30")
    again.reject()
