"""The tender lifecycle: which status a tender is in, where it may move, and what may be edited there.

draft → evaluation → moderation → signed_off, and reopen (with a reason) takes a signed-off tender
back to moderation. After the award (issue 19): signed_off → awarded → in_delivery → closed; an
awarded tender reopens only once its award is withdrawn with a reason (back to signed_off).
Everything from signed_off on is "signed off" for the evaluation's own record: the panel, the
scores, the consensus and the bids never change there. The services ask these functions before every change; a refusal is a
`LifecycleError` whose message says why and what to do.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from coopeval.domain.errors import CoopEvalError
from coopeval.i18n import N_, _

DRAFT, EVALUATION, MODERATION, SIGNED_OFF = "draft", "evaluation", "moderation", "signed_off"
AWARDED, IN_DELIVERY, CLOSED = "awarded", "in_delivery", "closed"
STATUSES = (DRAFT, EVALUATION, MODERATION, SIGNED_OFF, AWARDED, IN_DELIVERY, CLOSED)
SIGNED_OFF_OR_LATER = (SIGNED_OFF, AWARDED, IN_DELIVERY, CLOSED)  # the evaluation's record is final
AFTER_AWARD = (AWARDED, IN_DELIVERY, CLOSED)
ROLES = ("officer", "evaluator", "chair", "observer")
SCORING_ROLES = ("evaluator", "chair")

_LABELS = {DRAFT: N_("draft"), EVALUATION: N_("evaluation"), MODERATION: N_("moderation"),
           SIGNED_OFF: N_("signed off"), AWARDED: N_("awarded"), IN_DELIVERY: N_("delivery"), CLOSED: N_("closed")}


# panel roles in words, for sentences ("{name} is on the panel as {role}"); the codes are stored
_ROLE_LABELS = {"officer": N_("officer"), "evaluator": N_("evaluator"), "chair": N_("chair"),
                "observer": N_("observer")}


def role_label(role: str | None) -> str:
    """A panel role in words, in the current language ("evaluator" / "gwerthuswr"); an unknown code as given."""
    return _(_ROLE_LABELS[role]) if role in _ROLE_LABELS else (role or "")  # i18n: no


class LifecycleError(CoopEvalError):
    """An action the tender's status (or its set-up) does not allow."""


def label(status: str) -> str:
    """The status in words, in the current language ("signed off" / "wedi'i gymeradwyo")."""
    return _(_LABELS[status]) if status in _LABELS else status  # i18n: no


def require_setup_editable(status: str) -> None:
    if status != DRAFT:
        raise LifecycleError(
            _("The set-up (measures, weights, scale, thresholds) is frozen once evaluation starts; "
            "this tender is in {label}.").format(label=label(status))
        )


def require_bids_editable(status: str) -> None:
    if status not in (DRAFT, EVALUATION):
        raise LifecycleError(_("Bids can be added or changed only before moderation; this tender is in {label}.").format(label=label(status)))


def is_signed_off(status: str) -> bool:
    """Signed off, or further on (awarded, in delivery, closed): the evaluation's record is final."""
    return status in SIGNED_OFF_OR_LATER


def require_panel_editable(status: str) -> None:
    if status in SIGNED_OFF_OR_LATER:
        raise LifecycleError(_("The panel cannot change after sign-off; reopen the tender first."))


def require_scoring_open(status: str) -> None:
    if status != EVALUATION:
        hint = _(" Start evaluation first.") if status == DRAFT else _(" Individual scores are locked.")
        raise LifecycleError(_("Individual scores can be entered only during evaluation; this tender is in {label}.{hint}").format(label=label(status), hint=hint))


def require_consensus_open(status: str) -> None:
    if status != MODERATION:
        raise LifecycleError(_("Consensus scores can be recorded only during moderation; this tender is in {label}.").format(label=label(status)))


def require_not_signed_off(status: str, action: str) -> None:
    if status in SIGNED_OFF_OR_LATER:
        raise LifecycleError(_("Nothing can be changed after sign-off ({action}); reopen the tender with a reason first.").format(action=action))


def check_start_evaluation(status: str, weights: Sequence[Decimal], member_roles: Sequence[str | None],
                           scale_set: bool) -> None:
    """draft → evaluation: weights total exactly 100 and every member has a role."""
    if status != DRAFT:
        raise LifecycleError(_("Only a draft tender can start evaluation; this one is in {label}.").format(label=label(status)))
    problems = []
    if not weights:
        problems.append(_("choose at least one measure"))
    total = sum(weights, Decimal(0))
    if weights and total != 100:
        problems.append(_("the measure weights total {normalize:f}, not 100").format(normalize=total.normalize()))
    if not scale_set:
        problems.append(_("choose a scoring scale"))
    if any(role not in ROLES for role in member_roles):
        problems.append(_("give every panel member a role"))
    if not any(role in SCORING_ROLES for role in member_roles):
        problems.append(_("add at least one evaluator to the panel"))
    if problems:
        raise LifecycleError(_("Evaluation cannot start: ") + "; ".join(problems) + ".")


def check_open_moderation(status: str) -> None:
    if status != EVALUATION:
        raise LifecycleError(_("Moderation opens from evaluation; this tender is in {label}.").format(label=label(status)))


def check_sign_off_ready(status: str, missing_consensus: int, unresolved_declarations: int) -> None:
    if status != MODERATION:
        raise LifecycleError(_("Only a tender in moderation can be signed off; this one is in {label}.").format(label=label(status)))
    problems = []
    if missing_consensus:
        problems.append(_("{missing_consensus} bid × measure item(s) have no consensus score").format(missing_consensus=missing_consensus))
    if unresolved_declarations:
        problems.append(_("{unresolved_declarations} conflict-of-interest declaration(s) are unresolved").format(unresolved_declarations=unresolved_declarations))
    if problems:
        raise LifecycleError(_("Sign-off is not possible yet: ") + "; ".join(problems) + ".")


def check_reopen(status: str, reason: str) -> None:
    if status in AFTER_AWARD:
        raise LifecycleError(_("This tender is {label}: withdraw the award, with a reason, before reopening "
                             "the evaluation.").format(label=label(status)))
    if status != SIGNED_OFF:
        raise LifecycleError(_("Only a signed-off tender can be reopened; this one is in {label}.").format(label=label(status)))
    if not reason.strip():
        raise LifecycleError(_("Give a reason for reopening; it is kept in the audit log."))
