"""Scoring: one evaluator scores their items (bid × qualitative measure) bid by bid or measure by
measure, with autosave, keyboard navigation, and submission. Blind: only the chosen member's own
scores are ever read (see `services.scoring_items`). No bid is shown before the member declares."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QWidget

from coopeval.domain import lifecycle
from coopeval.services.bids import entry as bids
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.evaluation import items as scoring_items
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.evaluation.items import ScoringItem, ScoringSheet
from coopeval.services.identity import seats
from coopeval.services.identity.seats import SeatHolder
from coopeval.services.panel import members as panel
from coopeval.services.setup import tenders
from coopeval.services.views import MemberView
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.errors import error_text
from coopeval.ui.i18n import QT_TRANSLATE_NOOP
from coopeval.ui.pages.base import TenderPage
from coopeval.ui.scoring import keys, submission
from coopeval.ui.scoring.autosave import Autosaver, saved_at_text, show_unsaved
from coopeval.ui.scoring.declaration import DeclareInterestDialog
from coopeval.ui.scoring.layout import ScoringWidgets
from coopeval.ui.scoring.score_editor import Draft
from coopeval.ui.settings import Settings

PREPARE_AFTER_MS = 60  # after the item shown has painted, before a reader could move on

class ScoringPage(TenderPage):
    title = QT_TRANSLATE_NOOP("TenderPage", "Scoring")  # the key select_page uses; shown translated
    relevant = frozenset({ChangeKind.TENDER, ChangeKind.TENDER_MEASURE, ChangeKind.BID, ChangeKind.RESPONSE,
                          ChangeKind.MEMBER, ChangeKind.DECLARATION, ChangeKind.SCORE, ChangeKind.PERSON})

    def __init__(self, controller: WorkspaceController, settings: Settings, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.settings = settings
        self.member_id: int | None = None
        self.sheet: ScoringSheet | None = None
        self.items: list[ScoringItem] = []
        self.index = -1
        # (member, bid, measure) → the item's label, the draft, why it was not saved
        self.unsaved: dict[tuple[int, int, int], tuple[str, Draft, str]] = {}
        self._saving = False
        # Each workspace opened bumps the generation; the items shown remember theirs, so a note typed
        # in one workspace is never saved into another (whose ids may coincide).
        self._generation = 0
        self._items_generation = 0
        self.autosaver = Autosaver(self._save_current, self)
        self.ui = ScoringWidgets(self)
        self.ui.choose_order(settings.scoring_order)
        # While the evaluator reads an item, the items either side of it are made ready (see ItemView.prepare).
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(PREPARE_AFTER_MS)
        self._prepare_timer.timeout.connect(self._prepare_neighbours)
        self._connect()
        keys.install(self)

    def _connect(self) -> None:
        ui, autosaver = self.ui, self.autosaver
        ui.member.currentIndexChanged.connect(self.member_chosen)
        ui.order.currentIndexChanged.connect(self.order_chosen)
        ui.declare_button.clicked.connect(self.declare_interest)
        ui.submit_button.clicked.connect(self.submit)
        ui.declaration.no_interest.connect(self.declare_no_interest)
        ui.declaration.declare_interest.connect(self.declare_interest)
        ui.item_list.currentRowChanged.connect(self.go_to)
        ui.editor.typed.connect(autosaver.touch)
        ui.editor.chosen.connect(autosaver.touch)
        ui.editor.chosen.connect(autosaver.save_now)
        ui.editor.left.connect(autosaver.save_now)
        ui.previous_button.clicked.connect(self.previous_item)
        ui.next_button.clicked.connect(self.next_item)
        ui.unscored_button.clicked.connect(self.first_unscored)
        ui.gate_button.clicked.connect(self.sign_in_as_member)

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
        ui = self.ui
        ui.notice.hide()
        self.sheet = None
        if self.tender_id is None or not self.controller.is_open:
            self._fill_members([])
            self._show_message("")
            return
        self._fill_members(self.controller.read(scoring_items.scorers, self.tender_id))
        tender = self.controller.read(tenders.get_tender, self.tender_id)
        if tender.status == lifecycle.DRAFT:
            self._show_message(self.tr("Scoring opens once the officer starts evaluation on the Set-up page."))
        elif self.member_id is None:
            self._show_message(self.tr("Choose who you are in “I am” to see your items to score.")
                               if ui.member.count() > 1 else self.tr("No evaluator is on this tender's panel."))
        elif not (holder := self.controller.read(seats.seat_holder, self.member_id)).signed_in:
            self._show_gate(holder)  # nothing of another member's is read, let alone shown
        else:
            self.sheet = self.controller.read(scoring_items.scoring_sheet, self.member_id, self._order())
            self._show_sheet(self.sheet)
        declared = self.sheet is not None and self.sheet.access == scoring_items.OK  # else the prompt offers it
        ui.declare_button.setVisible(declared)
        ui.declare_button.setEnabled(declared and self.sheet is not None and self.sheet.scoring_open
                                     and not self.controller.read_only)
        ui.refit_top()

    def forget(self) -> None:
        """Another workspace (or none) is open: the old file's items are forgotten, so the tender shown
        next (even one with the same id) is loaded afresh. Notes that could not be saved in the old
        file are shown, never written into the new one, whose ids may coincide."""
        self._generation += 1  # the items shown now belong to a closed workspace
        self.autosaver.save_now()  # refused (the old file is closed), so kept and shown below
        if self.unsaved:
            show_unsaved(self, list(self.unsaved.values()))
            self.unsaved.clear()
        self.autosaver.forget()
        self.items, self.index, self.member_id, self.sheet = [], -1, None, None
        self.tender_id = None
        self._fill_members([])
        self._show_message("")

    def _fill_members(self, members: list[MemberView]) -> None:
        member = self.ui.member
        member.blockSignals(True)
        try:
            member.clear()
            member.addItem(self.tr("Choose who you are…"), None)
            for m in members:
                member.addItem(f"{m.name} ({m.role})", m.id)
                # the box may be narrower than a long name: the whole name is in the item's tooltip
                member.setItemData(member.count() - 1, f"{m.name} ({m.role})", Qt.ItemDataRole.ToolTipRole)
            found = member.findData(self.member_id) if self.member_id is not None else -1
            if found < 0:
                self.member_id = None
            member.setCurrentIndex(max(0, found))
        finally:
            member.blockSignals(False)

    def _show_message(self, text: str) -> None:
        ui = self.ui
        self.items, self.index = [], -1
        if ui.stack.currentWidget() is ui.work:  # what the last member saw goes from the hidden face too
            ui.item_list.set_items([], set())
            ui.item_view.show_item(None, None)
            ui.editor.load(Draft())
            self.autosaver.forget()
        ui.declaration.forget()
        ui.message.setText(text)
        ui.stack.setCurrentWidget(ui.message)
        ui.banner.hide()
        ui.progress.hide()
        ui.submit_button.setEnabled(False)

    def _show_gate(self, holder: SeatHolder) -> None:
        self._show_message("")
        ui = self.ui
        signed_in = self.controller.person
        who = (self.tr("You are signed in as %1.").replace("%1", signed_in) + " " if signed_in
               else self.tr("Nobody is signed in.") + " ")
        ui.gate_text.setText(who + self.tr(
            "%1's scores, notes and declarations are shown only to %1: sign in as %1 with their passphrase to "
            "score.").replace("%1", holder.person_name))
        ui.gate_button.setText(self.tr("Sign in as %1…").replace("%1", holder.person_name))
        ui.stack.setCurrentWidget(ui.gate)

    def sign_in_as_member(self) -> None:
        """Ask for the chosen member's passphrase (the window's sign-in dialog); the page reloads
        for them once they are signed in."""
        if self.member_id is None or not self.controller.is_open:
            return
        holder = self.controller.read(seats.seat_holder, self.member_id)
        if not holder.signed_in:
            self.controller.sign_in_requested.emit(holder.person_name, self.tr(
                "To score as %1, sign in as %1.").replace("%1", holder.person_name))

    def _show_sheet(self, sheet: ScoringSheet) -> None:
        ui = self.ui
        ui.declaration.forget()  # the bidders' names are kept only while the prompt asks
        if sheet.access == scoring_items.UNDECLARED:
            self._show_message("")
            ui.declaration.ask(sheet.member.name, sheet.bidders)
            ui.stack.setCurrentWidget(ui.declaration)
            return
        if sheet.access != scoring_items.OK:
            self._show_message("")
            ui.declaration.waiting(sheet.message)
            ui.stack.setCurrentWidget(ui.declaration)
            return
        if not sheet.items:
            self._show_message(self.tr("There is nothing for you to score in this tender."))
            self._show_banner(sheet)
            return
        key = self.current_item.key if self.current_item else None
        self.items = list(sheet.items)
        self._items_generation = self._generation
        keys_now = [i.key for i in self.items]
        self.index = -1
        ui.item_list.set_items(self.items, self.unsaved_keys())
        ui.editor.set_scale(sheet.scale, sheet.tender.min_rationale_chars)
        ui.stack.setCurrentWidget(ui.work)
        self._show_banner(sheet)
        self._update_progress()
        ui.submit_button.setEnabled(self.editable)
        self.go_to(keys_now.index(key) if key in keys_now else 0)

    def _show_banner(self, sheet: ScoringSheet) -> None:
        notes = []
        status = sheet.tender.status
        if status in lifecycle.SIGNED_OFF_OR_LATER:  # said before "submitted": that stage is long past
            notes.append(self.tr("This tender is signed off: these scores are the final record and cannot change."))
        elif not sheet.scoring_open:
            notes.append(self.tr("This tender is in %1: individual scores are locked; the panel settles each item "
                                 "on the Moderation page.").replace("%1", lifecycle.label(status)))
        elif sheet.submitted:
            notes.append(self.tr("You have submitted your scores; they are read-only until moderation."))
        elif self.controller.read_only:
            notes.append(self.tr("The workspace is open read-only: nothing you type here can be saved."))
        if sheet.hidden_awaiting:
            notes.append(self.tr("{count} bid(s) stay hidden until the officer resolves your declared interest.")
                         .format(count=sheet.hidden_awaiting))
        if sheet.hidden_excluded:
            notes.append(self.tr("{count} bid(s) are hidden: a conflict of interest excludes you from them.")
                         .format(count=sheet.hidden_excluded))
        self.ui.banner.setText("\n".join(notes))
        self.ui.banner.setVisible(bool(notes))

    def unsaved_keys(self) -> set[tuple[int, int]]:
        return {(b, m) for (member, b, m) in self.unsaved if member == self.member_id}

    def _update_progress(self) -> None:
        progress = self.ui.progress
        progress.setMaximum(len(self.items))
        progress.setValue(sum(1 for i in self.items if i.done))
        progress.setVisible(bool(self.items))
        self.ui.refit_top()

    def _order(self) -> str:
        return self.ui.order.currentData() or "by_bid"

    # choosing who and in what order ----------------------------------------------------------
    def member_chosen(self) -> None:
        self._become(self.ui.member.currentData())
        if self.ui.stack.currentWidget() is self.ui.gate:
            self.sign_in_as_member()  # choosing someone in "I am" asks for their passphrase

    def fix_member(self, member_id: int | None) -> None:
        """For an evaluator pack: "I am" is this member, and cannot be changed (None: free again)."""
        self.ui.member.setEnabled(member_id is None)
        if member_id is not None:
            self._become(member_id)

    def _become(self, member_id: int | None) -> None:
        self.autosaver.save_now()  # saved as the member who typed it
        self.autosaver.forget()
        self.member_id = member_id
        self.items, self.index = [], -1
        self.refresh()

    def prepare_screenshot(self) -> None:
        """For `make screenshots`: show the first scoring member's first item, if there is one."""
        member = self.ui.member
        for index in range(1, member.count()):
            if "(chair)" in member.itemText(index) or "(evaluator)" in member.itemText(index):
                member.setCurrentIndex(index)
                self.member_chosen()
                if self.items or self.ui.stack.currentWidget() is self.ui.gate:
                    return  # at the gate the sign-in dialog asks for this member (`ui.screenshots` answers)

    def order_chosen(self) -> None:
        self.settings.scoring_order = self._order()
        if not self.items:
            return
        key = self.current_item.key if self.current_item else None
        self.items = scoring_items.ordered(self.items, self._order())
        self.ui.item_list.set_items(self.items, self.unsaved_keys())
        self.index = -1
        self.go_to([i.key for i in self.items].index(key) if key else 0)

    # moving ----------------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        if not self.items or index < 0 or self.sheet is None:
            return
        ui = self.ui
        index = min(index, len(self.items) - 1)
        if index == self.index:
            ui.item_list.select_row(index)
            return
        self.autosaver.save_now()  # on failure the draft is kept in self.unsaved, and shown again here
        self.autosaver.forget()
        self.index = index
        item = self.items[index]
        ui.item_list.select_row(index)
        ui.item_view.show_item(item, self.sheet.scale, self._position(index), self.sheet.commitments.get(item.bid_id, ()))
        self._prepare_timer.start()
        kept = self.unsaved.get((self.member_id, *item.key)) if self.member_id is not None else None
        ui.editor.set_editable(self.editable)
        if kept:
            ui.editor.load(kept[1])
            self.autosaver.dirty = True  # tried again on the next save
            ui.editor.set_status(self.tr("Not saved: %1").replace("%1", kept[2]), problem=True)
        else:
            ui.editor.load(Draft.of(item.score))
            ui.editor.set_status(self.tr("Saved at %1").replace("%1", saved_at_text(item.score.updated_at))
                                 if item.score else self.tr("Nothing saved for this item yet."))

    def _position(self, index: int) -> str:
        return self.tr("Item %1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(self.items)))

    def _prepare_neighbours(self) -> None:
        if self.sheet is None or not self.items:
            return
        for index in (self.index + 1, self.index - 1):
            if 0 <= index < len(self.items):
                item = self.items[index]
                self.ui.item_view.prepare(item, self.sheet.scale, self._position(index),
                                          self.sheet.commitments.get(item.bid_id, ()))

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
        ui = self.ui
        draft, mkey = ui.editor.draft(), (self.member_id, *item.key)
        if not self.controller.is_open or self._items_generation != self._generation:
            why = self.tr("The workspace was closed before this note could be saved.")
        else:
            self._saving = True
            try:  # kept and shown on any failure; never a traceback, never dropped
                outcome = self.controller.op(evaluation.save_score, self.member_id, item.bid_id, item.measure_id,
                                             on_error=lambda exc: True, **draft.kwargs())
            finally:
                self._saving = False
            if outcome.ok:
                score = outcome.value
                self.unsaved.pop(mkey, None)
                self.items[self.index] = item = replace(item, score=score)
                ui.item_list.update_row(self.index, item, False)
                ui.editor.set_status(self.tr("Saved at %1").replace("%1", saved_at_text(score.updated_at)))
                self._update_progress()
                return True
            why = error_text(outcome.error) if outcome.error is not None else ""
        self.unsaved[mkey] = (f"{item.code} · {item.bid_name}", draft, why)
        ui.editor.set_status(self.tr("Not saved: %1").replace("%1", why), problem=True)
        ui.item_list.update_row(self.index, item, True)
        return False

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
            self.controller.op(panel.declare, self.member_id, interest="none", parent=self)

    def declare_interest(self) -> None:
        if self.member_id is None or self.tender_id is None:
            return
        dialog = DeclareInterestDialog(self.controller.read(bids.list_bids, self.tender_id, include_withdrawn=False),
                                       self)
        if not dialog.exec():
            return
        # Only what the member declared is recorded: an interest in one bid counts as having declared
        # (`panel.has_declared`), so the other bids open without a "no interest" they never made.
        self.controller.op(panel.declare, self.member_id, parent=self, **dialog.values())

    def submit(self) -> None:
        submission.submit(self)

    def say(self, text: str) -> None:
        self.ui.notice.setText(text)
        self.ui.notice.show()
