"""Spend files and stored spend as a hostile or careless user, or a tamperer, would give them (issue 20, review):
derived columns edited outside CoopEval, files that would be misread, mappings that would crash the reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopeval.domain.errors import InvalidFileError
from coopeval.services.maintenance.check import check_workspace
from coopeval.services.registers.imports import import_register
from coopeval.services.spend.imports import import_spend, line_ranges
from coopeval.services.spend.mappings import mapping_from_toml
from coopeval.services.spend.reading import read_spend_file
from coopeval.services.spend.views import MappingView
from tests.helpers.workspaces import create_workspace, raw

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
HEADER = b"Payment Date,Supplier Name,Amount\n"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "spend.coopeval"
    with create_workspace(path) as ws:
        import_register(ws, FIXTURES / "registers" / "coops-uk-sample.csv", kind="coops-uk", source="test download")
        import_spend(ws, FIXTURES / "spend" / "anytown-2026-q1.csv")
    return path


@pytest.mark.parametrize(("edit", "expected"), [
    # moving spend to another supplier (and so another classification) or another year is not in the line's key
    ("UPDATE spend_line SET supplier_key = 'someone else' WHERE id = 1", "year or supplier key"),
    ("UPDATE spend_line SET year = '2019-20' WHERE id = 1", "year or supplier key"),
    ("UPDATE spend_line SET year = 'garbage', paid_on = paid_on WHERE id = 2", "year or supplier key"),
    ("UPDATE register_entry SET democratic = 0 WHERE id = 1", "its entries have changed"),
    ("UPDATE register_entry SET model = 'investor-owned' WHERE id = 1", "its entries have changed"),
    ("UPDATE register_entry SET live = 1 - live WHERE id = 1", "its entries have changed"),
])
def test_an_edit_of_a_derived_or_classifying_column_is_named(path: Path, edit: str, expected: str) -> None:
    assert check_workspace(path).ok
    with raw(path) as db:
        db.execute(edit)
    report = check_workspace(path)
    assert not report.ok
    problems = [line for line in report.lines if line.startswith("Spend and registers: PROBLEM")]
    assert any(expected in line for line in problems), report.lines


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    target = tmp_path / name
    target.write_bytes(data)
    return target


@pytest.mark.parametrize(("amount", "why"), [
    ('"1.234,56"', "not a sum of pounds"), ('"1,23"', "not a sum of pounds"), ("1.500", "European way"),
    ("1.234", "European way"), ('"1,234.567"', "fractions of a penny"), ('"£ 1 234.56"', "not a sum of pounds"),
    ("\u221212.50", "not a sum of pounds"), ("\u201312.50", "not a sum of pounds"), ("1\u00a0234.56", "not a sum"),
])
def test_an_amount_that_could_be_misread_is_refused_never_guessed(tmp_path: Path, amount: str, why: str) -> None:
    read = read_spend_file(write(tmp_path, "s.csv", HEADER + f"01/04/2026,Acme,{amount}\n".encode()))
    assert read.lines == []
    [problem] = read.problems
    assert problem.message.startswith("line 2: ") and why in problem.message


@pytest.mark.parametrize(("date", "why"), [
    ("31/02/2026", "not a day of the calendar"), ("29/02/2027", "not a day of the calendar"),
    ("2026-13-01", "not a day of the calendar"), ("12/31/2026", "not a day of the calendar"),
    ("45000", "not a date we can read"), ("01/04/1900", "before 2000"), ("1/4/0026", "before 2000"),
    ("01/04/2999", "more than a year from today"),
])
def test_a_date_that_is_not_a_payment_date_is_refused(tmp_path: Path, date: str, why: str) -> None:
    read = read_spend_file(write(tmp_path, "s.csv", HEADER + f"{date},Acme,5.00\n".encode()))
    assert read.lines == []
    [problem] = read.problems
    assert why in problem.message, problem.message


@pytest.mark.parametrize("header", [b"Payment Date,Supplier Name,Amount,Amount\n",
                                    b"Payment Date,Supplier Name,Supplier Name,Amount\n",
                                    b"Payment Date,Supplier Name,Amount (\xc2\xa3),Amount\n"])
def test_a_used_column_named_twice_is_refused_not_picked(tmp_path: Path, header: bytes) -> None:
    read = read_spend_file(write(tmp_path, "s.csv", header + b"01/04/2026,Acme,5.00,7.00\n"))
    assert not read.ok and "could be in any of columns" in read.file_problem
    assert read.lines == []


def test_an_unused_column_named_twice_does_not_matter(tmp_path: Path) -> None:
    read = read_spend_file(write(tmp_path, "s.csv", b"Payment Date,Supplier Name,Net Amount,Amount,Amount\n"
                                                    b"01/04/2026,Acme,5.00,6.00,7.00\n"))
    assert read.ok and [line.amount_pence for line in read.lines] == [500]


def test_an_unclosed_quote_names_the_lines_it_swallows(tmp_path: Path) -> None:
    read = read_spend_file(write(tmp_path, "s.csv", HEADER + b'01/04/2026,"Acme,1\n02/04/2026,Beta,2\n'
                                                             b"03/04/2026,Gamma,3\n"))
    assert read.lines == []
    [problem] = read.problems
    assert problem.message.startswith("line 2: the supplier name runs on to line 4")


def test_an_unclosed_quote_in_the_last_used_column_names_the_lines_too(tmp_path: Path) -> None:
    read = read_spend_file(write(tmp_path, "s.csv", HEADER + b'01/04/2026,Acme,"1\n02/04/2026,Beta,2\n'
                                                             b"03/04/2026,Gamma,3\n"))
    [problem] = read.problems
    assert "the amount (£) runs on to line 4" in problem.message


def test_a_file_mixing_utf8_and_windows_1252_is_refused(tmp_path: Path) -> None:
    read = read_spend_file(write(tmp_path, "s.csv", HEADER + b"01/04/2026,Caf\xc3\xa9 Bleu,1\n"
                                                             b"02/04/2026,Caf\xe9 Rouge,2\n"))
    assert not read.ok and read.file_problem.startswith("mixes encodings: line 2 ")
    assert read.lines == []


def test_cr_only_line_endings_and_a_million_columns_are_read(tmp_path: Path) -> None:
    read = read_spend_file(write(tmp_path, "s.csv", b"Payment Date,Supplier Name,Amount\r01/04/2026,Acme,1\r"
                                                    b"02/04/2026,Beta,2" + b",x" * 1_000_000 + b"\r"))
    assert [(line.line_no, line.amount_pence) for line in read.lines] == [(2, 100), (3, 200)]


def test_a_formula_looking_supplier_name_is_kept_as_text(tmp_path: Path) -> None:
    read = read_spend_file(write(tmp_path, "s.csv", HEADER + b'01/04/2026,"=HYPERLINK(""http://x"",""y"")",1\n'))
    assert [line.supplier_name for line in read.lines] == ['=HYPERLINK("http://x","y")']


@pytest.mark.parametrize("data", [b"a = " + b"[" * 20_000 + b"]" * 20_000, b"x = " + b"{a=" * 5_000 + b"1" + b"}" * 5_000])
def test_a_deeply_nested_toml_mapping_is_refused_not_a_traceback(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(InvalidFileError, match="nested too deeply"):
        mapping_from_toml(write(tmp_path, "m.toml", data))


def test_a_mapping_naming_an_optional_column_the_file_lacks_is_refused(tmp_path: Path) -> None:
    mapping = MappingView("Anytown", {"date": "Paid on", "supplier": "Who", "amount": "How much",
                                      "expense_area": "Where"})
    read = read_spend_file(write(tmp_path, "s.csv", b"Paid on,Who,How much\n01/04/2026,Acme,5\n"), mapping)
    assert not read.ok and "names for expense area = 'Where'" in read.file_problem
    assert read.lines == []


def test_invisible_characters_do_not_make_a_line_new(tmp_path: Path) -> None:
    plain = read_spend_file(write(tmp_path, "a.csv", HEADER + b"01/04/2026,Acme Roads,5\n"))
    marked = read_spend_file(write(tmp_path, "b.csv", HEADER + "01/04/2026,\ufeffAcme\u200b Roads,5\n".encode()))
    assert [line.supplier_name for line in marked.lines] == ["Acme Roads"]
    assert [line.key for line in marked.lines] == [line.key for line in plain.lines]


def test_the_audit_note_of_many_bad_lines_stays_short() -> None:
    assert line_ranges([9, 3, 4, 12, 13, 14, 15]) == "3, 4, 9, 12-15"
    many = line_ranges(list(range(2, 100_002, 2)))  # every other line bad: 50,000 of them
    assert len(many) < 5_000 and many.endswith("… and 49,500 more line(s)")
