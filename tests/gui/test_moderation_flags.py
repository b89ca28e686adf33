"""Rationale quality flags on the Moderation page and in meeting mode, on a copy of the demo's tender
in moderation: they follow what the chair types (once typing pauses), stay beside the recorded
consensus after saving, are words with a mark (not colour alone), and never stop a consensus being
recorded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from coopeval.domain.rationale_quality import REPEATS
from coopeval.services.moderation import consensus as moderation
from tests.gui.test_moderation_page import click_cell, record, type_rationale
from tests.helpers.moderation_demo import PATHWAYS, REF, YOUTH_COOP, open_on_moderation
from tests.helpers.screenshots import save
from tests.helpers.widgets import ALT


@pytest.fixture
def moderating(qtbot, window, moderation_templates, tmp_path):
    return (window, *open_on_moderation(qtbot, window, moderation_templates, tmp_path, opened=True))


def flags_after_typing(qtbot, editor) -> str:
    """The editor's flags once its pause after typing is over (the timer fires; no clock is asserted)."""
    assert editor.flag_timer.isActive()  # not re-checked at every keystroke
    qtbot.waitUntil(lambda: not editor.flag_timer.isActive())
    assert editor.flags.isVisible()
    return editor.flags.text()


def test_flags_follow_the_typing_and_stay_beside_the_recorded_consensus(qtbot, moderating):
    window, page, path = moderating
    window.resize(1280, 800)
    click_cell(qtbot, page, YOUTH_COOP, "CV-PA-03")
    editor = page.ui.editor
    assert not editor.flags.isVisible()  # nothing typed, nothing recorded: nothing to say
    descriptor = page.data.scale.point(4).descriptor
    qtbot.keyClick(page.ui.grid, Qt.Key.Key_4, ALT)
    type_rationale(qtbot, page, descriptor)
    shown = flags_after_typing(qtbot, editor)
    assert f"⚠ {REPEATS}" in shown and "you can still record it" in shown
    assert "Does not point to the bid's evidence" in shown
    qtbot.waitUntil(lambda: not editor.flags.visibleRegion().isEmpty())  # scrolled into view below the rationale
    save(window, "moderation-flags-typing.png")
    # a flag never refuses: recorded as typed, and then shown beside the consensus on the item view
    record(qtbot, page)
    (agreed,) = window.controller.read(moderation.list_consensus, REF)
    assert agreed.rationale == descriptor
    click_cell(qtbot, page, YOUTH_COOP, "CV-PA-03")
    assert f"⚠ {REPEATS}" in page.ui.item_view.text.text()
    assert "Rationale checks (flags, not refusals)" in page.ui.item_view.text.text()
    assert editor.flags.isVisible() and f"⚠ {REPEATS}" in editor.flags.text()  # the saved text, checked at once
    save(window, "moderation-flags.png")
    # revised with a reference to the bid: nothing flagged, in the editor and after saving
    type_rationale(qtbot, page, "Both found a youth board that decides a real budget (p. 2); confirmed at Good.")
    assert "✓" in flags_after_typing(qtbot, editor) and "nothing flagged" in editor.flags.text()
    record(qtbot, page)
    click_cell(qtbot, page, YOUTH_COOP, "CV-PA-03")
    assert "Rationale checks" not in page.ui.item_view.text.text()


def test_a_short_rationale_is_flagged_with_the_tender_minimum(qtbot, moderating):
    window, page, path = moderating
    click_cell(qtbot, page, PATHWAYS, "CV-PA-01")
    minimum = page.data.tender.min_rationale_chars
    assert minimum > 5
    type_rationale(qtbot, page, "Fine.")
    shown = flags_after_typing(qtbot, page.ui.editor)
    assert f"⚠ Shorter than this tender's minimum of {minimum} characters (5)." in shown


def test_meeting_mode_shows_the_flags_beside_the_consensus_and_as_the_chair_types(qtbot, moderating):
    window, page, path = moderating
    click_cell(qtbot, page, YOUTH_COOP, "CV-PA-03")
    descriptor = page.data.scale.point(4).descriptor
    qtbot.keyClick(page.ui.grid, Qt.Key.Key_4, ALT)
    type_rationale(qtbot, page, descriptor)
    record(qtbot, page)
    click_cell(qtbot, page, YOUTH_COOP, "CV-PA-03")
    qtbot.keyClick(page.ui.grid, Qt.Key.Key_F11)
    meeting = page.meeting
    qtbot.waitUntil(meeting.isActiveWindow)
    assert f"⚠ {REPEATS}" in meeting.consensus.text()
    entry = meeting.editor
    assert entry.flags.isVisible() and f"⚠ {REPEATS}" in entry.flags.text()
    entry.rationale.setFocus()
    entry.rationale.selectAll()
    qtbot.keyClick(entry.rationale, Qt.Key.Key_Delete)
    qtbot.keyClicks(entry.rationale, "Too short")
    shown = flags_after_typing(qtbot, entry)
    assert "⚠ Shorter than this tender's minimum" in shown and REPEATS not in shown
    meeting.showNormal()  # the offscreen screen is 800 × 800; picture it at a projector's 1280 × 720
    meeting.resize(1280, 720)
    qtbot.wait(10)
    save(meeting, "meeting-mode-flags.png")
    meeting.scroll_area.ensureWidgetVisible(meeting.consensus)
    qtbot.wait(10)
    save(meeting, "meeting-mode-flags-consensus.png")
    qtbot.keyClick(meeting, Qt.Key.Key_Escape)
