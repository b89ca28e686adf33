"""Rationale quality flags: a rationale that repeats the scale, is too short, or says nothing about the bid."""

from __future__ import annotations

import pytest

from coopeval.domain.rationale_quality import (
    NO_EVIDENCE,
    NO_EVIDENCE_EMPTY,
    NO_RATIONALE,
    REPEATS,
    has_reference,
    normalise,
    rationale_flags,
    refers_to_bid,
    repeats_descriptor,
    too_short,
    words,
)

DESCRIPTORS = (
    "No response, or a response that does not address the measure at all.",
    "Meets requirements and goes further in scale or depth, with clear evidence and named responsibilities.",
    "Nil or inadequate response; the measure is not addressed.",
    "Good",
)
RESPONSE = ("We will recruit 12 apprentices from Wrexham through our partnership with Coleg Cambria, "
            "paying the Real Living Wage, and report quarterly to the council's contract manager.")


@pytest.mark.parametrize("text", [
    "p. 4", "p.4", "p4", "see P 12", "page 12", "Pages 3 to 5", "pp. 3-5", "pp 3", "section 2.1", "Section B",
    "sections 4 and 5", "s.3", "s. 3.2", "§ 3", "para 4", "paragraph 4.2", "paras. 2", "appendix B",
    "Appendix 3", "annex 2", "Annexe C", "table 3", "figure 2", "Q4", "question 4", "schedule IV",
    "tudalen 4", "adran 2", "atodiad B", "(p. 7)", "as stated at p.7, the bid…",
])
def test_references_to_a_place_in_the_bid_are_recognised(text: str) -> None:
    assert has_reference(text)
    assert refers_to_bid(text, "")


@pytest.mark.parametrize("text", [
    "", "the bid is on top 10 lists", "bids 3 times", "an appendix a lot longer", "section b of the form",
    "page numbers are missing", "a table of contents", "sp. 4", "step 4", "equipment 2", "faq4",
])
def test_words_that_only_look_like_references_are_not(text: str) -> None:
    assert not has_reference(text)


def test_a_word_shared_with_the_response_counts_as_evidence() -> None:
    assert refers_to_bid("Twelve apprentices with Coleg Cambria.", RESPONSE)
    assert refers_to_bid("Wrexham recruitment is credible.", RESPONSE)


def test_common_words_alone_are_not_evidence() -> None:
    # every word is on the stop list or shared only through filler
    assert not refers_to_bid("The bid provides some good evidence and we agree with the score.", RESPONSE)


def test_the_measure_title_and_descriptors_say_nothing_about_the_bid() -> None:
    response = "Our local employment plan names 12 apprentices and clear evidence of depth."
    assert refers_to_bid("Local employment is addressed in depth.", response)
    assert not refers_to_bid("Local employment is addressed in depth.", response,
                             other_words=["Local employment", *DESCRIPTORS])


def test_a_place_the_bid_names_in_its_page_references_counts() -> None:
    refs = ["Quality 2, pp. 5-6; Method statement"]
    assert refers_to_bid("A youth board that decides the budget (Quality 2).", "", references=refs)
    assert refers_to_bid("As the method statement sets out.", "", references=refs)
    assert not refers_to_bid("A youth board that decides the budget (Quality 12).", "", references=refs)
    assert not refers_to_bid("A youth board that decides the budget.", "", references=["Quality", "", " , "])
    assert rationale_flags("A youth board (QUALITY 2).", descriptors=(), min_chars=0, response_text="",
                           references=refs) == []


def test_empty_response_needs_a_reference() -> None:
    assert not refers_to_bid("Twelve apprentices with Coleg Cambria.", "")
    assert not refers_to_bid("Twelve apprentices with Coleg Cambria.", "   \n ")
    assert refers_to_bid("Twelve apprentices, p. 3.", "")
    assert rationale_flags("Twelve apprentices with Coleg Cambria.", descriptors=DESCRIPTORS, min_chars=0,
                           response_text="") == [NO_EVIDENCE_EMPTY]


def test_empty_rationale_is_one_flag_and_never_refers_to_the_bid() -> None:
    assert not refers_to_bid("", RESPONSE)
    assert not refers_to_bid("   ", RESPONSE)
    assert rationale_flags("  \n", descriptors=DESCRIPTORS, min_chars=40, response_text=RESPONSE) == [NO_RATIONALE]


def test_welsh_and_accented_words_match_with_or_without_accents() -> None:
    response = "Byddwn yn cefnogi Gŵyl Gymunedol Llŷn a'r gwirfoddolwyr lleol."
    assert refers_to_bid("Support for the gwyl in Llyn is specific.", response)
    assert refers_to_bid("GŴYL support is specific.", "gwyl gymunedol")
    assert refers_to_bid("Gwirfoddolwyr named.", response)
    # Welsh filler alone is not evidence
    assert not refers_to_bid("Mae hyn yn dda iawn.", "Mae hyn yn wir, gyda hefyd.")
    assert {"gwyl", "llyn"} <= words(response)


def test_numbers_count_but_lone_digits_do_not() -> None:
    assert refers_to_bid("Commits £40,000 a year.", "A fund of 40000 pounds")
    assert refers_to_bid("12 placements", "12 apprentices")
    assert refers_to_bid("3.5% of spend", "at least 3.5 per cent")
    assert not refers_to_bid("3 placements", "3 apprentices is what we offer")  # "3" is too slight
    assert not refers_to_bid("Spend 2.1 now", "section 21")


def test_hyphenated_words_match_joined_or_split() -> None:
    assert refers_to_bid("A co-operative supplier.", "We are a cooperative.")
    assert refers_to_bid("A cooperative supplier.", "We are a co-operative.")
    assert refers_to_bid("Net-zero fleet.", "Our fleet will be zero emission")  # "fleet" shared
    assert "cooperative" in words("co‑operative")  # non-breaking hyphen from Word


def test_plural_s_and_case_do_not_matter() -> None:
    assert refers_to_bid("APPRENTICE numbers", RESPONSE)
    assert words("Apprentices") == words("apprentice")


@pytest.mark.parametrize("rationale", [
    DESCRIPTORS[1],
    DESCRIPTORS[1].upper(),
    "  meets requirements AND goes further in scale or depth with clear evidence, and named responsibilities ",
    "Score 4. Meets requirements and goes further in scale or depth, with clear evidence and named "
    "responsibilities. Wrexham apprentices.",
    "The measure is not addressed!",  # a whole clause of a descriptor
    "Good",
    "good.",
])
def test_repeating_a_descriptor_word_for_word_is_flagged(rationale: str) -> None:
    assert repeats_descriptor(rationale, DESCRIPTORS)
    assert REPEATS in rationale_flags(rationale, descriptors=DESCRIPTORS, min_chars=0, response_text=RESPONSE)


@pytest.mark.parametrize("rationale", [
    "Good apprentices scheme with Coleg Cambria.",  # one-word descriptor inside a sentence
    "Meets requirements: 12 apprentices with Coleg Cambria (p. 2).",  # short clause
    "It goes further in scale than most, with 12 apprentices.",  # part of a sentence only
    "The measure is not really addressed",  # words missing from the clause
    "",
])
def test_using_some_descriptor_words_is_not_repeating(rationale: str) -> None:
    assert not repeats_descriptor(rationale, DESCRIPTORS)


def test_descriptor_match_respects_word_boundaries() -> None:
    assert not repeats_descriptor("Nonil or inadequate response; themeasure is not addressed", DESCRIPTORS[2:3])
    assert normalise("  Gŵyl,  co-op!\n") == "gwyl co op"


def test_shorter_than_the_minimum_is_flagged_counting_without_outer_space() -> None:
    rationale = "  Coleg Cambria, p. 3  "
    flags = rationale_flags(rationale, descriptors=DESCRIPTORS, min_chars=40, response_text=RESPONSE)
    assert flags == [too_short(40, len(rationale.strip()))]
    assert "minimum of 40 characters (19)" in flags[0]
    exact = "x" * 19 + " p. 3"
    assert rationale_flags(exact, descriptors=(), min_chars=len(exact), response_text="") == []
    assert rationale_flags(exact, descriptors=(), min_chars=len(exact) + 1, response_text="") == [
        too_short(len(exact) + 1, len(exact))]


def test_a_good_rationale_has_no_flags() -> None:
    rationale = ("Twelve apprentices from Wrexham with Coleg Cambria on the Real Living Wage (p. 4); "
                 "quarterly reports to the contract manager make delivery checkable.")
    assert rationale_flags(rationale, descriptors=DESCRIPTORS, min_chars=40, response_text=RESPONSE) == []


def test_every_flag_at_once_in_order() -> None:
    flags = rationale_flags("Good", descriptors=DESCRIPTORS, min_chars=40, response_text=RESPONSE)
    assert flags == [REPEATS, too_short(40, 4), NO_EVIDENCE]


def test_very_long_texts_are_handled() -> None:
    # linear-time regular expressions: pathological inputs (long runs of near-references, digits,
    # hyphens and spaces) finish at once; a backtracking pattern would not
    hostile = ("p " * 50_000) + "x " + ("1." * 50_000) + ("a-" * 50_000) + (" " * 50_000) + "section"
    assert not has_reference(hostile)
    response = " ".join(f"word{i}" for i in range(20_000))
    assert refers_to_bid("x " * 20_000 + "word19999", response)
    assert not refers_to_bid("nothing " * 20_000, response)
    flags = rationale_flags(hostile, descriptors=DESCRIPTORS * 50, min_chars=2000, response_text=response)
    assert flags == [NO_EVIDENCE]
