"""Issue 18 in the tender file (format version 2, extended): the deadline, the clarification route, each measure's
word limit and the tender's kept files travel; a version-2 file written before them still imports; and a crafted
file's kept files are checked as hostile before anything is written."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import func, select

from coopeval.domain.errors import CoopEvalError, InvalidFileError
from coopeval.services.interchange import tender_json as interchange
from coopeval.services.interchange.schema import MAX_BASE64_CHARS
from coopeval.services.publishing import files
from coopeval.services.rows import tender_row
from coopeval.services.setup import tenders
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AUDITED_TABLES, TenderFileRow, TenderMeasureRow
from tests.helpers.workspaces import create_workspace, draft_tender

PDF_1, PDF_2 = b"%PDF-1.7 first\x00\xff", b"%PDF-1.7 second, after a weight changed"
XLSX, RETURN = b"PK\x03\x04 template", b"PK\x03\x04 a bidder's return \xe2\x9c\x93"
ROUTE = "Through the portal's messages tab.\nBy 8 January 2027; answers go to every bidder — Caerdydd ŵ."
FINGERPRINT = "a" * 64


def _keep(ws: Workspace, reference: str, kind: str, media: str, name: str, data: bytes, **extra: Any) -> None:
    with ws.writing() as session:
        files.keep_file(ws, session, tender_row(session, reference), kind=kind, media=media, name=name, data=data,
                        setup_fingerprint=FINGERPRINT, **extra)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """A draft with a deadline, a clarification route, a word limit, two published questionnaires, a template and
    a return."""
    ws = create_workspace(tmp_path_factory.mktemp("files-source") / "source.coopeval")
    built = draft_tender(ws)
    tenders.update_tender(ws, built.reference, deadline="15/01/2027 12:00", clarification_route=ROUTE)
    tenders.set_measure(ws, built.measures[0], word_limit=500)
    _keep(ws, built.reference, "questionnaire", "pdf", "T1 questionnaire.pdf", PDF_1, content="b" * 64)
    _keep(ws, built.reference, "questionnaire", "pdf", "T1 questionnaire v2.pdf", PDF_2, content="c" * 64)
    _keep(ws, built.reference, "template", "xlsx", "T1 response.xlsx", XLSX)
    _keep(ws, built.reference, "return", "xlsx", "Bidder 1 — return.xlsx", RETURN, bid_identifier="IP001")
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def exported(source: Workspace) -> dict[str, Any]:
    return interchange.export_tender(source, "T1")


@pytest.fixture
def target(tmp_path: Path) -> Workspace:
    ws = create_workspace(tmp_path / "target.coopeval")
    yield ws
    ws.close()


def state(ws: Workspace) -> tuple:
    with ws.reading() as session:
        return audit.head(session), tuple(session.exec(select(func.count()).select_from(t)).one() for t in AUDITED_TABLES)


def kept(ws: Workspace) -> list[tuple]:
    with ws.reading() as session:
        return [(r.kind, r.version, r.media, r.name, r.sha256, r.size, r.made_at, r.setup_fingerprint,
                 r.content_digest, r.bid_identifier, bytes(r.data))
                for r in session.exec(select(TenderFileRow).order_by(TenderFileRow.id))]


# --- what travels ----------------------------------------------------------------------------------


def test_the_new_fields_and_the_kept_files_are_exported(exported: dict[str, Any]):
    assert exported["format_version"] == 2
    assert (exported["tender"]["deadline"], exported["tender"]["clarification_route"]) == ("2027-01-15T12:00", ROUTE)
    assert [m["word_limit"] for m in exported["measures"]][:2] == [500, None]
    assert [(f["kind"], f["version"], f["media"], f["name"], f["bid_identifier"]) for f in exported["files"]] == [
        ("questionnaire", 1, "pdf", "T1 questionnaire.pdf", ""), ("questionnaire", 2, "pdf", "T1 questionnaire v2.pdf", ""),
        ("template", 1, "xlsx", "T1 response.xlsx", ""), ("return", 1, "xlsx", "Bidder 1 — return.xlsx", "IP001")]
    first = exported["files"][0]
    assert base64.b64decode(first["content_base64"]) == PDF_1
    assert (first["sha256"], first["size"]) == (hashlib.sha256(PDF_1).hexdigest(), len(PDF_1))
    assert (first["setup_fingerprint"], first["content_digest"]) == (FINGERPRINT, "b" * 64)


def test_kept_files_come_back_byte_for_byte_each_with_an_audited_import_event(source: Workspace, target: Workspace,
                                                                               tmp_path: Path):
    first = interchange.write_tender_json(source, "T1", tmp_path / "t1.json")
    (start, _), _ = state(target)
    _, changes = interchange.import_tender(target, interchange.read_tender_json(first), source_name="t1.json")
    again = interchange.write_tender_json(target, "T1", tmp_path / "again.json")

    assert again.read_bytes() == first.read_bytes()
    assert kept(target) == kept(source)
    assert "tender_file" in changes.kinds
    with target.reading() as session:
        report = audit.verify(session)
        events = [e for e in audit.history(session) if e.seq > start and e.entity == "tender_file"]
        rows = list(session.exec(select(TenderFileRow).order_by(TenderFileRow.id)))
        word_limits = [m.word_limit for m in session.exec(select(TenderMeasureRow).order_by(TenderMeasureRow.position))]
        t = tender_row(session, "T1")
    assert report.ok, report.problems
    assert [e.entity_id for e in events] == [r.id for r in rows]
    assert {(e.action, e.note) for e in events} == {("import", "imported from t1.json")}
    assert all("data" not in json.loads(e.after) and json.loads(e.after)["sha256"] == r.sha256
               for e, r in zip(events, rows))
    assert (t.deadline, t.clarification_route, word_limits[:2]) == ("2027-01-15T12:00", ROUTE, [500, None])
    assert [f.name for f in files.list_files(target, "T1", "questionnaire")] == ["T1 questionnaire.pdf",
                                                                                  "T1 questionnaire v2.pdf"]


def test_a_tender_without_files_exports_an_empty_list(target: Workspace):
    draft_tender(target, "T9")
    document = interchange.export_tender(target, "T9")
    assert document["files"] == [] and document["tender"]["deadline"] is None
    assert document["tender"]["clarification_route"] == ""
    assert {m["word_limit"] for m in document["measures"]} == {None}


def test_a_version_2_file_without_the_new_keys_still_imports(exported: dict[str, Any], target: Workspace):
    older = copy.deepcopy(exported)
    del older["files"], older["tender"]["deadline"], older["tender"]["clarification_route"]
    for m in older["measures"]:
        del m["word_limit"]
    view, _ = interchange.import_tender(target, older)
    assert view.deadline is None and view.clarification_route == ""
    assert kept(target) == []
    with target.reading() as session:
        assert audit.verify(session).ok


def test_clarification_route_is_stored_normalised(exported: dict[str, Any], target: Workspace):
    document = copy.deepcopy(exported)
    document["tender"]["clarification_route"] = "  Cafe\u0301 portal\r\nline two\x0b "
    view, _ = interchange.import_tender(target, document)
    assert view.clarification_route == "Café portal\nline two"


# --- hostile files ------------------------------------------------------------------------------------


def _file(index: int, **changes: Any) -> Callable[[dict], None]:
    def change(d: dict) -> None:
        d["files"][index].update(changes)
    return change


def _content(index: int, data: bytes) -> Callable[[dict], None]:
    """New bytes with a matching size and digest: only the rule under test is broken."""
    return _file(index, content_base64=base64.b64encode(data).decode("ascii"), size=len(data),
                 sha256=hashlib.sha256(data).hexdigest())


def _tender(**changes: Any) -> Callable[[dict], None]:
    def change(d: dict) -> None:
        d["tender"].update(changes)
    return change


def _measure(**changes: Any) -> Callable[[dict], None]:
    def change(d: dict) -> None:
        d["measures"][0].update(changes)
    return change


def _extra_key(d: dict) -> None:
    d["files"][0]["path"] = "/etc/passwd"


def _missing_key(d: dict) -> None:
    del d["files"][2]["sha256"]


def _oversized(d: dict) -> None:
    d["files"][0]["content_base64"] = "A" * (MAX_BASE64_CHARS + 4)


B64 = base64.b64encode(PDF_1).decode("ascii")
CASES: dict[str, tuple[Callable[[dict], None], str, str]] = {
    "not base64": (_file(0, content_base64="not base64!"), "$.files[0].content_base64", "is not base64"),
    "base64 over lines": (_file(0, content_base64=B64[:8] + "\n" + B64[8:]), "$.files[0].content_base64",
                          "is not base64"),
    "base64 unpadded": (_file(2, content_base64=base64.b64encode(XLSX).decode().rstrip("=")),
                        "$.files[2].content_base64", "is not base64"),
    "size differs": (_file(0, size=len(PDF_1) + 1), "$.files[0].size", f"says {len(PDF_1) + 1} bytes, but"),
    "size over the cap": (_file(0, size=files.MAX_KEPT_BYTES + 1), "$.files[0].size", "less than or equal"),
    "bytes over the cap": (_oversized, "$.files[0].content_base64", "longer than the base64 text of the largest"),
    "digest differs": (_file(1, sha256="0" * 64), "$.files[1].sha256", "does not match the bytes"),
    "digest not hex": (_file(1, sha256="Z" * 64), "$.files[1].sha256", "must be a SHA-256 digest"),
    "bytes changed": (_file(1, content_base64=B64), "$.files[1].sha256", "does not match the bytes"),
    "fingerprint not a digest": (_file(0, setup_fingerprint="yes"), "$.files[0].setup_fingerprint",
                                 "must be a SHA-256 digest"),
    "unknown kind": (_file(0, kind="invoice"), "$.files[0].kind", "Input should be"),
    "unknown media": (_file(0, media="exe"), "$.files[0].media", "Input should be"),
    "version 0": (_file(0, version=0), "$.files[0].version", "greater than or equal to 1"),
    "version as text": (_file(0, version="1"), "$.files[0].version", "valid integer"),
    "version repeated": (_file(1, version=1), "$.files[1].version",
                         "repeats version 1 of the questionnaire (pdf) (first at $.files[0])"),
    "control character in name": (_file(0, name="report\x07.pdf"), "$.files[0].name", "control character"),
    "name on two lines": (_file(0, name="report\n.pdf"), "$.files[0].name", "one line"),
    "name too long": (_file(0, name="x" * 256 + ".pdf"), "$.files[0].name", "255"),
    "empty name": (_file(0, name=""), "$.files[0].name", "at least 1 character"),
    "return of an unknown bid": (_file(3, bid_identifier="IP999"), "$.files[3].bid_identifier",
                                 'refers to bid "IP999", which is not in $.bids'),
    "questionnaire naming a bid": (_file(0, bid_identifier="IP001"), "$.files[0].bid_identifier",
                                   "only a return names a bid"),
    "made at no real time": (_file(0, made_at="2026-02-30T10:00:00Z"), "$.files[0].made_at", "not a real date"),
    "extra key": (_extra_key, "$.files[0].path", "is not part of the tender format"),
    "missing key": (_missing_key, "$.files[2].sha256", "is required"),
    "files not a list": (lambda d: d.update(files={}), "$.files", "valid list"),
    "deadline typed, not stored": (_tender(deadline="15/01/2027 12:00"), "$.tender.deadline",
                                   'such as "2027-01-15T12:00"'),
    "deadline with seconds": (_tender(deadline="2027-01-15T12:00:00"), "$.tender.deadline",
                              'such as "2027-01-15T12:00"'),
    "deadline on no real day": (_tender(deadline="2027-02-30T12:00"), "$.tender.deadline", "not a real date"),
    "deadline at hour 25": (_tender(deadline="2027-01-15T25:00"), "$.tender.deadline", "not a real date"),
    "deadline a number": (_tender(deadline=20270115), "$.tender.deadline", 'e.g. "20270115"'),
    "route with NUL": (_tender(clarification_route="By email\x00"), "$.tender.clarification_route",
                       "NUL character"),
    "route too long": (_tender(clarification_route="x" * 2001), "$.tender.clarification_route", "2,000"),
    "word limit 0": (_measure(word_limit=0), "$.measures[0].word_limit", "greater than or equal to 1"),
    "word limit too high": (_measure(word_limit=100_001), "$.measures[0].word_limit", "less than or equal to 100000"),
    "word limit as text": (_measure(word_limit="500"), "$.measures[0].word_limit", "valid integer"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_crafted_file_section_is_refused_at_its_path_and_nothing_is_written(case: str, exported: dict[str, Any],
                                                                              target: Workspace):
    spoil, path, message = CASES[case]
    document = copy.deepcopy(exported)
    spoil(document)
    before = state(target)
    with pytest.raises(InvalidFileError) as caught:
        interchange.import_tender(target, document, source_name="t1.json")
    found = [(p.location, p.message) for p in caught.value.problems]
    assert any(location == path and message in text for location, text in found), found
    assert state(target) == before


def test_every_problem_of_the_files_is_listed_at_once(exported: dict[str, Any], target: Workspace):
    document = copy.deepcopy(exported)
    for name in ("not base64", "size differs", "version repeated", "return of an unknown bid", "control character in name",
                 "deadline on no real day", "word limit 0"):
        CASES[name][0](document)
    document["files"][0]["content_base64"] = B64  # undo "not base64" on file 0: its size is then the problem
    document["files"][2]["content_base64"] = "%%%"
    with pytest.raises(InvalidFileError) as caught:
        interchange.import_tender(target, document)
    assert {p.location for p in caught.value.problems} == {
        "$.files[0].size", "$.files[0].name", "$.files[1].version", "$.files[2].content_base64",
        "$.files[3].bid_identifier", "$.tender.deadline", "$.measures[0].word_limit"}


def test_the_same_version_in_another_media_is_not_a_repeat(exported: dict[str, Any], target: Workspace):
    document = copy.deepcopy(exported)
    _content(1, b"PK\x03\x04 the questionnaire as Word")(document)
    document["files"][1].update(version=1, media="docx", name="T1 questionnaire.docx")
    interchange.import_tender(target, document)
    assert [(k, v, m) for k, v, m, *_ in kept(target)][:2] == [("questionnaire", 1, "pdf"), ("questionnaire", 1, "docx")]


def test_a_version_1_file_cannot_carry_the_version_2_keys(exported: dict[str, Any], target: Workspace):
    fixture = json.loads((Path(__file__).resolve().parents[2] / "fixtures" / "tender-v1.json").read_text(encoding="utf-8"))
    fixture["files"] = exported["files"]
    fixture["tender"]["deadline"] = "2027-01-15T12:00"
    fixture["measures"][0]["word_limit"] = 500
    with pytest.raises(InvalidFileError) as caught:
        interchange.import_tender(target, fixture)
    found = {p.location: p.message for p in caught.value.problems}
    for location in ("$.files", "$.tender.deadline", "$.measures[0].word_limit"):
        assert "not part of format version 1" in found[location], found


def test_a_tender_too_big_for_a_tender_file_is_not_written(source: Workspace, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch):
    out = tmp_path / "t1.json"
    monkeypatch.setattr(interchange, "MAX_FILE_BYTES", len(interchange.tender_json_text(
        interchange.export_tender(source, "T1")).encode("utf-8")) - 1)
    with pytest.raises(CoopEvalError, match="holds at most .* MB. Nothing was written"):
        interchange.write_tender_json(source, "T1", out)
    assert not out.exists()
