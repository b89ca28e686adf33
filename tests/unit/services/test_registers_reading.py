"""Reading register files (services/registers/reading.py): three layouts, any encoding a council's download
comes in, lines without a name left out with a note, and a file refused only when nothing in it can be used."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coopeval.domain.errors import InvalidFileError
from coopeval.services.registers.reading import parse_register, read_register
from tests.helpers.supplier_spend import REGISTERS

CUK_HEADINGS = ("CUK Organisation ID,Registered Number,Registrar,Registered Name,Trading Name,Legal Form,"
                "Registered Postcode,UK Nation,Ownership Classification,Registered Status,Incorporation Date,"
                "Dissolved Date")


def test_the_coops_uk_file_is_read_in_latin_1_with_its_accents_and_pound_signs() -> None:
    read = read_register(REGISTERS / "coops-uk-sample.csv", "coops-uk")
    assert read.encoding == "cp1252"
    names = [e.name for e in read.entries]
    assert "Café Lumière Co-op Ltd" in names
    assert "Glenmuir £1 Books Co-operative Ltd" in names
    cafe = next(e for e in read.entries if e.name.startswith("Café"))
    assert (cafe.number, cafe.name_key, cafe.model, cafe.democratic, cafe.live) == (
        "07100001", "café lumière coop", "consumer co-operative", True, True)


def test_the_heading_row_is_found_below_a_title_line_and_line_numbers_are_the_files() -> None:
    read = read_register(REGISTERS / "coops-uk-sample.csv", "coops-uk")
    assert read.entries[0].line_no == 3  # line 1 a title, line 2 the headings
    assert read.entries[0].source_id == "CUK-0001"


def test_dissolved_entries_are_kept_but_not_live_with_their_date() -> None:
    read = read_register(REGISTERS / "coops-uk-sample.csv", "coops-uk")
    dairy = next(e for e in read.entries if e.name.startswith("Old Quarry"))
    assert (dairy.live, dairy.dissolved_on, dairy.status) == (False, "2021-12-31", "Dissolved")
    couriers = next(e for e in read.entries if e.name.startswith("Northgate"))
    assert not couriers.live


def test_trading_names_get_their_own_key() -> None:
    read = read_register(REGISTERS / "coops-uk-sample.csv", "coops-uk")
    bakers = next(e for e in read.entries if e.name.startswith("Fernbrook"))
    assert (bakers.trading_name, bakers.trading_key) == ("Fernbrook Bread", "fernbrook bread")


def test_a_line_without_a_name_is_left_out_with_a_note() -> None:
    read = read_register(REGISTERS / "coops-uk-sample.csv", "coops-uk")
    assert read.lines_skipped == 1
    assert read.notes == ("line 9: no name, so it cannot be matched; left out",)
    assert len(read.entries) == 9


def test_an_employee_ownership_trust_is_not_counted_as_democratic() -> None:
    read = read_register(REGISTERS / "coops-uk-sample.csv", "coops-uk")
    trust = next(e for e in read.entries if e.name.startswith("Tillhouse"))
    assert (trust.model, trust.democratic) == ("employee-owned (trust)", False)


def test_the_fca_extract_keeps_society_numbers_and_reads_its_registration_types() -> None:
    read = read_register(REGISTERS / "fca-mutuals-sample.csv", "fca-mutuals")
    assert read.encoding == "utf-8-sig"
    by_name = {e.name: e for e in read.entries}
    assert by_name["Hazelbank Credit Union Limited"].number == "31010R"
    assert by_name["Hazelbank Credit Union Limited"].model == "consumer co-operative"
    assert by_name["Westmere Allotment Society Limited"].model == "community-owned"
    assert by_name["Brackenfold Workers' Co-operative Limited"].name_key == "brackenfold workers coop"
    assert not by_name["Old Quarry Dairy Co-operative Limited"].live
    assert all(e.registrar == "FCA" for e in read.entries)


def test_a_custom_list_gives_model_and_democratic_per_line_and_refuses_unknown_models_per_line() -> None:
    read = read_register(REGISTERS / "custom-sample.csv", "custom")
    by_name = {e.name: e for e in read.entries}
    assert (by_name["Lantern Care Mutual Ltd"].model, by_name["Lantern Care Mutual Ltd"].democratic) == (
        "public service mutual", True)
    assert by_name["Bright Path Social Enterprises CIC"].democratic is False  # blank: the model's own answer
    assert by_name["Ashcombe Print Workers"].democratic is True
    assert by_name["Stonebridge Engineering Ltd"].democratic is False
    assert "Kestrel Gardens" not in by_name
    assert read.notes[0].startswith("line 6: the ownership model 'not a model' is not one of")
    assert read.notes[1] == "line 7: no name, so it cannot be matched; left out"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig", "cp1252"])
def test_any_encoding_a_download_comes_in_reads_the_same(encoding: str) -> None:
    text = CUK_HEADINGS + "\r\nCUK-1,IP1R,FCA,Crème Brûlée Bakers Co-operative,,,,,Worker-owned,Registered,,\r\n"
    read = parse_register(text.encode(encoding), "x.csv", "coops-uk")
    assert read.entries[0].name == "Crème Brûlée Bakers Co-operative"


def test_semicolons_and_headings_in_another_case_are_read() -> None:
    text = "registered name;REGISTERED NUMBER;ownership classification\nAcorn Co-op;123;Consumer\n"
    read = parse_register(text.encode(), "x.csv", "coops-uk")
    assert (read.entries[0].name, read.entries[0].number) == ("Acorn Co-op", "00000123")


def test_headings_of_another_kind_are_refused_naming_the_missing_columns() -> None:
    with pytest.raises(InvalidFileError) as refused:
        read_register(REGISTERS / "fca-mutuals-sample.csv", "coops-uk")
    message = str(refused.value)
    assert "fca-mutuals-sample.csv: headings:" in message
    assert "Registered Name" in message and "Ownership Classification" in message


def test_a_file_with_no_usable_line_is_refused() -> None:
    text = "Name,Number\n,123\n,456\n"
    with pytest.raises(InvalidFileError, match="no usable line"):
        parse_register(text.encode(), "x.csv", "custom")


def test_a_control_character_leaves_its_line_out_with_its_position() -> None:
    text = "Name,Number\nGood Co-op,1\nBad\x07 Co-op,2\n"
    read = parse_register(text.encode(), "x.csv", "custom")
    assert [e.name for e in read.entries] == ["Good Co-op"]
    assert read.notes[0].startswith("line 3: Name contains a control character")


def test_a_binary_file_is_refused_not_read_as_text() -> None:
    with pytest.raises(InvalidFileError):
        parse_register(b"\x00\x01\x02" * 100 + b"\xff\xfe\x00", "x.csv", "custom")


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(InvalidFileError, match="unknown register kind"):
        read_register(REGISTERS / "custom-sample.csv", "companies-house")


def test_a_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "reg.csv"
    os.mkfifo(fifo)
    with pytest.raises(InvalidFileError, match="not a register file"):
        read_register(fifo, "custom")


def test_an_undefined_windows_byte_does_not_stop_the_file() -> None:
    text = b"Name,Number\nGood Co-op,1\n" + b"Odd \x81 Co-op,2\n"
    read = parse_register(text, "x.csv", "custom")
    assert read.encoding == "cp1252"
    assert [e.name for e in read.entries] == ["Good Co-op"]  # U+0081 is a control character: left out, noted
    assert read.notes[0].startswith("line 3:")


def test_line_numbers_are_the_files_even_after_a_value_over_two_lines() -> None:
    text = 'Name,Number\n"Two\nLines Co-op",1\n,2\nLast Co-op,3\n'
    read = parse_register(text.encode(), "x.csv", "custom")
    assert [(e.line_no, e.name) for e in read.entries] == [(2, "Two Lines Co-op"), (5, "Last Co-op")]
    assert read.notes == ("line 4: no name, so it cannot be matched; left out",)
