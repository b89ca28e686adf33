"""Overview: the tender's details, where it is in its lifecycle, and what is left to do."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coopeval.domain import lifecycle
from coopeval.domain.numbers import pence_to_text
from coopeval.services.bids import entry as bids
from coopeval.services.changes import ChangeKind
from coopeval.services.panel import members as panel
from coopeval.services.setup import tenders
from coopeval.services.signoff import actions as signoff
from coopeval.services.tender_list import tender_summary
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.i18n import QT_TRANSLATE_NOOP, translate
from coopeval.ui.pages.base import TenderPage, loading_text
from coopeval.ui.pages.loading import Loader

if TYPE_CHECKING:
    from coopeval.services.tender_list import TenderSummary
    from coopeval.services.views import BidView, MeasureView, MemberView, TenderView
    from coopeval.services.workspace import Workspace

NEXT_STEP = {
    lifecycle.DRAFT: QT_TRANSLATE_NOOP("OverviewPage", "Set up the measures and weights (they must total 100), add the panel, then start evaluation on the Set-up page."),
    lifecycle.EVALUATION: QT_TRANSLATE_NOOP("OverviewPage", "Evaluators declare any conflict of interest, then score every bid on the Scoring page."),
    lifecycle.MODERATION: QT_TRANSLATE_NOOP("OverviewPage", "The panel agrees a consensus score for every bid and measure, then signs off."),
    lifecycle.SIGNED_OFF: QT_TRANSLATE_NOOP("OverviewPage", "Signed off. Nothing can change unless an officer reopens the tender with a reason. Record the award "
                          "when the contract award notice is published."),
    lifecycle.AWARDED: QT_TRANSLATE_NOOP("OverviewPage", "Awarded. Agree the contract commitments and mark its KPIs, then start delivery."),
    lifecycle.IN_DELIVERY: QT_TRANSLATE_NOOP("OverviewPage", "In delivery. Take the supplier's delivery returns each quarter, check them, and rate each KPI "
                           "at least once a year."),
    lifecycle.CLOSED: QT_TRANSLATE_NOOP("OverviewPage", "Closed. The contract has ended; its delivery record is final."),
}


@dataclass(frozen=True)
class OverviewFacts:
    """What the Overview shows of a tender, read in one go (on the worker for a large tender)."""

    tender: TenderView
    measures: list[MeasureView]
    bids: list[BidView]
    members: list[MemberView]
    summary: TenderSummary | None
    missing_consensus: int | None  # in moderation: the consensus scores still to agree


def overview_facts(ws: Workspace, tender_id: int) -> OverviewFacts:
    t = tenders.get_tender(ws, tender_id)
    missing = signoff.checklist(ws, tender_id).missing_consensus if t.status == lifecycle.MODERATION else None
    return OverviewFacts(t, tenders.list_measures(ws, tender_id), bids.list_bids(ws, tender_id),
                         panel.list_members(ws, tender_id), tender_summary(ws, tender_id), missing)


class OverviewPage(TenderPage):
    title = QT_TRANSLATE_NOOP("TenderPage", "Overview")  # the key select_page uses; shown translated
    relevant = frozenset({ChangeKind.TENDER, ChangeKind.TENDER_MEASURE, ChangeKind.BID, ChangeKind.MEMBER,
                          ChangeKind.DECLARATION, ChangeKind.SCORE, ChangeKind.CONSENSUS, ChangeKind.SIGN_OFF})

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.loader = Loader(controller, self)  # a large tender's figures are read on the worker
        self._shown_tender: int | None = None  # the tender whose figures the summary shows
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(self.summary.textFormat().RichText)
        self.summary.setAccessibleName(self.tr("Tender overview"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def forget(self) -> None:
        """Another workspace (or none) is open: the summary shows nothing until a tender is chosen."""
        self.loader.cancel()
        self._shown_tender = None
        self.summary.setText("")

    def reload(self) -> None:
        """Read the tender's figures (on the worker for a large tender, saying "Loading…" meanwhile unless
        the same tender's figures are shown), then show them."""
        if self.tender_id is None or not self.controller.is_open:
            self.loader.cancel()
            self._shown_tender = None
            self.summary.setText("")
            return
        tender_id = self.tender_id
        background = self.loader.worth_background(bids.items_count, tender_id)
        if background and self._shown_tender != tender_id:
            self.summary.setText(escape(loading_text()))
        self.loader.start(overview_facts, tender_id, on_done=lambda facts: self._show(tender_id, facts),
                          background=background)

    def _show(self, tender_id: int, facts: OverviewFacts) -> None:
        self._shown_tender = tender_id
        t, measures, all_bids, members, summary = facts.tender, facts.measures, facts.bids, facts.members, facts.summary
        total = sum((m.weight_decimal for m in measures), 0)
        rows = [
            (self.tr("Reference"), t.reference),
            (self.tr("Authority"), t.authority or "—"),
            (self.tr("Status"), lifecycle.label(t.status)),
            (self.tr("Contract value"), pence_to_text(t.contract_value_pence) or "—"),
            (self.tr("Duration"), self.tr("{count} months").format(count=t.duration_months) if t.duration_months else "—"),
            (self.tr("Social value weight"), self.tr("{percent}% of the whole tender").format(percent=t.section_weight)),
            (self.tr("Scale"), t.scale_id),
            (self.tr("Measures"), self.tr("{count} (weights total {total}%)").format(count=len(measures), total=total)),
            (self.tr("Bids"), self.tr("{active} active, {withdrawn} withdrawn").format(
                active=sum(1 for b in all_bids if not b.withdrawn), withdrawn=sum(1 for b in all_bids if b.withdrawn))),
            (self.tr("Panel"), ", ".join(f"{m.name} ({lifecycle.role_label(m.role)})" for m in members) or "—"),
        ]
        if summary:
            rows.append((self.tr("Individual scoring"), self.tr("{scored} of {total} scored").format(
                scored=summary.scored, total=summary.to_score)))
        if facts.missing_consensus is not None:
            rows.append((self.tr("Consensus still needed"), str(facts.missing_consensus)))
        next_step = translate("OverviewPage", NEXT_STEP[t.status]) if t.status in NEXT_STEP else ""  # i18n: no
        table = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(str(v))}</td></tr>" for k, v in rows)
        next_label = self.tr("Next step:")  # outside the f-string, where lupdate can see it
        self.summary.setText(
            f"<h2>{escape(t.title)}</h2><table cellpadding='3'>{table}</table>"  # i18n: no - markup
            f"<p><b>{escape(next_label)}</b> {escape(next_step)}</p>"
            + (f"<p>{escape(t.description)}</p>" if t.description else "")
        )
