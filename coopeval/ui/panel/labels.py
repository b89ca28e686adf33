"""Words shown for the panel services' stored values (roles, interests, natures, resolutions),
translatable in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coopeval.services.views import BidView, DeclarationView


def _t(text: str) -> str:
    return QCoreApplication.translate("PanelLabels", text)


def role_labels() -> dict[str, str]:
    return {"officer": _t("Officer"), "evaluator": _t("Evaluator"), "chair": _t("Chair"), "observer": _t("Observer")}


def interest_labels() -> dict[str, str]:
    return {"none": _t("No interest"), "personal": _t("Personal"), "professional": _t("Professional"),
            "financial": _t("Financial")}


def nature_labels() -> dict[str, str]:
    return {"actual": _t("Actual"), "potential": _t("Potential"), "perceived": _t("Perceived")}


def resolution_labels() -> dict[str, str]:
    return {"no_action": _t("No action needed"), "mitigated": _t("Mitigated"), "excluded": _t("Excluded")}


def scope_text(bid_id: int | None, bids: dict[int, BidView]) -> str:
    if bid_id is None:
        return _t("Whole tender")
    bid = bids.get(bid_id)
    return _t("Bid: %1").replace("%1", bid.display_name if bid else f"#{bid_id}")


def interest_text(d: DeclarationView) -> str:
    if d.interest == "none":
        return interest_labels()["none"]
    return _t("%1, %2").replace("%1", interest_labels().get(d.interest, d.interest)).replace(
        "%2", nature_labels().get(d.nature or "", d.nature or "").lower())


def when_text(stamp: str | None) -> str:
    """'2026-03-02T10:15:30.123456Z' → '2026-03-02\n10:15 UTC' (two short lines for narrow columns)."""
    if not stamp:
        return ""
    return f"{stamp[:10]}\n{stamp[11:16]} UTC"
