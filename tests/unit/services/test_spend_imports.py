"""Importing the council's spend (issue 20): a line is added once however often it arrives (the same file again, an
overlapping file), two identical payments in one file are both kept, a file with a bad line is refused whole unless
the person says to leave bad lines out, and each import's digest can be recomputed from its stored lines."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import func, select

from coopeval.domain import spend
from coopeval.domain.errors import CoopEvalError, InvalidFileError
from coopeval.services.changes import ChangeKind
from coopeval.services.spend import imports, mappings
from coopeval.services.workspace import Workspace
from coopeval.storage.tables import AuditEventRow, SpendImportRow, SpendLineRow, SpendMappingRow, SupplierMatchRow

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "spend"
Q1 = FIXTURES / "anytown-2026-q1.csv"
Q1_Q2 = FIXTURES / "anytown-2026-q1-q2.csv"


@pytest.fixture()
def ws(tmp_path: Path):
    with Workspace.create(tmp_path / "w.coopeval", actor="officer") as workspace:
        yield workspace


def counts(ws: Workspace) -> tuple[int, int, int]:
    with ws.reading() as session:
        return (session.exec(select(func.count()).select_from(SpendLineRow)).one(),
                session.exec(select(func.count()).select_from(SpendImportRow)).one(),
                session.exec(select(func.count()).select_from(AuditEventRow)).one())


def test_a_file_is_imported_with_its_credits_and_both_identical_lines(ws: Workspace) -> None:
    view, changes = imports.import_spend(ws, Q1)
    assert ChangeKind.SPEND in changes.kinds
    assert (view.lines_read, view.lines_added, view.lines_already, view.lines_refused) == (6, 6, 0, 0)
    assert (view.first_paid, view.last_paid) == ("2026-04-01", "2026-06-30")
    assert view.added_pence == 123456 + 1250000 - 25000 + 64000 * 2 - 100000
    assert view.encoding == "utf-8-sig" and view.imported_by
    with ws.reading() as session:
        lines = session.exec(select(SpendLineRow).order_by(SpendLineRow.line_no)).all()
    assert [line.line_no for line in lines] == [5, 6, 7, 8, 9, 10]
    cafe = [line for line in lines if line.supplier_name == "Café Société CIC"]
    assert len(cafe) == 2 and cafe[0].key != cafe[1].key  # two genuinely identical payments, both kept
    acme = [line for line in lines if line.supplier_key == "acme roads"]
    assert [a.company_number for a in acme] == ["01234567", "01234567"]  # "1234567" padded as Companies House does
    assert {line.year for line in lines} == {"2026-27"}


def test_the_same_file_again_adds_nothing_and_writes_nothing(ws: Workspace) -> None:
    imports.import_spend(ws, Q1)
    before = counts(ws)
    head = ws.audit_head()
    view, changes = imports.import_spend(ws, Q1)
    assert (view.id, view.lines_added, view.lines_already) == (0, 0, 6)
    assert not changes.kinds
    assert counts(ws) == before and ws.audit_head() == head
    preview = imports.preview_spend(ws, Q1)
    assert (preview.new_lines, preview.already, preview.new_pence) == (0, 6, 0)


def test_an_overlapping_file_adds_only_its_new_lines(ws: Workspace) -> None:
    imports.import_spend(ws, Q1)
    preview = imports.preview_spend(ws, Q1_Q2)
    assert (preview.good_lines, preview.new_lines, preview.already) == (4, 2, 2)
    assert (preview.first_paid, preview.last_paid, preview.new_pence) == ("2026-07-01", "2026-08-01", 521000)
    view, _ = imports.import_spend(ws, Q1_Q2)
    assert (view.lines_added, view.lines_already) == (2, 2)
    assert counts(ws)[0] == 8
    again, _ = imports.import_spend(ws, Q1_Q2)
    assert again.lines_added == 0


def test_a_file_with_a_bad_line_is_refused_whole_naming_every_line(ws: Workspace) -> None:
    with pytest.raises(InvalidFileError) as refused:
        imports.import_spend(ws, FIXTURES / "bad-lines.csv")
    assert [p.location for p in refused.value.problems] == ["line 3", "line 4"]
    assert "31/02/2026" in str(refused.value) and "'twelve'" in str(refused.value)
    assert counts(ws)[:2] == (0, 0)


def test_bad_lines_are_left_out_only_when_asked_and_named_in_the_audit_note(ws: Workspace) -> None:
    view, _ = imports.import_spend(ws, FIXTURES / "bad-lines.csv", skip_bad_lines=True)
    assert (view.lines_read, view.lines_added, view.lines_refused) == (4, 2, 2)
    with ws.reading() as session:
        event = session.exec(select(AuditEventRow).where(AuditEventRow.entity == "spend_import")).one()
    assert "2 line(s) with problems left out: lines 3, 4" in event.note
    assert imports.list_spend_imports(ws)[0].lines_refused == 2


def test_every_encoding_reads_pound_and_e_acute(ws: Workspace, tmp_path: Path) -> None:
    text = "Payment Date,Supplier Name,Amount (£),Expense Area\n01/04/2026,Café Société CIC,£1.50,Crèche\n"
    written = {"utf-8": text.encode(), "utf-8-sig": b"\xef\xbb\xbf" + text.encode(), "cp1252": text.encode("cp1252"),
               "utf-16": text.encode("utf-16"), "utf-16-le": text.encode("utf-16-le")}
    for name, data in written.items():
        path = tmp_path / f"{name}.csv"
        path.write_bytes(data)
        preview = imports.preview_spend(ws, path)
        assert preview.mapping is not None and preview.mapping.columns["amount"] == "Amount (£)", name
        assert preview.sample[0]["supplier"] == "Café Société CIC" and preview.sample[0]["expense_area"] == "Crèche"
        assert preview.new_pence == 150
    for path, supplier in [(FIXTURES / "westshire-cp1252.csv", "Crèche Coopérative Ltd"),
                           (FIXTURES / "eastvale-utf16.csv", "Café Société CIC")]:
        view, _ = imports.import_spend(ws, path)
        assert view.lines_added == 3 if "westshire" in path.name else 2
        with ws.reading() as session:
            names = set(session.exec(select(SpendLineRow.supplier_name).where(SpendLineRow.import_id == view.id)))
        assert supplier in names


def test_lines_digest_is_recomputed_from_the_stored_lines(ws: Workspace) -> None:
    first, _ = imports.import_spend(ws, Q1)
    second, _ = imports.import_spend(ws, Q1_Q2)
    with ws.reading() as session:
        for view in (first, second):
            row = session.get(SpendImportRow, view.id)
            keys = session.exec(select(SpendLineRow.key).where(SpendLineRow.import_id == view.id)).all()
            assert row is not None and spend.lines_digest(keys) == row.lines_digest
        assert imports.check_spend_imports(session) == []


def test_lines_changed_added_or_removed_outside_coopeval_are_found(ws: Workspace) -> None:
    imports.import_spend(ws, Q1)
    imports.import_spend(ws, Q1_Q2)
    path = ws.path
    ws.close()
    db = sqlite3.connect(path)
    db.execute("UPDATE spend_line SET amount_pence = 1 WHERE line_no = 6 AND import_id = 1")
    db.execute("DELETE FROM spend_line WHERE import_id = 2 AND line_no = 4")
    db.execute("INSERT INTO spend_line (key, import_id, line_no, paid_on, year, supplier_name, supplier_key, "
               "supplier_id, company_number, amount_pence, \"transaction\", expense_area) VALUES ('x', 9, 1, "
               "'2026-04-01', '2026-27', 'A', 'a', '', '', 1, '', '')")
    db.commit()
    db.close()
    with Workspace.open(path) as again, again.reading() as session:
        problems = imports.check_spend_imports(session)
    assert any("import 1" in p and "changed outside CoopEval" in p for p in problems), problems
    assert any("import 2" in p and "removed" in p for p in problems), problems
    assert any("import 9" in p for p in problems), problems
    assert len(problems) == 3


def test_an_occurrence_is_kept_when_the_first_identical_line_came_in_an_earlier_file(ws: Workspace,
                                                                                   tmp_path: Path) -> None:
    header = "Payment Date,Supplier Name,Amount\n"
    line = "01/04/2026,Acme,5\n"
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    one.write_text(header + line)
    two.write_text(header + line + line)
    imports.import_spend(ws, one)
    view, _ = imports.import_spend(ws, two)
    assert view.lines_added == 1 and view.lines_already == 1
    again, _ = imports.import_spend(ws, two)
    assert again.lines_added == 0
    with ws.reading() as session:
        assert imports.check_spend_imports(session) == []


def test_unknown_headers_need_a_mapping_which_is_saved_when_used(ws: Workspace) -> None:
    unusual = FIXTURES / "unusual-columns.csv"
    preview = imports.preview_spend(ws, unusual)
    assert preview.mapping is None and preview.headers == ("Paid on", "Who", "How much", "Where")
    with pytest.raises(CoopEvalError, match="not recognised.*'Paid on'"):
        imports.import_spend(ws, unusual)
    mapping = mappings.resolve_mapping(ws, str(FIXTURES / "unusual-columns.toml"))
    assert mapping is not None and mapping.name == "Unusual council"
    view, _ = imports.import_spend(ws, unusual, mapping=mapping)
    assert view.lines_added == 2 and view.mapping_name == "Unusual council"
    assert mappings.list_mappings(ws) == [mapping]
    assert mappings.resolve_mapping(ws, "unusual council") == mapping
    with ws.reading() as session:
        areas = set(session.exec(select(SpendLineRow.expense_area)))
        row = session.exec(select(SpendImportRow)).one()
    assert areas == {"Adults", "Roads"}
    assert json.loads(row.mapping) == {"name": "Unusual council", "columns": mapping.columns}


def test_new_suppliers_are_matched_in_the_same_transaction(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    from coopeval.services.registers import matching
    from coopeval.services.registers.views import MatchSummary

    seen: list[list[str]] = []

    def match(ws_: Workspace, session, keys):
        seen.append(list(keys))
        assert session.exec(select(func.count()).select_from(SpendLineRow)).one() == 6  # lines already in
        return MatchSummary(matched=1, candidates=2)

    monkeypatch.setattr(matching, "match_suppliers", match)
    view, changes = imports.import_spend(ws, Q1)
    assert seen == [["acme roads", "café société", "greenfield builders", "riverside care coop"]]
    assert (view.matched, view.candidates) == (1, 2)
    assert ChangeKind.SUPPLIER_MATCH in changes.kinds


def test_matching_failing_leaves_nothing_imported(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    from coopeval.services.registers import matching

    def fail(*args: object) -> None:
        raise CoopEvalError("matching broke")

    monkeypatch.setattr(matching, "match_suppliers", fail)
    with pytest.raises(CoopEvalError, match="matching broke"):
        imports.import_spend(ws, Q1)
    assert counts(ws)[:2] == (0, 0)


def test_the_real_matching_runs_with_an_import(ws: Workspace, tmp_path: Path) -> None:
    from coopeval.services.registers import imports as registers

    register = tmp_path / "ours.csv"
    register.write_text("Name,Number,Ownership model,Democratic\n"
                        "Riverside Care Co-operative Limited,IP30001R,worker co-operative,yes\n"
                        "Greenfield Builders Ltd,,employee-owned (trust),no\n")
    registers.import_register(ws, register, kind="custom")
    view, changes = imports.import_spend(ws, Q1)
    assert view.matched == 2 and ChangeKind.SUPPLIER_MATCH in changes.kinds
    with ws.reading() as session:
        applied = session.exec(select(SupplierMatchRow.supplier_key, SupplierMatchRow.method)
                               .where(SupplierMatchRow.status == "applied")).all()
    assert sorted(applied) == [("greenfield builders", "name"), ("riverside care coop", "number")]


def test_a_cancel_writes_nothing(ws: Workspace) -> None:
    from coopeval.domain.progress import Cancelled

    calls: list[str] = []
    with pytest.raises(Cancelled):
        imports.import_spend(ws, Q1, progress=lambda d, t, what: calls.append(what), cancel=lambda: len(calls) >= 2)
    assert counts(ws)[:2] == (0, 0)


def test_list_spend_imports_is_newest_first(ws: Workspace, tmp_path: Path) -> None:
    imports.import_spend(ws, Q1)
    imports.import_spend(ws, Q1_Q2)
    listed = imports.list_spend_imports(ws)
    assert [v.file_name for v in listed] == ["anytown-2026-q1-q2.csv", "anytown-2026-q1.csv"]
    assert all(v.imported_by for v in listed)


def test_saving_a_mapping_is_audited_and_same_name_updates(ws: Workspace) -> None:
    columns = {"date": "Paid on", "supplier": "Who", "amount": "How much"}
    view, changes = mappings.save_mapping(ws, "Ours", columns)
    assert ChangeKind.SPEND in changes.kinds and view.columns == columns
    _, again = mappings.save_mapping(ws, "Ours", columns)
    assert not again.kinds
    mappings.save_mapping(ws, "Ours", {**columns, "expense_area": "Where"})
    with ws.reading() as session:
        assert session.exec(select(func.count()).select_from(SpendMappingRow)).one() == 1
        actions = session.exec(select(AuditEventRow.action).where(AuditEventRow.entity == "spend_mapping")).all()
    assert actions == ["create", "update"]
    with pytest.raises(CoopEvalError, match="amount"):
        mappings.save_mapping(ws, "Bad", {"date": "A", "supplier": "B"})


def test_an_unknown_mapping_name_lists_the_saved_ones(ws: Workspace) -> None:
    mappings.save_mapping(ws, "Ours", {"date": "Paid on", "supplier": "Who", "amount": "How much"})
    with pytest.raises(CoopEvalError, match="'Ours'"):
        mappings.resolve_mapping(ws, "Theirs")
    assert mappings.resolve_mapping(ws, None) is None


@pytest.mark.parametrize(("toml", "why"), [
    ("name = ", "not valid TOML"), ("\x00\x01\x02", "not valid TOML"), (b"\xff\xfe\x00", "not UTF-8"),
    ('name = "x"\n[columns]\ndate = "A"\n', "amount"),
    ('name = "x"\n[columns]\ndate = 5\nsupplier = "B"\namount = "C"\n', "must be text"),
    ('name = "x"\n[columns]\nwhen = "A"\nsupplier = "B"\namount = "C"\ndate = "D"\n', "'when' is not a field"),
    ('name = "x"\ncolumns = 3\n', "table"), ('name = "x"\nextra = 1\n[columns]\n', "'extra'"),
    ('name = "x"\n[columns]\ndate = "A"\nsupplier = "A"\namount = "C"\n', "same column"),
    ('name = "x\\u0007"\n[columns]\ndate = "A"\nsupplier = "B"\namount = "C"\n', "control character"),
    ("a = [" * 5000, "not valid TOML"),
])
def test_a_hostile_mapping_file_is_refused_saying_why(tmp_path: Path, toml: str | bytes, why: str) -> None:
    path = tmp_path / "m.toml"
    path.write_bytes(toml if isinstance(toml, bytes) else toml.encode())
    with pytest.raises(InvalidFileError, match=why):
        mappings.mapping_from_toml(path)


def test_a_missing_or_huge_mapping_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidFileError, match="not found"):
        mappings.mapping_from_toml(tmp_path / "none.toml")
    big = tmp_path / "big.toml"
    big.write_text("#" * (mappings.MAX_TOML + 1))
    with pytest.raises(InvalidFileError, match="at most"):
        mappings.mapping_from_toml(big)
