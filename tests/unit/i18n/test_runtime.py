"""`coopeval.i18n` at run time (issue 22): which language `_()` answers in, document parts, framework text, and
the catalogue a council puts in its user data folder taking precedence over the shipped one."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from coopeval import i18n
from coopeval.domain.dates import date_text, parse_date
from coopeval.domain.framework import Anchors, snapshot
from tests.helpers.catalogues import write_mo


def test_english_by_default_and_the_override_is_per_thread(tmp_path: Path) -> None:
    write_mo(tmp_path, {"Bid": "Cynnig"})
    i18n.set_override_dirs([tmp_path])
    assert i18n._("Bid") == "Bid"
    seen: dict[str, str] = {}
    with i18n.language("cy"):
        assert i18n.current() == "cy"
        assert i18n._("Bid") == "Cynnig"
        worker = threading.Thread(target=lambda: seen.setdefault("other", i18n._("Bid")))
        worker.start()
        worker.join()
    assert seen["other"] == "Bid"  # another thread follows the app's language, not this block's
    assert i18n._("Bid") == "Bid"


def test_the_app_language_is_what_threads_without_an_override_use(tmp_path: Path) -> None:
    write_mo(tmp_path, {"Bid": "Cynnig"})
    i18n.set_override_dirs([tmp_path])
    i18n.set_app_language("cy")
    seen: dict[str, str] = {}
    worker = threading.Thread(target=lambda: seen.setdefault("worker", i18n._("Bid")))
    worker.start()
    worker.join()
    assert seen["worker"] == "Cynnig"
    with i18n.language("en"):
        assert i18n._("Bid") == "Bid"  # a document in English while the screen is in Welsh
    i18n.set_app_language("xx")
    assert i18n.app_language() == "en"


def test_a_user_catalogue_takes_precedence_and_an_unknown_string_stays_english(tmp_path: Path) -> None:
    user = tmp_path / "user"
    write_mo(user, {"Tender": "Tendr (wedi'i gywiro)"})
    i18n.set_override_dirs([user])
    assert i18n.catalogue_source("cy") == user / "cy" / "coopeval.mo"
    with i18n.language("cy"):
        assert i18n._("Tender") == "Tendr (wedi'i gywiro)"
        assert i18n._("A sentence no catalogue has") == "A sentence no catalogue has"
    i18n.set_override_dirs([])
    assert i18n.catalogue_source("cy") != user / "cy" / "coopeval.mo"


def test_a_broken_catalogue_falls_back_to_the_shipped_one_and_says_so(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    with i18n.language("cy"):
        shipped = i18n._("Tender")
    (tmp_path / "cy").mkdir()
    (tmp_path / "cy" / "coopeval.mo").write_bytes(b"not a catalogue")
    i18n.set_override_dirs([tmp_path])
    with i18n.language("cy"):
        assert i18n._("Tender") == shipped
    assert "could not be read" in capsys.readouterr().err


@pytest.mark.parametrize(("given", "expected", "parts"), [
    ("en", "en", ("en",)), ("cy", "cy", ("cy",)), ("cy+en", "cy+en", ("cy", "en")), ("EN+CY", "cy+en", ("cy", "en")),
    (None, "en", ("en",)),
])
def test_document_languages(given: str | None, expected: str, parts: tuple[str, ...]) -> None:
    assert i18n.document_language(given) == expected
    assert i18n.document_parts(expected) == parts


@pytest.mark.parametrize("bad", ["fr", "welsh", "cy+fr", "en+en"])
def test_an_unknown_document_language_is_refused_with_the_choices(bad: str) -> None:
    with pytest.raises(ValueError, match="cy\\+en"):
        i18n.document_language(bad)
    with pytest.raises(ValueError):
        with i18n.language(bad):
            pass


def test_framework_text_in_the_current_language_with_the_other_reachable() -> None:
    anchors = Anchors(low="Little evidence", low_cy="Ychydig o dystiolaeth", middle="Some")
    assert anchors.local("low") == "Little evidence"
    assert anchors.other("low") == "Ychydig o dystiolaeth"
    with i18n.language("cy"):
        assert anchors.local("low") == "Ychydig o dystiolaeth"
        assert anchors.other("low") == "Little evidence"
        assert anchors.local("middle") == "Some"  # no Welsh: the English, with nothing to switch to
        assert anchors.other("middle") is None
    assert snapshot(anchors) == {"low": "Little evidence", "low_cy": "Ychydig o dystiolaeth", "middle": "Some",
                                 "high": ""}


def test_dates_follow_the_language_and_welsh_month_names_are_read() -> None:
    assert date_text("2026-12-07") == "7 Dec 2026"
    with i18n.language("cy"):
        assert date_text("2026-12-07") == "7 Rhag 2026"
        assert i18n.month_name(3) == "Mawrth"
    assert parse_date("7 Rhagfyr 2026") == parse_date("07/12/2026")
    assert parse_date("1 Mai 2027") == parse_date("1 May 2027")
