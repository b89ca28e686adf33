"""A bid's answers to its tender's record fields: the fields come from the frameworks in the versions the tender was
set up with (never the newest in the workspace), answers are checked field by field, stored one row per answer with
one audit event per row changed, and a 1.0.0-era bid's organisation form and evidence are read as answers until its
answers are saved, when they move to rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from coopeval.domain.numbers import InputError
from coopeval.domain.records import LEGACY_EVIDENCE, LEGACY_FORM, RecordAnswer
from coopeval.domain.scales import load_scales
from coopeval.paths import resources_dir
from coopeval.services.bids import bid_records, record_fields_for
from coopeval.services.bids import entry as bids
from coopeval.services.setup import frameworks, tenders
from coopeval.services.workspace import Workspace
from coopeval.storage.tables import AuditEventRow, BidRecordRow
from tests.helpers.format2 import FORM_CHOICES, format2
from tests.helpers.frameworks import write_variant

REPO = Path(__file__).resolve().parents[3]
ARCHIVED = REPO / "frameworks" / "archive" / "coop-values-1.0.0.toml"


@pytest.fixture
def ws(tmp_path):
    with Workspace.create(tmp_path / "unit.coopeval", actor="officer") as workspace:
        yield workspace


@pytest.fixture
def scale():
    return load_scales(resources_dir() / "scales.toml")["0-5"]


def _framework(tmp_path: Path, fw_id: str, version: str, *, form_choices: list[str] | None = None,
               extra: list[dict[str, Any]] | None = None, prefix: str = "LOC") -> Path:
    def edit(d: dict[str, Any]) -> None:
        format2(d)
        d["framework"].update(id=fw_id, version=version)
        if form_choices is not None:
            d["record_fields"][0].update(choices=form_choices, democratic=form_choices[:1])
        d["record_fields"].extend(extra or [])
    path = write_variant(tmp_path, edit, f"{fw_id}-{version}.toml")
    if prefix != "LOC":  # measures of its own, so one tender can use it beside another
        path.write_text(path.read_text(encoding="utf-8").replace('"LOC-', f'"{prefix}-'), encoding="utf-8")
    return path


def _tender(ws: Workspace, scale, reference: str, *framework_ids: str) -> int:
    tender, _ = tenders.create_tender(ws, reference=reference, title="Meals", scale=scale)
    for fw_id in framework_ids:
        tenders.add_measures(ws, reference, fw_id, set_name="core")
    return tender.id


def _events(ws: Workspace) -> list[AuditEventRow]:
    with ws.reading() as session:
        return list(session.exec(select(AuditEventRow).where(AuditEventRow.entity == "bid_record")
                                 .order_by(AuditEventRow.seq)))


def _rows(ws: Workspace, bid_id: int) -> list[tuple[str, str, str]]:
    with ws.reading() as session:
        return [(r.code, r.value, r.evidence) for r in session.exec(
            select(BidRecordRow).where(BidRecordRow.bid_id == bid_id).order_by(BidRecordRow.id))]


def test_fields_come_from_the_tenders_framework_version_not_the_newest(ws, scale, tmp_path):
    frameworks.import_framework(ws, _framework(tmp_path, "rec-test", "1.0.0"))
    old = _tender(ws, scale, "OLD", "rec-test")
    frameworks.import_framework(ws, _framework(tmp_path, "rec-test", "1.1.0", form_choices=["co-operative", "other"]))
    new = _tender(ws, scale, "NEW", "rec-test")
    assert [f.code for f in record_fields_for(ws, old)] == ["F-FORM", "F-OWN", "F-CH"]
    assert record_fields_for(ws, old)[0].choices == tuple(FORM_CHOICES)
    assert record_fields_for(ws, new)[0].choices == ("co-operative", "other")
    # the old tender still takes its own version's choices, and refuses the newer version's
    bid, _ = bids.add_bid(ws, old, identifier="A", legal_name="Alpha", records=[RecordAnswer("F-FORM", FORM_CHOICES[0])])
    assert bid.records == (RecordAnswer("F-FORM", FORM_CHOICES[0]),)
    with pytest.raises(InputError) as caught:
        bids.add_bid(ws, old, identifier="B", legal_name="Beta", records=[RecordAnswer("F-FORM", "co-operative")])
    assert caught.value.messages == [f"Legal form: 'co-operative' is not one of its choices ({'; '.join(FORM_CHOICES)})."]


def test_a_tender_using_two_frameworks_asks_both_sets_of_fields_once(ws, scale, tmp_path):
    frameworks.import_framework(ws, _framework(tmp_path, "rec-test", "1.0.0"))
    other = {"code": "F-SIZE", "title": "Size", "kind": "choice", "choices": ["micro", "small", "large"]}
    frameworks.import_framework(ws, _framework(tmp_path, "rec-other", "1.0.0", form_choices=["another list"],
                                               extra=[other], prefix="OTH"))
    tender = _tender(ws, scale, "T2", "rec-test", "rec-other")
    fields = record_fields_for(ws, tender)
    assert [f.code for f in fields] == ["F-FORM", "F-OWN", "F-CH", "F-SIZE"]
    assert fields[0].choices == tuple(FORM_CHOICES)  # a shared code is the first framework's field
    bid, _ = bids.add_bid(ws, tender, identifier="A", legal_name="Alpha",
                          records=[RecordAnswer("F-SIZE", "micro"), RecordAnswer("f-form", "Other", "Rules")])
    assert bid.records == (RecordAnswer("F-SIZE", "micro"), RecordAnswer("F-FORM", "Other", "Rules"))


def test_saving_answers_audits_one_event_per_row_then_edits_and_removals(ws, scale, tmp_path):
    frameworks.import_framework(ws, _framework(tmp_path, "rec-test", "1.0.0"))
    tender = _tender(ws, scale, "T1", "rec-test")
    answers = [RecordAnswer("F-FORM", "registered society", "FCA 1234R"), RecordAnswer("F-OWN", "worker co-op"),
               RecordAnswer("F-OWN", "investor-owned"), RecordAnswer("F-CH", " 01234567 ")]
    bid, _ = bids.add_bid(ws, tender, identifier="A", legal_name="Alpha", records=answers)
    assert _rows(ws, bid.id) == [("F-FORM", "registered society", "FCA 1234R"), ("F-OWN", "worker co-op", ""),
                                 ("F-OWN", "investor-owned", ""), ("F-CH", "01234567", "")]
    assert [(e.action, e.entity_id) for e in _events(ws)] == [("create", i) for i in range(1, 5)]

    # the same answers again: nothing written, nothing audited
    _, changes = bids.update_bid(ws, bid.id, records=[*answers[:3], RecordAnswer("F-CH", "01234567")])
    assert not changes.kinds and len(_events(ws)) == 4
    # details alone leave the answers as they are
    bid, _ = bids.update_bid(ws, bid.id, legal_name="Alpha Co-op")
    assert len(bid.records) == 4

    # new evidence, a changed choice, a choice taken away and a text cleared: an event per row touched
    edited = [RecordAnswer("F-FORM", "company limited by shares", "CH 7654"), RecordAnswer("F-OWN", "worker co-op")]
    bid, changes = bids.update_bid(ws, bid.id, records=edited)
    assert changes.kinds
    assert _rows(ws, bid.id) == [("F-FORM", "company limited by shares", "CH 7654"), ("F-OWN", "worker co-op", "")]
    assert bid.records == tuple(edited)
    events = _events(ws)[4:]
    assert sorted((e.action, e.entity_id) for e in events) == [("delete", 3), ("delete", 4), ("update", 1)]
    update = next(e for e in events if e.action == "update")
    assert '"registered society"' in (update.before or "") and '"company limited by shares"' in (update.after or "")
    assert all(e.after is None for e in events if e.action == "delete")

    bid, _ = bids.update_bid(ws, bid.id, records=[])
    assert bid.records == () and _rows(ws, bid.id) == [] and len(_events(ws)) == 9


def test_every_answer_problem_at_once_with_the_detail_problems(ws, scale, tmp_path):
    frameworks.import_framework(ws, _framework(tmp_path, "rec-test", "1.0.0"))
    tender = _tender(ws, scale, "T1", "rec-test")
    bad = [RecordAnswer("F-NOPE", "x"), RecordAnswer("F-FORM", "guild"), RecordAnswer("F-FORM", "Other"),
           RecordAnswer("F-OWN", "worker co-op", "a deed"), RecordAnswer("F-OWN", "worker co-op"),
           RecordAnswer("F-CH", ""), RecordAnswer("F-CH", "1" * 301)]
    with pytest.raises(InputError) as caught:
        bids.add_bid(ws, tender, identifier="", legal_name="Alpha", records=bad)
    messages = caught.value.messages
    assert messages[0] == "Bidder's unique identifier is required."
    assert messages[1] == "'F-NOPE' is not a record field of this tender's frameworks."
    assert f"Legal form: 'guild' is not one of its choices ({'; '.join(FORM_CHOICES)})." in messages
    assert "Ownership: takes no evidence of its own." in messages
    assert "Ownership: 'worker co-op' is given twice." in messages
    assert "Companies House number: an answer needs a value." in messages
    assert any(m.startswith("Companies House number: the answer") for m in messages)
    assert "Legal form: takes one answer, 2 were given." in messages
    assert "Companies House number: takes one answer, 2 were given." in messages
    assert len(messages) == 9
    assert bids.list_bids(ws, tender) == [] and _events(ws) == []


def test_a_1_0_0_tenders_legacy_answers_are_read_then_moved_to_rows_when_saved(ws, scale):
    frameworks.import_framework(ws, ARCHIVED)
    tender = _tender(ws, scale, "T1", "coop-values")
    assert [f.code for f in record_fields_for(ws, tender)] == [LEGACY_FORM, LEGACY_EVIDENCE]
    evidence = "Rules registered 2019.\nMember register, page 2." * 3  # multi-line, as a 1.0.0 bid's evidence may be
    bid, _ = bids.add_bid(ws, tender, identifier="A", legal_name="Alpha", org_form="public limited company",
                          org_evidence=evidence)
    legacy = (RecordAnswer(LEGACY_FORM, "public limited company"), RecordAnswer(LEGACY_EVIDENCE, evidence))
    assert bid.records == legacy and (bid.org_form, bid.org_evidence) == ("public limited company", evidence)
    with ws.reading() as session:
        assert bid_records(session, [bid.id, bid.id]) == {bid.id: legacy}

    # saved back as they are (an old choice and a long multi-line text): accepted, nothing changes
    _, changes = bids.update_bid(ws, bid.id, records=list(legacy))
    assert not changes.kinds and _rows(ws, bid.id) == []
    # a new answer: the answers move to rows and the bid's own columns are cleared, audited
    bid, _ = bids.update_bid(ws, bid.id, records=[RecordAnswer(LEGACY_FORM, "worker co-operative"), legacy[1]])
    assert _rows(ws, bid.id) == [(LEGACY_FORM, "worker co-operative", ""), (LEGACY_EVIDENCE, evidence, "")]
    assert (bid.org_form, bid.org_evidence) == ("", "")
    assert bid.records == (RecordAnswer(LEGACY_FORM, "worker co-operative"), legacy[1])
    with ws.reading() as session:
        cleared = session.exec(select(AuditEventRow).where(AuditEventRow.entity == "bid")
                               .order_by(AuditEventRow.seq.desc())).first()  # type: ignore[attr-defined]
    assert cleared is not None and '"public limited company"' in (cleared.before or "")
    assert len(_events(ws)) == 2
    # a new answer outside the choices is refused, naming the field's own choices
    with pytest.raises(InputError) as caught:
        bids.update_bid(ws, bid.id, records=[RecordAnswer(LEGACY_FORM, "guild")])
    assert caught.value.messages[0].startswith("Organisation form: 'guild' is not one of its choices (registered")
    # the old keywords no longer reach a bid whose answers have rows, nor come with records
    with pytest.raises(InputError, match="held as record answers"):
        bids.update_bid(ws, bid.id, org_form="charity")
    with pytest.raises(InputError, match="not both"):
        bids.add_bid(ws, tender, identifier="B", legal_name="Beta", org_form="charity",
                     records=[RecordAnswer(LEGACY_FORM, "charity")])


def test_bid_records_reads_many_bids_at_once(ws, scale, tmp_path):
    frameworks.import_framework(ws, _framework(tmp_path, "rec-test", "1.0.0"))
    tender = _tender(ws, scale, "T1", "rec-test")
    a, _ = bids.add_bid(ws, tender, identifier="A", legal_name="Alpha", records=[RecordAnswer("F-OWN", "worker co-op")])
    b, _ = bids.add_bid(ws, tender, identifier="B", legal_name="Beta")
    with ws.reading() as session:
        assert bid_records(session, [a.id, b.id]) == {a.id: (RecordAnswer("F-OWN", "worker co-op"),), b.id: ()}
        assert bid_records(session, []) == {}
    assert [x.records for x in bids.list_bids(ws, tender)] == [(RecordAnswer("F-OWN", "worker co-op"),), ()]


def test_the_demo_data_gives_record_answers_as_a_value_a_table_or_a_list():
    from coopeval.services.demo import _records

    given = {"F-FORM": {"value": "registered society", "evidence": "FCA 1234R"}, "F-CH": "01234567",
             "F-OWN": ["worker co-op", {"value": "investor-owned"}]}
    assert _records(given) == [RecordAnswer("F-FORM", "registered society", "FCA 1234R"),
                               RecordAnswer("F-CH", "01234567"), RecordAnswer("F-OWN", "worker co-op"),
                               RecordAnswer("F-OWN", "investor-owned")]


def test_an_empty_old_keyword_never_clears_a_legacy_bids_answers(ws, scale):
    frameworks.import_framework(ws, ARCHIVED)
    tender = _tender(ws, scale, "T1", "coop-values")
    bid, _ = bids.add_bid(ws, tender, identifier="A", legal_name="Alpha", org_form="charity", org_evidence="")
    bid, _ = bids.update_bid(ws, bid.id, legal_name="Alpha Trust", org_form="", org_evidence="")
    assert bid.org_form == "charity" and bid.records == (RecordAnswer(LEGACY_FORM, "charity"),)
