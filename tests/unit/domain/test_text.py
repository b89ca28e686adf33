"""The text rules every door applies (coopeval.domain.text): one rule per stored field."""

from __future__ import annotations

import unicodedata

import pytest

from coopeval.domain import text
from coopeval.domain.numbers import InputError

DECOMPOSED = "Cafe\u0301 Co\u0308op"  # "Café Coöp" typed with combining accents


def refused(value: str, field: str, what: str = "Field") -> str:
    with pytest.raises(InputError) as caught:
        text.clean(value, field, what)
    return str(caught.value)


def test_clean_stores_nfc():
    cleaned = text.clean(DECOMPOSED, "bid.legal_name", "Legal name")
    assert cleaned == unicodedata.normalize("NFC", DECOMPOSED)
    assert cleaned != DECOMPOSED and len(cleaned) == len(DECOMPOSED) - 2


@pytest.mark.parametrize("separator", ["\v", "\f", "\r\n", "\r", "\u2028", "\u2029", "\x85"])
def test_pasted_line_breaks_become_newlines(separator):
    assert text.clean(f"first{separator}second", "score.rationale", "Rationale") == "first\nsecond"


def test_surrounding_space_is_dropped_and_tabs_kept_in_free_text():
    assert text.clean("  a\tb \n", "score.rationale", "Rationale") == "a\tb"


def test_nul_is_refused_naming_where():
    message = refused("abc\x00def", "score.rationale", "Rationale")
    assert message == "Rationale contains a NUL character at character 4; remove it."


def test_position_names_the_line_in_multiline_text():
    message = refused("one\ntwo\x07", "score.rationale", "Rationale")
    assert "control character (U+0007" in message
    assert "character 8 (line 2)" in message


@pytest.mark.parametrize("char", [chr(c) for c in (*range(1, 9), *range(0x0E, 0x20), 0x7F, 0x80, 0x9B, 0x9F)])
def test_every_c0_and_c1_control_is_refused(char):
    assert "control character" in refused(f"a{char}b", "score.rationale")


def test_one_line_fields_refuse_newlines():
    assert refused("two\nlines", "tender.title", "Tender title") == "Tender title must be one line."


@pytest.mark.parametrize(
    ("char", "words"),
    [
        ("\u202e", "invisible or direction-changing"),  # right-to-left override
        ("\u2066", "invisible or direction-changing"),  # left-to-right isolate
        ("\u200b", "invisible or direction-changing"),  # zero-width space
        ("\u200d", "invisible or direction-changing"),  # zero-width joiner
        ("\ufeff", "invisible or direction-changing"),  # BOM / zero-width no-break space
        ("\u00a0", "not a plain space"),  # no-break space
        ("\u2011", "looks like a hyphen"),  # non-breaking hyphen (Word)
        ("\u2013", "looks like a hyphen"),  # en dash
    ],
)
def test_identifiers_refuse_look_alikes(char, words):
    message = refused(f"EVC{char}2026", "tender.reference", "Tender reference")
    assert words in message
    assert "character 4" in message
    # the same character in free text is not an identifier's problem
    if char in ("\u202e", "\u2066", "\u200d", "\u00a0", "\u2011", "\u2013"):
        assert text.clean(f"EVC{char}2026", "score.rationale", "Rationale") == f"EVC{char}2026"


def test_bidi_is_allowed_in_free_text():
    arabic = "\u202bمرحبا\u202c and English"
    assert text.clean(arabic, "consensus.rationale", "Reason") == arabic


def test_identifier_refuses_a_tab():
    assert "tab" in refused("A\tB", "bid.identifier", "Identifier")


def test_limits_count_characters_after_cleaning():
    limit = text.FIELDS["bid.identifier"].limit
    assert text.clean("x" * limit, "bid.identifier", "Identifier") == "x" * limit
    assert text.clean(" " + "x" * limit + " ", "bid.identifier", "Identifier") == "x" * limit
    message = refused("x" * (limit + 1), "bid.identifier", "Identifier")
    assert message == f"Identifier is too long ({limit + 1:,} characters; at most {limit:,})."


def test_required_and_optional():
    with pytest.raises(InputError, match="Reason is required"):
        text.clean("   ", "bid.withdrawn_reason", "Reason", required=True)
    assert text.clean(None, "bid.trading_name", "Trading name") == ""


def test_unknown_field_is_a_programming_error():
    with pytest.raises(KeyError, match="no text rule"):
        text.clean("x", "bid.nonsense", "x")


def test_problem_gives_the_verdict_for_imports():
    assert text.problem("fine", "bid.identifier") is None
    assert text.problem(" padded", "bid.identifier") == \
        "is not in the form the app stores (Unicode NFC, no surrounding space)"
    assert text.problem(DECOMPOSED, "bid.identifier") is not None
    assert text.problem(DECOMPOSED, "bid.legal_name") is None  # free text is stored normalised
    assert "NUL" in (text.problem("a\x00", "score.rationale") or "")
    assert text.problem(12, "score.rationale") is None  # the shape checks report wrong types


def test_identity_key_ignores_case_and_unicode_form():
    assert text.identity_key("LOC-01") == text.identity_key("loc-01")
    assert text.identity_key("Ä") == text.identity_key("A\u0308") == text.identity_key("ä")
    assert text.identity_key("ﬁle") == text.identity_key("FILE")
    assert text.identity_key("Straße") == text.identity_key("STRASSE")
    assert text.identity_key("LOC-01") != text.identity_key("LOC-02")


def test_clean_edit_keeps_stored_text_and_cleans_a_change():
    long_stored = "x" * (text.FIELDS["tender.title"].limit + 50)  # stored before the limit existed
    assert text.clean_edit(long_stored, long_stored, "tender.title", "Title") is long_stored
    assert text.clean_edit(long_stored + " ", long_stored, "tender.title", "Title") is long_stored
    with pytest.raises(InputError, match="too long"):
        text.clean_edit(long_stored + "y", long_stored, "tender.title", "Title")
    assert text.clean_edit("New\vline", "old", "score.rationale", "Rationale") == "New\nline"
    with pytest.raises(InputError, match="required"):
        text.clean_edit("", "", "tender.title", "Title", required=True)


def test_every_rule_is_sane():
    for field, rule in text.FIELDS.items():
        assert "." in field
        assert rule.kind in ("line", "multiline", "identifier")
        assert 0 < rule.limit <= 50_000
