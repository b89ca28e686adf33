"""Words shown for the panel services' stored values (roles, interests, natures, resolutions),
translatable in one place."""

from __future__ import annotations

from coopeval.services.views import BidView, DeclarationView
from coopeval.ui.i18n import translate


def role_labels() -> dict[str, str]:
    return {"officer": translate("PanelLabels", "Officer"), "evaluator": translate("PanelLabels", "Evaluator"),
            "chair": translate("PanelLabels", "Chair"), "observer": translate("PanelLabels", "Observer")}


def interest_labels() -> dict[str, str]:
    return {"none": translate("PanelLabels", "No interest"), "personal": translate("PanelLabels", "Personal"),
            "professional": translate("PanelLabels", "Professional"),
            "financial": translate("PanelLabels", "Financial")}


def nature_labels() -> dict[str, str]:
    return {"actual": translate("PanelLabels", "Actual"), "potential": translate("PanelLabels", "Potential"),
            "perceived": translate("PanelLabels", "Perceived")}


def resolution_labels() -> dict[str, str]:
    return {"no_action": translate("PanelLabels", "No action needed"), "mitigated": translate("PanelLabels", "Mitigated"),
            "excluded": translate("PanelLabels", "Excluded")}


def scope_text(bid_id: int | None, bids: dict[int, BidView]) -> str:
    if bid_id is None:
        return translate("PanelLabels", "Whole tender")
    bid = bids.get(bid_id)
    return translate("PanelLabels", "Bid: {bid}").format(bid=bid.display_name if bid else f"#{bid_id}")


def interest_text(d: DeclarationView) -> str:
    """"Personal, actual": the kind of interest and its nature (one wrapped sentence per pair, so that Welsh may
    order and mutate the words as it needs)."""
    if d.interest == "none":
        return interest_labels()["none"]
    return translate("PanelLabels", "{interest}, {nature}").format(
        interest=interest_labels().get(d.interest, d.interest),
        nature=nature_labels().get(d.nature or "", d.nature or "").lower())


def when_text(stamp: str | None) -> str:
    """'2026-03-02T10:15:30.123456Z' → '2026-03-02\n10:15 UTC' (two short lines for narrow columns)."""
    if not stamp:
        return ""
    return f"{stamp[:10]}\n{stamp[11:16]} UTC"
