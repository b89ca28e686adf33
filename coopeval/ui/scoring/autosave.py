"""Autosave for an evaluator's notes: a save once typing pauses, and whenever the page asks (moving
to another item, hiding, closing). The notes are legal records, so a failed save keeps them dirty
for the next try; it never forgets them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from coopeval.domain.dates import date_text
from coopeval.ui.i18n import translate
from coopeval.ui.scoring.score_editor import Draft

DELAY_MS = 800  # after the last keystroke; with the save itself, well inside the promised second


class Autosaver(QObject):
    def __init__(self, save: Callable[[], bool], parent: QObject | None = None, delay_ms: int = DELAY_MS):
        super().__init__(parent)
        self._save = save
        self.dirty = False
        self.timer = QTimer(self)
        self.timer.setObjectName("autosaveTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.save_now)

    def touch(self) -> None:
        """Something was typed: save once typing pauses."""
        self.dirty = True
        self.timer.start()

    def save_now(self) -> bool:
        """Save at once if anything is unsaved; True when nothing is left unsaved."""
        self.timer.stop()
        if not self.dirty:
            return True
        if self._save():
            self.dirty = False
        return not self.dirty

    def forget(self) -> None:
        """The editor now shows something else (whatever was unsaved has been kept elsewhere)."""
        self.timer.stop()
        self.dirty = False


def saved_at_text(updated_at: str, now: dt.datetime | None = None) -> str:
    """'14:32:05' for today, '14:32:05 on 3 Mar 2026' otherwise, in local time, from a stored UTC time."""
    try:
        when = dt.datetime.strptime(updated_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC).astimezone()
    except ValueError:
        return updated_at
    now = now or dt.datetime.now().astimezone()
    clock = when.strftime("%H:%M:%S")
    if when.date() == now.date():
        return clock
    return translate("Autosaver", "{time} on {date}").format(time=clock, date=date_text(when.date()))


def show_unsaved(parent: QWidget, notes: list[tuple[str, Draft, str]]) -> None:
    """Some notes could not be saved: show them (item, draft, why), so the evaluator can copy them
    somewhere safe before the window closes."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Autosaver", "Notes not saved"), translate("Autosaver",
        "{count} note(s) could not be saved. Copy them from the details below before they are lost.").format(
        count=len(notes))
        + "\n\n" + "\n".join(sorted({why for _, _, why in notes})), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("unsavedNotes")
    where, reason = translate("Autosaver", "Where in the bid"), translate("Autosaver", "Reason for abstaining")
    box.setDetailedText("\n\n".join(
        f"{label}\n{d.rationale}\n{where}: {d.evidence_refs}"
        + (f"\n{reason}: {d.abstain_reason}" if d.abstain else "")
        for label, d, _ in notes))
    box.exec()
