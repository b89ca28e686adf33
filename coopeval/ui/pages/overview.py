"""Overview: the tender's details, where it is in its lifecycle, and what is left to do."""

from __future__ import annotations

from html import escape

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
from coopeval.ui.pages.base import TenderPage

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


class OverviewPage(TenderPage):
    title = QT_TRANSLATE_NOOP("TenderPage", "Overview")  # the key select_page uses; shown translated
    relevant = frozenset({ChangeKind.TENDER, ChangeKind.TENDER_MEASURE, ChangeKind.BID, ChangeKind.MEMBER,
                          ChangeKind.DECLARATION, ChangeKind.SCORE, ChangeKind.CONSENSUS, ChangeKind.SIGN_OFF})

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(self.summary.textFormat().RichText)
        self.summary.setAccessibleName(self.tr("Tender overview"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def forget(self) -> None:
        """Another workspace (or none) is open: the summary shows nothing until a tender is chosen."""
        self.summary.setText("")

    def reload(self) -> None:
        if self.tender_id is None:
            self.summary.setText("")
            return
        t = self.controller.read(tenders.get_tender, self.tender_id)
        measures = self.controller.read(tenders.list_measures, self.tender_id)
        all_bids = self.controller.read(bids.list_bids, self.tender_id)
        members = self.controller.read(panel.list_members, self.tender_id)
        summary = self.controller.read(tender_summary, t.id)
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
        if t.status == lifecycle.MODERATION:
            check = self.controller.read(signoff.checklist, self.tender_id)
            rows.append((self.tr("Consensus still needed"), str(check.missing_consensus)))
        next_step = translate("OverviewPage", NEXT_STEP[t.status]) if t.status in NEXT_STEP else ""  # i18n: no
        table = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(str(v))}</td></tr>" for k, v in rows)
        next_label = self.tr("Next step:")  # outside the f-string, where lupdate can see it
        self.summary.setText(
            f"<h2>{escape(t.title)}</h2><table cellpadding='3'>{table}</table>"  # i18n: no - markup
            f"<p><b>{escape(next_label)}</b> {escape(next_step)}</p>"
            + (f"<p>{escape(t.description)}</p>" if t.description else "")
        )
