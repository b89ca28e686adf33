"""Regulation 31 against awkward names: a bidder called by an ordinary word ("Care", "The Kitchen", "Surplus") is not
"named" wherever the word is used, nor is a bidder whose own name contains another's; a name really written is
still withheld and still caught, whatever its case."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from coopeval.domain import reg31
from coopeval.domain.rationale_quality import rationale_flags
from coopeval.domain.reg31 import Assessed, Criterion, OtherNames, Score, Summary
from coopeval.services.reports.data import read_summaries
from coopeval.services.reports.summary_checks import summary_checks
from coopeval.services.workspace import Workspace
from tests.helpers.reports import DEMO_DONE, demo_copy

RESPONSE = "Our care plan sets out the kitchen garden and twelve apprentices from the Northgate estate."


def summary(own_name: str, own_reasons: str, others: tuple[tuple[str, ...], ...]) -> Summary:
    own = Assessed("B1", own_name, (Score("A1", "Measure A1", "4 Good", Decimal("12"), own_reasons, RESPONSE),),
                   Decimal("12"), (Decimal("12"),))
    return Summary(criteria=(Criterion("A1", "Measure A1", Decimal("30"), "Panel score 0-5"),), bidder=own,
                   winner=None, successful=True, explained=(), other_bidders=others, whole=True)


def codes(s: Summary) -> list[str]:
    return [p.code for p in reg31.summary_problems(s)]


@pytest.mark.parametrize("reasons", [
    "The care plan (p. 4) names a lead for each of the twelve apprentices.",
    "The kitchen garden at the Northgate estate is costed on page 6.",
])
def test_ordinary_words_that_are_another_bidders_name_are_not_a_name(reasons: str) -> None:
    others = (("Care", "C3"), ("The Kitchen", "The Kitchen CIC", "K4"))
    assert codes(summary("Loser Ltd", reasons, others)) == []


def test_a_bidder_whose_own_name_holds_another_bidders_name_is_not_naming_it() -> None:
    s = summary("Home Care Ltd", "Home Care Ltd's care plan (p. 4) names a lead for each apprentice.", (("Care",),))
    assert codes(s) == []


@pytest.mark.parametrize("reasons", [
    "Twelve apprentices (p. 4), more than Care offered.",
    "Twelve apprentices (p. 4), more than CARE offered.",
    "Twelve apprentices (p. 4); The Kitchen offered six.",
    "Twelve apprentices (p. 4); k-04 offered six.",
    "Twelve apprentices (p. 4), more than the Kitchen offered.",
])
def test_a_name_really_written_is_still_caught(reasons: str) -> None:
    others = (("Care", "C-03"), ("The Kitchen", "K-04"))
    s = summary("Home Care Ltd", reasons, others)
    assert codes(s) == [reg31.OTHER_BIDDER_NAMED]


def test_withholding_keeps_ordinary_words_and_the_shown_names() -> None:
    names = OtherNames(["Care", "The Kitchen"], shown=["Home Care Ltd"])
    text = "Home Care Ltd's care plan beats what Care and The Kitchen offered; the kitchen garden is on p. 6."
    assert names.subn("[another bidder]", text) == (
        "Home Care Ltd's care plan beats what [another bidder] and [another bidder] offered; the kitchen garden is "
        "on p. 6.", 2)
    assert names.search("the care plan") is None and names.search("Care plan") == "Care"


def test_a_withheld_name_is_still_counted_and_no_longer_a_problem() -> None:
    s = summary("Loser Ltd", "Twelve apprentices (p. 4), more than [another bidder] offered.", (("Care",),))
    assert codes(s) == []
    assert codes(replace(s, other_bidders=())) == []


@pytest.fixture
def surplus(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    """The demo's signed-off tender, with one losing bidder trading as "Surplus", a word its panel uses."""
    workspace = demo_copy(tmp_path_factory, tmp_path / "demo.coopeval")
    with sqlite3.connect(workspace) as db:
        db.execute("UPDATE bid SET trading_name = 'Surplus' WHERE identifier = 'CH 13562890'")
    return workspace


def test_a_summary_keeps_an_ordinary_word_that_is_another_bidders_trading_name(surplus: Path) -> None:
    with Workspace.open(surplus, read_only=True) as ws:
        _, summaries = read_summaries(ws, DEMO_DONE)
        checks = summary_checks(ws, DEMO_DONE)
    other = next(s for s in summaries if s.bidder.identifier == "CH 11874402")
    said = " ".join(line.explanation for t in (other.bidder, other.winner) if t is not None for line in t.lines)
    assert " surplus" in said and "[another bidder]" not in said and not other.withheld_names
    assert not [p for b in checks.bidders for p in b.problems if p.code == reg31.OTHER_BIDDER_NAMED]


@pytest.mark.parametrize("reasons, response", [
    ("Mae ei wirfoddolwyr yn helpu bob wythnos.", "Mae gennym ddeuddeg gwirfoddolwyr lleol."),
    ("Mae'r gwaith ym Mhontypridd yn glir.", "Mae ein swyddfa yn Pontypridd."),
    ("Mae ei chegin yn barod.", "Bydd ein cegin gymunedol ar agor bob dydd."),
])
def test_welsh_reasons_that_name_the_bids_words_mutated_refer_to_the_bid(reasons: str, response: str) -> None:
    s = summary("Loser Ltd", reasons, ())
    s = replace(s, bidder=replace(s.bidder, scores=(replace(s.bidder.scores[0], response=response),)))
    assert codes(s) == []
    assert rationale_flags(reasons, descriptors=[], min_chars=0, response_text=response) == []


def test_welsh_reasons_that_share_nothing_are_still_found() -> None:
    s = summary("Loser Ltd", "Mae'n ateb da iawn.", ())
    s = replace(s, bidder=replace(s.bidder, scores=(replace(s.bidder.scores[0], response="Mae ein cegin ar agor."),)))
    assert codes(s) == [reg31.NOT_BY_REFERENCE]
