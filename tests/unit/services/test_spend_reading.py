"""Reading a spend CSV as an untrusted file (issue 20): whatever is in it, reading says what is wrong (the whole file,
or each line by its number) and never raises anything but a CoopEvalError; importing such a file refuses it with a
CoopEvalError."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from coopeval.domain.errors import CoopEvalError
from coopeval.services.spend import imports
from coopeval.services.spend.reading import read_spend_file
from coopeval.services.spend.views import MappingView
from coopeval.services.workspace import Workspace

HEADER = "Payment Date,Supplier Name,Amount,Expense Area\r\n"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "spend"


def written(tmp_path: Path, data: bytes | str, name: str = "spend.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "why"), [
    (b"", "empty"),
    (b"\r\n\r\n   \r\n", "empty"),
    (b"\xef\xbb\xbf", "empty"),
    (None, "Excel workbook"),  # an .xlsx renamed .csv
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), ".xls"),
    (b"%PDF-1.7\n...", "PDF"),
    (b'Payment Date,Supplier Name,Amount\r\n01/04/2026,"' + b"x" * (10 * 1024 * 1024) + b'",5\r\n', "line 2"),
    (b'Payment Date,Supplier Name,Amount\r\n01/04/2026,"Acme,5\r\n' + b"y" * 200_000, "cannot be read as CSV"),
])
def test_a_file_that_is_not_spend_is_refused_whole(tmp_path: Path, data: bytes | None, why: str) -> None:
    path = written(tmp_path, xlsx_bytes() if data is None else data)
    read = read_spend_file(path)
    assert why in read.file_problem and not read.lines
    with Workspace.create(tmp_path / "w.coopeval", actor="officer") as ws:
        assert why in imports.preview_spend(ws, path).file_problem
        with pytest.raises(CoopEvalError, match=why.replace(".", r"\.")):
            imports.import_spend(ws, path, skip_bad_lines=True)


def test_binary_junk_has_no_header_to_recognise(tmp_path: Path) -> None:
    junk = bytes((i * 7919 + 13) % 256 for i in range(50_000))
    read = read_spend_file(written(tmp_path, junk))
    assert read.mapping is None or read.file_problem
    with Workspace.create(tmp_path / "w.coopeval", actor="officer") as ws, pytest.raises(CoopEvalError):
        imports.import_spend(ws, tmp_path / "spend.csv", skip_bad_lines=True)


def test_a_header_only_file_has_nothing_to_import(tmp_path: Path) -> None:
    path = written(tmp_path, HEADER)
    read = read_spend_file(path)
    assert read.mapping is not None and not read.lines and not read.problems and not read.file_problem
    with Workspace.create(tmp_path / "w.coopeval", actor="officer") as ws, \
            pytest.raises(CoopEvalError, match="no lines of spend"):
        imports.import_spend(ws, path)


def test_nul_bytes_and_control_characters_are_problems_of_their_line(tmp_path: Path) -> None:
    path = written(tmp_path, HEADER + "01/04/2026,Ac\x00me,5,Roads\r\n01/04/2026,Acme,5,Ro\x1bads\r\n"
                   "01/04/2026,Acme,6,Roads\r\n")
    read = read_spend_file(path)
    assert read.encoding == "utf-8"
    assert [p.line_no for p in read.problems] == [2, 3]
    assert "line 2: the supplier name contains a NUL character at character 3" in read.problems[0].message
    assert "line 3: the expense area contains a control character (U+001B" in read.problems[1].message
    assert len(read.lines) == 1


def test_every_problem_of_a_line_is_named_at_once(tmp_path: Path) -> None:
    read = read_spend_file(written(tmp_path, HEADER + "32/01/2026,,lots,Roads\r\n"))
    assert read.problems[0].message.startswith("line 2: the date '32/01/2026'")
    assert "'lots'" in read.problems[0].message and "supplier name is empty" in read.problems[0].message


def test_a_short_line_misses_only_what_it_lacks(tmp_path: Path) -> None:
    read = read_spend_file(written(tmp_path, HEADER + "01/04/2026,Acme,5\r\n01/04/2026,Acme\r\n"))
    assert len(read.lines) == 1 and read.lines[0].expense_area == ""
    assert read.problems[0].message == "line 3: the amount is empty"


def test_line_numbers_count_rows_of_the_file_even_across_quoted_newlines(tmp_path: Path) -> None:
    path = written(tmp_path, "Title\r\n\r\n" + HEADER + '01/04/2026,"Acme\nRoads",5,A\r\n\r\n01/04/2026,Acme,x,A\r\n')
    read = read_spend_file(path)
    assert [line.line_no for line in read.lines] == [4]
    assert read.lines[0].supplier_name == "Acme Roads"
    assert [p.line_no for p in read.problems] == [7]


def test_a_mapping_naming_missing_columns_is_a_file_problem(tmp_path: Path) -> None:
    mapping = MappingView("Theirs", {"date": "Paid on", "supplier": "Who", "amount": "How much"})
    read = read_spend_file(written(tmp_path, HEADER + "01/04/2026,Acme,5,A\r\n"), mapping)
    assert "Paid on" in read.file_problem and "Theirs" in read.file_problem


def test_a_missing_file_a_folder_and_a_fifo_are_refused(tmp_path: Path) -> None:
    assert "not found" in read_spend_file(tmp_path / "none.csv").file_problem
    assert "folder" in read_spend_file(tmp_path).file_problem
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    assert "pipe" in read_spend_file(fifo).file_problem


def test_utf16_without_a_bom_is_recognised_by_its_nuls(tmp_path: Path) -> None:
    text = HEADER + "01/04/2026,Café Société,£5,Crèche\r\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        read = read_spend_file(written(tmp_path, text.encode(encoding)))
        assert read.encoding == "utf-16" and read.lines[0].supplier_name == "Café Société"


def test_a_semicolon_file_with_decimal_commas_in_quotes_reads(tmp_path: Path) -> None:
    path = written(tmp_path, 'Date;Supplier;Amount\r\n01/04/2026;Acme;"1,234.50"\r\n02/04/2026;Bcme;2\r\n')
    read = read_spend_file(path)
    assert [line.amount_pence for line in read.lines] == [123450, 200]


def test_the_fixture_totals_and_blank_lines_are_not_lines_of_spend() -> None:
    read = read_spend_file(FIXTURES / "anytown-2026-q1.csv")
    assert (read.lines_read, read.totals_skipped, len(read.problems)) == (6, 1, 0)


def test_company_numbers_are_in_register_form_and_placeholders_are_none(tmp_path: Path) -> None:
    lines = "".join(f"01/04/2026,Acme,{i},{number}\r\n" for i, number in
                    enumerate(["1234567", "sc 123.456", "N/A", "-", "0000", "ip12345r", ""], start=1))
    read = read_spend_file(written(tmp_path, "Payment Date,Supplier Name,Amount,Company Number\r\n" + lines))
    assert [line.company_number for line in read.lines] == ["01234567", "SC123456", "", "", "", "IP12345R", ""]
