"""Register rules (coopeval.domain.registers): numbers in one form, classifications, live or dissolved, the digest."""

from __future__ import annotations

import pytest

from coopeval.domain import registers as reg


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("1234567", "01234567"),
        (" 12 345.67 ", "01234567"),
        ("01234567", "01234567"),
        ("sc123456", "SC123456"),
        ("NI 012345", "NI012345"),
        ("oc301234", "OC301234"),
        ("12345r", "12345R"),
        ("ip12345r", "IP12345R"),
        ("R000123", "R000123"),
        ("", ""),
    ],
)
def test_register_numbers_take_one_form(given: str, stored: str) -> None:
    assert reg.register_number(given) == stored


def test_a_society_number_is_not_padded_like_a_company_number() -> None:
    assert reg.register_number("12345", pad=False) == "12345"
    assert reg.register_number("12345") == "00012345"


def test_ip_and_plain_society_numbers_are_one_society() -> None:
    assert set(reg.number_variants("IP31001R")) == {"IP31001R", "31001R"}
    assert set(reg.number_variants("31001R")) == {"31001R", "IP31001R"}
    assert reg.number_variants("01234567") == ("01234567",)
    assert reg.canonical_number("IP31001R") == reg.canonical_number("31001R") == "31001R"


@pytest.mark.parametrize(
    ("classification", "model", "democratic"),
    [
        ("Worker-owned", "worker co-operative", True),
        ("Employees", "worker co-operative", True),
        ("Consumer-owned", "consumer co-operative", True),
        ("Tenant-owned", "consumer co-operative", True),
        ("Credit Union", "consumer co-operative", True),
        ("Multi-stakeholder", "multi-stakeholder co-operative", True),
        ("Community-owned", "community-owned", True),
        ("Community Benefit Society", "community-owned", True),
        ("Employee Ownership Trust", "employee-owned (trust)", False),
        ("Employee-owned (trust)", "employee-owned (trust)", False),  # the framework's own words
        ("employee-owned (direct)", "employee-owned (direct)", True),
        ("Employee-owned", "employee-owned (direct)", True),
        ("Social enterprise", "social enterprise", False),
        ("Enterprise", "other", True),
        ("", "other", True),
    ],
)
def test_classifications_map_to_the_frameworks_ownership_choices(classification: str, model: str,
                                                                 democratic: bool) -> None:
    assert reg.classify(classification) == (model, democratic)
    assert model in reg.MODELS


def test_a_custom_register_says_the_model_and_democratic_itself() -> None:
    assert reg.classify("", model="Worker Co-operative") == ("worker co-operative", True)
    assert reg.classify("", model="worker co-operative", democratic="no") == ("worker co-operative", False)
    assert reg.classify("", model="social enterprise", democratic="yes") == ("social enterprise", True)
    assert reg.classify("", model="investor-owned") == ("investor-owned", False)
    with pytest.raises(ValueError, match="is not one of"):
        reg.classify("", model="a co-op, honest")
    with pytest.raises(ValueError, match="yes or no"):
        reg.classify("", model="other", democratic="maybe")


def test_live_means_no_dissolved_date_and_no_dead_status() -> None:
    assert reg.is_live("Registered", "")
    assert reg.is_live("Active", "")
    assert not reg.is_live("Active", "31/12/2021")
    for status in ("Dissolved", "Dead", "Deregistered", "Cancelled", "In Liquidation"):
        assert not reg.is_live(status, ""), status


@pytest.mark.parametrize("text", ["31/12/2021", "31-12-2021", "2021-12-31", "31 Dec 2021", "31/12/2021 00:00:00",
                                  "31-Dec-21"])
def test_register_dates_are_read_day_first(text: str) -> None:
    assert str(reg.parse_day(text)) == "2021-12-31"


def test_a_date_that_is_not_one_gives_none() -> None:
    assert reg.parse_day("sometime in 2021") is None
    assert reg.parse_day("31/02/2021") is None


def test_headings_fit_ignoring_case_and_punctuation_and_name_what_is_missing() -> None:
    found, missing = reg.map_headings("coops-uk", ["registered_name", "REGISTERED-NUMBER", "Ownership classification"])
    assert (found, missing) == ({"number": 1, "name": 0, "classification": 2}, [])
    _, missing = reg.map_headings("coops-uk", ["Society Name", "Society Number", "Registration Type"])
    assert missing == ["Registered Name", "Ownership Classification"]  # "Society Number" is a known variant


def test_the_digest_changes_with_any_field_and_not_with_order() -> None:
    entries = [{"line_no": 2, "name": "A Co-op", "number": "1", "democratic": True, "live": True},
               {"line_no": 3, "name": "B Co-op", "number": "2", "democratic": 1, "live": True}]
    same = reg.entries_digest(entries)
    assert reg.entries_digest(list(reversed(entries))) == same
    assert reg.entries_digest([{**entries[0], "democratic": False}, entries[1]]) != same
    assert reg.entries_digest([{**entries[0], "name": "A Coop"}, entries[1]]) != same
    assert reg.entries_digest(entries[:1]) != same
