"""One line per tender: what the tender list in the app and `coopeval tenders` both show."""

from __future__ import annotations

from dataclasses import dataclass

from coopeval.domain.lifecycle import SCORING_ROLES
from coopeval.services.bids import entry as bids
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.panel import members as panel
from coopeval.services.setup import tenders
from coopeval.services.views import TenderView
from coopeval.services.workspace import Workspace


@dataclass(frozen=True)
class TenderSummary:
    tender: TenderView
    bids: int
    scored: int  # individual scores given (or abstentions), over every evaluator
    to_score: int  # individual scores expected

    @property
    def reference(self) -> str:
        return self.tender.reference

    def as_json(self) -> dict:
        return {"reference": self.tender.reference, "status": self.tender.status, "title": self.tender.title,
                "bids": self.bids, "scored": self.scored, "to_score": self.to_score}


def tender_summaries(ws: Workspace) -> list[TenderSummary]:
    out = []
    for t in tenders.list_tenders(ws):
        active = [b for b in bids.list_bids(ws, t.id) if not b.withdrawn]
        done = total = 0
        for member in panel.list_members(ws, t.id):
            if member.role in SCORING_ROLES:
                progress = evaluation.progress(ws, member.id)
                done, total = done + progress.scored, total + progress.total
        out.append(TenderSummary(t, len(active), done, total))
    return out
