"""Moderation: the officer opens it (individual scores lock); drafts left unsubmitted are settled
first by their evaluators; the grid of measures × bids shows where the panel agrees and where it
must talk; for each item the panel reads every score and rationale and records a consensus with its
reason. Meeting mode puts one item at a time on a projector. Blind until opened: the grid reads
no individual score before then (see `services.moderation_view`)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox, QWidget

from coopeval.domain import lifecycle
from coopeval.services.changes import ChangeKind
from coopeval.services.identity.guard import NotPermittedError, NotSignedInError
from coopeval.services.moderation import consensus as moderation
from coopeval.services.moderation import drafts
from coopeval.services.moderation import view as moderation_view
from coopeval.services.moderation.drafts import PendingDraft
from coopeval.services.moderation.quality import item_flags
from coopeval.services.moderation.view import ModerationGrid, ModerationItem
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.i18n import QT_TRANSLATE_NOOP
from coopeval.ui.moderation.history_dialog import HistoryDialog
from coopeval.ui.moderation.layout import ModerationWidgets, install_keys
from coopeval.ui.moderation.meeting_mode import MeetingMode
from coopeval.ui.pages.base import TenderPage
from coopeval.ui.pages.loading import Loader


class ModerationPage(TenderPage):
    title = QT_TRANSLATE_NOOP("TenderPage", "Moderation")  # the key select_page uses; shown translated
    relevant = frozenset({ChangeKind.TENDER, ChangeKind.TENDER_MEASURE, ChangeKind.BID, ChangeKind.RESPONSE,
                          ChangeKind.MEMBER, ChangeKind.DECLARATION, ChangeKind.SCORE, ChangeKind.CONSENSUS,
                          ChangeKind.PERSON})

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.data: ModerationGrid | None = None
        self.current_key: tuple[int, int] | None = None
        self.meeting: MeetingMode | None = None
        self.history_dialog: HistoryDialog | None = None
        self.loader = Loader(controller, self)
        self._meeting_waits = False  # meeting mode recorded a consensus; it shows it once the grid is read
        self._shown: tuple | None = None  # (key, consensus recorded_at) the editor holds
        self.ui = ModerationWidgets(self)
        self._connect()
        self.shortcuts = install_keys(self)

    def _connect(self) -> None:
        ui = self.ui
        ui.open_button.clicked.connect(self.open_moderation)
        ui.only_discussion.toggled.connect(self.view_changed)
        ui.order.currentIndexChanged.connect(self.view_changed)
        ui.anonymise.toggled.connect(self.anonymise_changed)
        ui.discussion_button.clicked.connect(self.next_needing_discussion)
        ui.history_button.clicked.connect(self.show_history)
        ui.meeting_button.clicked.connect(self.meeting_mode)
        ui.editor.accept_all_requested.connect(self.accept_commitments)
        ui.drafts.submit_requested.connect(self.submit_drafts)
        ui.drafts.withdraw_requested.connect(self.withdraw_drafts)
        ui.grid.selectionModel().currentChanged.connect(self.cell_changed)
        ui.editor.record.connect(self.record)

    # loading -------------------------------------------------------------------------------------
    @property
    def current_item(self) -> ModerationItem | None:
        if self.data is None or self.current_key not in self.data.items:
            return None
        return self.data.items[self.current_key]

    @property
    def editable(self) -> bool:
        return self.data is not None and self.data.editable and not self.controller.read_only

    def working(self) -> bool:
        return self.ui.stack.currentWidget() is self.ui.work and self.current_item is not None

    def reload(self) -> None:
        """Read the grid; a large tender on the worker, saying it is loading meanwhile (the grid shown
        for the same tender stays, with what is typed, until the new one is read), never blocking input."""
        self.ui.notice.hide()
        if self.tender_id is None or not self.controller.is_open:
            self.loader.cancel()
            self.data = None
            self._show_closed("", can_open=False)
            return
        tender_id = self.tender_id
        background = self.loader.worth_background(moderation_view.grid_cost, tender_id)
        if background and (self.data is None or self.data.tender.id != tender_id):
            self.data = None
            self._show_closed(self.tr("Loading the moderation grid…"), can_open=False)

        def refused(exc: BaseException) -> bool:
            if isinstance(exc, (NotSignedInError, NotPermittedError)):  # moderation is for the panel: said in place
                self.data = None
                self._show_closed(str(exc), can_open=False)
                return True
            return False

        self.loader.start(moderation_view.moderation_grid, tender_id, on_done=self._loaded, on_error=refused,
                          background=background)

    def _loaded(self, grid: ModerationGrid) -> None:
        self.data = grid
        if self._meeting_waits:
            self._meeting_waits = False
            if self.meeting is not None:
                self.meeting.recorded(grid)
        if not grid.is_open:
            self._show_closed(self._readiness_text(grid), can_open=grid.tender.status == lifecycle.EVALUATION
                              and not self.controller.read_only)
            return
        self.ui.open_button.hide()
        self._set_controls(True)
        notes = []
        if grid.tender.status in lifecycle.SIGNED_OFF_OR_LATER:
            notes.append(self.tr("This tender is signed off: the moderation is read-only. Reopen it (with a reason) to revise."))
        elif self.controller.read_only:
            notes.append(self.tr("The workspace is open read-only: nothing can be recorded."))
        self.ui.banner.setText("\n".join(notes))
        self.ui.banner.setVisible(bool(notes))
        self.ui.drafts.set_drafts(list(grid.drafts), self.editable)
        self.ui.stack.setCurrentWidget(self.ui.work)
        self._refill_grid()
        self.ui.accept_button.setEnabled(self.editable and bool(self.commitments_to_accept()))

    def forget(self) -> None:
        """Another workspace (or none) is open: its grid, the item chosen, the meeting-mode window, the
        history dialog and the last notice go, so nothing of the old file is shown or recorded."""
        meeting, self.meeting = self.meeting, None
        if meeting is not None:
            meeting.left_at.disconnect(self._meeting_left)  # nothing to select in the new file
            meeting.close()
        history, self.history_dialog = self.history_dialog, None
        if history is not None:
            history.close()
        self.loader.cancel()
        self.data = None
        self.ui.notice.hide()
        self.ui.editor.show_problem("")
        self._show_closed("", can_open=False)

    def _refill_grid(self) -> None:
        keep = self.current_key
        self.ui.model.set_grid(self.data)
        keys = self.ui.model.keys()
        self.select(keep if keep in keys else (keys[0] if keys else None))

    def _show_closed(self, text: str, *, can_open: bool) -> None:
        self.ui.model.set_grid(None)
        self.current_key, self._shown = None, None
        self.ui.drafts.hide()
        self.ui.banner.hide()
        self.ui.message.setText(text)
        self.ui.stack.setCurrentWidget(self.ui.message)
        self.ui.open_button.setVisible(can_open)
        self._set_controls(False)
        self.ui.accept_button.setEnabled(False)

    def _set_controls(self, on: bool) -> None:
        for widget in (self.ui.only_discussion, self.ui.order, self.ui.anonymise, *self.ui.view_buttons):
            widget.setEnabled(on)

    def _readiness_text(self, grid: ModerationGrid) -> str:
        status = grid.tender.status
        if status == lifecycle.DRAFT:
            return self.tr("<h3>Moderation comes after individual scoring.</h3><p>Start evaluation on the Set-up page first.</p>")
        rows = "".join(
            f"<tr><td>{escape(r.name)}</td><td align='right'>{r.scored} / {r.expected}</td><td align='right'>{r.submitted}</td>"
            f"<td align='right'>{r.drafts}</td></tr>" for r in grid.readiness)
        heads = "".join(f"<th>{escape(h)}</th>" for h in (  # outside the f-string, where lupdate can see them
            self.tr("Evaluator"), self.tr("Scored"), self.tr("Submitted"), self.tr("Drafts")))
        return (self.tr("<h3>Individual scoring is still open.</h3><p>When the officer opens moderation every individual "
                        "score locks. Drafts not yet submitted are then listed first: each evaluator submits or "
                        "withdraws their own. Until then scoring is blind, so only counts are shown here.</p>")
                + f"<table cellpadding='4' border='1' style='border-collapse:collapse'><tr>{heads}</tr>{rows}</table>")  # i18n: no - markup

    # choosing an item ----------------------------------------------------------------------------
    def select(self, key: tuple[int, int] | None) -> None:
        index = self.ui.model.index_of(key)
        if index.isValid():
            self.ui.grid.setCurrentIndex(index)
            self.ui.grid.scrollTo(index)
        self.current_key = key if index.isValid() else None
        self._show_current()

    def cell_changed(self, current, _previous=None) -> None:  # noqa: ANN001
        item = self.ui.model.item_at(current)
        if item is not None and item.key != self.current_key:
            self.current_key = item.key
            self._show_current()

    def _show_current(self) -> None:
        item = self.current_item
        if item is None or self.data is None:
            self.ui.item_view.show_item(None, None, anonymise=False)
            self.ui.editor.setEnabled(False)
            self._shown = None
            return
        keys = self.ui.model.keys()
        position = self.tr("Item %1 of %2").replace("%1", str(keys.index(item.key) + 1)).replace("%2", str(len(keys))) \
            if item.key in keys else ""
        self.ui.item_view.show_item(item, self.data.scale, anonymise=self.ui.anonymise.isChecked(), position=position,
                                    flags=item_flags(item, self.data))
        shown = (item.key, item.consensus.recorded_at if item.consensus else None)
        self.ui.editor.setEnabled(True)
        self.ui.editor.show_item(item, self.data, editable=self.editable and not item.pending_drafts,
                              keep_typed=shown == self._shown)
        self._shown = shown

    def view_changed(self) -> None:
        self.ui.model.set_view(only_discussion=self.ui.only_discussion.isChecked(), order=self.ui.order.currentData())
        keys = self.ui.model.keys()
        self.select(self.current_key if self.current_key in keys else (keys[0] if keys else None))

    def anonymise_changed(self) -> None:
        item, data = self.current_item, self.data
        if item is not None and data is not None:
            self.ui.item_view.show_item(item, data.scale, anonymise=self.ui.anonymise.isChecked(),
                                        flags=item_flags(item, data))

    def _step(self, delta: int) -> None:
        keys = self.ui.model.keys()
        if self.current_key in keys:
            target = keys.index(self.current_key) + delta
            if 0 <= target < len(keys):
                self.select(keys[target])

    def next_item(self) -> None:
        self._step(1)

    def previous_item(self) -> None:
        self._step(-1)

    def next_needing_discussion(self) -> None:
        keys = self.ui.model.keys()
        start = keys.index(self.current_key) + 1 if self.current_key in keys else 0
        data = self.data  # the model has keys only while there is a grid
        for key in keys[start:] + keys[:start]:
            if data is not None and data.items[key].needs_discussion:
                self.select(key)
                return
        self.say(self.tr("No item needs discussion: every discuss or split item has a consensus."))

    # recording -----------------------------------------------------------------------------------
    def record(self) -> None:
        item = self.current_item
        if item is None or not self.editable:
            return
        editor = self.ui.editor
        if self.controller.op(moderation.record_consensus, item.bid_id, item.measure_id, **editor.values(),
                              inline=editor.show_problem, parent=self).ok:  # a refusal is said in place
            editor.show_problem("")
            self._on_to_next_without_consensus(item)

    def next_without_consensus(self, done: tuple[int, int] | None = None) -> tuple[int, int] | None:
        """The next item after the current one, in the grid's present order (wrapping), with no
        consensus yet; None when every item shown has one. `done`: an item just recorded, which
        the grid (still being read again on the worker) may not show as recorded yet."""
        keys, data = self.ui.model.keys(), self.data
        if data is None:
            return None
        start = keys.index(self.current_key) + 1 if self.current_key in keys else 0
        return next((k for k in keys[start:] + keys[:start] if data.items[k].consensus is None and k != done), None)

    def _on_to_next_without_consensus(self, recorded: ModerationItem) -> None:
        """After a consensus is recorded the chair moves on: to the next item still needing one."""
        done = self.tr("Recorded the consensus for %1 · %2.").replace("%1", recorded.code).replace("%2", recorded.bid_name)
        target = self.next_without_consensus(recorded.key)
        if target is None:
            self.tell(done + " " + self.tr("No item shown in the grid is left without a consensus."))
            return
        self.select(target)
        item = self.current_item
        if item is not None:
            self.tell(done + " " + self.tr("Next without a consensus: %1 · %2.").replace("%1", item.code)
                      .replace("%2", item.bid_name))

    def tell(self, text: str) -> None:
        """News of what was done, in the window's status bar (a refusal goes in `notice`)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15000)

    def commitments_to_accept(self) -> list[ModerationItem]:
        """Quantitative items with a commitment and no consensus yet, in the grid's framework order."""
        if self.data is None:
            return []
        return [i for i in self.data.items.values() if i.kind != "qualitative" and i.consensus is None
                and i.committed is not None]

    def accept_commitments(self) -> None:
        """Record each quantitative item without a consensus at the bid's commitment, one rationale for
        them all (each still its own consensus in the record), after saying how many and asking."""
        data, items = self.data, self.commitments_to_accept()
        if data is None or not self.editable:
            return
        if not items:
            self.say(self.tr("Every quantitative item with a commitment already has a consensus."))
            return
        bids = len({i.bid_id for i in items})
        question = self.tr("Accept %1 commitment(s) from %2 bid(s) as committed?\n\nEach of them is recorded as its own "
                           "consensus, at the quantity the bid committed, with the rationale below and the members "
                           "present by default (those with a declared interest in the bid left out). Items that already "
                           "have a consensus are not changed; lower any quantity the panel doubts one by one first."
                           "\n\nRationale (required), for every one of them:") \
            .replace("%1", str(len(items))).replace("%2", str(bids))
        rationale, ok = QInputDialog.getMultiLineText(
            self, self.tr("Accept %1 commitment(s) as committed").replace("%1", str(len(items))), question)
        if not ok:
            return
        done = self.controller.op(moderation.accept_commitments, [i.key for i in items], rationale=rationale,
                                  present={i.key: data.present_by_default(i) for i in items}, inline=self.say, parent=self)
        if done.ok:
            self.ui.notice.hide()
            self.tell(self.tr("Accepted %1 commitment(s) as committed, each recorded as its own consensus.")
                      .replace("%1", str(done.value)))

    def open_moderation(self) -> None:
        if self.data is None:
            return
        pending = sum(r.drafts for r in self.data.readiness)
        question = self.tr("Open moderation for %1? Every individual score locks.").replace("%1", self.data.tender.reference)
        if pending:
            question += "\n\n" + self.tr("%1 draft score(s) are not submitted; their evaluators will submit or withdraw "
                                         "them at moderation.").replace("%1", str(pending))
        if QMessageBox.question(self, self.tr("Open moderation"), question) == QMessageBox.StandardButton.Yes:
            self.controller.op(moderation.open_moderation, self.tender_id, parent=self)

    def submit_drafts(self, chosen: list[PendingDraft]) -> None:
        member = self._one_member(chosen)
        if member is None:
            return
        question = self.tr("%1 submits %2 draft score(s) as they stand; they then count in moderation.\n\n"
                           "Only %1 should confirm this.").replace("%1", member.member_name).replace("%2", str(len(chosen)))
        if QMessageBox.question(self, self.tr("Submit drafts as %1").replace("%1", member.member_name), question) \
                != QMessageBox.StandardButton.Yes:
            return
        self.controller.op(drafts.submit_drafts, [d.score_id for d in chosen], member_id=member.member_id,
                           inline=self.say, parent=self)

    def withdraw_drafts(self, chosen: list[PendingDraft]) -> None:
        member = self._one_member(chosen)
        if member is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Withdraw drafts as %1").replace("%1", member.member_name),
            self.tr("%1 withdraws %2 draft score(s): they are kept but not counted. Why?")
            .replace("%1", member.member_name).replace("%2", str(len(chosen))))
        if ok:
            self.controller.op(drafts.withdraw_drafts, [d.score_id for d in chosen], member_id=member.member_id,
                               reason=reason, inline=self.say, parent=self)

    def _one_member(self, chosen: list[PendingDraft]) -> PendingDraft | None:
        if len({d.member_id for d in chosen}) != 1:
            self.say(self.tr("Choose one evaluator's drafts at a time: each evaluator settles their own."))
            return None
        return chosen[0]

    def say(self, text: str) -> None:
        self.ui.notice.setText(text)
        self.ui.notice.show()

    # meeting mode and history --------------------------------------------------------------------
    def meeting_mode(self) -> None:
        if self.data is None or not self.data.is_open or not self.ui.model.keys():
            return
        self.meeting = MeetingMode(self.data, self.ui.model.keys(), self.current_key, anonymise=self.ui.anonymise.isChecked(),
                                   editable=self.editable, parent=self)
        self.meeting.left_at.connect(self._meeting_left)
        self.meeting.record_requested.connect(self._record_from_meeting)
        self.meeting.start()

    def _record_from_meeting(self, key: tuple[int, int]) -> None:
        """Meeting mode's consensus entry records through the same service as the page's editor."""
        meeting, data = self.meeting, self.data
        if meeting is None or data is None or key not in data.items or not self.editable:
            return
        item, entry = data.items[key], meeting.editor
        if self.controller.op(moderation.record_consensus, item.bid_id, item.measure_id, **entry.values(),
                              inline=entry.show_problem, parent=meeting).ok:
            if self.loader.loading:  # a large grid is being read again on the worker: shown when read
                self._meeting_waits = True
            elif self.data is not None:
                meeting.recorded(self.data)  # reloaded by the change

    def _meeting_left(self, key: tuple[int, int] | None) -> None:
        self.meeting = None
        if key is not None:
            self.select(key)
        self.window().activateWindow()
        self.ui.grid.setFocus()

    def show_history(self) -> None:
        item = self.current_item
        if item is None:
            return
        found = self.controller.op(moderation_view.item_history, item.bid_id, item.measure_id, inline=self.say, parent=self)
        if not found.ok:  # said in place
            return
        entries = found.value
        aliases = {s.member_id: s.alias for s in item.scores}
        self.history_dialog = HistoryDialog(item, entries, anonymise=self.ui.anonymise.isChecked(), aliases=aliases, parent=self)
        self.history_dialog.open()

    def prepare_screenshot(self) -> None:
        """For `make screenshots`: the first item needing discussion, if any."""
        if self.working():
            self.next_needing_discussion()
            self.ui.notice.hide()
