"""Delivery entries (issue 19): periods a return may be recorded for, the officer's checks and their reasons,
evidence files told by their bytes, what delivered to date means, and what the Delivery page calls overdue."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlmodel import select

from coopeval.domain.errors import CoopEvalError
from coopeval.domain.numbers import InputError
from coopeval.services.delivery import award, entries
from coopeval.services.publishing import files
from coopeval.storage.tables import AuditEventRow, TenderRow
from tests.helpers.delivery_returns import delivering

TODAY = date(2026, 1, 20)  # in 2025-Q4 (January to March 2026): quarters 2025-Q1 to Q3 have ended


@pytest.fixture()
def contract(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory):
    ws, built, commitments = delivering(tmp_path, tmp_path_factory)
    with ws:
        yield ws, built, {c.code: c for c in commitments}


def test_a_quantitative_entry_is_recorded_pending_with_its_figure_as_exact_text(contract) -> None:
    ws, _, c = contract
    view, changes = entries.record_delivery(ws, c["LOC-01"].id, "2025-Q1", actual="3.50", evidence_refs="Payroll p.2",
                                            note="Three posts", today=TODAY)
    assert (view.period, view.actual, view.answer, view.check) == ("2025-Q1", "3.5", None, "pending")
    assert (view.evidence_refs, view.note) == ("Payroll p.2", "Three posts")
    assert changes.tender_id == view.tender_id


def test_a_qualitative_entry_takes_yes_no_or_partly(contract) -> None:
    ws, _, c = contract
    view, _ = entries.record_delivery(ws, c["LOC-04"].id, "2025-Q2", answer="Partly", today=TODAY)
    assert (view.actual, view.answer) == (None, "partly")
    with pytest.raises(InputError, match="Answer yes, no or partly, not 'maybe'"):
        entries.record_delivery(ws, c["LOC-04"].id, "2025-Q2", answer="maybe", today=TODAY)
    with pytest.raises(InputError, match="qualitative commitment: answer yes, no or partly, not a figure"):
        entries.record_delivery(ws, c["LOC-04"].id, "2025-Q2", actual="3", today=TODAY)


@pytest.mark.parametrize(("actual", "answer", "message"), [
    ("-1", None, "must be at least 0"),
    ("lots", None, "is not a number"),
    (None, None, "give what was delivered in the period"),
    (None, "yes", "measured by a figure"),
])
def test_a_quantitative_entry_needs_a_figure_of_zero_or_more(contract, actual, answer, message) -> None:
    ws, _, c = contract
    with pytest.raises(InputError, match=message):
        entries.record_delivery(ws, c["LOC-01"].id, "2025-Q1", actual=actual, answer=answer, today=TODAY)


@pytest.mark.parametrize(("period", "message"), [
    ("2025Q1", "is not a reporting period; write it as 2027-Q1"),
    ("2024-Q4", r"not a quarter of the contract, which runs from 15 Apr 2025 to 14 Apr 2027 \(quarters 2025-Q1 to "
                "2027-Q1\\)"),
    ("2027-Q2", "not a quarter of the contract"),
    ("2025-Q4", r"has not started yet \(it starts 1 Jan 2026\)"),
])
def test_the_period_must_be_a_started_quarter_of_the_contract(contract, period, message) -> None:
    ws, _, c = contract
    with pytest.raises(InputError, match=message):
        entries.record_delivery(ws, c["LOC-01"].id, period, actual="1", today=date(2025, 12, 31))


def test_a_short_first_quarter_starts_with_the_contract_and_the_current_quarter_may_be_reported(contract) -> None:
    ws, _, c = contract
    with pytest.raises(InputError, match=r"has not started yet \(it starts 15 Apr 2025\)"):
        entries.record_delivery(ws, c["LOC-01"].id, "2025-Q1", actual="1", today=date(2025, 4, 14))
    view, _ = entries.record_delivery(ws, c["LOC-01"].id, "2025-Q1", actual="1", today=date(2025, 4, 15))
    assert view.period == "2025-Q1"


def test_delivery_is_recorded_only_in_delivery(tmp_path, tmp_path_factory) -> None:
    ws, built, commitments = delivering(tmp_path, tmp_path_factory, start=False)
    with ws:
        with pytest.raises(entries.DeliveryError, match="awarded but delivery has not started: start delivery first"):
            entries.record_delivery(ws, commitments[0].id, "2025-Q1", actual="1", today=TODAY)
        award.start_delivery(ws, built.reference)
        view, _ = entries.record_delivery(ws, commitments[0].id, "2025-Q1", actual="1", today=TODAY)
        award.close_contract(ws, built.reference)
        with pytest.raises(entries.DeliveryError, match="contract is closed: its delivery record is frozen"):
            entries.record_delivery(ws, commitments[0].id, "2025-Q2", actual="1", today=TODAY)
        with pytest.raises(entries.DeliveryError, match="frozen"):
            entries.check_delivery(ws, view.id, "accepted")


def test_changing_an_accepted_entry_puts_its_check_back_to_pending_and_says_so(contract) -> None:
    ws, _, c = contract
    view, _ = entries.record_delivery(ws, c["LOC-02"].id, "2025-Q1", actual="4", today=TODAY)
    entries.check_delivery(ws, view.id, "accepted")
    same, changes = entries.record_delivery(ws, c["LOC-02"].id, "2025-Q1", actual="4.0", today=TODAY)
    assert same.check == "accepted"  # the same figure is no change
    changed, _ = entries.record_delivery(ws, c["LOC-02"].id, "2025-Q1", actual="5", today=TODAY)
    assert (changed.actual, changed.check, changed.checked_at) == ("5", "pending", None)
    assert changed.check_reason == "The figures changed after the entry was accepted; check it again."
    with ws.reading() as session:
        notes = [e.note for e in session.exec(select(AuditEventRow).where(AuditEventRow.entity == "delivery"))]
    assert "the check (accepted) is reset to pending: the figures changed" in notes


def test_a_check_needs_a_reason_unless_accepted_and_is_audited(contract) -> None:
    ws, _, c = contract
    view, _ = entries.record_delivery(ws, c["LOC-03"].id, "2025-Q1", actual="20", today=TODAY)
    for verdict in ("queried", "rejected"):
        with pytest.raises(InputError, match=f"Say why the entry is {verdict}"):
            entries.check_delivery(ws, view.id, verdict, "  ")
    with pytest.raises(InputError, match="accepted, queried or rejected, not 'pending'"):
        entries.check_delivery(ws, view.id, "pending")
    entries.check_delivery(ws, view.id, "queried", "Which groups? Send the sign-in sheets.")
    grid = entries.delivery_grid(ws, "T1", today=TODAY)
    assert [(q.id, q.check_reason) for q in grid.queried] == [(view.id, "Which groups? Send the sign-in sheets.")]
    entries.check_delivery(ws, view.id, "accepted")
    assert entries.delivery_grid(ws, "T1", today=TODAY).entries[(c["LOC-03"].id, "2025-Q1")].check == "accepted"
    with ws.reading() as session:
        notes = [e.note for e in session.exec(select(AuditEventRow).where(AuditEventRow.entity == "delivery",
                                                                          AuditEventRow.action == "check"))]
    assert [n.split(" by ")[0] for n in notes] == ["LOC-03 2025-Q1 queried", "LOC-03 2025-Q1 accepted"]


# --- evidence -----------------------------------------------------------------------------------------------------


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return out.getvalue()


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100
EVIDENCE = {
    "report.pdf": (b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n", "pdf"),
    "photo.png": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "png"),
    "photo.jpeg": (b"\xff\xd8\xff\xe0" + b"\x00" * 40, "jpg"),
    "anim.gif": (b"GIF89a" + b"\x00" * 40, "gif"),
    "scan.tif": (b"II*\x00" + b"\x00" * 40, "tiff"),
    "pic.webp": (b"RIFF\x20\x00\x00\x00WEBPVP8 " + b"\x00" * 40, "webp"),
    "letter.docx": (_zip({"[Content_Types].xml": b'<Types><Override ContentType="application/vnd.openxmlformats-'
                                                  b'officedocument.wordprocessingml.document.main+xml"/></Types>',
                          "word/document.xml": b"<w/>"}), "docx"),
    "sheet.xlsx": (_zip({"[Content_Types].xml": b"<Types>spreadsheetml.sheet.main+xml</Types>"}), "xlsx"),
    "slides.pptx": (_zip({"[Content_Types].xml": b"<Types>presentationml.presentation.main+xml</Types>"}), "pptx"),
    "minutes.odt": (_zip({"mimetype": b"application/vnd.oasis.opendocument.text"}), "odt"),
    "figures.ods": (_zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}), "ods"),
    "old.doc": (_OLE + "WordDocument".encode("utf-16-le"), "doc"),
    "old.xls": (_OLE + "Workbook".encode("utf-16-le"), "xls"),
    "hours.csv": ("Group,Hours\nCaffi Llŷn,12\n".encode(), "csv"),
    "latin1.txt": ("Café hours: 12\r\n".encode("latin-1"), "csv"),
}


@pytest.mark.parametrize("name", sorted(EVIDENCE))
def test_evidence_is_kept_by_the_kind_its_bytes_show(contract, tmp_path, name) -> None:
    ws, _, c = contract
    view, _ = entries.record_delivery(ws, c["LOC-01"].id, "2025-Q1", actual="3", today=TODAY)
    data, media = EVIDENCE[name]
    path = tmp_path / name
    path.write_bytes(data)
    kept, _ = entries.attach_evidence(ws, view.id, path)
    assert (kept.kind, kept.media, kept.name, kept.size) == ("evidence", media, name, len(data))
    assert [f.id for f in entries.evidence_files(ws, view.id)] == [kept.id]
    assert entries.delivery_grid(ws, "T1", today=TODAY).entries[(c["LOC-01"].id, "2025-Q1")].evidence_files == 1


REFUSED = {
    "renamed.pdf": b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64,  # a Windows program
    "archive.docx": _zip({"readme.txt": b"not office"}),
    "macro.xlsx": _zip({"[Content_Types].xml": b"<Types>spreadsheetml macroEnabled</Types>",
                        "xl/vbaProject.bin": b"\x00"}),
    "mystery.msg": _OLE + "__substg1.0".encode("utf-16-le"),
    "binary.csv": b"a,b\n\x01\x02\x03",
    "odd.odt": _zip({"mimetype": b"application/x-something"}),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_anything_else_is_refused_naming_what_is_accepted(contract, tmp_path, name) -> None:
    ws, _, c = contract
    view, _ = entries.record_delivery(ws, c["LOC-01"].id, "2025-Q1", actual="3", today=TODAY)
    path = tmp_path / name
    path.write_bytes(REFUSED[name])
    with pytest.raises(entries.DeliveryError, match=f"{name} is not a kind of file kept as evidence .* Accepted: PDF;"):
        entries.attach_evidence(ws, view.id, path)
    assert entries.evidence_files(ws, view.id) == []


def test_an_oversize_or_empty_file_and_the_same_file_twice_are_refused(contract, tmp_path, monkeypatch) -> None:
    ws, _, c = contract
    view, _ = entries.record_delivery(ws, c["LOC-01"].id, "2025-Q1", actual="3", today=TODAY)
    monkeypatch.setattr(files, "MAX_KEPT_BYTES", 2 * 1_048_576)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.7\n" + b"0" * (2 * 1_048_576))
    with pytest.raises(entries.DeliveryError, match="big.pdf is 2.0 MB; evidence files are kept up to 2 MB each"):
        entries.attach_evidence(ws, view.id, big)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(entries.DeliveryError, match="empty.pdf is empty"):
        entries.attach_evidence(ws, view.id, empty)
    first = tmp_path / "report.pdf"
    first.write_bytes(EVIDENCE["report.pdf"][0])
    entries.attach_evidence(ws, view.id, first)
    again = tmp_path / "copy of report.pdf"
    again.write_bytes(first.read_bytes())
    with pytest.raises(entries.DeliveryError, match=r"copy of report.pdf is already attached to LOC-01 2025-Q1 \(as "
                                                    r"report.pdf\); nothing was added"):
        entries.attach_evidence(ws, view.id, again)
    assert len(entries.evidence_files(ws, view.id)) == 1
    other, _ = entries.record_delivery(ws, c["LOC-01"].id, "2025-Q2", actual="3", today=TODAY)
    entries.attach_evidence(ws, other.id, again)  # the same file on another entry is fine
    assert [f.name for f in entries.evidence_files(ws, other.id)] == ["copy of report.pdf"]


# --- delivered to date and the grid -------------------------------------------------------------------------------


def _e(period: str, actual: str | None, check: str = "accepted") -> SimpleNamespace:
    return SimpleNamespace(period=period, actual=actual, check=check)


def test_delivered_adds_up_accepted_counts_and_takes_the_latest_level() -> None:
    counts = SimpleNamespace(kind="quantitative", unit="hours")
    rows = [_e("2025-Q2", "5"), _e("2025-Q1", "2.5"), _e("2025-Q3", "100", "pending"), _e("2025-Q4", "7", "queried"),
            _e("2026-Q1", "9", "rejected")]
    assert entries.delivered(counts, rows) == Decimal("7.5")
    for unit in ("%", "% of spend", "ratio"):
        level = SimpleNamespace(kind="quantitative", unit=unit)
        assert entries.delivered(level, [_e("2025-Q4", "30"), _e("2026-Q1", "35", "pending"),
                                         _e("2025-Q2", "40")]) == Decimal("30")
    assert entries.delivered(counts, [_e("2025-Q1", "3", "pending")]) is None
    assert entries.delivered(SimpleNamespace(kind="qualitative", unit=None), [_e("2025-Q1", None)]) is None


def test_the_grid_shows_quarters_entries_and_what_is_overdue(contract) -> None:
    ws, _, c = contract
    entries.record_delivery(ws, c["LOC-01"].id, "2025-Q1", actual="3", today=TODAY)
    entries.record_delivery(ws, c["LOC-04"].id, "2025-Q1", answer="yes", today=TODAY)
    grid = entries.delivery_grid(ws, "T1", today=TODAY)
    assert [p.key for p in grid.periods][:3] == ["2025-Q1", "2025-Q2", "2025-Q3"]
    assert grid.periods[0].short and grid.periods[0].first == date(2025, 4, 15)
    assert len(grid.periods) == 9  # 2025-Q1 to 2027-Q1
    assert [v.code for v in grid.commitments] == ["LOC-01", "LOC-02", "LOC-03", "LOC-04", "LOC-05"]
    overdue = {(v.code, p.key) for v, p in grid.overdue}
    assert ("LOC-01", "2025-Q1") not in overdue and ("LOC-01", "2025-Q2") in overdue
    assert ("LOC-02", "2025-Q1") in overdue and ("LOC-04", "2025-Q3") in overdue
    assert not any(p == "2025-Q4" for _, p in overdue)  # the current quarter has not ended
    assert len(overdue) == 5 * 3 - 2
    assert set(grid.entries) == {(c["LOC-01"].id, "2025-Q1"), (c["LOC-04"].id, "2025-Q1")}


def test_a_withdrawn_award_leaves_no_grid_and_no_entry_for_it(tmp_path, tmp_path_factory) -> None:
    ws, built, commitments = delivering(tmp_path, tmp_path_factory, start=False)
    with ws:
        award.withdraw_award(ws, built.reference, "The supplier could not sign the contract.")
        grid = entries.delivery_grid(ws, built.reference, today=TODAY)
        assert (grid.periods, grid.overdue) == ((), ())
        with ws.writing() as session:  # a withdrawn award's commitments never take entries, whatever the status
            t = session.exec(select(TenderRow)).one()
            t.status = "in_delivery"
        with pytest.raises(CoopEvalError, match="no longer a commitment of the contract"):
            entries.record_delivery(ws, commitments[0].id, "2025-Q1", actual="1", today=TODAY)
