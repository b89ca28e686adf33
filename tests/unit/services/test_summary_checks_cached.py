"""Issue 16: the regulation 31 check of a tender is fast on a large tender — each text's words worked out once, the
other bidders' names looked for before their pattern is tried, the responses gathered once — and kept per audit head.
None of that may change an answer: on a tender with varied reasons (Welsh mutations, references, stop words only,
the scale's words, other bidders named) the check equals the straightforward computation; the kept answer is the
same until something changes, is asked for again after a change, and is never handed to someone who may not see it.
The record it reads (`report_data`) reads each framework once and the tender's lifecycle dates alone, with the same
result as reading the whole history."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopeval.domain import reg31
from coopeval.domain.identity import Actor
from coopeval.services.bids import entry as bids
from coopeval.services.bids.entry import items_count
from coopeval.services.identity.guard import NotPermittedError
from coopeval.services.moderation import consensus as moderation
from coopeval.services.reports import data as report_data_module
from coopeval.services.reports import summary_checks as sc
from coopeval.services.reports.data import LIFECYCLE_DATES, report_data
from coopeval.services.setup import frameworks, tenders
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from tests.helpers.workspaces import BuiltTender, advance, create_workspace, draft_tender
from tests.unit.domain.test_rationale_quality_cached import PlainNames, ref_refers_to_bid

RESPONSES = (
    "Bydd ein gwirfoddolwyr yn coginio yn y gegin gymunedol ym Mhontypridd (Quality 2, pp. 5-6).",
    "We will recruit 12 apprentices from Wrexham through Coleg Cambria, paying £40,000 in wages.",
    "A co-operative kitchen run by its members; Gŵyl Fwyd each summer.",
    "",
)
REASONS = (
    "Ei wirfoddolwyr a chegin Pontypridd.",  # Welsh, mutated and radical
    "Twelve apprentices with Coleg Cambria; 40,000 in wages.",  # shared words and a number
    "The bid provides some good evidence and we agree with the score.",  # stop words only
    "Meets requirements with clear evidence.",  # the scale's words
    "See section 2.1 and p. 4 of the method statement.",  # references
    "Better than Bidder 2 Co-operative Ltd on cooperative governance.",  # names another bidder
    "Gwyl Fwyd and a cooperative kitchen.",  # accents and hyphens folded
    "",  # no reasons: the item is left without a consensus
    "Bidder 1 Co-operative Ltd said less; IP003 said nothing.",  # names (the winner's, another's identifier)
)


def varied(path: Path) -> BuiltTender:
    """Four bids whose responses and agreed reasons vary as above, in moderation."""
    with create_workspace(path) as ws:
        t = draft_tender(ws, bid_count=4)
        for n, bid in enumerate(t.bids):
            for k, measure in enumerate(t.measures):
                m = next(x for x in tenders.list_measures(ws, t.reference) if x.id == measure)
                bids.set_response(ws, bid, measure, text=RESPONSES[(n + k) % len(RESPONSES)],
                                  quantity=None if m.kind == "qualitative" else str(10 + n))
        advance(ws, t, "moderation")
        for n, bid in enumerate(t.bids):
            for k, measure in enumerate(t.measures):
                reason = REASONS[(2 * n + k) % len(REASONS)]
                if reason:  # no reasons: no consensus recorded (a reason is required with one)
                    moderation.record_consensus(ws, bid, measure, present=["Ann", "Cal"], rationale=reason,
                                                value=(n % 4) + 1 if measure == t.qualitative else None)
    return t


@pytest.fixture
def moderating(tmp_path: Path) -> tuple[Path, BuiltTender]:
    path = tmp_path / "ws.coopeval"
    return path, varied(path)


def test_the_check_is_the_straightforward_check(moderating, monkeypatch) -> None:
    path, t = moderating
    with Workspace.open(path, read_only=True) as ws:
        sc.clear_cache()
        fast = sc.summary_checks(ws, t.reference)
        sc.clear_cache()
        monkeypatch.setattr(reg31, "refers_to_bid", ref_refers_to_bid)  # no cache, no quick look
        monkeypatch.setattr(reg31, "OtherNames", PlainNames)
        monkeypatch.setattr(report_data_module, "OtherNames", PlainNames)  # the summaries withhold names with it
        monkeypatch.setattr(sc, "to_domain", lambda data, s, names, responses=None: straight(data, s, names))
        plain = sc.summary_checks(ws, t.reference)
        sc.clear_cache()
    assert fast == plain
    codes = {p.code for p in fast.problems}
    assert {reg31.NOT_BY_REFERENCE, reg31.NO_REASONS} <= codes, codes
    with Workspace.open(path, read_only=True) as ws:
        _data, summaries = report_data_module.read_summaries(ws, t.reference, require_signed_off=False)
    assert any(s.withheld_names for s in summaries)  # other bidders' names were found (and withheld) too
    flagged = {(p.where.bid_identifier, p.where.code) for p in fast.problems
               if p.code in (reg31.NOT_BY_REFERENCE, reg31.NO_REASONS)}
    assert 0 < len(flagged) < len(t.bids) * len(t.measures)  # some reasons refer to their tender, some not


def straight(data, s, names) -> reg31.Summary:
    """`to_domain` making the responses itself for each summary, as it did."""
    return ORIGINAL_TO_DOMAIN(data, s, names, None)


ORIGINAL_TO_DOMAIN = sc.to_domain


def test_the_check_is_kept_until_something_changes(moderating) -> None:
    path, t = moderating
    with Workspace.open(path) as ws:
        sc.clear_cache()
        first = sc.summary_checks(ws, t.reference)
        assert sc.checks_cost(ws, t.reference) == 0  # kept: nothing to read
        assert sc.summary_checks(ws, t.reference) is first
        gap = next(p.where for p in first.problems if p.code == reg31.NOT_BY_REFERENCE)
        bid = next(b.id for b in bids.list_bids(ws, t.reference) if b.identifier == gap.bid_identifier)
        measure = next(m for m in tenders.list_measures(ws, t.reference) if m.code == gap.code)
        moderation.record_consensus(ws, bid, measure.id, value=2 if measure.id == t.qualitative else None,
                                    rationale="As its response says (section 2, p. 4).", present=["Ann", "Cal"])
        assert sc.checks_cost(ws, t.reference) == items_count(ws, t.reference)  # a change: read again
        again = sc.summary_checks(ws, t.reference)
        assert again is not first
        assert gap in {p.where for p in first.problems if p.code == reg31.NOT_BY_REFERENCE}
        assert gap not in {p.where for p in again.problems if p.code == reg31.NOT_BY_REFERENCE}
        sc.clear_cache()
        assert sc.summary_checks(ws, t.reference) == again  # what was kept is what a fresh check says


def test_a_kept_check_is_not_handed_to_someone_who_may_not_see_it(moderating) -> None:
    path, t = moderating
    with Workspace.open(path) as ws:
        sc.clear_cache()
        assert sc.summary_checks(ws, t.reference).checked
        ws.person = Actor(999, "Pat", frozenset())  # known to the workspace, no role, on no panel
        with pytest.raises(NotPermittedError):
            sc.summary_checks(ws, t.reference)


def test_a_tender_before_moderation_costs_nothing_to_check(tmp_path: Path) -> None:
    with create_workspace(tmp_path / "ws.coopeval") as ws:
        t = draft_tender(ws, bid_count=3)
        assert sc.checks_cost(ws, t.reference) == 0
        assert not sc.summary_checks(ws, t.reference).checked


def test_the_record_reads_each_framework_once_and_the_lifecycle_dates_alone(tmp_path: Path, monkeypatch) -> None:
    with create_workspace(tmp_path / "ws.coopeval") as ws:
        t = draft_tender(ws)
        advance(ws, t, "signed_off")
        signoff.reopen(ws, t.reference, "A score was recorded against the wrong bid.")
        asked: list[tuple[str, str | None]] = []
        real = frameworks.get_framework

        def counted(ws_, fid, version=None):
            asked.append((fid, version))
            return real(ws_, fid, version)

        monkeypatch.setattr(report_data_module.frameworks, "get_framework", counted)
        data = report_data(ws, t.reference)
        measures = tenders.list_measures(ws, t.reference)
        used = {(m.framework_id, m.framework_version) for m in measures}
        assert sorted(asked) == sorted(used)  # once each
        view = tenders.get_tender(ws, t.reference)
        with ws.reading() as session:
            expected = [("Created", view.created_at)] + [
                (LIFECYCLE_DATES[e.action], e.at) for e in audit.history(session, tender_ref=t.reference)
                if e.entity == "tender" and e.action in LIFECYCLE_DATES]
        assert list(data.tender.dates) == expected
        assert [d for d, _ in data.tender.dates] == ["Created", "Evaluation started", "Moderation opened",
                                                      "Signed off", "Reopened"]
        framework = real(ws, measures[0].framework_id, measures[0].framework_version)
        assert [(f.id, f.version, f.name, f.measures) for f in data.frameworks] == [
            (framework.info.id, framework.info.version, framework.info.name, len(measures))]
        themes = {th.name: th.local("name") for th in framework.themes}
        assert all(m.theme == themes.get(s.theme, s.theme) for m, s in zip(data.measures, measures))
