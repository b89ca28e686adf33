"""Checks the bid editor makes on what a user typed before handing it to the bid services: a
received-on date in ISO form, and a committed quantity that is a number of zero or more."""

from __future__ import annotations

import datetime as dt

from coopeval.domain.numbers import InputError, decimal_text, parse_decimal


def received_on_value(text: str) -> str | None:
    """'' → None (not recorded); '2026-03-02' → '2026-03-02'; anything else is refused."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise InputError(f"Received on: {text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-02.") from None


def quantity_problem(text: str, what: str = "Committed quantity") -> str | None:
    """Why `text` is not an acceptable committed quantity, or None ('' means no quantity)."""
    if not (text or "").strip():
        return None
    try:
        parse_decimal(text, what, minimum=0)
    except InputError as exc:
        return str(exc)
    return None


def quantity_text(text: str) -> str | None:
    """The canonical text the service will store for `text`, or None when nothing was typed."""
    if not (text or "").strip():
        return None
    return decimal_text(parse_decimal(text, "Committed quantity", minimum=0))
