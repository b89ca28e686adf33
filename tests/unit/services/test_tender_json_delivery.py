"""Issue 19 in the tender file (format version 2, extended again): the award (and withdrawn ones), the contract's
commitments, contract changes, deliveries with their evidence (references to kept files), ratings and the tender's
rating thresholds travel; import restores them audited; a crafted after-award section is refused at its paths,
every problem at once, and nothing is written."""

from __future__ import annotations

import base64
import copy
import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import func, select

from coopeval import cli
from coopeval.domain.errors import InvalidFileError
from coopeval.services.interchange import tender_json as interchange
from coopeval.services.maintenance.audit import verify_audit_file
from coopeval.services.maintenance.check import check_workspace
from coopeval.services.packs.verify import NEVER_IN_A_PACK
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import (
    AUDITED_TABLES,
    AwardRow,
    CommitmentRow,
    ContractChangeRow,
    DeliveryRow,
    EvidenceRow,
    RatingRow,
)
from tests.helpers.workspaces import create_workspace, raw, staged_file

PDF, CSV = b"%PDF-1.4 attendance register, our own test content", b"quarter,meals\n2026-Q1,1200\n"
AFTER = ("awards", "commitments", "contract_changes", "deliveries", "ratings")


def _file(kind: str, media: str, name: str, data: bytes) -> dict[str, Any]:
    return {"kind": kind, "version": 1, "media": media, "name": name, "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data), "made_at": "2026-08-01T09:00:00.000000Z", "setup_fingerprint": "",
            "content_digest": "", "bid_identifier": "", "content_base64": base64.b64encode(data).decode("ascii")}


def _delivery(commitment: int, period: str, check: str = "accepted", **extra: Any) -> dict[str, Any]:
    return {"commitment": commitment, "period": period, "actual": "5", "answer": None, "evidence_refs": "Register",
            "note": "", "check": check, "check_reason": "", "source": "", "reported_at": "2026-07-10T09:00:00.000000Z",
            "checked_at": None if check == "pending" else "2026-07-12T09:00:00.000000Z", "evidence": [], **extra}


@pytest.fixture(scope="module")
def delivered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A signed-off tender's file, taken on into delivery by hand: an award withdrawn and a current one, three
    commitments (one qualitative), a contract change, deliveries with evidence, ratings and its own thresholds."""
    folder = tmp_path_factory.mktemp("delivery-source")
    staged_file(tmp_path_factory, folder / "source.coopeval", "signed_off")
    with Workspace.open(folder / "source.coopeval") as ws:
        document = copy.deepcopy(dict(interchange.export_tender(ws, "T1")))
    bids = [b["identifier"] for b in document["bids"]]
    measures = {m["code"]: m for m in document["measures"]}
    award = {"notice_date": "2026-03-02", "entered_on": "2026-03-16", "start_on": "2026-05-15", "end_on": "2029-05-14",
             "value_pence": 650_000_000, "summaries_sent_on": "2026-03-02", "standstill_applies": True,
             "standstill_exemption": "", "standstill_reason": "", "standstill_ends": "2026-03-11",
             "made_at": "2026-03-02T10:00:00.000000Z"}
    document["tender"].update(status="in_delivery", rating_good="95", rating_approaching="85", rating_improvement="60")
    document["awards"] = [
        {"number": 1, "bid": bids[1], **award, "withdrawn": True, "withdrawn_reason": "Arithmetic error found",
         "made_at": "2026-02-20T10:00:00.000000Z"},
        {"number": 2, "bid": bids[0], **award, "withdrawn": False, "withdrawn_reason": ""}]
    quantitative = [code for code, m in measures.items() if m["kind"] == "quantitative"][:2]
    qualitative = next(code for code, m in measures.items() if m["kind"] == "qualitative")

    def commitment(number: int, code: str, **extra: Any) -> dict[str, Any]:
        kind = measures[code]["kind"]
        return {"number": number, "award": 2, "measure": code, "code": code, "position": number - 1, "kind": kind,
                "text": f"Commitment {number}", "target": "10" if kind == "quantitative" else None,
                "unit": "FTE" if kind == "quantitative" else None,
                "direction": "higher" if kind == "quantitative" else None, "s52_kpi": True, "removed": False,
                "made_at": "2026-03-02T10:00:00.000000Z", **extra}

    document["commitments"] = [commitment(1, quantitative[0]), commitment(2, quantitative[1]),
                               commitment(3, qualitative, text="Quarterly open meetings\nwith residents")]
    document["contract_changes"] = [{"commitment": 1, "what": "target", "before": "12", "after": "10",
                                     "reason": "Fewer sites after the council closed one",
                                     "made_at": "2026-09-01T10:00:00.000000Z"}]
    document["files"] += [_file("evidence", "pdf", "Attendance Q1.pdf", PDF), _file("evidence", "csv", "Meals.csv", CSV)]
    document["deliveries"] = [
        _delivery(1, "2026-Q1", evidence=[{"kind": "evidence", "version": 1, "media": "pdf"},
                                          {"kind": "evidence", "version": 1, "media": "csv"}]),
        _delivery(1, "2026-Q2", "queried", check_reason="The register does not add up"),
        _delivery(2, "2026-Q1", "rejected", check_reason="No evidence", actual="0"),
        _delivery(3, "2026-Q1", "pending", actual=None, answer="partly")]
    document["ratings"] = [
        {"commitment": 1, "period": "2026-2027", "suggested": "approaching", "rating": "approaching", "reason": "",
         "made_at": "2027-04-05T10:00:00.000000Z"},
        {"commitment": 2, "period": "2026-2027", "suggested": "inadequate", "rating": "improvement",
         "reason": "The shortfall followed a site closure the council made", "made_at": "2027-04-05T10:00:00.000000Z"}]
    return document


@pytest.fixture
def target(tmp_path: Path) -> Workspace:
    ws = create_workspace(tmp_path / "target.coopeval")
    yield ws
    ws.close()


def state(ws: Workspace) -> tuple:
    with ws.reading() as session:
        return audit.head(session), tuple(session.exec(select(func.count()).select_from(t)).one() for t in AUDITED_TABLES)


def test_the_after_award_record_comes_back_exactly_and_audited(delivered: dict[str, Any], target: Workspace,
                                                                 tmp_path: Path):
    written = tmp_path / "t1.json"
    written.write_text(interchange.tender_json_text(delivered), encoding="utf-8")
    (start, _), _ = state(target)
    _, changes = interchange.import_tender(target, interchange.read_tender_json(written), source_name="t1.json")
    again = interchange.write_tender_json(target, "T1", tmp_path / "again.json")

    assert again.read_bytes() == written.read_bytes()  # export → import → export: the same bytes
    assert {"award", "commitment", "delivery", "rating"} <= set(changes.kinds)
    with target.reading() as session:
        report = audit.verify(session)
        events = [e for e in audit.history(session) if e.seq > start]
        counts = {t.__tablename__: session.exec(select(func.count()).select_from(t)).one()
                  for t in (AwardRow, CommitmentRow, ContractChangeRow, DeliveryRow, EvidenceRow, RatingRow)}
        current = session.exec(select(AwardRow).where(AwardRow.withdrawn == False)).one()  # noqa: E712
        kpis = list(session.exec(select(CommitmentRow).where(CommitmentRow.award_id == current.id)))
    assert report.ok, report.problems
    assert counts == {"award": 2, "commitment": 3, "contract_change": 1, "delivery": 4, "evidence": 2, "rating": 2}
    imported = {}
    for e in events:
        imported[e.entity] = imported.get(e.entity, 0) + 1
        assert (e.action, e.note) == ("import", "imported from t1.json")
    assert {k: imported[k] for k in counts} == counts  # every row its own import event
    assert len(kpis) == 3 and current.value_pence == 650_000_000


def test_a_version_2_file_from_before_the_award_still_imports(delivered: dict[str, Any], target: Workspace):
    older = copy.deepcopy(delivered)
    for key in AFTER:
        del older[key]
    for key in ("rating_good", "rating_approaching", "rating_improvement"):
        del older["tender"][key]
    older["tender"]["status"] = "signed_off"
    older["files"] = [f for f in older["files"] if f["kind"] != "evidence"]
    interchange.import_tender(target, older)
    document = interchange.export_tender(target, "T1")
    assert [document[k] for k in AFTER] == [[]] * 5
    assert [document["tender"][k] for k in ("rating_good", "rating_approaching", "rating_improvement")] == [
        "100", "90", "70"]


def test_a_version_1_file_cannot_carry_the_after_award_keys(delivered: dict[str, Any], target: Workspace):
    v1 = {"format": "coopeval-tender", "format_version": 1, "awards": [], "ratings": []}
    with pytest.raises(InvalidFileError) as caught:
        interchange.import_tender(target, v1)
    said = {p.location: p.message for p in caught.value.problems}
    assert "is not part of format version 1" in said["$.awards"] and "$.ratings" in said


# --- hostile ------------------------------------------------------------------------------------


def _everything_wrong(d: dict[str, Any]) -> None:
    d["tender"]["rating_approaching"] = "120"  # above Good
    d["awards"][1]["bid"] = "NOBODY"
    d["awards"][0]["end_on"] = "2026-05-01"  # before the start
    d["awards"][1]["entered_on"] = "2026-02-30"  # no such day
    d["awards"][0]["withdrawn_reason"] = ""
    d["commitments"][2]["award"] = 7
    d["contract_changes"][0]["commitment"] = 9
    d["deliveries"][1]["period"] = "2031-Q1"  # after the contract
    d["deliveries"][1]["check_reason"] = ""  # queried without a reason
    d["deliveries"][0]["evidence"][1]["version"] = 2  # no such file
    d["deliveries"][2]["check"] = "approved"
    d["deliveries"][3]["actual"] = "3"  # a figure for a qualitative commitment
    d["ratings"][1]["reason"] = ""  # differs from the suggestion
    d["ratings"][0]["rating"] = "excellent"
    d["ratings"][0]["period"] = "2026-2028"


def _status_without_award(d: dict[str, Any]) -> None:
    d["awards"][1]["withdrawn"], d["awards"][1]["withdrawn_reason"] = True, "Challenged"


def _delivery_before_it_starts(d: dict[str, Any]) -> None:
    d["tender"]["status"] = "awarded"


def _two_current_awards(d: dict[str, Any]) -> None:
    d["awards"][0]["withdrawn"], d["awards"][0]["withdrawn_reason"] = False, ""


def _in_delivery_without_commitments(d: dict[str, Any]) -> None:
    d["commitments"] = [{**c, "removed": True} for c in d["commitments"]]


def _repeats(d: dict[str, Any]) -> None:
    d["commitments"][1]["number"] = 1
    d["deliveries"].append(copy.deepcopy(d["deliveries"][0]))
    d["ratings"].append(copy.deepcopy(d["ratings"][0]))


BAD: dict[str, tuple[Callable[[dict[str, Any]], None], list[str]]] = {
    "everything at once": (_everything_wrong, [
        "$.tender.rating_good", "$.awards[1].bid", "$.awards[0].end_on", "$.awards[1].entered_on",
        "$.awards[0].withdrawn_reason", "$.commitments[2].award", "$.contract_changes[0].commitment",
        "$.deliveries[1].period", "$.deliveries[1].check_reason", "$.deliveries[0].evidence[1]",
        "$.deliveries[2].check", "$.deliveries[3].actual", "$.ratings[1].reason", "$.ratings[0].rating",
        "$.ratings[0].period"]),
    "in delivery with no current award": (_status_without_award, ["$.tender.status"]),
    "deliveries while only awarded": (_delivery_before_it_starts, ["$.contract_changes", "$.deliveries",
                                                                   "$.ratings"]),
    "two current awards": (_two_current_awards, ["$.awards"]),
    "in delivery without commitments": (_in_delivery_without_commitments, ["$.tender.status"]),
    "repeats": (_repeats, ["$.commitments[1].number", "$.deliveries[4]", "$.ratings[2]",
                           "$.deliveries[2].commitment", "$.ratings[1].commitment"]),  # commitment 2 is gone
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_crafted_after_award_section_is_refused_at_its_paths_and_nothing_is_written(
        case: str, delivered: dict[str, Any], target: Workspace):
    spoil, paths = BAD[case]
    document = copy.deepcopy(delivered)
    spoil(document)
    before = state(target)
    with pytest.raises(InvalidFileError) as caught:
        interchange.import_tender(target, document, source_name="bad.json")
    assert sorted({p.location for p in caught.value.problems}) == sorted(paths), caught.value
    assert state(target) == before


def test_the_messages_say_what_is_wrong(delivered: dict[str, Any], target: Workspace):
    document = copy.deepcopy(delivered)
    _everything_wrong(document)
    with pytest.raises(InvalidFileError) as caught:
        interchange.import_tender(target, document)
    said = {p.location: p.message for p in caught.value.problems}
    assert "outside the contract" in said["$.deliveries[1].period"]
    assert "not a real date" in said["$.awards[1].entered_on"]
    assert "before the contract starts" in said["$.awards[0].end_on"]
    assert "differs from the suggestion" in said["$.ratings[1].reason"]
    assert "which is not in $.files" in said["$.deliveries[0].evidence[1]"]
    assert "the second year follows the first" in said["$.ratings[0].period"]


# --- check, audit verify and packs cover the after-award records ----------------------------------


@pytest.fixture
def delivered_file(delivered: dict[str, Any], tmp_path: Path) -> Path:
    path = tmp_path / "delivered.coopeval"
    with create_workspace(path) as ws:
        interchange.import_tender(ws, copy.deepcopy(delivered))
    return path


def test_check_counts_the_after_award_records(delivered_file: Path):
    report = check_workspace(delivered_file)
    assert report.ok, report.lines
    assert ("After the award: 2 awards (1 withdrawn), 3 commitments (3 s.52 KPIs), 1 contract change, 4 delivery "
            "entries (1 queried, 1 rejected), 2 evidence files, 2 ratings") in report.lines


def test_check_reports_a_delivery_outside_the_contract_and_a_rating_without_its_reason(delivered_file: Path):
    con = raw(delivered_file)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("DROP TRIGGER IF EXISTS audit_guard")  # only the audit log is guarded; the rows are plain tables
    con.execute("UPDATE delivery SET period = '2031-Q1' WHERE period = '2026-Q2'")
    con.execute("UPDATE rating SET reason = '' WHERE rating <> suggested")
    con.close()
    report = check_workspace(delivered_file)
    assert not report.ok
    problems = [line for line in report.lines if line.startswith("After the award: PROBLEM")]
    assert len(problems) == 2, report.lines
    assert "period '2031-Q1') is outside the contract (15 May 2026 to 14 May 2029)" in problems[0]
    assert "differs from its suggestion with no reason" in problems[1]
    assert any(line.startswith("Audit: BROKEN") for line in report.lines)  # and the chain saw the edits


def test_a_commitment_target_changed_in_sqlite_breaks_the_audit_chain(delivered_file: Path):
    assert verify_audit_file(delivered_file).ok
    con = raw(delivered_file)
    con.execute("UPDATE commitment SET target = '1000' WHERE target = '10'")
    con.close()
    chain = verify_audit_file(delivered_file)
    assert not chain.ok
    assert any("commitment" in problem for problem in chain.problems), chain.problems


def test_the_after_award_tables_are_never_in_a_pack():
    assert {"award", "commitment", "contract_change", "delivery", "evidence", "rating"} <= set(NEVER_IN_A_PACK)


def test_results_stay_final_once_the_tender_is_in_delivery(delivered_file: Path):
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["results", str(delivered_file), "--tender", "T1", "--json"], out=out, err=err)
    assert code == 0, err.getvalue()
    shown = json.loads(out.getvalue())
    assert shown["provisional"] is False and shown["status"] == "in_delivery"
    assert shown["ranking"], shown
