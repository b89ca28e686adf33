"""The names of the pages a sign-off check sends the officer to, in the reader's language. The services name a page
by its English title ("Moderation"); the link says it as the window's page list does."""

from __future__ import annotations

from coopeval.ui.i18n import QT_TRANSLATE_NOOP, translate

PAGE_NAMES = {
    "Set-up": QT_TRANSLATE_NOOP("SignOffPages", "Set-up"),
    "Bids": QT_TRANSLATE_NOOP("SignOffPages", "Bids"),
    "Panel": QT_TRANSLATE_NOOP("SignOffPages", "Panel"),
    "Scoring": QT_TRANSLATE_NOOP("SignOffPages", "Scoring"),
    "Moderation": QT_TRANSLATE_NOOP("SignOffPages", "Moderation"),
    "Sign-off": QT_TRANSLATE_NOOP("SignOffPages", "Sign-off"),
    "Results": QT_TRANSLATE_NOOP("SignOffPages", "Results"),
    "Reports": QT_TRANSLATE_NOOP("SignOffPages", "Reports"),
    "Award": QT_TRANSLATE_NOOP("SignOffPages", "Award"),
}


def page_name(page: str) -> str:
    """`page` ("Moderation") in the reader's language; a page this table does not know is shown as named."""
    return translate("SignOffPages", PAGE_NAMES[page]) if page in PAGE_NAMES else page  # i18n: no
