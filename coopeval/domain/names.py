"""Supplier and organisation names reduced to a key two spellings of one name share.

`normalise_name` is how a supplier in a council's spend file is recognised as the same supplier in
another file, and how it is compared with the names in the co-operative registers. The key is for
comparing only; the name as written is what every screen and report shows.

The rules, in order: Unicode NFKC and case folding; "t/a" (trading as) keeps what comes before it;
"&" reads "and"; apostrophes are removed and any other punctuation becomes a space; "co-op", "coop",
"co op", "co-operative" and "cooperative" all become "coop"; "soc" becomes "society"; a leading
"the" and trailing legal-form words (Ltd, Limited, PLC, LLP, CIC, Community Interest Company, CIO)
are dropped; spaces are collapsed. When nothing is left ("Ltd" alone), the key is the case-folded
original, so a name never has an empty key.
"""

from __future__ import annotations

import re
import unicodedata

_TRADING_AS = re.compile(r"(?:^|\s|\W)t\s*/\s*a(?:\s|\W|$)")
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`\u00b4]")
_PUNCTUATION = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")

# Token sequences that mean a co-operative, longest first.
_COOP_FORMS: tuple[tuple[str, ...], ...] = (
    ("co", "operatives"),
    ("co", "operative"),
    ("co", "ops"),
    ("co", "op"),
    ("cooperatives",),
    ("cooperative",),
    ("coops",),
    ("coop",),
)
_TRAILING_FORMS: tuple[tuple[str, ...], ...] = (
    ("community", "interest", "company"),
    ("limited",),
    ("ltd",),
    ("plc",),
    ("llp",),
    ("cic",),
    ("cio",),
)


def _unify_coop(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for form in _COOP_FORMS:
            if tuple(tokens[i : i + len(form)]) == form:
                out.append("coop")
                i += len(form)
                break
        else:
            token = tokens[i]
            out.append("society" if token == "soc" else token)
            i += 1
    return out


def _drop_trailing(tokens: list[str]) -> list[str]:
    changed = True
    while changed and tokens:
        changed = False
        for form in _TRAILING_FORMS:
            if len(tokens) >= len(form) and tuple(tokens[-len(form) :]) == form:
                tokens = tokens[: -len(form)]
                changed = True
                break
    return tokens


def normalise_name(name: str) -> str:
    """The comparison key of an organisation's name ("The Bread Co-operative Ltd" → "bread coop")."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    original = _SPACES.sub(" ", folded).strip()
    text = folded
    trading = _TRADING_AS.search(text)
    if trading is not None and text[: trading.start()].strip():
        text = text[: trading.start()]
    text = text.replace("&", " and ")
    text = _APOSTROPHES.sub("", text)
    text = _PUNCTUATION.sub(" ", text)
    tokens = _unify_coop(text.split())
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    tokens = _drop_trailing(tokens)
    key = " ".join(tokens)
    return key or original


# Words that say what kind of organisation a name is, not which one: a key made of nothing else ("coop", "society",
# "ltd" alone, "the limited") names no organisation in particular.
_GENERIC = frozenset({"coop", "society", "the", "and", "of", "ltd", "limited", "plc", "llp", "cic", "cio", "community",
                      "interest", "company"})


def is_distinctive(key: str) -> bool:
    """Whether a `normalise_name` key names an organisation in particular: it holds a word (with a letter or digit)
    beyond legal-form and co-operative words. "coop" and "ltd" do not; "bread coop" does."""
    return any(any(c.isalnum() for c in token) and token.strip(".") not in _GENERIC for token in key.split())
