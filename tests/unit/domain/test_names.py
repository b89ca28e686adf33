"""Supplier name keys (coopeval.domain.names): two spellings of one organisation share a key."""

from __future__ import annotations

import pytest

from coopeval.domain.names import normalise_name


@pytest.mark.parametrize(
    ("spelling", "key"),
    [
        ("The Bread Co-operative Ltd", "bread coop"),
        ("BREAD COOPERATIVE LIMITED", "bread coop"),
        ("Bread Co-op", "bread coop"),
        ("Bread Co op", "bread coop"),
        ("bread coop ltd.", "bread coop"),
        ("Green & Sons Limited", "green and sons"),
        ("Green and Sons Ltd", "green and sons"),
        ("O'Brien's Bakery", "obriens bakery"),
        ("O\u2019Brien\u2019s Bakery", "obriens bakery"),
        ("Hill-Top Farm (North) PLC", "hill top farm north"),
        ("Sunrise Housing Soc Ltd", "sunrise housing society"),
        ("Sunrise Housing Society Limited", "sunrise housing society"),
        ("Riverside Community Interest Company", "riverside"),
        ("Riverside CIC", "riverside"),
        ("Parkside Trust CIO", "parkside trust"),
        ("Lee & Lee LLP", "lee and lee"),
        ("Acme Ltd t/a Widget World", "acme"),
        ("Acme Ltd T / A Widget World", "acme"),
        ("\uff21\uff22\uff23 Ltd", "abc"),  # full-width letters pasted from a PDF
        ("  Many   Spaces\tLtd ", "many spaces"),
    ],
)
def test_spellings_of_one_name_share_a_key(spelling: str, key: str) -> None:
    assert normalise_name(spelling) == key


def test_a_name_that_is_only_legal_form_words_keeps_its_folded_self() -> None:
    assert normalise_name("LTD") == "ltd"
    assert normalise_name("The") == "the"
    assert normalise_name("  Community  Interest Company ") == "community interest company"


def test_coop_inside_other_words_is_left_alone() -> None:
    # "cooper" and "coopers" are surnames, not co-operatives
    assert normalise_name("Cooper Joinery Ltd") == "cooper joinery"
    assert normalise_name("The Coopers Arms") == "coopers arms"


def test_only_a_leading_the_and_only_trailing_legal_forms_are_dropped() -> None:
    assert normalise_name("Over The Hill Ltd") == "over the hill"
    assert normalise_name("Limited Edition Prints") == "limited edition prints"


def test_t_a_inside_a_word_is_not_trading_as() -> None:
    assert normalise_name("Data/Analytics Ltd") == "data analytics"
    assert normalise_name("Sta/Art Studio") == "sta art studio"


def test_accents_and_case_are_kept_apart_from_punctuation() -> None:
    assert normalise_name("Caf\u00e9 Soleil") == normalise_name("CAFE\u0301 SOLEIL")
