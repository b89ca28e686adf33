"""Issue 18, the spine: a tender's deadline and clarification route, word limits, when a questionnaire can be
published, the set-up fingerprint a return is matched by, and when a published questionnaire is out of date."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopeval.domain.dates import deadline_text, iso_deadline
from coopeval.domain.numbers import InputError
from coopeval.services.publishing import files, questionnaire
from coopeval.services.rows import tender_row
from coopeval.services.setup import tenders
from tests.helpers.workspaces import create_workspace, draft_tender


@pytest.fixture()
def ready(tmp_path: Path):
    ws = create_workspace(tmp_path / "w.coopeval")
    built = draft_tender(ws)
    tenders.update_tender(ws, built.reference, deadline="15/01/2027 12:00",
                          clarification_route="Through the portal's messaging, by 8 January 2027.")
    yield ws, built
    ws.close()


@pytest.mark.parametrize(("typed", "stored"), [
    ("15/01/2027 12:00", "2027-01-15T12:00"), ("15 Jan 2027 at 2pm", "2027-01-15T14:00"),
    ("2027-01-15T09:30", "2027-01-15T09:30"), ("15 January 2027, 9.30am", "2027-01-15T09:30"),
    ("15/01/2027 12am", "2027-01-15T00:00"), ("", None)])
def test_deadlines_are_read_as_people_in_the_uk_write_them(typed: str, stored: str | None) -> None:
    assert iso_deadline(typed) == stored


@pytest.mark.parametrize("typed", ["15/01/2027", "31/02/2027 12:00", "15/01/2027 25:00", "15/01/2027 13pm", "noon"])
def test_a_deadline_without_a_real_date_and_time_is_refused(typed: str) -> None:
    with pytest.raises(InputError, match="15/01/2027 12:00"):
        iso_deadline(typed)


def test_a_deadline_is_shown_with_its_day() -> None:
    assert deadline_text("2027-01-15T12:00") == "12:00 on Friday 15 January 2027"
    assert deadline_text("not a date") == "not a date"


def test_an_incomplete_set_up_says_everything_it_lacks(tmp_path: Path) -> None:
    ws = create_workspace(tmp_path / "w.coopeval")
    try:
        built = draft_tender(ws, weights=("10", "10", "10", "10", "10", "10"))
        problem = questionnaire.publish_problem(ws, built.reference)
        assert problem is not None
        assert "not 100" in problem and "deadline" in problem and "clarification" in problem
    finally:
        ws.close()


def test_a_complete_set_up_can_be_published(ready) -> None:
    ws, built = ready
    assert questionnaire.publish_problem(ws, built.reference) is None


def test_word_limits_are_checked_and_change_the_fingerprint(ready) -> None:
    ws, built = ready
    with ws.reading() as session:
        before = files.set_up_fingerprint(session, tender_row(session, built.reference))
    with pytest.raises(InputError, match="word limit"):
        tenders.set_measure(ws, built.measures[0], word_limit="0")
    view, _ = tenders.set_measure(ws, built.measures[0], word_limit="500")
    assert view.word_limit == 500
    with ws.reading() as session:
        after = files.set_up_fingerprint(session, tender_row(session, built.reference))
    assert after != before
    tenders.set_measure(ws, built.measures[0], word_limit=None)
    with ws.reading() as session:
        assert files.set_up_fingerprint(session, tender_row(session, built.reference)) == before


def test_a_deadline_extension_keeps_the_fingerprint_but_dates_the_questionnaire(ready) -> None:
    ws, built = ready
    data = questionnaire.questionnaire_data(ws, built.reference)
    with ws.writing() as session:
        files.keep_file(ws, session, tender_row(session, built.reference), kind="questionnaire", media="pdf",
                        name="q.pdf", data=b"%PDF-1.7 stand-in", setup_fingerprint=data.setup_fingerprint,
                        content=files.content_digest(data))
    status = questionnaire.publication_status(ws, built.reference)
    assert status.latest is not None and status.versions == 1 and not status.out_of_date
    tenders.update_tender(ws, built.reference, deadline="22/01/2027 12:00")
    assert questionnaire.questionnaire_data(ws, built.reference).setup_fingerprint == data.setup_fingerprint
    status = questionnaire.publication_status(ws, built.reference)
    assert status.out_of_date and "out of date" in status.message


def test_a_weight_change_dates_the_questionnaire_and_changes_the_fingerprint(ready) -> None:
    ws, built = ready
    data = questionnaire.questionnaire_data(ws, built.reference)
    with ws.writing() as session:
        files.keep_file(ws, session, tender_row(session, built.reference), kind="questionnaire", media="docx",
                        name="q.docx", data=b"stand-in", setup_fingerprint=data.setup_fingerprint,
                        content=files.content_digest(data))
    measures = tenders.list_measures(ws, built.reference)
    tenders.set_measure(ws, measures[0].id, weight=str(measures[0].weight_decimal + 1))
    tenders.set_measure(ws, measures[1].id, weight=str(measures[1].weight_decimal - 1))
    assert questionnaire.questionnaire_data(ws, built.reference).setup_fingerprint != data.setup_fingerprint
    assert questionnaire.publication_status(ws, built.reference).out_of_date


def test_kept_files_record_their_digest_not_their_bytes_in_the_audit_log(ready) -> None:
    ws, built = ready
    with ws.writing() as session:
        row = files.keep_file(ws, session, tender_row(session, built.reference), kind="return", media="xlsx",
                              name="return.xlsx", data=b"x" * 1000)
        assert "data" not in row.snapshot() and row.snapshot()["size"] == 1000
    kept = files.list_files(ws, built.reference, "return")
    assert [(k.name, k.size, k.version) for k in kept] == [("return.xlsx", 1000, 1)]
    with pytest.raises(files.FileTooLargeError), ws.writing() as session:
        files.keep_file(ws, session, tender_row(session, built.reference), kind="return", media="xlsx",
                        name="huge.xlsx", data=b"x" * (files.MAX_KEPT_BYTES + 1))


def test_a_received_file_name_is_kept_as_the_text_rules_allow(ready) -> None:
    ws, built = ready
    with ws.writing() as session:
        row = files.keep_file(ws, session, tender_row(session, built.reference), kind="return", media="xlsx",
                              name="bid\x07\u202e" + "a" * 400 + ".xlsx", data=b"x")
    assert row.name.startswith("bid__a") and len(row.name) == 255
    assert "\x07" not in row.name and "\u202e" not in row.name
