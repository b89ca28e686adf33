"""The demo workspace: built only through the services, complete, consistent, and all-or-nothing."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import defaultdict
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from sqlmodel import select

from coopeval import cli
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.moderation import SPLIT, moderation_stats
from coopeval.domain.scoring import ScaleSpec
from coopeval.services import demo
from coopeval.services.bids import entry as bids
from coopeval.services.delivery import award as awarding
from coopeval.services.delivery import commitments as contract
from coopeval.services.delivery import entries as delivery
from coopeval.services.delivery import ratings as rating
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.interchange import tender_json as interchange
from coopeval.services.maintenance.check import check_workspace
from coopeval.services.moderation import consensus as moderation
from coopeval.services.panel import members as panel
from coopeval.services.publishing import questionnaire
from coopeval.services.results.compute import ResultsHiddenError, tender_results
from coopeval.services.setup import tenders
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AuditEventRow

MEALS, YOUTH, PARKS = "EVC-2026-014", "EVC-2026-021", "EVC-2025-009"
OWNERSHIP, LEGAL_FORM, STATUS = "CV-REC-OWNERSHIP", "CV-REC-LEGAL-FORM", "CV-REC-STATUS"
REMOVED_IN_2 = {"CV-PA-02", "CV-PA-04", "CV-SE-02", "CV-WB-02"}  # 1.0.0 codes merged or removed in 2.0.0
WELSH = set("ŵŷâŴŶÂ")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo.build_demo(tmp_path_factory.mktemp("demo") / "demo.coopeval")


@pytest.fixture
def ws(built: Path):
    with Workspace.open(built, read_only=True) as workspace:
        yield workspace


def _stories() -> dict[str, dict]:
    return {s["tender"]["reference"]: s for s in demo.load_demo_data()}


# --- the data files -----------------------------------------------------------------------------

def test_data_weights_total_exactly_100():
    for reference, story in _stories().items():
        total = sum(Decimal(m["weight"]) for group in story["frameworks"] for m in group["measures"])
        assert total == 100, reference


def test_data_rationales_are_specific_enough():
    for story in _stories().values():
        for bid in story["bids"]:
            for code, answer in bid["answers"].items():
                for member, score in answer.get("score", {}).items():
                    assert len(score["rationale"]) >= 30, (bid["key"], code, member)
                if "consensus" in answer:
                    assert len(answer["consensus"]["rationale"]) >= 30, (bid["key"], code)


def test_data_includes_welsh_names():
    names = [m["name"] for s in _stories().values() for m in s["panel"]]
    names += [b.get("trading_name", "") for s in _stories().values() for b in s["bids"]]
    assert any(WELSH & set(name) for name in names)


# --- the signed-off tender ----------------------------------------------------------------------

def test_three_tenders_signed_off_in_evaluation_and_in_delivery(ws):
    assert {t.reference: t.status for t in tenders.list_tenders(ws)} == {
        MEALS: "signed_off", YOUTH: "evaluation", PARKS: "in_delivery"}


def test_every_demo_tender_can_publish_its_questionnaire(ws):
    """Issue 18: each demo tender has a deadline for returns and says how bidders ask clarification questions, so
    on a newcomer's first run Publish questionnaire… works on either (the demo has no draft tender)."""
    views = {t.reference: t for t in tenders.list_tenders(ws)}
    assert (views[MEALS].deadline, views[YOUTH].deadline) == ("2026-03-06T12:00", "2026-05-15T12:00")
    for reference, view in views.items():
        assert reference in view.clarification_route and "portal" in view.clarification_route
        assert questionnaire.publish_problem(ws, reference) is None, reference


def _answers(bid, code: str) -> list[str]:
    return [a.value for a in bid.records if a.code == code]


def test_four_bids_record_four_kinds_of_organisation_in_the_2_0_0_record_fields(ws):
    bid_list = bids.list_bids(ws, MEALS)
    assert {b.display_name: _answers(b, OWNERSHIP) for b in bid_list} == {
        "Vale Kitchen": ["worker co-operative"], "Hearth & Table": ["employee-owned (trust)"],
        "Nationwide Community Dining": ["investor-owned"], "Tŷ Bwyd": ["social enterprise"]}
    tybwyd = next(b for b in bid_list if b.display_name == "Tŷ Bwyd")
    assert _answers(tybwyd, STATUS) == ["community interest company"]
    assert _answers(tybwyd, LEGAL_FORM) == ["company limited by guarantee"]
    assert all(b.org_form == "" and b.org_evidence == "" for b in bid_list)  # nothing in the legacy columns
    # every bid gives its legal form and ownership with evidence, and a register number to check
    for b in bid_list:
        given = {a.code: a for a in b.records}
        assert given[LEGAL_FORM].evidence and given[OWNERSHIP].evidence, b.display_name
        assert {"CV-REC-COMPANIES-HOUSE", "CV-REC-FCA-MUTUALS"} & set(given), b.display_name


def test_both_demo_tenders_use_the_current_framework_without_removed_codes(ws):
    for reference in (MEALS, YOUTH):
        coop = [m for m in tenders.list_measures(ws, reference) if m.framework_id == "coop-values"]
        assert coop and {m.framework_version for m in coop} == {"2.1.0"}, reference
        assert not REMOVED_IN_2 & {m.code for m in coop}, reference


def test_weights_total_100_with_a_minimum_set(ws):
    measures = tenders.list_measures(ws, MEALS)
    assert tenders.weight_total(ws, MEALS) == 100
    assert any(m.minimum is not None for m in measures)
    assert {m.framework_id for m in measures} == {"coop-values", "example-local-measures"}


def test_every_bid_answered_every_measure(ws):
    measure_ids = {m.id for m in tenders.list_measures(ws, MEALS)}
    for bid in bids.list_bids(ws, MEALS):
        responses = bids.list_responses(ws, bid.id)
        assert {r.measure_id for r in responses} == measure_ids
        assert all(len(r.text) > 100 for r in responses)


def test_every_bid_and_measure_has_a_reasoned_consensus(ws):
    measures = tenders.list_measures(ws, MEALS)
    bid_list = bids.list_bids(ws, MEALS)
    agreed = moderation.list_consensus(ws, MEALS)
    assert {(c.bid_id, c.measure_id) for c in agreed} == {(b.id, m.id) for b in bid_list for m in measures}
    assert all(c.rationale.strip() and c.present_names for c in agreed)


def test_panel_accepted_less_than_a_commitment_and_said_why(ws):
    committed = {(r.bid_id, r.measure_id): r.quantity for b in bids.list_bids(ws, MEALS)
                 for r in bids.list_responses(ws, b.id)}
    lowered = [c for c in moderation.list_consensus(ws, MEALS) if c.accepted_quantity is not None
               and Decimal(c.accepted_quantity) < Decimal(committed[(c.bid_id, c.measure_id)])]
    assert lowered and all(len(c.quantity_reason) >= 30 for c in lowered)


def test_scores_have_rationales_and_some_items_split(ws):
    scores = evaluation.all_scores(ws, MEALS)
    assert scores and all(s.status == "submitted" and len(s.rationale) >= 30 for s in scores)
    by_item = defaultdict(list)
    for s in scores:
        by_item[(s.bid_id, s.measure_id)].append(s.value)
    scale = ScaleSpec("0-5", (0, 1, 2, 3, 4, 5))
    levels = {moderation_stats(values, scale).level for values in by_item.values()}
    assert SPLIT in levels and "agree" in levels


def test_conflict_declared_resolved_and_signed_off(ws):
    members = panel.list_members(ws, MEALS)
    assert sum(m.role == "chair" for m in members) == 1
    scorers = [m for m in members if m.role in ("chair", "evaluator")]
    assert len(scorers) == 3
    interests = [d for d in panel.register(ws, MEALS) if d.interest != "none"]
    assert len(interests) == 1 and interests[0].bid_id is not None and interests[0].resolution == "mitigated"
    assert interests[0].resolution_note
    assert {s.member_id for s in signoff.list_signoffs(ws, MEALS)} == {m.id for m in scorers}


def test_results_are_final_with_a_ranking_not_set_by_legal_form(ws):
    view = tender_results(ws, MEALS)
    assert not view.provisional
    ranking = view.results.bids
    assert [b.rank for b in ranking] == [1, 2, 3, 4]
    assert all(0 < b.total < 100 for b in ranking) and not any(b.disqualified for b in ranking)
    owners = [_answers(view.bids[b.bid_id], OWNERSHIP) for b in ranking]
    assert owners[-1] != ["investor-owned"]
    plc = next(b for b in ranking if _answers(view.bids[b.bid_id], OWNERSHIP) == ["investor-owned"])
    assert plc.measures["CV-EE-03"].share == 1  # full marks for a stake it commits to: form alone earns nothing


def test_every_bid_scores_on_the_stake_and_money_returned_by_what_it_commits(ws):
    """CV-EE-03 and CV-EE-04 score commitments on this contract, so the plc, the CIC, the co-op and the
    EOT company each earn some of the marks, and owning the business is not what earns them: the
    investor-owned plc earns as much as the employee-owned company, and more than the worker
    co-operative for money returned."""
    view = tender_results(ws, MEALS)
    shares = {_answers(view.bids[b.bid_id], OWNERSHIP)[0]: (b.measures["CV-EE-03"].share, b.measures["CV-EE-04"].share)
              for b in view.results.bids}
    assert shares == {"worker co-operative": (1, Fraction(1, 2)), "employee-owned (trust)": (1, Fraction(3, 4)),
                      "investor-owned": (1, Fraction(3, 4)), "social enterprise": (Fraction(3, 4), 1)}


def test_audit_chain_verifies(ws):
    with ws.reading() as session:
        report = audit.verify(session)
    assert report.ok, report.problems


def test_sign_off_backup_sits_beside_the_workspace(built: Path):
    backups = list((built.parent / "backups").glob(f"{built.stem}-*-signed-off-{MEALS}.coopeval"))
    assert len(backups) == 1
    assert [p.name for p in built.parent.iterdir() if p.name.startswith(".")] == []


# --- the tender still in evaluation -------------------------------------------------------------

def test_second_tender_is_partly_scored(ws):
    progress = {m.name: evaluation.progress(ws, m.id) for m in panel.list_members(ws, YOUTH)
                if m.role in ("chair", "evaluator")}
    submitted = [p for p in progress.values() if p.submitted]
    drafting = [p for p in progress.values() if not p.submitted and 0 < p.scored < p.total]
    assert len(submitted) == 1 and submitted[0].complete
    assert len(drafting) == 1
    assert len(bids.list_bids(ws, YOUTH)) == 3
    with pytest.raises(ResultsHiddenError, match="hidden until moderation opens"):
        tender_results(ws, YOUTH)  # results would give the few scores away
    with pytest.raises(CoopEvalError):
        evaluation.all_scores(ws, YOUTH)  # still blind


def test_second_tender_has_an_exclusion(ws):
    excluded = [d for d in panel.register(ws, YOUTH) if d.resolution == "excluded"]
    assert len(excluded) == 1
    assert excluded[0].bid_id not in panel.visible_bids(ws, excluded[0].member_id)


# --- building safely ----------------------------------------------------------------------------

def test_an_existing_file_is_refused_and_left_unchanged(tmp_path: Path):
    target = tmp_path / "mine.coopeval"
    target.write_bytes(b"precious")
    with pytest.raises(CoopEvalError, match="already exists"):
        demo.build_demo(target)
    assert target.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.coopeval"]


def test_cli_refuses_an_existing_file(tmp_path: Path):
    target = tmp_path / "mine.coopeval"
    target.write_bytes(b"precious")
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["demo", str(target)], out=out, err=err) == 1
    assert "already exists" in err.getvalue() and target.read_bytes() == b"precious"


def test_a_failure_midway_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(moderation, "record_consensus", broken)
    target = tmp_path / "demo.coopeval"
    with pytest.raises(RuntimeError):
        demo.build_demo(target)
    assert list(tmp_path.iterdir()) == []


def test_ensure_demo_builds_once_in_the_user_data_folder():
    path = demo.ensure_demo()
    assert path == demo.demo_path() and path.name == "demo.coopeval"
    stamp = path.stat().st_mtime_ns
    assert demo.ensure_demo() == path
    assert path.stat().st_mtime_ns == stamp


def test_malformed_demo_data_is_reported(tmp_path: Path):
    (tmp_path / "bad.toml").write_text('[tender]\nreference = "X"\nstage = "draft"\n', encoding="utf-8")
    with pytest.raises(demo.DemoDataError, match="bad.toml is malformed"):
        demo.load_demo_data(tmp_path)


def test_data_that_no_longer_fits_a_framework_is_reported_and_leaves_no_file(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch):
    story = _stories()[YOUTH]
    story["frameworks"][0]["measures"][0]["code"] = "CV-XX-99"
    monkeypatch.setattr(demo, "load_demo_data", lambda: [story])
    with pytest.raises(demo.DemoDataError, match="CV-XX-99"):
        demo.build_demo(tmp_path / "demo.coopeval")
    assert list(tmp_path.iterdir()) == []


# --- real people, real sign-ins -----------------------------------------------------------------

@pytest.mark.identity
def test_the_demo_people_sign_in_with_their_printed_passphrases(built):
    from coopeval.services.identity import sessions

    listed = demo.demo_people()
    assert listed[0] == ("Tom Ashworth", "workspace officer", "tom demo passphrase")
    assert ("Dr Helen Okafor", "chair on EVC-2026-014", "helen demo passphrase") in listed
    with Workspace.open(built, read_only=True) as ws:
        for name, _what, passphrase in listed:
            assert sessions.sign_in(ws, name, passphrase).name == name
        assert ws.person is not None and ws.person.name == listed[-1][0]


def test_each_demo_step_is_taken_by_the_person_whose_step_it_is(ws):
    with ws.reading() as session:
        events = list(session.exec(select(AuditEventRow).where(AuditEventRow.tender_ref == MEALS)))
    by_action = defaultdict(set)
    for e in events:
        by_action[e.action].add(e.person)
    assert by_action["create"] >= {"Tom Ashworth"} and by_action["start_evaluation"] == {"Tom Ashworth"}
    assert by_action["sign"] == {"Dr Helen Okafor", "Siân Pritchard", "Marcus Bell"}
    assert by_action["consensus"] == {"Dr Helen Okafor"} and by_action["finalise"] == {"Dr Helen Okafor"}
    assert by_action["score"] == {"Dr Helen Okafor", "Siân Pritchard", "Marcus Bell"}
    assert all(e.actor == "demo" for e in events)


def test_signed_off_totals_match_the_hand_worked_figures(ws):
    """Weights: CV-EE-01 8, EE-02 8, EE-03 8, EE-04 6, PA-01 12.5, PA-03 8, CC-01 8, WB-01 7.5, WB-05 8 (companion),
    LOC-01 10 (relative to the best accepted, 11), LOC-02 6 (target 20 weeks), LOC-04 10; qualitative consensus / 5.
    Hearth & Table: 6 + 8 + 8 + 4.5 + 10 + 6.4 + 4 + 5.625 + 6.4 + 10 + 6 + 8        = 82.925          = 3317/40
    Vale Kitchen:   8 + 8 + 8 + 3 + 12.5 + 4.8 + 6 + 7.5 + 4.8 + 90/11 + 4.2 + 6      = 72.8 + 90/11   = 4454/55
    Nationwide:     0 + 8 + 8 + 4.5 + 7.5 + 4.8 + 4 + 5.625 + 8 + 100/11 + 6 + 8     = 64.425 + 100/11 = 32347/440
    Tŷ Bwyd:        8 + 6.4 + 6 + 6 + 5 + 8 + 8 + 1.875 + 4.8 + 50/11 + 3.6 + 10     = 67.675 + 50/11  = 31777/440
    The employee-owned company wins by about 1.9 points: the co-operative's pay ratio, worker voice and secure
    hours do not make up for the EOT company's local jobs, money returned and continuity for diners."""
    view = tender_results(ws, MEALS)
    totals = [(view.bids[b.bid_id].display_name, b.total) for b in view.results.bids]
    assert totals == [("Hearth & Table", Fraction(3317, 40)), ("Vale Kitchen", Fraction(4454, 55)),
                      ("Nationwide Community Dining", Fraction(32347, 440)), ("Tŷ Bwyd", Fraction(31777, 440))]


# --- the tender a year into delivery (issue 19) -----------------------------------------------------

def test_contract_dates_keep_the_story_a_year_into_delivery():
    dates = demo.contract_dates(dt.date(2026, 12, 7))  # October to December 2026 is 2026-Q3
    assert dates.quarters == ("2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2")
    assert (dates.start, dates.end, dates.rated) == (dt.date(2025, 7, 1), dt.date(2028, 6, 30), "2025-2026")
    assert dates.notice.weekday() == 1 and dates.notice < dates.entered < dates.start
    later = demo.contract_dates(dt.date(2027, 2, 10))  # 2026-Q4: January to March 2027
    assert later.quarters[0] == "2025-Q3" and later.start == dt.date(2025, 10, 1) and later.rated == "2025-2026"
    assert demo.contract_dates(dt.date(2027, 4, 1)).quarters[-1] == "2026-Q4"  # the fifth has ended, overdue


def test_the_awarded_tender_records_its_award_and_standstill(ws):
    award = awarding.current_award(ws, PARKS)
    dates = demo.contract_dates()
    assert award is not None and award.supplier == "Greenways" and award.value_pence == 620_000_000
    assert (award.start_on, award.notice_date) == (dates.start.isoformat(), dates.notice.isoformat())
    assert award.standstill_applies and award.standstill_ends is not None
    assert award.notice_date < award.standstill_ends < (award.entered_on or "")


def test_the_contract_has_at_least_three_s52_kpis_being_over_5m(ws):
    live = contract.list_commitments(ws, PARKS)
    kpis = [c.code for c in live if c.s52_kpi]
    assert len(kpis) >= 3 and contract.kpi_problem(ws, PARKS) is None
    lifted = [c for c in live if c.kind == "qualitative"]
    assert len(lifted) == 2 and all("placeholder" not in c.text for c in lifted)


def test_a_year_of_returns_with_a_queried_a_rejected_and_an_overdue_quarter(ws):
    dates = demo.contract_dates()
    grid = delivery.delivery_grid(ws, PARKS)
    entries = list(grid.entries.values())
    assert len(entries) == 24 and {e.period for e in entries} == set(dates.quarters[:4])
    checks = [e.check for e in entries]
    assert checks.count("queried") == 1 and checks.count("rejected") == 1 and checks.count("pending") == 1
    assert all(e.check_reason for e in entries if e.check in ("queried", "rejected"))
    assert len(grid.queried) == 1
    overdue = {p.key if hasattr(p, "key") else p for _, p in grid.overdue}
    assert overdue == {dates.quarters[4]}  # the fifth quarter ended with no return
    with_files = [e for e in entries if e.evidence_files]
    assert len(with_files) == 2
    kinds = sorted(f.media for e in with_files for f in delivery.evidence_files(ws, e.id))
    assert kinds == ["csv", "pdf"]


def test_the_first_year_is_rated_and_one_rating_differs_from_its_suggestion_with_a_reason(ws):
    lines = [line for line in rating.rating_lines(ws, PARKS, demo.contract_dates().rated) if line.kpi]
    assert lines and all(line.rating is not None for line in lines)
    differing = [line for line in lines if line.rating != line.suggested_then]
    assert len(differing) == 1 and len(differing[0].reason) > 30


def test_the_demo_evidence_is_a_real_pdf():
    pdf = demo.text_pdf(["Our own (fictional) words", "Caf\u00e9 \\ done"])
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    xref = int(pdf.rsplit(b"startxref", 1)[1].split()[0])
    assert pdf[xref:xref + 4] == b"xref"
    assert b"(Caf? \\\\ done) '" in pdf and b"\\(fictional\\)" in pdf


def test_the_tender_in_delivery_round_trips_through_tender_json(ws, tmp_path: Path):
    first = interchange.tender_json_text(interchange.export_tender(ws, PARKS))
    with Workspace.create(tmp_path / "copy.coopeval") as copy:
        interchange.import_tender(copy, json.loads(first))
        assert interchange.tender_json_text(interchange.export_tender(copy, PARKS)) == first


def test_check_counts_the_demo_after_award_records(built: Path):
    report = check_workspace(built)
    assert report.ok, report.lines
    line = next(line for line in report.lines if line.startswith("After the award: "))
    assert "1 award, 7 commitments (4 s.52 KPIs), 0 contract changes, 24 delivery entries (1 queried, 1 rejected)" \
        in line and "2 evidence files" in line
