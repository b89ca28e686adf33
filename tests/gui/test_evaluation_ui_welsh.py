"""Issue 22, the evaluation pages (moderation, scoring, sign-off, reports, award, packs): their strings reach Qt's
catalogue under the context they are looked up in at run time, and what they say of dates and codes follows the
language. A tiny Welsh catalogue built here stands in for the shipped one (which the lead merges separately)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.catalogues import lupdate_messages, welsh_qt, write_qm

ROOT = Path(__file__).resolve().parents[2]
AREA = [ROOT / "coopeval" / "ui" / d for d in ("moderation", "scoring", "signoff", "reports", "award", "packs")]
FILES = [f for d in AREA for f in sorted(d.rglob("*.py")) if "__pycache__" not in f.parts]


def test_every_string_is_extracted_under_a_real_context(tmp_path: Path) -> None:
    """`tr = page.tr` or `parent.tr(…)` gave lupdate a variable's name (or nothing) as the context, so the shipped
    Welsh could never be found at run time: every context must be a class name or a `translate` context."""
    found = lupdate_messages(FILES, tmp_path / "area.ts")
    contexts = {c for c, _ in found}
    assert found
    assert all(c and c[0].isupper() and "." not in c for c in contexts), sorted(contexts)
    sources = {(c, s) for c, s in found}
    # strings that once sat inside f-strings (lupdate does not read calls there) are now extracted
    for expected in [("ModerationItem", "Bidder reference"), ("ItemView", "Guidance for evaluators"),
                     ("ModerationWidgets", "drafts to settle"), ("Autosaver", "Where in the bid"),
                     ("MeetingMode", "Individual scores hidden"), ("DeclarationPrompt", "Waiting for the officer"),
                     ("ModerationWidgets", "Open moderation…"), ("ScoringWidgets", "Submit my scores"),
                     ("PackMode", "Return pack"), ("PackActions", "Whose pack?"), ("Award", "Thursday"),
                     ("HistoryDialog", "changed the score"), ("SignOffPages", "Moderation")]:
        assert expected in sources, expected


def test_no_translation_call_inside_an_f_string() -> None:
    """pyside6-lupdate skips `self.tr('…')` inside an f-string: such a string would never be translated."""
    hidden = []
    for path in FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Call) and getattr(sub.func, "attr", getattr(sub.func, "id", "")) in (
                            "tr", "translate"):
                        hidden.append(f"{path.relative_to(ROOT)}:{sub.lineno}")
    assert hidden == []


def test_no_qt_numerus_plurals() -> None:
    """Plurals are chosen in code (Welsh counts with a singular noun): no `%n` left for Qt's numerus forms."""
    assert [str(f.relative_to(ROOT)) for f in FILES if "%n" in f.read_text(encoding="utf-8")] == []


@pytest.fixture
def welsh(qapp, tmp_path: Path) -> Iterator[None]:
    """A tiny Welsh Qt catalogue, installed for one test, with the app language set to Welsh."""
    entries = {
        "Award": {"Thursday": "Dydd Iau", "Friday": "Dydd Gwener", "none yet": "dim eto",
                  "Standstill ends at the end of %1; the contract may be entered into from %2.":
                      "Mae'r cyfnod segur yn dod i ben ar ddiwedd %1; gellir ymrwymo i'r contract o %2 ymlaen."},
        "HistoryDialog": {"changed the score": "newidiodd y sgôr", "where in the bid": "ble yn y cynnig"},
        "SignOffPages": {"Moderation": "Cymedroli"},
        "ModerationItem": {"personal": "personol", "within tolerance": "o fewn y goddefiant"},
        "ConsensusEditor": {"double counting": "cyfrif ddwywaith"},
        "Autosaver": {"{time} on {date}": "{time} ar {date}"},
    }
    with welsh_qt(write_qm(tmp_path, entries)):
        yield


def test_award_dates_in_english_are_unchanged() -> None:
    from coopeval.ui.award.wording import long_date

    assert long_date("2026-12-31") == "Thursday 31 December 2026"
    assert long_date("not a date") == "not a date"


def test_award_dates_and_standstill_in_welsh(welsh) -> None:
    from coopeval.ui.award import wording

    assert wording.long_date("2026-12-31") == "Dydd Iau 31 Rhagfyr 2026"

    class Award:  # only what standstill_text reads
        standstill_applies, standstill_ends = True, "2026-12-31"

    text = wording.standstill_text(Award(), {})  # type: ignore[arg-type]
    assert text == ("Mae'r cyfnod segur yn dod i ben ar ddiwedd Dydd Iau 31 Rhagfyr 2026; gellir ymrwymo i'r contract "
                    "o Dydd Gwener 1 Ionawr 2027 ymlaen.")


def test_codes_shown_as_words_in_welsh(welsh) -> None:
    from coopeval.ui.i18n import translate
    from coopeval.ui.moderation.consensus_editor import REASON_LABELS
    from coopeval.ui.moderation.history_dialog import _field
    from coopeval.ui.moderation.item_view import word
    from coopeval.ui.signoff.pages import page_name

    assert page_name("Moderation") == "Cymedroli"
    assert page_name("Somewhere new") == "Somewhere new"  # an unknown page is named as given
    assert _field("evidence_refs") == "ble yn y cynnig"
    assert _field("unknown_field") == "unknown_field"
    assert word("personal") == "personol" and word("within_tolerance") == "o fewn y goddefiant"
    assert word("some_new_code") == "some new code"
    assert translate("ConsensusEditor", REASON_LABELS["double counting"]) == "cyfrif ddwywaith"


def test_times_use_the_languages_month_names(welsh) -> None:
    import datetime as dt

    from coopeval.ui.scoring.autosave import saved_at_text
    from coopeval.ui.signoff.signatures import when_text

    stored = "2026-03-03T12:00:00.000000Z"
    later = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC).astimezone()
    assert " ar 3 Maw 2026" in saved_at_text(stored, now=later)
    assert when_text(stored).startswith("3 Maw 2026 ")


def test_times_in_english_are_unchanged() -> None:
    import datetime as dt

    from coopeval.ui.scoring.autosave import saved_at_text
    from coopeval.ui.signoff.signatures import when_text

    stored = "2026-03-03T12:00:00.000000Z"
    later = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC).astimezone()
    assert " on 3 Mar 2026" in saved_at_text(stored, now=later)
    assert when_text(stored).startswith("3 Mar 2026 ")
