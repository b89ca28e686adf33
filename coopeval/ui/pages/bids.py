"""Bids: the tender's bids; the selected bid's details (with its answers to the tender's record fields: legal form,
ownership model and the like, with evidence, never scored); and its responses, measure by measure. Nothing typed is lost: changes are saved before another bid is
shown, when the page is hidden and when the window closes (`flush`). "Response template…" writes the return bidders
fill in; "Import returns…" (or files and folders dropped on the page) previews and imports the filled returns."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain import lifecycle
from coopeval.domain.framework import RecordField
from coopeval.services.bids import entry as bids
from coopeval.services.bids import records as bid_records
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.publishing.questionnaire import publish_problem
from coopeval.services.setup import tenders
from coopeval.services.views import BidView, MeasureView, ResponseView, TenderView
from coopeval.services.workspace import Workspace
from coopeval.ui.bids.bid_table import NAME, BidTableModel
from coopeval.ui.bids.details_form import BidDetailsForm
from coopeval.ui.bids.responses import ResponsesEditor, answered
from coopeval.ui.bids.returns_import import ReturnsActions, importable_drop
from coopeval.ui.bids.withdraw_dialog import WithdrawBidDialog
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.i18n import QT_TRANSLATE_NOOP
from coopeval.ui.pages.base import TenderPage, loading_text
from coopeval.ui.pages.loading import Loader
from coopeval.ui.setup.inline import InlineMessage


@dataclass(frozen=True)
class BidsPageData:
    """What the Bids page shows of a tender, read in one go (on the worker for a large tender)."""

    tender: TenderView
    publish_problem: str | None
    measures: list[MeasureView]
    fields: tuple[RecordField, ...]
    bids: list[BidView]
    responses: dict[int, list[ResponseView]]


def bids_page_data(ws: Workspace, tender_id: int) -> BidsPageData:
    return BidsPageData(tenders.get_tender(ws, tender_id), publish_problem(ws, tender_id),
                        tenders.list_measures(ws, tender_id), bid_records.record_fields_for(ws, tender_id),
                        bids.list_bids(ws, tender_id), bids.responses_by_bid(ws, tender_id))  # one query, not one per bid


class BidsPage(TenderPage):
    title = QT_TRANSLATE_NOOP("TenderPage", "Bids")  # the key select_page uses; shown translated
    relevant = frozenset({ChangeKind.TENDER, ChangeKind.TENDER_MEASURE, ChangeKind.BID})

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.current_bid_id: int | None = None
        self.publish_problem: str | None = None  # why the response template cannot be written yet
        self.new_mode = False
        self.editable = False
        self.status: str | None = None
        self.withdraw_dialog: WithdrawBidDialog | None = None
        self._syncing = False
        self.loader = Loader(controller, self)  # a large tender's bids are read on the worker
        self._shown_tender: int | None = None  # the tender whose bids the list shows

        self.state_note = QLabel(self)
        self.state_note.setWordWrap(True)
        self.state_note.setAccessibleName(self.tr("Why bids cannot be changed"))
        self.model = BidTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Bids in this tender"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # wrapped answers
        self.table.setCornerButtonEnabled(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._bid_chosen)
        self.new_button = self._button(self.tr("&New bid"), self.tr("New bid"), self.new_bid)
        self.withdraw_button = self._button(self.tr("&Withdraw bid…"), self.tr("Withdraw bid"), self.withdraw)
        self.returns = ReturnsActions(controller, self)
        self.template_button = self._button(self.tr("Re&sponse template…"), self.tr("Response template"),
                                            self.returns.write_template)
        self.import_button = QPushButton(self.tr("Import ret&urns…"), self)
        self.import_button.setAccessibleName(self.tr("Import returns"))
        self.import_button.setToolTip(self.tr("Import bidders' filled response templates (.xlsx): choose the files "
                                              "or a folder, or drop them on this page. You see a preview first."))
        import_menu = QMenu(self.import_button)
        self.import_files_action = import_menu.addAction(self.tr("Choose &files…"), self.returns.choose_files)
        self.import_folder_action = import_menu.addAction(self.tr("Choose a f&older…"), self.returns.choose_folder)
        self.import_button.setMenu(import_menu)
        self.returns_message = InlineMessage(self.tr("Returns message"), self)
        self.returns.note.connect(self.returns_message.note)
        self.setAcceptDrops(True)

        self.details = BidDetailsForm(self)
        self.details_message = QLabel(self)
        self.details_message.setWordWrap(True)
        self.details_message.setAccessibleName(self.tr("Bid details status"))
        self.details.edited.connect(lambda: self.details_message.setText(""))
        # made in the order they show (Discard left of Save), which is the Tab order
        self.discard_button = self._button(self.tr("Dis&card changes"), self.tr("Discard changes to the bid details"),
                                           self.discard_details)
        self.save_button = self._button(self.tr("Save &details"), self.tr("Save bid details"), self.save_details)
        self.responses = ResponsesEditor(controller, self)
        self.responses.answered_changed.connect(self.model.set_answered)

        bid_buttons = QHBoxLayout()
        for b in (self.new_button, self.withdraw_button):
            bid_buttons.addWidget(b)
        bid_buttons.addStretch(1)
        for b in (self.template_button, self.import_button):
            bid_buttons.addWidget(b)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addLayout(bid_buttons)
        left_layout.addWidget(self.returns_message)
        self.details_box = QGroupBox(self.tr("Bid details"), self)
        details_layout = QVBoxLayout(self.details_box)
        details_scroll = QScrollArea(self.details_box)  # a short window scrolls the form rather than squashing it
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a stop of its own would come before Identifier
        details_scroll.setWidget(self.details)
        details_layout.addWidget(details_scroll)
        details_layout.addWidget(self.details_message)
        details_buttons = QHBoxLayout()
        details_buttons.addStretch(1)
        details_buttons.addWidget(self.discard_button)
        details_buttons.addWidget(self.save_button)
        details_layout.addLayout(details_buttons)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(left)
        top.addWidget(self.details_box)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        self.responses_box = QGroupBox(self.tr("Responses"), self)
        QVBoxLayout(self.responses_box).addWidget(self.responses)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(self.responses_box)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_note)
        layout.addWidget(split, 1)
        self._update_controls()

    def _button(self, text: str, name: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    # showing -----------------------------------------------------------------------------
    def show_tender(self, tender_id: int | None) -> None:
        if tender_id != self.tender_id:
            self.flush()
            self.current_bid_id, self.new_mode = None, False
            self.details.load(None)
        super().show_tender(tender_id)

    def forget(self) -> None:
        """Another workspace (or none) is open: what was typed was offered to the old file by `flush()`;
        whatever it refused is dropped here, never saved into the new file (whose ids may coincide),
        with the bid chosen and the withdraw dialog."""
        self.loader.cancel()
        self._shown_tender = None
        dialog, self.withdraw_dialog = self.withdraw_dialog, None
        if dialog is not None:
            dialog.reject()
        self.returns.forget()
        self.returns.show_tender(None)
        self.returns_message.clear()
        self.publish_problem = None
        self.current_bid_id, self.new_mode, self.status, self.editable = None, False, None, False
        self.details.load(None)
        self.responses.show_bid(None, [], [], False)

    def reload(self, *, at_once: bool = False) -> None:
        """Read the tender's bids and show them. A large tender chosen or changed elsewhere is read on the worker
        (the page says "Loading…" until another tender's bids arrive); `at_once`: the page's own steps (a bid
        chosen, saved, discarded or begun), which show their result at once, as before."""
        if self.tender_id is None or not self.controller.is_open:
            self.loader.cancel()
            self._shown_tender = None
            self.model.set_bids([], {}, 0)
            self._set_columns(())
            self.details.set_fields(())
            self.details.load(None)
            self.responses.show_bid(None, [], [], False)
            self.returns.show_tender(None)
            self._update_controls()
            return
        self.responses.flush()
        tender_id = self.tender_id
        background = not at_once and self.loader.worth_background(bids.items_count, tender_id)
        if background and self._shown_tender != tender_id:  # another tender's bids go at once
            self._shown_tender = None
            self.current_bid_id, self.editable, self.publish_problem = None, False, loading_text()  # nothing to act on
            self.model.set_bids([], {}, 0)
            self.responses.show_bid(None, [], [], False)
            if not self.details.dirty:
                self.details.load(None)
            self._update_controls()
            self.state_note.setText(loading_text())
            self.state_note.setVisible(True)
        self.loader.start(bids_page_data, tender_id, background=background,
                          on_done=lambda data: self._show_bids(tender_id, data, background))

    def _show_bids(self, tender_id: int, data: BidsPageData, read_on_worker: bool) -> None:
        # Typed while the bids were read: saved first; if refused, the editor keeps it (saying why) and its bid.
        keep_typing = read_on_worker and not self.responses.flush()
        self._shown_tender = tender_id
        tender = data.tender
        self.status = tender.status
        self.returns.show_tender(tender.id, tender.reference)
        self.publish_problem = data.publish_problem
        self.editable = tender.status in (lifecycle.DRAFT, lifecycle.EVALUATION) and not self.controller.read_only
        measures, fields = data.measures, data.fields
        self._set_columns(fields)
        if not self.details.dirty:  # what is being typed keeps its controls
            self.details.set_fields(fields)
        all_bids = data.bids
        responses = {b.id: data.responses.get(b.id, []) for b in all_bids}
        self.model.set_bids(all_bids, {k: sum(1 for r in v if answered(r)) for k, v in responses.items()}, len(measures))
        ids = [b.id for b in all_bids]
        if self.current_bid_id not in ids and not self.new_mode:
            self.current_bid_id = ids[0] if ids else None
        self._select_row(self.current_bid_id)
        if not self.details.dirty:
            self.details.load(self.current_bid())
        self.details.set_editable(self.editable)
        current = self.current_bid_id
        if not keep_typing:
            self.responses.show_bid(current, measures, responses.get(current, []) if current is not None else [],
                                    self.editable)
        self._update_controls()

    def _set_columns(self, fields: tuple[RecordField, ...]) -> None:
        """The record fields the list shows: columns of a set width whose answers wrap (a legal form can be long),
        so the bidder's name keeps its room."""
        before = self.model.columns
        self.model.set_fields(fields)
        if self.model.columns == before:
            return
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in range(2, self.model.answered_column):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(header.fontMetrics().horizontalAdvance("x" * 20),
                                             header.sectionSizeHint(column)))

    def current_bid(self) -> BidView | None:
        row = self.model.row_of(self.current_bid_id)
        return None if row is None else self.model.bid_at(row)

    def _select_row(self, bid_id: int | None) -> None:
        row = self.model.row_of(bid_id)
        with QSignalBlocker(self.table.selectionModel()):
            if row is None:
                self.table.selectionModel().clearSelection()
                self.table.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            else:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        self.table.viewport().update()

    def _update_controls(self) -> None:
        bid = self.current_bid()
        open_ = self.tender_id is not None and self.controller.is_open
        status = self.status
        can_withdraw = open_ and not self.controller.read_only and status not in lifecycle.SIGNED_OFF_OR_LATER
        self.new_button.setEnabled(open_ and self.editable)
        self.withdraw_button.setEnabled(can_withdraw and bid is not None and not bid.withdrawn)
        self.save_button.setEnabled(open_ and self.editable and (bid is not None or self.new_mode))
        self.discard_button.setEnabled(self.save_button.isEnabled())
        self.template_button.setEnabled(open_ and not self.controller.read_only and self.publish_problem is None)
        self.template_button.setToolTip(
            (self.publish_problem or "").replace("The questionnaire cannot be published yet",
                                                 self.tr("The response template cannot be written yet"))
            if open_ and self.publish_problem else
            self.tr("Write the Excel return bidders fill in: their details and one row per measure."))
        self.import_button.setEnabled(self.can_import())
        self.details_box.setTitle(self.tr("New bid") if self.new_mode else
                                  self.tr("Bid details: %1").replace("%1", bid.display_name) if bid else self.tr("Bid details"))
        note = ""
        if open_ and self.controller.read_only:
            note = self.tr("This workspace is open read-only: nothing can be changed.")
        elif open_ and not self.editable:
            note = self.tr("Bids can be added or changed only in draft or evaluation; this tender is in %1.").replace(
                "%1", lifecycle.label(status or ""))
            if status not in lifecycle.SIGNED_OFF_OR_LATER:
                note += " " + self.tr("A bid can still be withdrawn until sign-off.")
        elif bid is not None and bid.withdrawn:
            note = self.tr("%1 withdrew: %2").replace("%1", bid.display_name).replace("%2", bid.withdrawn_reason)
        self.state_note.setText(note)
        self.state_note.setVisible(bool(note))

    def can_import(self) -> bool:
        return self.tender_id is not None and self.controller.is_open and self.editable

    # files dropped on the page -----------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        self._offered(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        self._offered(event)

    def _offered(self, event: QDropEvent) -> None:
        """Accept a drag only of returns: .xlsx files or folders, while bids can be imported."""
        if self.can_import() and importable_drop(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = importable_drop(event.mimeData().urls()) if self.can_import() else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        if self.save_typed():
            self.returns_message.clear()
            self.returns.preview(paths)

    # choosing and saving -----------------------------------------------------------------
    def _bid_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        bid = self.model.bid_at(current.row())
        if bid is None or (bid.id == self.current_bid_id and not self.new_mode):
            return
        if not self.save_typed():
            self._select_row(self.current_bid_id)
            return
        self.current_bid_id, self.new_mode = bid.id, False
        self.details.load(bid)
        self.details_message.setText("")
        self.reload(at_once=True)

    def flush(self) -> None:
        """Save what is being typed: the workspace is about to close."""
        self.save_typed()

    def save_typed(self) -> bool:
        """Save whatever has been typed; False (with the reason shown) if something was refused."""
        if self.tender_id is None or not self.controller.is_open:
            return True
        ok = self.responses.flush()
        if self.details.dirty and not self.save_details():
            ok = False
        return ok

    def save_details(self) -> bool:
        if not self.responses.flush():
            return False
        values, bid, tender_id = self.details.values(), self.details.bid, self.tender_id
        if tender_id is None:  # no tender shown: nothing to save into (the Save button is disabled)
            return False

        def save(ws) -> tuple[BidView, Changes]:  # noqa: ANN001 - the runner's workspace
            # The service reads the date like every other field, reporting all their problems at once.
            if bid is None:
                return bids.add_bid(ws, tender_id, **values)
            return bids.update_bid(ws, bid.id, **values)

        outcome = self.controller.op(save, inline=self._not_saved, parent=self)
        if not outcome.ok:  # the message is shown under the form, which keeps what was typed
            return False
        saved = outcome.value
        self.current_bid_id, self.new_mode = saved.id, False
        self.details.load(saved)
        self.reload(at_once=True)
        self.details_message.setText(self.tr("Saved."))
        return True

    def _not_saved(self, problem: str) -> None:
        lines = problem.splitlines()
        if len(lines) > 1:  # one line per problem, each naming its field
            problem = "\n".join(f"• {line}" for line in lines)
            self.details_message.setText(self.tr("Not saved, %1 problems:\n%2").replace("%1", str(len(lines)))
                                         .replace("%2", problem))
            return
        self.details_message.setText(self.tr("Not saved: %1").replace("%1", problem))

    def discard_details(self) -> None:
        self.new_mode = False
        self.details.load(None)  # unchanged now, so reload shows the selected bid again
        self.details_message.setText("")
        self.reload(at_once=True)

    def new_bid(self) -> None:
        if not self.save_typed():
            return
        self.new_mode, self.current_bid_id = True, None
        self.details.load(None)
        self.reload(at_once=True)
        self.details_message.setText(self.tr("Fill in the new bid's details, then save."))
        self.details.identifier.setFocus()

    def withdraw(self) -> None:
        bid = self.current_bid()
        if bid is None or not self.save_typed():
            return
        self.withdraw_dialog = WithdrawBidDialog(self.controller, bid, self)
        self.withdraw_dialog.open()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self.flush()
        super().hideEvent(event)
