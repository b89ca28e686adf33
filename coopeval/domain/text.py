"""Text rules, once, for every door: the GUI, the services, tender JSON import and pack import.

Every stored text field has one rule in `FIELDS`: its kind and its length limit. `clean` applies
it to new input — Unicode NFC; a vertical tab or form feed (pasted from Word or PowerPoint) and
Windows line ends become newlines; leading and trailing space is dropped — and refuses what no
field may hold: NUL and the other C0/C1 control characters except tab and newline, and text
beyond the limit. One-line fields refuse newlines. Identifiers (references, bid identifiers,
members' names, measure codes) also refuse characters that make two different texts look alike:
bidirectional overrides, zero-width and other invisible formatting characters, and spaces or
hyphens other than the plain ones (a non-breaking hyphen pasted from Word looks like "-").

`problem` gives the same verdict as a message instead of raising, for a door that lists every
problem of a file at once. `identity_key` is what two identifiers are compared by when they must
be unique: the same ignoring case and Unicode form ("Ä" composed or not, "ﬁ" or "fi").

Text stored before a rule existed is never rewritten: only new input is held to these rules, and
every output writes whatever is stored (escaping what its format forbids).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from coopeval.domain.numbers import InputError
from coopeval.i18n import _

Kind = Literal["line", "multiline", "identifier"]


@dataclass(frozen=True)
class Rule:
    kind: Kind
    limit: int  # characters, after cleaning


# One rule per stored field, "<entity>.<field>". The GUI's widgets take their limits from here too.
FIELDS: dict[str, Rule] = {
    "tender.reference": Rule("identifier", 60),
    "tender.title": Rule("line", 300),
    "tender.authority": Rule("line", 200),
    "tender.description": Rule("multiline", 20_000),
    "tender.clarification_route": Rule("multiline", 2_000),
    "tender_file.name": Rule("line", 255),
    "measure.code": Rule("identifier", 40),
    "bid.identifier": Rule("identifier", 80),
    "bid.legal_name": Rule("line", 300),
    "bid.trading_name": Rule("line", 300),
    "bid.address": Rule("multiline", 1_000),
    "bid.email": Rule("line", 254),
    "bid.org_evidence": Rule("multiline", 4_000),
    "bid.withdrawn_reason": Rule("multiline", 2_000),
    "bid_record.value": Rule("line", 300),
    "bid_record.evidence": Rule("multiline", 4_000),
    "response.text": Rule("multiline", 50_000),
    "response.page_refs": Rule("line", 200),
    "response.quantity_reason": Rule("multiline", 4_000),
    "clarification.question": Rule("multiline", 4_000),
    "clarification.answer": Rule("multiline", 10_000),
    "member.name": Rule("identifier", 120),
    "member.email": Rule("line", 254),
    "declaration.details": Rule("multiline", 4_000),
    "declaration.resolution_note": Rule("multiline", 4_000),
    "score.rationale": Rule("multiline", 10_000),
    "score.abstain_reason": Rule("multiline", 2_000),
    "score.evidence_refs": Rule("multiline", 1_000),
    "consensus.rationale": Rule("multiline", 10_000),
    "consensus.quantity_reason": Rule("multiline", 4_000),
    "signoff.statement": Rule("multiline", 4_000),
    "draft.withdraw_reason": Rule("multiline", 2_000),
    "pack.reason": Rule("multiline", 2_000),
    "commitment.text": Rule("multiline", 4_000),
    "contract_change.reason": Rule("multiline", 2_000),
    "delivery.evidence_refs": Rule("multiline", 2_000),
    "delivery.note": Rule("multiline", 4_000),
    "delivery.check_reason": Rule("multiline", 2_000),
    "rating.reason": Rule("multiline", 2_000),
    "other_criterion.name": Rule("line", 200),
    "other_criterion.method": Rule("multiline", 2_000),
    "other_criterion.remove_reason": Rule("multiline", 2_000),
    "other_score.reasons": Rule("multiline", 10_000),
    "framework.title": Rule("line", 500),
    "framework.text": Rule("multiline", 20_000),
}

_NEWLINES = str.maketrans({"\v": "\n", "\f": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})
# Invisible or direction-changing characters an identifier must not hold (category Cf covers the
# bidi embeddings, overrides and isolates, zero-width space/joiners, word joiner and BOM).
_PLAIN_SPACE, _PLAIN_HYPHEN = " ", "-"


def normalise(value: str) -> str:
    """NFC; vertical tab, form feed, Unicode line/paragraph separators and CR/CRLF become "\\n";
    surrounding white space dropped. Free text arriving through an import is stored normalised."""
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n").translate(_NEWLINES))
    return text.strip()


def _describe(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" {name.lower()}" if name else "")


def _where(text: str, index: int) -> str:
    line = text.count("\n", 0, index) + 1
    return f"character {index + 1:,}" + (_(" (line {line})").format(line=line) if "\n" in text else "")


# Every character the loop in `text_problem` refuses in a line or multiline field: when none is
# there (the usual case) the loop is skipped; when one is, the loop finds and names it.
_REFUSED = {"multiline": re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]"),
            "line": re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")}


def text_problem(text: str, kind: Kind, limit: int) -> str | None:
    """What is wrong with already-normalised `text` for a field of this kind, or None."""
    refused = _REFUSED.get(kind)
    for index, char in enumerate(text if refused is None or refused.search(text) else ""):
        code = ord(char)
        if (code < 0x20 and char not in "\t\n") or 0x7F <= code <= 0x9F:
            what = _("a NUL character") if code == 0 else _("a control character ({describe})").format(describe=_describe(char))
            return _("contains {what} at {where}; remove it").format(what=what, where=_where(text, index))
        if 0xD800 <= code <= 0xDFFF:
            return _("contains an unpaired surrogate at {where}; it is not text").format(where=_where(text, index))
        if kind != "multiline" and char == "\n":
            return _("must be one line")
        if kind == "identifier":
            if char == "\t":
                return _("must not contain a tab")
            category = unicodedata.category(char)
            if category == "Cf" or category in ("Cc", "Co", "Cn"):
                return (_("contains an invisible or direction-changing character ({describe}) at "
                        "{where}; type it again without pasting").format(describe=_describe(char), where=_where(text, index)))
            if category == "Zs" and char != _PLAIN_SPACE:
                return (_("contains a space that is not a plain space ({describe}) at {where}; "
                        "use an ordinary space").format(describe=_describe(char), where=_where(text, index)))
            if category == "Pd" and char != _PLAIN_HYPHEN:
                return (_("contains a dash that looks like a hyphen ({describe}) at {where}; "
                        "use an ordinary hyphen").format(describe=_describe(char), where=_where(text, index)))
    if len(text) > limit:
        return _("is too long ({count:,} characters; at most {limit:,})").format(count=len(text), limit=limit)
    return None


def rule(field: str) -> Rule:
    try:
        return FIELDS[field]
    except KeyError:
        raise KeyError(_("no text rule for {field!r}; add it to coopeval.domain.text.FIELDS").format(field=field)) from None


def clean(value: str | None, field: str, what: str, *, required: bool = False) -> str:
    """New input for `field`, normalised; InputError naming `what` if it breaks the field's rule."""
    r = rule(field)
    text = normalise(value or "")
    if required and not text:
        raise InputError(_("{what} is required.").format(what=what))
    message = text_problem(text, r.kind, r.limit)
    if message:
        raise InputError(f"{what} {message}.")
    return text


def clean_edit(value: str | None, stored: str | None, field: str, what: str, *, required: bool = False) -> str:
    """An edit of `field` whose stored text is `stored`: text that is the same as what is stored (once
    normalised) is kept exactly as stored, since it was accepted when saved, perhaps before a limit
    existed; anything else is new input and is `clean`ed."""
    if stored is not None and (stored.strip() or not required) and normalise(value or "") == normalise(stored):
        return stored
    return clean(value, field, what, required=required)


def problem(value: object, field: str) -> str | None:
    """The rule's verdict on text arriving through an import, as a message (no "." at the end), or
    None. An import stores free text `normalise`d; an identifier is a key other parts of the file
    refer to, so one that normalising would change (not NFC, surrounding space) is a problem."""
    if not isinstance(value, str):
        return None  # the shape checks report wrong types
    r = rule(field)
    text = normalise(value)
    message = text_problem(text if r.kind != "identifier" else value, r.kind, r.limit)
    if message:
        return message
    if r.kind == "identifier" and text != value:
        return _("is not in the form the app stores (Unicode NFC, no surrounding space)")
    return None


def identity_key(value: str) -> str:
    """What an identifier is compared by when it must be unique: case, Unicode form and invisible formatting
    characters (zero-width space, direction marks: category Cf, which names such as criteria may hold) ignored."""
    visible = "".join(c for c in value if unicodedata.category(c) != "Cf")
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", visible).casefold())
