"""Words the bid views show around the tender's record answers, translatable in one place. The answers themselves
(legal form, ownership model and the like) are the framework's own words, shown as the framework gives them."""

from __future__ import annotations

from coopeval.domain.framework import RecordField
from coopeval.domain.records import RecordAnswer
from coopeval.ui.i18n import translate


def list_fields(fields: tuple[RecordField, ...]) -> tuple[RecordField, ...]:
    """The record fields the bids list shows as columns: the legal form and the ownership model where the tender's
    fields have those roles, else its first choice field (none if it has none)."""
    by_role = [next((f for f in fields if f.role == role), None) for role in ("legal_form", "ownership")]
    shown = tuple(f for f in by_role if f is not None)
    if shown:
        return shown
    first = next((f for f in fields if f.kind in ("choice", "choices")), None)
    return (first,) if first is not None else ()


def answer_text(answers: tuple[RecordAnswer, ...], code: str, field: RecordField | None = None) -> str:
    """A bid's answer to one field as a table shows it ("" when not stated; several choices joined). With the field,
    a stored choice is shown in the user's language where the framework gives its Welsh (issue 22)."""
    key = code.casefold()
    shown = field.local_choice if field is not None else (lambda value: value)
    return "; ".join(shown(a.value) for a in answers if a.code.casefold() == key)


def not_stated() -> str:
    return translate("BidLabels", "Not stated")
