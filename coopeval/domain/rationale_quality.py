"""Is a rationale about this bid? Checks the panel sees while moderating — flags, never refusals.

A consensus rationale is flagged when it
- repeats a scale descriptor word for word: the whole rationale is a descriptor, or it contains a
  whole descriptor sentence (or clause) of four words or more — compared ignoring case, accents,
  punctuation and spacing;
- is shorter than the tender's minimum (characters, leading and trailing space not counted, as
  the scoring page counts them);
- does not point to the bid's evidence: no page, section, paragraph, appendix, annex, table or
  question reference ("p. 4", "pp. 3-5", "section 2.1", "s.3", "para 4", "appendix B", "annex 2",
  "table 3", "Q4", "tudalen 4", "adran 2"), no place the bid itself names in its page references
  ("Quality 2", "Method statement 4.1": `references`), and no word shared with the bid's response
  beyond common ones.

"Common" words say nothing about this bid: a small stop list of our own (English and Welsh), the
words of the scale descriptors and labels, and the words of the measure's title (`other_words`).
Words are compared ignoring case and accents ("Gŵyl" = "gwyl"), a plural "s", and hyphens
("co-operative" also counts as "cooperative") and Welsh initial mutations ("ei wirfoddolwyr" shares
"gwirfoddolwyr"); thousands commas in numbers are ignored ("£40,000"
= "40000"). A word counts when it has three letters or more, or two characters or more with a
digit ("12", "Q4"); a lone digit does not.

Everything here is linear in the length of the texts (regular expressions without nested
repetition, sets and substring search), so a 50,000-character response costs nothing noticeable.
A text's words, the common words of a set of texts and a word's Welsh radicals are pure functions of their text, kept
in bounded caches: a tender's regulation 31 check asks about the same descriptors, titles and responses thousands of
times.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from coopeval.i18n import N_, _

# A reference to a place in the bid. Letters naming an appendix or annex must be capitals ("appendix
# B"), so "an appendix a lot longer" is not one; every other reference needs a number.
_NUM = r"\d+(?:\.\d+)*"
_REFERENCE = re.compile(
    r"(?<![^\W_])(?:"
    rf"pp?\.?\s*{_NUM}"                                   # p. 4, p4, pp. 3-5, p.12
    rf"|pages?\s+{_NUM}"                                  # page 12, pages 3 to 5
    rf"|tudalen(?:nau)?\s+{_NUM}"                         # Welsh: tudalen 4
    rf"|(?:sections?|sect\.|adran)\s*(?:{_NUM}|(?-i:[A-Z])(?![^\W_]))"  # section 2.1, section B
    rf"|s\.\s*{_NUM}|§\s*{_NUM}"                          # s.3, § 3
    rf"|para(?:graph)?s?\.?\s*{_NUM}"                     # para 4, paragraph 4.2
    rf"|(?:appendix|appendices|annexe?s?|atodiad|schedule|table|figure|fig\.)\s*"
    rf"(?:{_NUM}|(?-i:[A-Z])(?![^\W_])|(?-i:[IVX]+)(?![^\W_]))"  # appendix B, annex 2, table 3
    rf"|q(?:uestion)?\s*{_NUM}"                           # Q4, question 4
    r")(?![^\W_])",
    re.IGNORECASE,
)

# Our own list: words any rationale or response may use whatever the bid says.
STOP_WORDS = frozenset("""
a about above after again against all also although am an and any are around as at be because been
before being below between both but by can could did do does doing done down during each either
even every few for from further had has have having he her here hers him his how however if in
into is it its itself just least less like made make makes many may me might more most much must
my near neither no nor not now of off on once one only or other our ours out over own per quite
rather really same says she should since so some such than that the their theirs them then there
these they this those though through thus to too under until up upon us very via was we well were
what when where whether which while who whom whose why will with within without would yet you your
bid bids bidder bidders tender tenderer response responses responded answer answers question
evidence evidenced evidences score scored scores scoring mark marks marked point points
panel consensus rationale reason reasons agreed agree agrees
shows show showed shown demonstrate demonstrates demonstrated provide provides provided
give gives given include includes included including offer offers offered propose proposes proposed
state states stated describe describes described mention mentions mentioned set sets
good better best poor weak strong strongest excellent adequate acceptable unacceptable limited
clear clearly some detail detailed details specific specifically general generally overall
meet meets met meeting requirement requirements criteria criterion measure measures
commitment commitments commit commits committed plan plans approach approaches
ac am ar at byddwn bod chi dan dros drwy ei eich eu fe fel fod gan gyda hefyd heb hi hon hwn hyn
hynny mae maen mewn na nad neu ni nid oes ond os sef sy sydd trwy wedi wrth ydy ydyw ymhlith yn yr
""".split())


def _fold(text: str) -> str:
    """Case, accents and compatibility forms folded: "Gŵyl" and "GWYL" both become "gwyl"."""
    if text.isascii():  # nothing to decompose and no accent to drop: only the case
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_PLAIN_WORD = re.compile(r"[^\W_]+")
# A number with thousands commas or decimal points ("40,000", "2.1"), else a run of letters/digits.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)+(?![^\W_])|[^\W_]+")
_COMPOUND = re.compile(r"[^\W_]+(?:[-\u2010\u2011][^\W_]+)+")


def normalise(text: str) -> str:
    """The text's words, folded and separated by single spaces: case, accents, punctuation and
    spacing no longer matter."""
    return " ".join(_PLAIN_WORD.findall(_fold(text)))


def _stem(word: str) -> str:
    if word.isalpha() and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _counts(word: str) -> bool:
    if word.isalpha():  # no letter is a digit: the common case, answered without looking at each character
        return len(word) >= 3
    if any(c.isdigit() for c in word):
        return len(word) >= 2
    return len(word) >= 3


def words(text: str) -> set[str]:
    """The words of a text that can say something, folded (see the module's notes)."""
    return set(_words(text))


WORDS_KEPT = 4096  # texts whose words are kept: a 40 × 60 tender's rationales and responses, give or take
COMMONS_KEPT = 512  # sets of "common" texts kept: one per measure (its title, description and the scale's words)


@lru_cache(maxsize=WORDS_KEPT)
def _words(text: str) -> frozenset[str]:
    folded = _fold(text)
    found = {t.replace(",", "") for t in _TOKEN.findall(folded)}
    found.update(m.group(0).replace("-", "").replace("\u2010", "").replace("\u2011", "")
                 for m in _COMPOUND.finditer(folded))
    return frozenset(_stem(w) for w in found if _counts(w))


_STOP_STEMS = frozenset(_stem(w) for w in STOP_WORDS)


def _common(other_words: Iterable[str]) -> frozenset[str]:
    return _common_of(tuple(other_words))


@lru_cache(maxsize=COMMONS_KEPT)
def _common_of(other_words: tuple[str, ...]) -> frozenset[str]:
    common = set(_STOP_STEMS)
    for text in other_words:
        common |= _words(text)
    return frozenset(common)


def has_reference(rationale: str) -> bool:
    """Does the rationale name a place in the bid (a page, section, paragraph, appendix, annex,
    table or question)?"""
    return _REFERENCE.search(rationale) is not None


def cites(rationale: str, references: Iterable[str]) -> bool:
    """Does the rationale name one of the places the bid gives for its evidence (its page references,
    e.g. "Quality 2, pp. 5-6": each part between commas or semicolons with a number in it, or of two
    words or more), ignoring case, accents and punctuation?"""
    said = f" {normalise(rationale)} "
    for given in references:
        for part in re.split(r"[,;\n]+", given):
            place = normalise(part)
            if (any(c.isdigit() for c in place) or len(place.split()) >= 2) and f" {place} " in said:
                return True
    return False


# Welsh changes a word's first letters after some words ("ei wirfoddolwyr", "ym Mhontypridd", "ei chegin"): each
# mutated beginning and the radical beginnings it can come from (soft, nasal and aspirate mutations, and the "h"
# before a vowel), longest first.
_MUTATED = (("ngh", ("c",)), ("mh", ("p",)), ("nh", ("t",)), ("ch", ("c",)), ("ph", ("p",)), ("th", ("t",)),
            ("dd", ("d",)), ("ng", ("g",)), ("g", ("c",)), ("b", ("p",)), ("d", ("t",)), ("f", ("b", "m")),
            ("l", ("ll",)), ("r", ("rh",)), ("m", ("b",)), ("n", ("d",)))


@lru_cache(maxsize=WORDS_KEPT * 4)
def _radicals(word: str) -> frozenset[str]:
    """The word and the forms it may be a Welsh mutation of."""
    out = {word}
    for mutated, radicals in _MUTATED:
        if word.startswith(mutated) and len(word) > len(mutated) + 2:
            out.update(r + word[len(mutated):] for r in radicals)
            break
    if word[:1] in "aeiouwy" and word.isalpha():
        out.add("g" + word)  # soft mutation drops an initial g: "wirfoddolwyr" from "gwirfoddolwyr"
    elif word[:1] == "h" and word[1:2] in tuple("aeiouwy"):
        out.add(word[1:])  # "ei henw" from "enw"
    return frozenset(out)


def shared_words(rationale: str, response_text: str, *, other_words: Iterable[str] = ()) -> set[str]:
    """The words of the rationale that are also in the response, common ones left out. A Welsh word counts
    mutated or not ("wirfoddolwyr" is shared with "gwirfoddolwyr")."""
    common = _common(other_words)
    said = _words(rationale) - common
    if not said:
        return set()
    given = _words(response_text) - common
    exact = said & given
    if exact:
        return set(exact)
    radicals = _response_radicals(response_text, common) - common
    return {w for w in said if not _radicals(w).isdisjoint(radicals)}


@lru_cache(maxsize=COMMONS_KEPT)
def _response_radicals(response_text: str, common: frozenset[str]) -> frozenset[str]:
    """The radicals of the response's words beyond the common ones (the ones a mutated word of a rationale is
    compared with)."""
    return frozenset(r for w in _words(response_text) - common for r in _radicals(w))


def refers_to_bid(rationale: str, response_text: str, *, other_words: Iterable[str] = (),
                  references: Iterable[str] = ()) -> bool:
    """True when the rationale points to the bid's evidence: a page or section reference, a place
    the bid names in its page references (`references`), or a word shared with the bid's response
    beyond common ones (`other_words`: texts whose words say nothing about this bid — the measure's
    title, the scale's descriptors)."""
    if not rationale.strip():
        return False
    return (has_reference(rationale) or cites(rationale, references)
            or bool(shared_words(rationale, response_text, other_words=other_words)))


def _sentences(descriptor: str) -> list[str]:
    parts = re.split(r"[.;:!?\n]+", descriptor)
    return [n for n in (normalise(p) for p in parts) if len(n.split()) >= 4]


def repeats_descriptor(rationale: str, descriptors: Sequence[str]) -> bool:
    """The rationale is a scale descriptor, or contains a whole descriptor sentence or clause of
    four words or more, ignoring case, accents, punctuation and spacing."""
    said = normalise(rationale)
    if not said:
        return False
    padded = f" {said} "
    for descriptor in descriptors:
        whole = normalise(descriptor)
        if not whole:
            continue
        if said == whole or (len(whole.split()) >= 4 and f" {whole} " in padded):
            return True
        if any(f" {s} " in padded for s in _sentences(descriptor)):
            return True
    return False


NO_RATIONALE = N_("No rationale written yet.")
REPEATS = N_("Repeats a scale descriptor word for word: say what in this bid earns the score.")
NO_EVIDENCE = N_("Does not point to the bid's evidence: no page or section reference, and no words from "
                 "the bid's response.")
NO_EVIDENCE_EMPTY = N_("Does not point to the bid's evidence: no page or section reference (the response is empty).")


def too_short(minimum: int, length: int) -> str:
    return _("Shorter than this tender's minimum of {minimum} characters ({length}).").format(minimum=minimum, length=length)


def rationale_flags(rationale: str, *, descriptors: Sequence[str], min_chars: int, response_text: str,
                    other_words: Iterable[str] = (), references: Iterable[str] = ()) -> list[str]:
    """What the panel may want to improve in a rationale, as plain sentences (none: nothing to
    flag). Flags only: saving is never refused because of them."""
    text = rationale.strip()
    if not text:
        return [_(NO_RATIONALE)]  # i18n: no - marked above
    flags: list[str] = []
    if repeats_descriptor(text, descriptors):
        flags.append(_(REPEATS))  # i18n: no - marked above
    if len(text) < min_chars:
        flags.append(too_short(min_chars, len(text)))
    if not refers_to_bid(text, response_text, other_words=[*descriptors, *other_words], references=references):
        flags.append(_(NO_EVIDENCE if response_text.strip() else NO_EVIDENCE_EMPTY))  # i18n: no - marked above
    return flags
