"""Checks the bid editor makes on what a user typed before handing it to the bid services: a
received-on date (as a person in the UK writes it; stored in ISO form), and a committed quantity that is a number of zero or more."""

from __future__ import annotations

from coopeval.domain.dates import iso_date
from coopeval.domain.numbers import MAX_NUMBER, InputError, decimal_text, parse_decimal
from coopeval.i18n import _


def received_on_value(text: str) -> str | None:
    """'' → None (not recorded); '10/01/2027', '10 Jan 2027' or '2027-01-10' → '2027-01-10'; anything
    else is refused."""
    return iso_date(text or "", _("Received on"))


def quantity_problem(text: str, what: str | None = None) -> str | None:
    """Why `text` is not an acceptable committed quantity, or None ('' means no quantity)."""
    what = what if what is not None else _("Committed quantity")
    if not (text or "").strip():
        return None
    try:
        parse_decimal(text, what, minimum=0, maximum=MAX_NUMBER)
    except InputError as exc:
        return str(exc)
    return None


def quantity_text(text: str) -> str | None:
    """The canonical text the service will store for `text`, or None when nothing was typed."""
    if not (text or "").strip():
        return None
    return decimal_text(parse_decimal(text, _("Committed quantity"), minimum=0, maximum=MAX_NUMBER))
