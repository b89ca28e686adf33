"""Spend files (issue 20), the pure parts: headers recognised (net preferred over gross, title lines above the
header), UK dates day first, pounds in every form councils write them as exact pence, encodings, delimiters and the
identity of a line."""

from __future__ import annotations

import datetime as dt

import pytest

from coopeval.domain import spend


@pytest.mark.parametrize("text", ["31/03/2027", "31-03-2027", "31.03.2027", "2027-03-31", "31-Mar-2027",
                                  "31 Mar 2027", "31-Mar-27", "31/03/27", "31/03/2027 00:00:00", "2027-03-31T00:00:00",
                                  "31 March 2027", " 31/3/2027 ", "31-MAR-2027"])
def test_dates_are_read_day_first_in_every_form(text: str) -> None:
    assert spend.parse_date(text) == dt.date(2027, 3, 31)


def test_a_date_is_never_read_month_first() -> None:
    assert spend.parse_date("04/05/2026") == dt.date(2026, 5, 4)
    with pytest.raises(spend.ValueProblem, match="day first"):
        spend.parse_date("03/31/2027")


@pytest.mark.parametrize("text", ["", "yesterday", "31/02/2027", "31 Foo 2027", "2027/13/01", "12345"])
def test_what_is_not_a_date_is_refused_saying_so(text: str) -> None:
    with pytest.raises(spend.ValueProblem, match="date"):
        spend.parse_date(text)


@pytest.mark.parametrize(("text", "pence"), [
    ("£1,234.56", 123456), ("1234.56", 123456), ("-1,234.56", -123456), ("(1,234.56)", -123456),
    ("1,234.56 CR", -123456), ("1,234.56CR", -123456), ("1,234.56 DR", 123456), ("-£5", -500), ("£-5", -500),
    ("(12.50)", -1250), ("12.5", 1250), ("12.5000", 1250), ("1234.500", 123450), ("£ 500", 50000), ("1234567.00", 123456700),
    ("0.99", 99), (".50", 50), ("1,000,000", 100000000), ("500-", -50000), ("\u00a3750.00", 75000),
])
def test_amounts_are_exact_pence(text: str, pence: int) -> None:
    assert spend.parse_pence(text) == pence


@pytest.mark.parametrize(("text", "why"), [
    ("", "empty"), ("twelve", "not a sum"), ("12.345", "European way"), ("12.3456", "fractions of a penny"), ("1.2.3", "not a sum"),
    ("(-12.50)", "more than once"), ("-12.50 CR", "more than once"), ("12,34.00", "not a sum"),
    ("1e5", "not a sum"), ("£", "not a sum"), ("99999999999999", "more than"),
])
def test_what_is_not_pounds_is_refused_saying_why(text: str, why: str) -> None:
    with pytest.raises(spend.ValueProblem, match=why):
        spend.parse_pence(text)


def test_headers_are_recognised_whatever_their_case_and_punctuation() -> None:
    headers = ["Body Name", "SERVICE AREA", "Payment Date", "Transaction No.", "Amount (£)", "Supplier Name",
               "supplier_id", "Company Registration Number"]
    assert spend.guess_columns(headers) == {
        "date": "Payment Date", "supplier": "Supplier Name", "amount": "Amount (£)", "supplier_id": "supplier_id",
        "company_number": "Company Registration Number", "transaction": "Transaction No.",
        "expense_area": "SERVICE AREA"}


def test_a_net_amount_is_preferred_over_the_gross_or_plain_amount() -> None:
    assert spend.guess_columns(["Date", "Supplier", "Gross Amount", "Amount", "Net Amount"])["amount"] == "Net Amount"
    assert spend.guess_columns(["Date", "Supplier", "Gross Amount", "Amount"])["amount"] == "Amount"


def test_the_payment_date_is_preferred_over_other_dates() -> None:
    columns = spend.guess_columns(["Transaction Date", "Payee", "Value", "Date Paid"])
    assert columns["date"] == "Date Paid" and columns["supplier"] == "Payee" and columns["amount"] == "Value"


def test_the_header_is_found_below_title_lines() -> None:
    rows = [["Anytown Council"], ["Payments over £500", ""], [], ["Date Paid", "Vendor Name", "Net Amount"],
            ["01/04/2026", "Acme", "5"]]
    assert spend.find_header(rows, None) == (3, {"date": "Date Paid", "supplier": "Vendor Name",
                                                 "amount": "Net Amount"})
    assert spend.find_header([["Paid on", "Who", "How much"]], None) is None
    chosen = {"date": "Paid on", "supplier": "Who", "amount": "How much"}
    assert spend.find_header([["x"], ["paid ON", "Who", "How much"]], chosen) == (1, chosen)


def test_encodings_each_read_pound_and_e_acute() -> None:
    text = "Supplier,Amount\nCafé Société,£5\n"
    for data, encoding in [(b"\xef\xbb\xbf" + text.encode(), "utf-8-sig"), (text.encode("utf-16"), "utf-16"),
                           (text.encode("utf-16-le"), "utf-16"), (text.encode("utf-16-be"), "utf-16"),
                           (text.encode(), "utf-8"), (text.encode("cp1252"), "cp1252")]:
        assert spend.decode(data) == (text, encoding)


def test_cp1252_reads_its_undefined_bytes_as_latin1_rather_than_failing() -> None:
    assert spend.decode(b"A\x81B\x80") == ("A\x81B€", "cp1252")


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_the_delimiter_is_sniffed(delimiter: str) -> None:
    text = "Title, with a comma\n" + "\n".join(delimiter.join(r) for r in [
        ["Date", "Supplier", "Amount"], ["01/04/2026", "Acme", '"1,000.00"' if delimiter != "," else "1000"],
        ["02/04/2026", "Bcme", "2"]])
    assert spend.sniff_delimiter(text) == delimiter


def test_a_line_key_is_its_content_and_occurrence() -> None:
    content = spend.line_content("2026-04-01", "Acme", 500, "T1", "Roads", "S1", "01234567")
    first, second = spend.line_key(content, 1), spend.line_key(content, 2)
    assert first != second and len(first) == 64
    assert first == spend.line_key(spend.line_content("2026-04-01", "Acme", 500, "T1", "Roads", "S1", "01234567"), 1)
    for changed in [("2026-04-02", "Acme", 500, "T1", "Roads", "S1", "01234567"),
                    ("2026-04-01", "Acme Ltd", 500, "T1", "Roads", "S1", "01234567"),
                    ("2026-04-01", "Acme", -500, "T1", "Roads", "S1", "01234567"),
                    ("2026-04-01", "Acme", 500, "T2", "Roads", "S1", "01234567"),
                    ("2026-04-01", "Acme", 500, "T1", "Parks", "S1", "01234567"),
                    ("2026-04-01", "Acme", 500, "T1", "Roads", "S2", "01234567"),
                    ("2026-04-01", "Acme", 500, "T1", "Roads", "S1", "")]:
        assert spend.line_key(spend.line_content(*changed), 1) != first


def test_lines_digest_ignores_order_but_not_content() -> None:
    assert spend.lines_digest(["b", "a"]) == spend.lines_digest(["a", "b"])
    assert spend.lines_digest(["a"]) != spend.lines_digest(["a", "b"])
    assert spend.lines_digest([]) != spend.lines_digest([""])


def test_text_is_collapsed_and_controls_are_refused_with_their_position() -> None:
    assert spend.clean_text("  Café\u00a0 Société\t Ltd ", "supplier") == "Café Société Ltd"
    with pytest.raises(spend.ValueProblem, match="control character.*character 3"):
        spend.clean_text("Ac\x07me", "supplier")
    with pytest.raises(spend.ValueProblem, match="NUL"):
        spend.clean_text("Ac\x00me", "supplier")
    with pytest.raises(spend.ValueProblem, match="too long"):
        spend.clean_text("x" * 301, "supplier")


def test_files_that_are_not_csv_are_named() -> None:
    assert "empty" in (spend.file_kind_problem(b"") or "")
    assert "empty" in (spend.file_kind_problem(b"\xef\xbb\xbf\r\n  ") or "")
    assert "Excel" in (spend.file_kind_problem(b"PK\x03\x04rest") or "")
    assert ".xls" in (spend.file_kind_problem(b"\xd0\xcf\x11\xe0rest") or "")
    assert spend.file_kind_problem(b"Date,Supplier,Amount\n") is None


def test_totals_lines_are_recognised() -> None:
    assert spend.is_totals_row(["", "", "Total", "15,124.56"], "", "")
    assert spend.is_totals_row(["", "Grand total:", "15,124.56"], "", "Grand total:")
    assert not spend.is_totals_row(["01/04/2026", "Total Care Ltd", "5"], "01/04/2026", "Total Care Ltd")
    assert not spend.is_totals_row(["", "Acme", "5"], "", "Acme")  # a line missing its date is a problem, not totals
