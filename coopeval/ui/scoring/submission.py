"""Submitting an evaluator's scores: refused in place (saying what is missing) until every item is
scored or abstained with a rationale; confirmed first, since submitted scores are read-only until
moderation; a short rationale is pointed out but does not block."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from coopeval.services.evaluation import scores as evaluation
from coopeval.services.evaluation.items import ScoringItem
from coopeval.ui.i18n import translate

if TYPE_CHECKING:  # the page imports this module
    from coopeval.ui.pages.scoring import ScoringPage


def incomplete(item: ScoringItem) -> bool:
    """No rationale, or an abstention without its reason (what the service refuses to submit)."""
    s = item.score
    return s is None or not s.rationale.strip() or (s.abstained and not s.abstain_reason.strip())


def submit(page: ScoringPage) -> None:
    if not page.editable or page.sheet is None or page.member_id is None or not page.autosaver.save_now():
        return
    page.ui.notice.hide()
    items = page.items
    missing = sum(1 for i in items if not i.done)
    reasons = sum(1 for i in items if i.done and incomplete(i))
    unsaved = len(page.unsaved_keys())
    if missing or reasons or unsaved:
        parts = [translate("ScoringSubmission", "{count} item(s) not scored").format(count=missing)] if missing else []
        if reasons:
            parts.append(translate("ScoringSubmission", "{count} item(s) without a rationale or a reason for abstaining").format(
                count=reasons))
        if unsaved:
            parts.append(translate("ScoringSubmission", "{count} item(s) not saved").format(count=unsaved))
        page.say(translate("ScoringSubmission", "You cannot submit yet: %1. Ctrl+U goes to the first such item.").replace("%1", "; ".join(parts)))
        return
    minimum = page.sheet.tender.min_rationale_chars
    short = sum(1 for i in items if i.score is not None and len(i.score.rationale.strip()) < minimum)
    question = translate("ScoringSubmission", "Submit your scores for all %1 items? They become read-only until moderation.").replace(
        "%1", str(len(items)))
    if short:
        question += "\n\n" + translate("ScoringSubmission", "{count} rationale(s) are shorter than this tender's minimum of "
                                          "{minimum} characters.").format(count=short, minimum=minimum)
    if QMessageBox.question(page, translate("ScoringSubmission", "Submit my scores"), question) != QMessageBox.StandardButton.Yes:
        return
    # the service says what is missing: shown in place (unexpected errors: logged, shown plainly)
    page.controller.op(evaluation.submit_scores, page.member_id, inline=page.say, parent=page,
                       error_title=translate("ScoringSubmission", "Submit my scores"))
