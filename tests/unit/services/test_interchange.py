"""Tender export and import: a complete round trip, refusals that write nothing, and every kind of
bad document reported at its JSON path."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from sqlmodel import func, select

from coopeval.domain.errors import CoopEvalError, InvalidFileError
from coopeval.domain.framework_loader import load_framework
from coopeval.domain.scales import load_scales
from coopeval.paths import resources_dir
from coopeval.services.bids import bid_records
from coopeval.services.bids import entry as bids
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.interchange import tender_json as interchange
from coopeval.services.interchange.checks import check_document
from coopeval.services.interchange.schema import V1_ORG_FORMS, tender_schema_text
from coopeval.services.interchange.tender_json import ImportRefusedError
from coopeval.services.moderation import consensus as moderation
from coopeval.services.panel import members as panel
from coopeval.services.setup import frameworks, start, tenders
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AUDITED_TABLES, BidRecordRow, BidRow, ClarificationRow, FrameworkRow

REPO = Path(__file__).resolve().parents[3]
FRAMEWORK = REPO / "frameworks" / "example-local-measures.toml"
SCALES = load_scales(resources_dir() / "scales.toml")
T0 = "2026-03-01T09:00:00.000000Z"


def build_full_tender(ws: Workspace) -> None:
    """A signed-off tender with every kind of record, following the services as a panel would."""
    frameworks.import_framework(ws, FRAMEWORK)
    tenders.create_tender(ws, reference="T1", title="School meals — Vale", scale=SCALES["0-5"], authority="Elmbridge Vale",
                          contract_value_pence=12_500_000, duration_months=24, description="Cooked meals, 12 schools")
    ms, _ = tenders.add_measures(ws, "T1", "example-local-measures", set_name="core")
    for m, weight in zip(ms, ["30", "20", "20", "30", "0"]):
        tenders.set_measure(ws, m.id, weight=weight)
    tenders.set_measure(ws, ms[3].id, minimum="2")
    b1, _ = bids.add_bid(ws, "T1", identifier="IP001", legal_name="Worker Co-op Ltd", email="bids@coop.example",
                         received_on="2026-02-10")
    with ws.writing() as session:  # a bid entered before record answers had rows: its form in the bid itself
        row = session.get(BidRow, b1.id)
        before = row.snapshot()
        row.org_form, row.org_evidence = "worker co-operative", "FCA 1234R"
        audit.record_change(session, row, actor=ws.actor, action="update", before=before, tender_ref="T1")
    b2, _ = bids.add_bid(ws, "T1", identifier="CH002", legal_name="Big plc", trading_name="Big Meals")
    b3, _ = bids.add_bid(ws, "T1", identifier="CH003", legal_name="Late Ltd")
    for b, qty in ((b1, ["3", "25", "60", None, "10"]), (b2, ["5", "10", "10", None, "50"]), (b3, ["1", "1", "1", None, "1"])):
        for m, q in zip(ms, qty):
            bids.set_response(ws, b.id, m.id, text=f"Our answer on {m.code} — “quoted”", page_refs="p. 4", quantity=q)
    ann, _ = panel.add_member(ws, "T1", name="Ann", role="evaluator", email="ann@vale.example")
    bo, _ = panel.add_member(ws, "T1", name="Bő", role="evaluator")
    cal, _ = panel.add_member(ws, "T1", name="Cal", role="chair")
    panel.add_member(ws, "T1", name="Olu", role="officer")
    with ws.writing() as session:  # no service asks clarifications yet; write one as a service would
        row = ClarificationRow(tender_id=1, bid_id=b2.id, question="Which kitchens?", asked_on="2026-02-12",
                               answer="Both", answered_on="2026-02-13")
        audit.record_change(session, row, actor=ws.actor, action="create", before=None, tender_ref="T1")
    start.start_evaluation(ws, "T1")
    bids.withdraw_bid(ws, b3.id, "Withdrew after clarification")
    panel.declare(ws, ann.id, interest="none")
    ann_personal, _ = panel.declare(ws, ann.id, interest="personal", nature="perceived", details="Neighbour of a director")
    panel.resolve(ws, ann_personal.id, resolution="mitigated", note="Not scoring alone")
    panel.declare(ws, bo.id, interest="none")
    panel.declare(ws, cal.id, interest="none")
    cal_b2, _ = panel.declare(ws, cal.id, interest="financial", nature="actual", details="Shares in Big plc", bid_id=b2.id)
    panel.resolve(ws, cal_b2.id, resolution="excluded")
    q = ms[3]
    evaluation.save_score(ws, ann.id, b1.id, q.id, value=4, rationale="Clear local plan", evidence_refs="p. 3")
    evaluation.save_score(ws, ann.id, b2.id, q.id, abstain=True, abstain_reason="Missed the presentation", rationale="n/a")
    evaluation.save_score(ws, bo.id, b1.id, q.id, value=3, rationale="Meets the requirement")
    evaluation.save_score(ws, bo.id, b2.id, q.id, value=2, rationale="Vague")
    evaluation.save_score(ws, cal.id, b1.id, q.id, value=5, rationale="Excellent")
    for member in (ann, bo, cal):
        evaluation.submit_scores(ws, member.id)
    moderation.open_moderation(ws, "T1")
    for b in (b1, b2):
        for m in ms:
            if m.kind == "qualitative":
                moderation.record_consensus(ws, b.id, m.id, value=4 if b is b1 else 2, rationale="Agreed after discussion",
                                            present=["Cal", "Ann", "Bő"])
            elif m.code == "LOC-02" and b is b2:
                moderation.record_consensus(ws, b.id, m.id, rationale="Over-claim", accepted_quantity="7.5",
                                            quantity_reason="Existing staff counted")
            else:
                moderation.record_consensus(ws, b.id, m.id, rationale="As committed", reached_by="within_tolerance")
    for member in (ann, bo, cal):
        signoff.sign(ws, member.id, f"I, {member.name}, confirm these scores")
    signoff.finalise(ws, "T1", cal.id)
    signoff.reopen(ws, "T1", "Typo in a rationale")
    for member in (ann, bo, cal):
        signoff.sign(ws, member.id, "Confirmed again")
    signoff.finalise(ws, "T1", cal.id)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    ws = Workspace.create(tmp_path_factory.mktemp("source") / "source.coopeval", actor="officer")
    build_full_tender(ws)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def exported(source: Workspace) -> dict:
    return interchange.export_tender(source, "T1")


@pytest.fixture
def target(tmp_path: Path) -> Workspace:
    ws = Workspace.create(tmp_path / "target.coopeval", actor="importer")
    yield ws
    ws.close()


def state(ws: Workspace) -> tuple:
    """The audit head and every table's row count: equal before and after means nothing was written."""
    with ws.reading() as session:
        counts = tuple(session.exec(select(func.count()).select_from(t)).one() for t in AUDITED_TABLES)
        return audit.head(session), counts


def rows_without_ids(ws: Workspace) -> dict[str, list[str]]:
    keys = {"id", "tender_id", "bid_id", "measure_id", "member_id", "superseded_by", "imported_at", "person_id"}
    made = {"created_at", "updated_at"}  # a panel seat's person is found or added when the tender is imported

    def kept(t: type) -> set[str]:
        return keys | made if t.__entity__ == "person" else keys

    with ws.reading() as session:
        return {t.__entity__: sorted(audit.canonical({k: v for k, v in r.snapshot().items() if k not in kept(t)})
                                     for r in session.exec(select(t))) for t in AUDITED_TABLES}


# --- round trip -------------------------------------------------------------------------------------


def test_export_import_export_gives_the_same_bytes(source: Workspace, target: Workspace, tmp_path: Path):
    first = interchange.write_tender_json(source, "T1", tmp_path / "t1.json")
    (start, _), _ = state(target)
    view, changes = interchange.import_tender(target, interchange.read_tender_json(first), source_name="t1.json")
    second = interchange.write_tender_json(target, "T1", tmp_path / "again.json")

    assert second.read_bytes() == first.read_bytes()
    assert (view.reference, view.status) == ("T1", "signed_off")
    assert {"framework", "tender", "bid", "response", "score", "declaration", "sign_off"} <= changes.kinds
    with target.reading() as session:
        report = audit.verify(session)
        events = audit.history(session)
    assert report.ok, report.problems
    assert {(e.action, e.note, e.actor) for e in events if e.seq > start} == {("import", "imported from t1.json", "importer")}


def test_every_field_of_every_row_is_restored(source: Workspace, target: Workspace, exported: dict):
    """Every row comes back as it was, except that a bid entered before record answers had rows (its organisation
    form in the bid itself) comes back with the same answers in record rows."""
    interchange.import_tender(target, exported)
    before, after = rows_without_ids(source), rows_without_ids(target)
    for rows in (before, after):
        rows["bid"] = sorted(audit.canonical({k: v for k, v in json.loads(r).items()
                                              if k not in ("org_form", "org_evidence")}) for r in rows["bid"])
        del rows["bid_record"]
    assert after == before
    assert answers(target) == answers(source) == {
        "IP001": [("CV-ORG-FORM", "worker co-operative", ""), ("CV-ORG-EVIDENCE", "FCA 1234R", "")],
        "CH002": [], "CH003": []}
    with target.reading() as session:
        assert {(r.code, r.value) for r in session.exec(select(BidRecordRow))} == {
            ("CV-ORG-FORM", "worker co-operative"), ("CV-ORG-EVIDENCE", "FCA 1234R")}
        assert [b.org_form for b in session.exec(select(BidRow))] == ["", "", ""]


def answers(ws: Workspace) -> dict[str, list[tuple[str, str, str]]]:
    """Each bid's record answers, as the Bids page reads them."""
    with ws.reading() as session:
        rows = list(session.exec(select(BidRow)))
        found = bid_records(session, [b.id for b in rows])
        return {b.identifier: [(a.code, a.value, a.evidence) for a in found[b.id]] for b in rows}


def test_the_document_holds_what_the_issue_asks_for(exported: dict):
    assert (exported["format"], exported["format_version"]) == ("coopeval-tender", 2)
    assert exported["bids"][0]["records"] == [{"code": "CV-ORG-FORM", "value": "worker co-operative", "evidence": ""},
                                              {"code": "CV-ORG-EVIDENCE", "value": "FCA 1234R", "evidence": ""}]
    assert [b["records"] for b in exported["bids"][1:]] == [[], []]
    assert not {"org_form", "org_evidence"} & {key for b in exported["bids"] for key in b}
    assert "provenance" not in exported and "audit_head" not in json.dumps(exported)
    assert [d["superseded_by"] for d in exported["declarations"]] == [2, None, None, None, None]
    assert exported["declarations"][1]["resolution"] == "mitigated"
    assert [b["withdrawn"] for b in exported["bids"]] == [False, False, True]
    assert any(s["abstained"] and s["value"] is None for s in exported["scores"])
    assert any(c["accepted_quantity"] == "7.5" and c["quantity_reason"] for c in exported["consensus"])
    assert sorted({s["round"] for s in exported["sign_offs"]}) == [1, 2]
    assert exported["frameworks"][0]["content"] == FRAMEWORK.read_text(encoding="utf-8")
    assert exported["bids"][1]["clarifications"][0]["question"] == "Which kitchens?"


def test_the_file_is_written_atomically_as_sorted_utf8(source: Workspace, tmp_path: Path):
    out = tmp_path / "t1.json"
    out.write_text("old", encoding="utf-8")
    interchange.write_tender_json(source, "T1", out)
    text = out.read_text(encoding="utf-8")
    assert "School meals — Vale" in text and "\\u" not in text
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    assert [p.name for p in tmp_path.iterdir()] == ["t1.json"]
    with pytest.raises(CoopEvalError, match="does not exist"):
        interchange.write_tender_json(source, "T1", tmp_path / "missing" / "t1.json")


def test_the_schema_in_docs_is_generated_from_the_models():
    schema_file = REPO / "docs" / "tender-schema.json"
    assert schema_file.read_text(encoding="utf-8") == tender_schema_text(), (
        "docs/tender-schema.json is out of date; regenerate it with: .venv/bin/python -c "
        "\"from coopeval.services.interchange.schema import tender_schema_text as t; "
        "open('docs/tender-schema.json', 'w', encoding='utf-8').write(t())\"")
    assert json.loads(schema_file.read_text(encoding="utf-8"))["$schema"].endswith("/draft/2020-12/schema")


# --- refusals that write nothing ----------------------------------------------------------------------


def test_a_reference_already_there_is_refused_and_nothing_written(source: Workspace, exported: dict):
    before = state(source)
    with pytest.raises(ImportRefusedError, match="already has a tender with reference 'T1'"):
        interchange.import_tender(source, exported)
    assert state(source) == before


def test_an_identical_framework_is_reused(target: Workspace, exported: dict):
    frameworks.import_framework(target, FRAMEWORK)
    _, changes = interchange.import_tender(target, exported)
    assert "framework" not in changes.kinds
    with target.reading() as session:
        assert session.exec(select(func.count()).select_from(FrameworkRow)).one() == 1
        assert audit.verify(session).ok


def test_a_framework_with_the_same_version_but_other_content_is_refused(target: Workspace, exported: dict):
    frameworks.import_framework(target, FRAMEWORK)
    changed = copy.deepcopy(exported)
    changed["frameworks"][0]["content"] += "\n# edited locally\n"
    before = state(target)
    with pytest.raises(ImportRefusedError, match="example-local-measures version 1.0.0 with different content"):
        interchange.import_tender(target, changed)
    assert state(target) == before


# --- bad documents ----------------------------------------------------------------------------------


LOCAL_FRAMEWORK = '''format = 1

[framework]
id = "local"
name = "Local"
version = "1.0.0"
publisher = "Test"
licence = "CC0 1.0"
source = "Written for the tests"
attribution = ""

[[themes]]
id = "W"
name = "Work"
statement = "Good work."

[[themes.outcomes]]
id = "W1"
name = "Jobs"

[[themes.outcomes.measures]]
code = "Q1"
title = "Plan"
type = "qualitative"

[[themes.outcomes.measures]]
code = "N1"
title = "Jobs"
type = "quantitative"
unit = "FTE"
method = "relative"
'''


def small_document() -> dict:
    """A small hand-written tender in moderation: two measures, two bids, two members."""
    def score(member, bid, value, **extra):
        return {"member": member, "bid": bid, "measure": "Q1", "value": value, "abstained": False, "abstain_reason": "",
                "rationale": "Reasoned", "evidence_refs": "", "status": "submitted", "created_at": T0,
                "updated_at": T0, "submitted_at": T0, **extra}

    def consensus(bid, measure, value, quantity=None):
        return {"bid": bid, "measure": measure, "value": value, "accepted_quantity": quantity, "quantity_reason": "",
                "rationale": "Agreed", "reached_by": "discussion", "present": ["Ann", "Cal"], "recorded_by": "officer",
                "recorded_at": T0}

    def declaration(number, member, superseded_by=None):
        return {"number": number, "member": member, "bid": None, "interest": "none", "nature": None, "details": "",
                "declared_at": T0, "resolution": None, "resolution_note": "", "resolved_by": None, "resolved_at": None,
                "superseded_by": superseded_by}

    def bid(identifier, quantity):
        return {"identifier": identifier, "legal_name": f"{identifier} Ltd", "trading_name": "", "address": "", "email": "",
                "org_form": "", "org_evidence": "", "received_on": None, "withdrawn": False, "withdrawn_reason": "",
                "responses": [{"measure": "Q1", "text": "We will", "page_refs": "", "quantity": None},
                              {"measure": "N1", "text": "", "page_refs": "", "quantity": quantity}],
                "clarifications": []}

    measure = {"framework_id": "local", "framework_version": "1.0.0", "theme": "Work", "outcome": "Jobs",
               "method": None, "direction": None, "target": None, "bands": None, "minimum": None}
    return {
        "format": "coopeval-tender", "format_version": 1, "exported_by": "CoopEval 0.1.0",
        "frameworks": [{"framework_id": "local", "version": "1.0.0", "name": "Local", "licence": "CC0 1.0",
                        "source": "Written for the tests", "attribution": "", "content": LOCAL_FRAMEWORK}],
        "tender": {"reference": "S1", "title": "Small", "authority": "", "contract_value_pence": 100_000,
                   "duration_months": 12, "description": "", "scale_id": "0-5",
                   "scale": SCALES["0-5"].model_dump(mode="json"), "section_weight": "10", "discuss_at": "20",
                   "split_above": "50", "disqualify_on_threshold": False, "min_rationale_chars": 30,
                   "status": "moderation", "signoff_round": 1, "created_at": T0, "updated_at": T0},
        "measures": [{**measure, "code": "Q1", "position": 1, "kind": "qualitative", "weight": "60",
                      "measure": {"code": "Q1", "title": "Plan", "type": "qualitative"}},
                     {**measure, "code": "N1", "position": 2, "kind": "quantitative", "weight": "40", "method": "relative",
                      "measure": {"code": "N1", "title": "Jobs", "type": "quantitative", "unit": "FTE"}}],
        "bids": [bid("A1", "3"), bid("B2", "4.5")],
        "members": [{"name": "Ann", "role": "evaluator", "email": ""}, {"name": "Cal", "role": "chair", "email": ""}],
        "declarations": [declaration(1, "Ann", superseded_by=2), declaration(2, "Ann"), declaration(3, "Cal")],
        "scores": [score("Ann", "A1", 3), score("Ann", "B2", None, abstained=True, abstain_reason="Away"),
                   score("Cal", "A1", 4), score("Cal", "B2", 2)],
        "consensus": [consensus("A1", "Q1", 3), consensus("A1", "N1", None, "3"), consensus("B2", "Q1", 2),
                      consensus("B2", "N1", None, "4.5")],
        "sign_offs": [],
    }


# Format version 2: the same tender, its framework (format 2) asking record fields, its bids answering them.
LOCAL_FRAMEWORK_2 = LOCAL_FRAMEWORK.replace("format = 1", "format = 2", 1) + '''
[[record_fields]]
code = "R-FORM"
title = "Legal form"
kind = "choice"
choices = ["co-operative society", "company"]
role = "legal_form"
evidence = true

[[record_fields]]
code = "R-STATUS"
title = "Status"
kind = "choices"
choices = ["community interest company", "registered charity"]
role = "status"
evidence = true

[[record_fields]]
code = "R-CH"
title = "Companies House number"
kind = "text"
role = "register_id"
public_register = "companies-house"
'''


def small_document_v2() -> dict:
    document = {**small_document(), "format_version": 2}
    document["frameworks"][0]["content"] = LOCAL_FRAMEWORK_2
    for bid in document["bids"]:
        del bid["org_form"], bid["org_evidence"]
        bid["records"] = []
    document["bids"][0]["records"] = [
        {"code": "R-FORM", "value": "co-operative society", "evidence": "FCA register 1234R"},
        {"code": "R-STATUS", "value": "community interest company", "evidence": "CIC34 report 2025"},
        {"code": "R-STATUS", "value": "registered charity", "evidence": ""},
        {"code": "R-CH", "value": "IP001234", "evidence": ""}]
    return document


def test_the_small_document_is_valid_and_comes_back_unchanged(target: Workspace):
    """small_document_v2 is a version-2 file written before the deadline, clarification route, word limits and kept
    files travelled (issue 18), and before the award and delivery did (issue 19): it imports, and comes back with them
    at their empty (or default) values."""
    document = small_document_v2()
    interchange.import_tender(target, document)
    again = interchange.export_tender(target, "S1")
    assert again["tender"].pop("deadline") is None and again["tender"].pop("clarification_route") == ""
    assert [m.pop("word_limit") for m in again["measures"]] == [None, None]
    assert again.pop("files") == []
    assert [again["tender"].pop(k) for k in ("rating_good", "rating_approaching", "rating_improvement")] == [
        "100", "90", "70"]
    assert [again.pop(k) for k in ("awards", "commitments", "contract_changes", "deliveries", "ratings")] == [[]] * 5
    assert again.pop("other_criteria") == [] and again["tender"].pop("retention_until") is None  # issue 21
    assert again["tender"].pop("document_language") == "en"  # issue 22
    assert again == {**document, "exported_by": again["exported_by"]}


def test_a_version_1_document_comes_back_as_version_2(target: Workspace):
    document = small_document()
    document["bids"][0].update(org_form="worker co-operative", org_evidence="Rules and member register")
    interchange.import_tender(target, document)
    with target.reading() as session:
        assert [(b.org_form, b.org_evidence) for b in session.exec(select(BidRow))] == [
            ("worker co-operative", "Rules and member register"), ("", "")]
        assert session.exec(select(func.count()).select_from(BidRecordRow)).one() == 0
    again = interchange.export_tender(target, "S1")
    assert again["format_version"] == 2
    assert [b["records"] for b in again["bids"]] == [
        [{"code": "CV-ORG-FORM", "value": "worker co-operative", "evidence": ""},
         {"code": "CV-ORG-EVIDENCE", "value": "Rules and member register", "evidence": ""}], []]
    check_document(again, "again.json")  # a format-1 framework's tender takes the legacy answers


def test_each_record_answer_is_one_row_and_one_import_event(target: Workspace):
    (start, _), _ = state(target)
    interchange.import_tender(target, small_document_v2(), source_name="s1.json")
    with target.reading() as session:
        rows = list(session.exec(select(BidRecordRow).order_by(BidRecordRow.id)))
        events = [e for e in audit.history(session) if e.seq > start and e.entity == "bid_record"]
        assert audit.verify(session).ok
    assert [(r.code, r.value, r.evidence) for r in rows] == [
        ("R-FORM", "co-operative society", "FCA register 1234R"), ("R-STATUS", "community interest company",
                                                                  "CIC34 report 2025"),
        ("R-STATUS", "registered charity", ""), ("R-CH", "IP001234", "")]
    assert sorted(e.entity_id for e in events) == [r.id for r in rows]
    assert {(e.action, e.note) for e in events} == {("import", "imported from s1.json")}


def test_answers_are_stored_normalised_under_the_fields_own_code(target: Workspace):
    document = small_document_v2()
    document["bids"][1]["records"] = [{"code": "r-form", "value": "  company ", "evidence": "Cafe\u0301 minutes\r\n"}]
    interchange.import_tender(target, document)
    assert answers(target)["B2"] == [("R-FORM", "company", "Café minutes")]


def test_the_version_1_file_written_before_version_2_still_imports(target: Workspace, tmp_path: Path):
    """tests/fixtures/tender-v1.json: the signed-off demo tender as CoopEval wrote it before format version 2."""
    fixture = REPO / "tests" / "fixtures" / "tender-v1.json"
    written = json.loads(fixture.read_text(encoding="utf-8"))
    assert written["format_version"] == 1
    view, _ = interchange.import_tender_file(target, fixture)
    assert view.status == "signed_off"
    with target.reading() as session:
        assert audit.verify(session).ok
        assert session.exec(select(func.count()).select_from(BidRecordRow)).one() == 0
        stored = {b.identifier: (b.org_form, b.org_evidence) for b in session.exec(select(BidRow))}
    assert stored == {b["identifier"]: (b["org_form"], b["org_evidence"]) for b in written["bids"]}
    assert "worker co-operative" in {form for form, _ in stored.values()}

    # exported again it is version 2, with the same answers, and imports elsewhere as record rows
    out = interchange.write_tender_json(target, view.reference, tmp_path / "v2.json")
    again = json.loads(out.read_text(encoding="utf-8"))
    assert again["format_version"] == 2
    assert {b["identifier"]: b["records"] for b in again["bids"]} == {
        b["identifier"]: [{"code": "CV-ORG-FORM", "value": b["org_form"], "evidence": ""},
                          {"code": "CV-ORG-EVIDENCE", "value": b["org_evidence"], "evidence": ""}]
        for b in written["bids"]}
    with Workspace.create(tmp_path / "third.coopeval", actor="importer") as third:
        interchange.import_tender_file(third, out)
        assert answers(third) == answers(target)
        assert interchange.tender_json_text(interchange.export_tender(third, view.reference)) == \
            out.read_text(encoding="utf-8")
    # framework 1.0.0's own choices are answers too (a bid edited since), and nothing else is
    again["bids"][0]["records"][0]["value"] = "ordinary company"
    check_document(again, "v2.json")
    again["bids"][0]["records"][0]["value"] = "company limited by shares (plc)"
    with pytest.raises(InvalidFileError, match=r"\$\.bids\[0\]\.records\[0\]: Organisation form: 'company limited"):
        check_document(again, "v2.json")


def _duplicates(d: dict) -> None:
    d["measures"].append(copy.deepcopy(d["measures"][0]))
    d["bids"].append(copy.deepcopy(d["bids"][1]))
    d["members"].append(copy.deepcopy(d["members"][0]))
    d["declarations"][2]["number"] = 1


def _unknown_references(d: dict) -> None:
    d["scores"][0]["member"] = "Zed"
    d["scores"][1]["bid"] = "ZZ9"
    d["consensus"][0]["measure"] = "X9"
    d["bids"][0]["responses"][0]["measure"] = "Q9"
    d["declarations"][2]["bid"] = "NOPE"
    d["declarations"][0]["superseded_by"] = 9
    d["sign_offs"].append({"member": "Nobody", "round": 1, "statement": "ok", "signed_at": T0})


def _off_scale(d: dict) -> None:
    d["scores"][2]["value"] = 7
    d["consensus"][2]["value"] = 9
    d["scores"][1]["value"] = 1  # an abstention with a value


def _numbers(d: dict) -> None:
    d["measures"][0]["weight"] = "12.50"
    d["measures"][1]["weight"] = 40
    d["tender"]["section_weight"] = "ten"
    d["consensus"][1]["accepted_quantity"] = "1e3"
    d["bids"][1]["responses"][0]["quantity"] = "2"  # a quantity for a qualitative measure


def _statuses(d: dict) -> None:
    d["tender"]["status"] = "archived"  # not a status ("closed" is one since issue 19)
    d["scores"][0]["status"] = "final"
    d["members"][0]["role"] = "boss"
    d["declarations"][0]["interest"] = "minor"


def _shapes(d: dict) -> None:
    d["tender"]["colour"] = "red"
    del d["bids"][0]["legal_name"]
    d["scores"][3]["value"] = True
    d["tender"]["created_at"] = "yesterday"


BAD = {
    "duplicates": (_duplicates, ["$.measures[2].code", "$.bids[2].identifier", "$.members[2].name",
                                 "$.declarations[2].number", "$.tender.status"]),  # weights now total 160
    "unknown references": (_unknown_references, [
        "$.bids[0].responses[0].measure", "$.declarations[2].bid", "$.declarations[0].superseded_by",
        "$.scores[0].member", "$.scores[1].bid", "$.consensus[0].measure", "$.sign_offs[0].member"]),
    "off the scale": (_off_scale, ["$.scores[1].value", "$.scores[2].value", "$.consensus[2].value"]),
    "numbers": (_numbers, ["$.tender.section_weight", "$.measures[0].weight", "$.measures[1].weight",
                           "$.bids[1].responses[0].quantity", "$.consensus[1].accepted_quantity"]),
    "statuses": (_statuses, ["$.tender.status", "$.members[0].role", "$.declarations[0].interest",
                             "$.scores[0].status"]),
    "shapes": (_shapes, ["$.tender.created_at", "$.tender.colour", "$.bids[0].legal_name", "$.scores[3].value"]),
    "not an object": (lambda d: None, ["$"]),
    "wrong format": (lambda d: d.update(format="coopeval-framework"), ["$.format"]),
    "newer version": (lambda d: d.update(format_version=3), ["$.format_version"]),
    "version 0": (lambda d: d.update(format_version=0), ["$.format_version"]),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_document_lists_every_problem_at_its_path_and_writes_nothing(case: str, target: Workspace,
                                                                          tmp_path: Path):
    spoil, paths = BAD[case]
    document = small_document()
    spoil(document)
    if case == "not an object":
        document = [document]
    before = state(target)
    with pytest.raises(InvalidFileError) as caught:
        interchange.import_tender(target, document, source_name="bad.json")
    assert sorted(p.location for p in caught.value.problems) == sorted(paths), caught.value
    assert {p.file for p in caught.value.problems} == {"bad.json"}
    assert state(target) == before

    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(InvalidFileError) as from_file:
        interchange.read_tender_json(path)
    assert from_file.value.problems == caught.value.problems


def _leaves(value, path=()):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, (*path, index))
    yield path


def test_any_value_of_the_wrong_shape_is_a_problem_not_a_crash():
    """Replace each value, one at a time, by a list and by an object: always a listed problem."""
    count = 0
    for path in _leaves(small_document()):
        if not path or (path[0] == "measures" and path[2:3] == ("measure",)):
            continue  # the top level has its own test; a measure's framework fields are free-form
        for odd in ([["x"]], {"x": 1}):
            document = small_document()
            parent = document
            for key in path[:-1]:
                parent = parent[key]
            parent[path[-1]] = odd
            with pytest.raises(InvalidFileError):
                check_document(document, "odd.json")
            count += 1
    assert count > 300


def test_messages_say_what_is_wrong():
    document = small_document()
    _numbers(document)
    _off_scale(document)
    with pytest.raises(InvalidFileError) as caught:
        check_document(document, "x.json")
    text = str(caught.value)
    assert 'x.json: $.measures[0].weight: must be a number written as text, e.g. "12.5"' in text
    assert "x.json: $.scores[2].value: 7 is not a point on the tender's scale (0, 1, 2, 3, 4, 5)" in text
    assert "x.json: $.bids[1].responses[0].quantity: Q1 is qualitative" in text


def test_a_newer_format_version_says_to_update(target: Workspace):
    with pytest.raises(InvalidFileError, match="written by a newer CoopEval.*reads format versions 1 or 2; update "
                                               "CoopEval"):
        interchange.import_tender(target, {**small_document(), "format_version": 3})


# --- record answers (format version 2) -----------------------------------------------------------------


def _record(d: dict, **changes) -> None:
    d["bids"][1]["records"] = [{"code": "R-FORM", "value": "company", "evidence": "", **changes}]


RECORDS_BAD = {
    "unknown code": (lambda d: _record(d, code="R-SIZE"), "$.bids[1].records[0]",
                     "'R-SIZE' is not a record field of this tender's frameworks"),
    "not one of the choices": (lambda d: _record(d, value="co-op"), "$.bids[1].records[0]",
                               "Legal form: 'co-op' is not one of its choices (co-operative society; company)"),
    "too long": (lambda d: _record(d, code="R-CH", value="9" * 301), "$.bids[1].records[0]",
                 "Companies House number: the answer"),
    "control characters": (lambda d: _record(d, evidence="Minutes\x07 2025"), "$.bids[1].records[0]",
                           "Legal form: the evidence"),
    "a line break in a one-line answer": (lambda d: _record(d, code="R-CH", value="12\n34"), "$.bids[1].records[0]",
                                          "Companies House number: the answer"),
    "evidence where the field takes none": (lambda d: _record(d, code="R-CH", value="1234", evidence="a letter"),
                                            "$.bids[1].records[0]", "Companies House number: takes no evidence"),
    "an empty answer": (lambda d: _record(d, value=""), "$.bids[1].records[0]", "Legal form: an answer needs a value"),
    "records not a list": (lambda d: d["bids"][1].update(records={"R-FORM": "company"}), "$.bids[1].records",
                           "valid list"),
    "an answer without evidence": (lambda d: d["bids"][1].update(records=[{"code": "R-FORM", "value": "company"}]),
                                   "$.bids[1].records[0].evidence", "is required"),
    "two values for a one-value field": (
        lambda d: d["bids"][0]["records"].append({"code": "R-FORM", "value": "company", "evidence": ""}),
        "$.bids[0].records", "Legal form: takes one answer, 2 were given"),
    "the same value twice": (
        lambda d: d["bids"][0]["records"].append({"code": "R-STATUS", "value": "registered charity", "evidence": ""}),
        "$.bids[0].records", "Status: 'registered charity' is given twice"),
    "a bid without records": (lambda d: d["bids"][1].pop("records"), "$.bids[1].records", "is required"),
    "org_form in version 2": (lambda d: d["bids"][1].update(org_form="worker co-operative"), "$.bids[1].org_form",
                              "not part of format version 2: a bid's organisation form and its evidence travel as "
                              "answers in \"records\""),
    "records in version 1": (lambda d: d.update(format_version=1) or d["bids"][1].update(org_form="", org_evidence=""),
                             "$.bids[0].records", "not part of format version 1: record answers travel in \"records\""
                                                  " from format version 2"),
    "a legacy form not among the old forms": (lambda d: _record(d, code="CV-ORG-FORM", value="co-op"),
                                              "$.bids[1].records[0]", "Organisation form: 'co-op' is not one of"),
    "evidence on a legacy answer": (lambda d: _record(d, code="CV-ORG-EVIDENCE", value="FCA", evidence="FCA"),
                                    "$.bids[1].records[0]", "Evidence of organisation form: takes no evidence"),
}


@pytest.mark.parametrize("case", list(RECORDS_BAD))
def test_bad_record_answers_are_named_at_their_path_and_nothing_is_written(case: str, target: Workspace):
    spoil, location, words = RECORDS_BAD[case]
    document = small_document_v2()
    spoil(document)
    before = state(target)
    with pytest.raises(InvalidFileError) as caught:
        interchange.import_tender(target, document, source_name="bad.json")
    found = {p.location: p.message for p in caught.value.problems}
    assert location in found, caught.value
    assert words in found[location], found[location]
    assert state(target) == before


def test_legacy_answers_import_on_any_tender(target: Workspace):
    """A bid entered before record fields may sit on a tender given format-2 measures since: its two answers travel
    and come back, whatever the frameworks define."""
    document = small_document_v2()
    _record(document, code="CV-ORG-FORM", value="public limited company")
    document["bids"][1]["records"].append({"code": "CV-ORG-EVIDENCE", "value": "Companies House 01938475",
                                           "evidence": ""})
    interchange.import_tender(target, document)
    assert answers(target)["B2"] == [("CV-ORG-FORM", "public limited company", ""),
                                     ("CV-ORG-EVIDENCE", "Companies House 01938475", "")]


def test_a_version_1_org_form_is_checked_as_before(target: Workspace):
    document = small_document()
    document["bids"][0]["org_form"] = "co-operative society"  # 2.0.0 wording: not a version-1 form
    with pytest.raises(InvalidFileError) as caught:
        interchange.import_tender(target, document)
    assert [p.location for p in caught.value.problems] == ["$.bids[0].org_form"]


def test_version_1_forms_are_the_apps_old_list_not_framework_1_0_0s_choices():
    """Before record fields, the Bids page offered its own list of forms, different from framework 1.0.0's."""
    archived = REPO / "frameworks" / "archive" / "coop-values-1.0.0.toml"
    framework = load_framework(archived if archived.exists() else REPO / "frameworks" / "coop-values.toml")
    [form] = [f for f in framework.record_fields if f.code == "CV-ORG-FORM"]
    assert {"public limited company", "partnership or sole trader"} <= set(V1_ORG_FORMS) - set(form.choices)


def test_framework_content_must_agree_with_its_details(target: Workspace, exported: dict):
    document = copy.deepcopy(exported)
    document["frameworks"][0]["name"] = "Renamed"
    document["frameworks"].append({**exported["frameworks"][0], "version": "2.0.0", "content": "not = [toml"})
    with pytest.raises(InvalidFileError) as caught:
        interchange.import_tender(target, document)
    assert [p.location for p in caught.value.problems] == ["$.frameworks[0].name", "$.frameworks[1].content"]


@pytest.mark.parametrize("content, location, message", [
    (b'{\n  "format": "coopeval-tender",\n  "tender": \n}', "JSON syntax", "line 4, column 1"),
    (b"hello", "JSON syntax", "line 1, column 1"),
    (b'{"format": NaN}', "JSON syntax", "NaN is not a JSON number"),
    (b'{"format": "coopeval-tender", "title": "caf\xe9"}', "file", "is not UTF-8 text (byte 43)"),
])
def test_a_file_that_is_not_utf8_json_is_refused_before_any_workspace_exists(content, location, message, tmp_path: Path):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(InvalidFileError) as caught:
        interchange.read_tender_json(path)  # the CLI reads first, and creates the workspace only after
    [problem] = caught.value.problems
    assert (problem.file, problem.location) == ("bad.json", location)
    assert message in problem.message
    assert [p.name for p in tmp_path.iterdir()] == ["bad.json"]


def test_a_huge_or_missing_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "big.json"
    path.write_text(json.dumps(small_document()), encoding="utf-8")
    monkeypatch.setattr(interchange, "MAX_FILE_BYTES", 100)
    with pytest.raises(InvalidFileError, match="a tender file is at most 100 bytes"):
        interchange.read_tender_json(path)
    with pytest.raises(InvalidFileError, match="not found"):
        interchange.read_tender_json(tmp_path / "nowhere.json")


def test_a_utf8_bom_is_accepted(tmp_path: Path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(small_document()).encode("utf-8"))
    assert interchange.read_tender_json(path)["tender"]["reference"] == "S1"
