"""Issue 16: the rationale checks keep each text's words, each set of "common" texts and each word's Welsh radicals
(bounded caches), and the other-bidder matcher looks for a name before trying its pattern. None of it may change a
single answer: every function is compared here with the straightforward computation (the code as it was before the
caches, kept below) on many varied texts — Welsh mutations, accents, references, stop words, numbers, hyphens — asked
in every order, and again once the caches hold them."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterable, Sequence

import pytest

from coopeval.domain import rationale_quality as rq
from coopeval.domain.reg31 import OtherNames

# --- the straightforward computation, as it was before the caches ----------------------------------------------------


def ref_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_TOKEN = re.compile(r"\d+(?:[.,]\d+)+(?![^\W_])|[^\W_]+")
_COMPOUND = re.compile(r"[^\W_]+(?:[-\u2010\u2011][^\W_]+)+")


def ref_stem(word: str) -> str:
    if word.isalpha() and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def ref_counts(word: str) -> bool:
    if any(c.isdigit() for c in word):
        return len(word) >= 2
    return len(word) >= 3


def ref_words(text: str) -> set[str]:
    folded = ref_fold(text)
    found = {t.replace(",", "") for t in _TOKEN.findall(folded)}
    found.update(m.group(0).replace("-", "").replace("\u2010", "").replace("\u2011", "")
                 for m in _COMPOUND.finditer(folded))
    return {ref_stem(w) for w in found if ref_counts(w)}


def ref_common(other_words: Iterable[str]) -> set[str]:
    common = {ref_stem(w) for w in rq.STOP_WORDS}
    for text in other_words:
        common |= ref_words(text)
    return common


def ref_radicals(word: str) -> set[str]:
    out = {word}
    for mutated, radicals in rq._MUTATED:
        if word.startswith(mutated) and len(word) > len(mutated) + 2:
            out.update(r + word[len(mutated):] for r in radicals)
            break
    if word[:1] in "aeiouwy" and word.isalpha():
        out.add("g" + word)
    elif word[:1] == "h" and word[1:2] in tuple("aeiouwy"):
        out.add(word[1:])
    return out


def ref_shared_words(rationale: str, response_text: str, *, other_words: Iterable[str] = ()) -> set[str]:
    common = ref_common(other_words)
    said, given = ref_words(rationale) - common, ref_words(response_text) - common
    exact = said & given
    if exact:
        return exact
    radicals = {r for w in given for r in ref_radicals(w)} - common
    return {w for w in said if ref_radicals(w) & radicals}


def ref_refers_to_bid(rationale: str, response_text: str, *, other_words: Iterable[str] = (),
                      references: Iterable[str] = ()) -> bool:
    if not rationale.strip():
        return False
    return (rq.has_reference(rationale) or rq.cites(rationale, references)
            or bool(ref_shared_words(rationale, response_text, other_words=other_words)))


def ref_flags(rationale: str, *, descriptors: Sequence[str], min_chars: int, response_text: str,
              other_words: Iterable[str] = (), references: Iterable[str] = ()) -> list[str]:
    text = rationale.strip()
    if not text:
        return [rq._(rq.NO_RATIONALE)]
    flags: list[str] = []
    if rq.repeats_descriptor(text, descriptors):
        flags.append(rq._(rq.REPEATS))
    if len(text) < min_chars:
        flags.append(rq.too_short(min_chars, len(text)))
    if not ref_refers_to_bid(text, response_text, other_words=[*descriptors, *other_words], references=references):
        flags.append(rq._(rq.NO_EVIDENCE if response_text.strip() else rq.NO_EVIDENCE_EMPTY))
    return flags


class PlainNames(OtherNames):
    """The matcher without its quick look: the pattern tried on every text."""

    def _may_name(self, text: str) -> bool:
        return True


# --- varied texts --------------------------------------------------------------------------------------------------

PIECES = (
    # Welsh, radical and mutated ("ei wirfoddolwyr", "ym Mhontypridd", "ei chegin", "ei henw", "fy nghynnig")
    "gwirfoddolwyr", "wirfoddolwyr", "Pontypridd", "Mhontypridd", "cegin", "chegin", "enw", "henw", "cynnig",
    "nghynnig", "gynnig", "bwyd", "fwyd", "mwyd", "llyfr", "lyfr", "rhaglen", "raglen", "tref", "dref", "nhref",
    "darparu", "ddarparu", "Gŵyl", "gwyl", "GWYL", "Ysgol", "ysgolion", "ei", "yn", "mae", "ac", "yr",
    # English, stop words and words of the scale
    "the", "and", "evidence", "commitment", "commitments", "good", "clear", "detailed", "response", "bid", "panel",
    "apprentices", "apprentice", "Wrexham", "Coleg", "Cambria", "kitchen", "kitchens", "volunteers", "status", "bus",
    "analysis", "class", "meets", "requirements", "depth", "scale",
    # accents, compatibility forms, other scripts
    "café", "CAFÉ", "naïve", "ﬁne", "ﬁnance", "Straße", "STRASSE", "İstanbul", "ΟΔΟΣ", "οδος", "ǅemal",
    # numbers, codes and hyphens
    "£40,000", "40000", "40,000", "2.1", "12", "Q4", "q4", "4", "7", "co-operative", "cooperative",
    "co\u2010operative", "co\u2011op", "well-being", "wellbeing", "LOC-03", "CV-PA-01",
    # references and places
    "p. 4", "pp. 3-5", "section 2.1", "s.3", "para 4", "appendix B", "annex 2", "table 3", "tudalen 4", "adran 2",
    "Quality 2", "Method statement", "(p. 7)",
    # punctuation and space
    ",", ".", ";", "—", "\n", "  ", "!", "(", ")",
)


def text(rng: random.Random, most: int = 14) -> str:
    return " ".join(rng.choice(PIECES) for _ in range(rng.randint(0, most)))


CASES = 600


@pytest.fixture
def rng() -> random.Random:
    return random.Random(16)


def test_words_are_the_straightforward_words(rng: random.Random) -> None:
    texts = [text(rng) for _ in range(CASES)]
    for t in texts + texts:  # the second time from the cache
        assert rq.words(t) == ref_words(t), t


def test_the_words_handed_out_are_the_callers_own(rng: random.Random) -> None:
    said = rq.words("Gŵyl Pontypridd kitchens")
    said.add("changed")
    assert rq.words("Gŵyl Pontypridd kitchens") == {"gwyl", "pontypridd", "kitchen"}


def test_shared_words_and_refers_to_bid_are_the_straightforward_answers(rng: random.Random) -> None:
    commons = [tuple(text(rng, 6) for _ in range(rng.randint(0, 4))) for _ in range(12)]  # a few measures' titles
    responses = [text(rng, 30) for _ in range(40)]
    cases = [(text(rng), rng.choice(responses), rng.choice(commons),
              tuple(text(rng, 4) for _ in range(rng.randint(0, 2)))) for _ in range(CASES)]
    for rationale, response, other, references in cases + cases[::-1]:  # asked again, in another order
        assert rq.shared_words(rationale, response, other_words=other) == \
            ref_shared_words(rationale, response, other_words=other), (rationale, response, other)
        assert rq.shared_words(rationale, response, other_words=list(other)) == \
            ref_shared_words(rationale, response, other_words=other)  # a list of the same texts, not a tuple
        assert rq.refers_to_bid(rationale, response, other_words=other, references=references) == \
            ref_refers_to_bid(rationale, response, other_words=other, references=references)


def test_the_cases_cover_both_answers_and_mutated_matches(rng: random.Random) -> None:
    """The comparison above means something only if the texts reach each branch: shared exactly, shared only through
    a Welsh mutation, and not shared at all."""
    exact = mutated = none = 0
    for _ in range(CASES):
        rationale, response = text(rng), text(rng, 30)
        said, given = ref_words(rationale) - ref_common(()), ref_words(response) - ref_common(())
        if said & given:
            exact += 1
        elif ref_shared_words(rationale, response):
            mutated += 1
        else:
            none += 1
    assert exact and mutated and none, (exact, mutated, none)


def test_a_mutated_word_still_counts_and_the_scale_still_says_nothing() -> None:
    assert rq.shared_words("Ei wirfoddolwyr", "gwirfoddolwyr lleol") == {"wirfoddolwyr"}
    assert rq.shared_words("ym Mhontypridd", "Pontypridd") == {"mhontypridd"}
    assert rq.shared_words("ei henw", "enw'r ysgol") == {"henw"}
    assert rq.shared_words("Clear depth", "depth", other_words=("Meets requirements in depth",)) == set()
    assert rq.shared_words("Clear depth", "depth", other_words=("Meets requirements",)) == {"depth"}  # not kept apart


def test_rationale_flags_are_the_straightforward_flags(rng: random.Random) -> None:
    descriptors = ("No response, or a response that does not address the measure at all.",
                   "Meets requirements and goes further in scale or depth, with clear evidence.", "Good")
    for _ in range(CASES // 2):
        rationale, response = text(rng), text(rng, 30)
        other = (text(rng, 5),)
        assert rq.rationale_flags(rationale, descriptors=descriptors, min_chars=30, response_text=response,
                                  other_words=other) == \
            ref_flags(rationale, descriptors=descriptors, min_chars=30, response_text=response, other_words=other)


NAMES = ("Care", "The Kitchen", "Home Care Ltd", "IP001", "Ŵyl Fwyd", "Straße Co-op", "BRAND", "Bidder 2 Co-operative Ltd",
         "O'Neill & Sons", "Cegin", "ΟΔΟΣ Co")


def test_the_other_bidders_are_found_as_the_pattern_alone_finds_them(rng: random.Random) -> None:
    words = (*PIECES, *NAMES, "care", "the kitchen", "THE KITCHEN", "home care ltd", "ip001", "ŵyl fwyd", "strasse co-op",
             "Brand", "cegin", "CEGIN", "[another bidder]", "ΟΔΟΣ CO", "Οδος Co", "οδοσ co")
    for _ in range(CASES // 2):
        names = rng.sample(NAMES, rng.randint(0, 4))
        shown = rng.sample(NAMES, rng.randint(0, 2))
        fast, plain = OtherNames(names, shown), PlainNames(names, shown)
        said = " ".join(rng.choice(words) for _ in range(rng.randint(0, 16)))
        assert fast.search(said) == plain.search(said), (names, shown, said)
        assert fast.subn("[another bidder]", said) == plain.subn("[another bidder]", said), (names, shown, said)


def test_the_quick_look_lets_every_name_through() -> None:
    names = OtherNames(["The Kitchen", "Care"], shown=["Home Care Ltd"])
    assert names.search("As the Kitchen said") == "the Kitchen"
    assert names.search("THE KITCHEN") == "THE KITCHEN"
    assert names.search("Home Care Ltd cares") is None
    assert names.subn("X", "Care and the Kitchen") == ("X and X", 2)
    assert names.search("") is None and names.subn("X", "") == ("", 0)
    greek = OtherNames(["ΟΔΟΣ Co"])  # lower() writes the last sigma as "ς", casefold() as "σ": the look casefolds
    assert greek.search("by ΟΔΟΣ Co") == "ΟΔΟΣ Co"
