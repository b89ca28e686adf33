"""Scoring: one evaluator scores their items (bid × qualitative measure) bid by bid or measure by
measure, with autosave, keyboard navigation, and submission. Blind: only the chosen member's own
scores are ever read (see `services.scoring_items`). No bid is shown before the member declares."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QWidget

from coopeval.domain import lifecycle
from coopeval.domain.errors import CoopEvalError
from coopeval.services import bids, evaluation, panel, scoring_items, tenders
from coopeval.services.scoring_items import ScoringItem, ScoringSheet
from coopeval.services.workspace import Changes
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.errors import error_text
from coopeval.ui.pages.base import TenderPage
from coopeval.ui.scoring import keys, layout, submission
from coopeval.ui.scoring.autosave import Autosaver, saved_at_text, show_unsaved
from coopeval.ui.scoring.declaration import DeclareInterestDialog
from coopeval.ui.scoring.score_editor import Draft
from coopeval.ui.settings import Settings


class ScoringPage(TenderPage):
    title = "Scoring"
    relevant = frozenset({"tender", "tender_measure", "bid", "response", "member", "declaration", "score"})

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None,
                 settings: Settings | None = None):
        super().__init__(controller, parent)
        self.settings = settings or getattr(parent, "settings", None)
        self.member_id: int | None = None
        self.sheet: ScoringSheet | None = None
        self.items: list[ScoringItem] = []
        self.index = -1
        self.unsaved: dict[tuple[int, int, int], tuple[str, Draft, str]] = {}  # (member, bid, measure) → item, draft, why
        self._saving = False
        self._workspace = None  # the workspace the items shown came from; notes are saved only there
        self.autosaver = Autosaver(self._save_current, self)
        layout.build(self)
        keys.install(self)
        controller.workspace_opened.connect(self._workspace_opened)

    # loading ---------------------------------------------------------------------------------
    @property
    def current_item(self) -> ScoringItem | None:
        return self.items[self.index] if 0 <= self.index < len(self.items) else None

    @property
    def editable(self) -> bool:
        return self.sheet is not None and self.sheet.editable and not self.controller.read_only

    def _on_data_changed(self, changes: Changes) -> None:
        if not self._saving:  # our own saves update the page in place, without disturbing the editor
            super()._on_data_changed(changes)

    def reload(self) -> None:
        self.autosaver.save_now()  # what was typed is saved before the data changes under it
        if self.controller.workspace is not self._workspace:
            self._workspace_changed()
        self.notice.hide()
        self.sheet = None
        if self.tender_id is None or not self.controller.is_open:
            self._fill_members([])
            self._show_message("")
            return
        self._fill_members(self.controller.query(scoring_items.scorers, self.tender_id))
        tender = self.controller.query(tenders.get_tender, self.tender_id)
        if tender.status == lifecycle.DRAFT:
            self._show_message(self.tr("Scoring opens once the officer starts evaluation on the Set-up page."))
        elif self.member_id is None:
            self._show_message(self.tr("Choose who you are in “I am” to see your items to score.")
                               if self.member.count() > 1 else self.tr("No evaluator is on this tender's panel."))
        else:
            self.sheet = self.controller.query(scoring_items.scoring_sheet, self.member_id, self._order())
            self._show_sheet(self.sheet)
        declared = self.sheet is not None and self.sheet.access == scoring_items.OK  # else the prompt offers it
        self.declare_button.setVisible(declared)
        self.declare_button.setEnabled(declared and self.sheet.scoring_open and not self.controller.read_only)

    def _workspace_opened(self, _workspace: object) -> None:
        """Runs before the main window re-shows the tenders: forget the old file's items, so the
        tender shown next (even one with the same id) is loaded afresh."""
        self.autosaver.save_now()  # refused (the old file is closed), so kept and shown below
        self._workspace_changed()
        self.tender_id = None
        self._fill_members([])
        self._show_message("")

    def _workspace_changed(self) -> None:
        """Another workspace (or none) is open: notes that could not be saved in the old one are
        shown, never written into the new one, whose ids may coincide."""
        if self.unsaved:
            show_unsaved(self, list(self.unsaved.values()))
            self.unsaved.clear()
        self.autosaver.forget()
        self.items, self.index, self.member_id = [], -1, None
        self._workspace = self.controller.workspace

    def _fill_members(self, members: list) -> None:
        self.member.blockSignals(True)
        try:
            self.member.clear()
            self.member.addItem(self.tr("Choose who you are…"), None)
            for m in members:
                self.member.addItem(f"{m.name} ({m.role})", m.id)
            found = self.member.findData(self.member_id) if self.member_id is not None else -1
            if found < 0:
                self.member_id = None
            self.member.setCurrentIndex(max(0, found))
        finally:
            self.member.blockSignals(False)

    def _show_message(self, text: str) -> None:
        self.items, self.index = [], -1
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.banner.hide()
        self.progress.hide()
        self.submit_button.setEnabled(False)

    def _show_sheet(self, sheet: ScoringSheet) -> None:
        if sheet.access == scoring_items.UNDECLARED:
            self._show_message("")
            self.declaration.ask(sheet.member.name)
            self.stack.setCurrentWidget(self.declaration)
            return
        if sheet.access != scoring_items.OK:
            self._show_message("")
            self.declaration.waiting(sheet.message)
            self.stack.setCurrentWidget(self.declaration)
            return
        if not sheet.items:
            self._show_message(self.tr("There is nothing for you to score in this tender."))
            self._show_banner(sheet)
            return
        key = self.current_item.key if self.current_item else None
        self.items = list(sheet.items)
        keys_now = [i.key for i in self.items]
        self.index = -1
        self.item_list.set_items(self.items, self.unsaved_keys())
        self.editor.set_scale(sheet.scale, sheet.tender.min_rationale_chars)
        self.stack.setCurrentWidget(self.work)
        self._show_banner(sheet)
        self._update_progress()
        self.submit_button.setEnabled(self.editable)
        self.go_to(keys_now.index(key) if key in keys_now else 0)

    def _show_banner(self, sheet: ScoringSheet) -> None:
        notes = []
        if sheet.submitted:
            notes.append(self.tr("You have submitted your scores; they are read-only until moderation."))
        elif not sheet.scoring_open:
            notes.append(self.tr("This tender is in %1: individual scores are locked.").replace(
                "%1", lifecycle.label(sheet.tender.status)))
        elif self.controller.read_only:
            notes.append(self.tr("The workspace is open read-only: nothing you type here can be saved."))
        if sheet.hidden_awaiting:
            notes.append(self.tr("%n bid(s) stay hidden until the officer resolves your declared interest.", "",
                                 sheet.hidden_awaiting))
        if sheet.hidden_excluded:
            notes.append(self.tr("%n bid(s) are hidden: a conflict of interest excludes you from them.", "",
                                 sheet.hidden_excluded))
        self.banner.setText("\n".join(notes))
        self.banner.setVisible(bool(notes))

    def unsaved_keys(self) -> set[tuple[int, int]]:
        return {(b, m) for (member, b, m) in self.unsaved if member == self.member_id}

    def _update_progress(self) -> None:
        self.progress.setMaximum(len(self.items))
        self.progress.setValue(sum(1 for i in self.items if i.done))
        self.progress.setVisible(bool(self.items))

    def _order(self) -> str:
        return self.order.currentData() or "by_bid"

    # choosing who and in what order ----------------------------------------------------------
    def member_chosen(self) -> None:
        self.autosaver.save_now()  # saved as the member who typed it
        self.autosaver.forget()
        self.member_id = self.member.currentData()
        self.items, self.index = [], -1
        self.reload()

    def prepare_screenshot(self) -> None:
        """For `make screenshots`: show the first scoring member's first item, if there is one."""
        for index in range(1, self.member.count()):
            if "(chair)" in self.member.itemText(index) or "(evaluator)" in self.member.itemText(index):
                self.member.setCurrentIndex(index)
                self.member_chosen()
                if self.items:
                    return

    def order_chosen(self) -> None:
        if self.settings is not None:
            self.settings.scoring_order = self._order()
        if not self.items:
            return
        key = self.current_item.key if self.current_item else None
        self.items = scoring_items.ordered(self.items, self._order())
        self.item_list.set_items(self.items, self.unsaved_keys())
        self.index = -1
        self.go_to([i.key for i in self.items].index(key) if key else 0)

    # moving ----------------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        if not self.items or index < 0:
            return
        index = min(index, len(self.items) - 1)
        if index == self.index:
            self.item_list.select_row(index)
            return
        self.autosaver.save_now()  # on failure the draft is kept in self.unsaved, and shown again here
        self.autosaver.forget()
        self.index = index
        item = self.items[index]
        self.item_list.select_row(index)
        position = self.tr("Item %1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(self.items)))
        self.item_view.show_item(item, self.sheet.scale, position, self.sheet.commitments.get(item.bid_id, ()))
        kept = self.unsaved.get((self.member_id, *item.key))
        self.editor.set_editable(self.editable)
        if kept:
            self.editor.load(kept[1])
            self.autosaver.dirty = True  # tried again on the next save
            self.editor.set_status(self.tr("Not saved: %1").replace("%1", kept[2]), problem=True)
        else:
            self.editor.load(Draft.of(item.score))
            self.editor.set_status(self.tr("Saved at %1").replace("%1", saved_at_text(item.score.updated_at))
                                   if item.score else self.tr("Nothing saved for this item yet."))

    def next_item(self) -> None:
        if self.index + 1 < len(self.items):
            self.go_to(self.index + 1)

    def previous_item(self) -> None:
        if self.index > 0:
            self.go_to(self.index - 1)

    def first_unscored(self) -> None:
        """The first item not scored (or, once all are, the first missing a rationale or a reason)."""
        target = next((n for n, i in enumerate(self.items) if not i.done), None)
        if target is None:
            target = next((n for n, i in enumerate(self.items) if submission.incomplete(i)), None)
        if target is not None:
            self.go_to(target)

    # saving ----------------------------------------------------------------------------------
    def _save_current(self) -> bool:
        item = self.current_item
        if item is None or self.member_id is None:
            return True
        draft, mkey = self.editor.draft(), (self.member_id, *item.key)
        self._saving = True
        try:
            if self.controller.workspace is None or self.controller.workspace is not self._workspace:
                raise CoopEvalError(self.tr("The workspace was closed before this note could be saved."))
            score = self.controller.mutate(evaluation.save_score, self.member_id, item.bid_id, item.measure_id,
                                           **draft.kwargs())
        except Exception as exc:  # kept and shown; never a traceback, never dropped
            why = error_text(exc)
            self.unsaved[mkey] = (f"{item.code} · {item.bid_name}", draft, why)
            self.editor.set_status(self.tr("Not saved: %1").replace("%1", why), problem=True)
            self.item_list.update_row(self.index, item, True)
            return False
        finally:
            self._saving = False
        self.unsaved.pop(mkey, None)
        self.items[self.index] = item = replace(item, score=score)
        self.item_list.update_row(self.index, item, False)
        self.editor.set_status(self.tr("Saved at %1").replace("%1", saved_at_text(score.updated_at)))
        self._update_progress()
        return True

    def flush(self) -> None:
        """The workspace is closing: save now. Notes that cannot be saved are shown, to be copied."""
        self.autosaver.save_now()
        if self.unsaved:
            show_unsaved(self, list(self.unsaved.values()))
            self.unsaved.clear()
        self.autosaver.forget()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        if self.controller.is_open:
            self.autosaver.save_now()
        super().hideEvent(event)

    # declaring and submitting ----------------------------------------------------------------
    def declare_no_interest(self) -> None:
        if self.member_id is not None:
            self.run(panel.declare, self.member_id, interest="none")

    def declare_interest(self) -> None:
        if self.member_id is None:
            return
        dialog = DeclareInterestDialog(self.controller.query(bids.list_bids, self.tender_id, include_withdrawn=False), self)
        if not dialog.exec():
            return
        values = dialog.values()
        undeclared = self.sheet is not None and self.sheet.access == scoring_items.UNDECLARED
        _, ok = self.run(panel.declare, self.member_id, **values)
        if ok and undeclared and values["bid_id"] is not None:  # an interest in one bid: nothing else to declare
            self.run(panel.declare, self.member_id, interest="none")

    def submit(self) -> None:
        submission.submit(self)

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

