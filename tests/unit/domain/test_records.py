"""The rules for a bid's record answers (legal form, statuses, ownership model, register numbers), shared by the Bids
page, the CLI and the tender import."""

from __future__ import annotations

import pytest

from coopeval.domain.framework import RecordField
from coopeval.domain.records import (
    LEGACY_EVIDENCE,
    LEGACY_FORM,
    RecordAnswer,
    answer_problems,
    is_democratic,
    legacy_answers,
)

FORM = RecordField(code="X-FORM", title="Legal form", kind="choice", role="legal_form", evidence=True,
                   choices=("registered society", "company limited by shares"))
STATUS = RecordField(code="X-STATUS", title="Statuses", kind="choices", role="status", evidence=True,
                     choices=("community interest company", "registered charity"))
OWNERSHIP = RecordField(code="X-OWN", title="Ownership", kind="choice", role="ownership",
                        choices=("worker co-operative", "investor-owned"), democratic=("worker co-operative",))
NUMBER = RecordField(code="X-CH", title="Companies House number", kind="text", role="register_id",
                     public_register="companies-house")
LEGACY = (RecordField(code=LEGACY_FORM, title="Organisation form", kind="choice", choices=("worker co-operative",)),
          RecordField(code=LEGACY_EVIDENCE, title="Evidence of organisation form", kind="text"))
FIELDS = (FORM, STATUS, OWNERSHIP, NUMBER)


def test_good_answers_have_no_problems():
    answers = [RecordAnswer("X-FORM", "registered society", "FCA 1234R"),
               RecordAnswer("X-STATUS", "community interest company", "CIC34 2025"),
               RecordAnswer("X-STATUS", "registered charity"),
               RecordAnswer("x-own", "worker co-operative"),  # codes compare ignoring case
               RecordAnswer("X-CH", "01234567")]
    assert answer_problems(FIELDS, answers) == []
    assert answer_problems(FIELDS, []) == []  # nothing known yet is allowed


@pytest.mark.parametrize(("answers", "expected"), [
    ([RecordAnswer("X-NOPE", "a")], "'X-NOPE' is not a record field"),
    ([RecordAnswer("X-FORM", "plc")], "Legal form: 'plc' is not one of its choices"),
    ([RecordAnswer("X-FORM", "registered society"), RecordAnswer("X-FORM", "company limited by shares")],
     "Legal form: takes one answer, 2 were given"),
    ([RecordAnswer("X-STATUS", "registered charity"), RecordAnswer("X-STATUS", "registered charity")],
     "Statuses: 'registered charity' is given twice"),
    ([RecordAnswer("X-CH", "")], "Companies House number: an answer needs a value"),
    ([RecordAnswer("X-CH", "0123\n4567")], "Companies House number: the answer"),
    ([RecordAnswer("X-CH", "x" * 301)], "Companies House number: the answer"),
    ([RecordAnswer("X-CH", "01234567", "a certificate")], "Companies House number: takes no evidence of its own"),
    ([RecordAnswer("X-FORM", "registered society", "bad\x00evidence")], "Legal form: the evidence"),
])
def test_each_bad_answer_is_named(answers, expected):
    problems = answer_problems(FIELDS, answers)
    assert any(p.startswith(expected) for p in problems), problems


def test_every_problem_is_reported_at_once():
    problems = answer_problems(FIELDS, [RecordAnswer("X-FORM", "plc"), RecordAnswer("X-OWN", "state-owned"),
                                        RecordAnswer("X-NOPE", "a")])
    assert len(problems) == 3


def test_a_legacy_bid_reads_as_answers_to_the_first_framework_fields_and_keeps_its_long_evidence():
    evidence = "FCA register 1234R\nRules adopted 2019, one member one vote.\n" + "More detail. " * 100
    answers = legacy_answers("worker co-operative", evidence)
    assert answers == (RecordAnswer(LEGACY_FORM, "worker co-operative"), RecordAnswer(LEGACY_EVIDENCE, evidence))
    assert answer_problems(LEGACY, answers) == []  # multi-line and longer than a record value: the old rule holds
    assert legacy_answers("", "") == ()


def test_democratic_comes_from_the_framework():
    assert is_democratic(FIELDS, [RecordAnswer("X-OWN", "worker co-operative")])
    assert not is_democratic(FIELDS, [RecordAnswer("X-OWN", "investor-owned")])
    assert not is_democratic(FIELDS, [RecordAnswer("X-FORM", "registered society")])  # a legal form alone is not
