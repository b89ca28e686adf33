"""Importing a council's own table of measures (.xlsx / .csv) as a framework file.

Every measure here is invented ("Widgets recycled"); no National TOMs text or proxy values.
Hostile files are built inside the tests, small on disk.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter

from coopeval.domain.errors import CoopEvalError, InvalidFileError
from coopeval.domain.framework_loader import load_framework
from coopeval.services.setup import safe_spreadsheet, table_import
from coopeval.services.setup.table_import import import_table, read_table, table_to_framework

HEADER = ["Theme", "Outcome", "Code", "Measure", "Unit", "Proxy value"]
GOOD_ROWS = [
    ["Waste", "Less landfill", "W-01", "Widgets recycled", "count", 1.25],
    ["Waste", "Less landfill", "W-02", "Gadgets repaired", "hours", 20],
    ["Waste", "Cleaner streets", "W-03", "Litter picks held", "events", None],
    ["Local skills", "More training", "S-01", "Training weeks for residents", "weeks", 150],
]
OPTS = dict(licence="Licensed to Vale Council for its own procurement", source="Vale measures table 2025")


def write_csv(tmp_path: Path, rows: list[list[object]], name: str = "measures.csv") -> Path:
    text = "\n".join(",".join("" if v is None else f'"{v}"' for v in row) for row in rows) + "\n"
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def write_xlsx(tmp_path: Path, rows: list[list[object]], name: str = "measures.xlsx", title: str = "Measures") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def _cell(ref: str, value: object) -> str:
    if isinstance(value, str) and value.startswith("<"):
        return value.replace("REF", ref)  # raw cell XML
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def sheet_xml(rows: dict[int, list[object]], dimension: str = "A1:F5", prolog: str = "") -> str:
    body = "".join(
        f'<row r="{r}">' + "".join(_cell(f"{get_column_letter(i + 1)}{r}", v) for i, v in enumerate(vals) if v is not None)
        + "</row>" for r, vals in sorted(rows.items()))
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="http://schemas.openxmlformats.org/'
            f'spreadsheetml/2006/main"><dimension ref="{dimension}"/><sheetData>{body}</sheetData></worksheet>')


def raw_xlsx(tmp_path: Path, sheet: str, name: str = "raw.xlsx", extra: dict[str, bytes] | None = None) -> Path:
    """A minimal workbook written by hand, for files openpyxl would never write."""
    main = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    members = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
        '+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
        'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{main}/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'xmlns:r="{main}"><sheets><sheet name="Measures" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" '
        f'Type="{main}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, content in members.items():
            zf.writestr(member, content)
        for member, blob in (extra or {}).items():
            zf.writestr(member, blob)
    return path


def problems_of(exc: pytest.ExceptionInfo[InvalidFileError]) -> list[str]:
    return [str(p) for p in exc.value.problems]


# --- good files ------------------------------------------------------------------------------


def test_good_csv_becomes_a_framework_that_loads(tmp_path: Path) -> None:
    src = write_csv(tmp_path, [HEADER, *GOOD_ROWS])
    out = tmp_path / "vale-measures.toml"
    summary = import_table(src, out, **OPTS)
    fw = load_framework(out)
    assert (summary.themes, summary.outcomes, summary.measures, summary.out) == (2, 3, 4, out)
    assert fw.info.id == "vale-measures" and fw.info.licence == OPTS["licence"] and fw.info.source == OPTS["source"]
    w1 = fw.measure("W-01")
    assert (w1.title, w1.unit, w1.type, w1.method) == ("Widgets recycled", "count", "quantitative", "relative")
    assert w1.proxy is not None and w1.proxy.value == Decimal("1.25")
    assert w1.proxy.year == date.today().year and w1.proxy.source == OPTS["source"]
    assert fw.measure("W-03").proxy is None
    assert [(t.name, [o.name for o in t.outcomes]) for t in fw.themes] == [
        ("Waste", ["Less landfill", "Cleaner streets"]), ("Local skills", ["More training"])]
    head = out.read_text(encoding="utf-8").splitlines()[:3]
    assert "measures.csv" in head[0] and date.today().isoformat() in head[0]
    assert head[1] == f"# Licence: {OPTS['licence']}" and head[2] == f"# Source: {OPTS['source']}"


def test_good_xlsx_with_title_row_and_optional_columns(tmp_path: Path) -> None:
    header = HEADER + ["Method", "Target", "Proxy year", "Proxy source", "Description", "KPI"]
    rows = [
        ["Vale Council measures (invented)"],
        header,
        ["Waste", "Less landfill", "W-01", "Widgets recycled", "tonnes", "£1,234.50", "Target", 40, 2023,
         "Invented study", "Widgets kept out of landfill.", "Tonnes recycled a quarter"],
        ["Waste", "Less landfill", "W-02", "Gadgets repaired", "hours", 0, "Record only", None, "2024/25", None, None, None],
        ["Waste", "Less landfill", 101, "Spare parts reused", "count", None, None, None, None, None, None, None],
    ]
    src = write_xlsx(tmp_path, rows, title="Our measures")
    out = tmp_path / "out.toml"
    summary = import_table(src, out, framework_id="vale-toms", name="Vale measures", version="2.1.0",
                           **OPTS)
    fw = load_framework(out)
    assert summary.sheet == "Our measures" and summary.measures == 3
    assert (fw.info.id, fw.info.name, fw.info.version) == ("vale-toms", "Vale measures", "2.1.0")
    w1 = fw.measure("W-01")
    assert (w1.method, w1.target, w1.description, w1.kpi) == ("target", Decimal(40), "Widgets kept out of landfill.",
                                                              "Tonnes recycled a quarter")
    assert w1.proxy is not None and (w1.proxy.value, w1.proxy.year, w1.proxy.source) == (Decimal("1234.5"), 2023,
                                                                                         "Invented study")
    w2 = fw.measure("W-02")
    assert w2.method == "record_only" and w2.proxy is not None and (w2.proxy.value, w2.proxy.year) == (0, 2024)
    assert fw.measure("101").unit == "count"


def test_header_names_match_any_case_spacing_and_aliases(tmp_path: Path) -> None:
    header = ["  THEME ", "outcome", "Reference", "Measure   Title", "UNITS", "Proxy £", "Notes"]
    src = write_csv(tmp_path, [header, ["Waste", "Less landfill", "W-01", "Widgets recycled", "count", "£3", "x"]])
    table = read_table(src)
    data = table_to_framework(table, source_name=src.name, framework_id="t", name="T", version="1.0.0", **OPTS)
    measure = data["themes"][0]["outcomes"][0]["measures"][0]
    assert (measure["code"], measure["title"], measure["unit"], measure["proxy"]["value"]) == (
        "W-01", "Widgets recycled", "count", 3)
    assert table.sheet is None and table.header[0] == "THEME" and table.rows[0][0] == 2


def test_missing_columns_are_all_named_with_the_headers_found(tmp_path: Path) -> None:
    src = write_csv(tmp_path, [["Theme", "Measure", "Value"], ["Waste", "Widgets recycled", "3"]])
    with pytest.raises(InvalidFileError) as exc:
        import_table(src, tmp_path / "out.toml", **OPTS)
    (message,) = problems_of(exc)
    assert "missing required columns: outcome, code, unit" in message
    assert '"Theme", "Measure", "Value"' in message and "row 1" in message
    assert not (tmp_path / "out.toml").exists()


def test_two_columns_for_one_field_are_named(tmp_path: Path) -> None:
    src = write_csv(tmp_path, [HEADER + ["Units"], ["Waste", "Less landfill", "W-01", "Widgets", "count", 1, "kg"]])
    with pytest.raises(InvalidFileError) as exc:
        import_table(src, tmp_path / "out.toml", **OPTS)
    assert problems_of(exc) == ['measures.csv: row 1, column G: columns "Unit" and "Units" both give the unit; keep one']


# --- bad cells -------------------------------------------------------------------------------


def test_partly_empty_row_names_row_and_column_and_empty_rows_are_skipped(tmp_path: Path) -> None:
    rows = [HEADER, GOOD_ROWS[0], [], [None] * 6, ["Waste", "Less landfill", "W-09", "Bins emptied", None, 2]]
    src = write_xlsx(tmp_path, rows)
    with pytest.raises(InvalidFileError) as exc:
        import_table(src, tmp_path / "out.toml", **OPTS)
    assert problems_of(exc) == ['measures.xlsx: sheet "Measures", row 5, column E ("Unit"): '
                                "is empty; every measure needs its unit"]
    ok = write_xlsx(tmp_path, [HEADER, [], GOOD_ROWS[0], [None, None], GOOD_ROWS[1], []], name="ok.xlsx")
    assert import_table(ok, tmp_path / "ok.toml", **OPTS).measures == 2


def test_every_bad_cell_is_reported_at_once_by_sheet_row_and_column(tmp_path: Path) -> None:
    rows = [HEADER,
            ["Waste", "Less landfill", "W-01", "Widgets recycled", "count", "lots"],
            ["Waste", "Less landfill", "W 02", "Gadgets repaired", "n/a", -4],
            ["Waste", "Less landfill", "W-01", "Widgets again", "count", 1]]
    src = write_xlsx(tmp_path, rows)
    with pytest.raises(InvalidFileError) as exc:
        import_table(src, tmp_path / "out.toml", **OPTS)
    assert problems_of(exc) == [
        "measures.xlsx: sheet \"Measures\", row 2, column F (\"Proxy value\"): 'lots' is not a number: "
        "give the £ value of one unit, e.g. 12.50",
        "measures.xlsx: sheet \"Measures\", row 3, column C (\"Code\"): 'W 02' cannot be a code: use letters, "
        "digits, '-', '.' or '_' (no spaces), at most 40 characters",
        "measures.xlsx: sheet \"Measures\", row 3, column E (\"Unit\"): 'n/a' is not a unit; give what the "
        "measure counts, e.g. 'hours', 'FTE', '£'",
        'measures.xlsx: sheet "Measures", row 3, column F ("Proxy value"): is -4; a proxy value must be 0 or more',
        "measures.xlsx: sheet \"Measures\", row 4, column C (\"Code\"): code 'W-01' is also used in row 2; "
        "each code must be unique",
    ]


def test_problem_list_is_capped(tmp_path: Path) -> None:
    rows = [HEADER] + [["Waste", "Less landfill", f"W-{i}", "Widgets", "count", "?"] for i in range(80)]
    with pytest.raises(InvalidFileError) as exc:
        import_table(write_csv(tmp_path, rows), tmp_path / "out.toml", **OPTS)
    assert len(exc.value.problems) == table_import.MAX_PROBLEMS + 1
    assert exc.value.problems[-1].message == "… and 30 more problems"


def test_formula_without_saved_value_is_refused_but_a_saved_value_is_used(tmp_path: Path) -> None:
    src = write_xlsx(tmp_path, [HEADER, ["Waste", "Less landfill", "W-01", "Widgets recycled", "count", "=2*3"]])
    with pytest.raises(InvalidFileError) as exc:
        import_table(src, tmp_path / "out.toml", **OPTS)
    (message,) = problems_of(exc)
    assert 'sheet "Measures", row 2, column F ("Proxy value")' in message
    assert "contains a formula; paste values only" in message
    cached = sheet_xml({1: HEADER, 2: ["Waste", "Less landfill", "W-01", "Widgets recycled", "count",
                                       '<c r="REF"><f>2*3</f><v>6</v></c>']})
    fw_path = tmp_path / "cached.toml"
    import_table(raw_xlsx(tmp_path, cached), fw_path, **OPTS)
    assert load_framework(fw_path).measure("W-01").proxy.value == 6  # type: ignore[union-attr]


def test_excel_error_value_is_named(tmp_path: Path) -> None:
    sheet = sheet_xml({1: HEADER, 2: ["Waste", "Less landfill", "W-01", "Widgets", "count",
                                      '<c r="REF" t="e"><f>1/0</f><v>#DIV/0!</v></c>']})
    with pytest.raises(InvalidFileError) as exc:
        import_table(raw_xlsx(tmp_path, sheet), tmp_path / "out.toml", **OPTS)
    assert "row 2, column F" in problems_of(exc)[0] and "Excel error #DIV/0!" in problems_of(exc)[0]


def test_a_date_where_a_number_or_text_belongs_is_named(tmp_path: Path) -> None:
    rows = [HEADER + ["Target"],
            ["Waste", "Less landfill", "W-01", "Widgets recycled", "count", datetime(2024, 3, 1), None],
            ["Waste", "Less landfill", datetime(2024, 1, 5), "Gadgets", "count", 1, True]]
    with pytest.raises(InvalidFileError) as exc:
        import_table(write_xlsx(tmp_path, rows), tmp_path / "out.toml", **OPTS)
    found = problems_of(exc)
    assert len(found) == 3
    assert 'row 2, column F ("Proxy value"): is a date or time (2024-03-01 00:00:00), not a number' in found[0]
    assert 'row 3, column C ("Code"): is a date or time' in found[1] and "format the column as Text" in found[1]
    assert 'row 3, column G ("Target"): is TRUE, not a number' in found[2]


@pytest.mark.parametrize(("method", "target", "expected"), [
    ("banded", None, "banded scoring needs bands"),
    ("scored", None, "unknown method 'scored'"),
    ("target", None, "method 'target' needs a target"),
    ("relative", 5, "a target is used only with method 'target'"),
    (None, 0, "is 0; a target must be greater than 0"),
])
def test_bad_method_or_target_is_named(tmp_path: Path, method: str | None, target: int | None, expected: str) -> None:
    rows = [HEADER + ["Method", "Target"], ["Waste", "Less landfill", "W-01", "Widgets", "count", 1, method, target]]
    with pytest.raises(InvalidFileError) as exc:
        import_table(write_csv(tmp_path, rows), tmp_path / "out.toml", **OPTS)
    (message,) = problems_of(exc)
    assert expected in message and "row 2, column" in message


def test_target_alone_implies_method_target(tmp_path: Path) -> None:
    rows = [HEADER + ["Target"], ["Waste", "Less landfill", "W-01", "Widgets", "count", 1, 12]]
    import_table(write_csv(tmp_path, rows), tmp_path / "out.toml", **OPTS)
    m = load_framework(tmp_path / "out.toml").measure("W-01")
    assert (m.method, m.target) == ("target", 12)


# --- files that are not what they claim ------------------------------------------------------


def test_not_a_zip_named_xlsx(tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(InvalidFileError, match=r"junk.xlsx: file: is not an Excel .xlsx file \(it is not a zip"):
        read_table(junk)
    renamed = tmp_path / "table.xlsx"
    renamed.write_text("Theme,Outcome\nWaste,Less\n", encoding="utf-8")
    with pytest.raises(InvalidFileError, match="looks like CSV or text renamed to .xlsx; name it .csv"):
        read_table(renamed)


def test_legacy_xls_renamed_to_xlsx(tmp_path: Path) -> None:
    old = tmp_path / "old.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024))
    with pytest.raises(InvalidFileError, match=r"old-style Excel \.xls workbook.*Save As"):
        read_table(old)


def test_ods_and_other_zips_are_named(tmp_path: Path) -> None:
    ods = tmp_path / "sheet.xlsx"
    with zipfile.ZipFile(ods, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(InvalidFileError, match=r"OpenDocument \(\.ods\)"):
        read_table(ods)


def test_zip_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    zeros = bytes(4 * 1024 * 1024)  # 4 MB of zeros packs to a few KB: a ratio of about 1000:1
    bomb = raw_xlsx(tmp_path, sheet_xml({1: HEADER}), extra={"xl/media/image1.png": zeros})
    assert bomb.stat().st_size < 64 * 1024
    with pytest.raises(InvalidFileError, match="zip bomb.*xl/media/image1.png"):
        read_table(bomb)


def test_member_that_unpacks_to_more_than_it_declares_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "liar.xlsx"
    good = raw_xlsx(tmp_path, sheet_xml({1: HEADER, 2: GOOD_ROWS[0]}), name="good.xlsx")
    buf = io.BytesIO()
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info) if "sheet1" not in info.filename else bytes(900_000))
        dst.getinfo("xl/worksheets/sheet1.xml").file_size = 1000  # the central directory now lies
    path.write_bytes(buf.getvalue())
    with pytest.raises(InvalidFileError, match="liar.xlsx: file: is damaged"):
        read_table(path)


def test_xml_entity_bomb_in_sheet_is_refused(tmp_path: Path) -> None:
    lol = ('<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)) + "]>")
    sheet = sheet_xml({1: HEADER, 2: ["Waste", "Less landfill", "W-01", "&lol9;", "count", 1]}, prolog=lol)
    path = raw_xlsx(tmp_path, sheet, name="lol.xlsx")
    with pytest.raises(InvalidFileError, match="declares XML entities") as exc:
        read_table(path)
    assert "xl/worksheets/sheet1.xml" in str(exc.value)
    # Second line of defence: openpyxl itself parses with defusedxml, so even past our scan it is refused.
    assert openpyxl.DEFUSEDXML
    with pytest.raises(InvalidFileError, match="declares XML entities, which is unsafe"):
        safe_spreadsheet._parse_workbook(path.read_bytes(), path.name, None)


def test_sheet_claiming_a_billion_cells_reads_only_what_is_there(tmp_path: Path) -> None:
    claim = "A1:XFD1048576"
    small = raw_xlsx(tmp_path, sheet_xml({1: HEADER, 2: GOOD_ROWS[0]}, dimension=claim), name="claim.xlsx")
    table = read_table(small)
    assert [n for n, _ in table.rows] == [2] and table.header == HEADER
    rows: dict[int, list[object]] = {1: HEADER, 2: GOOD_ROWS[0], 3: GOOD_ROWS[1]}
    rows.update({r: ["Waste", "Less landfill", f"X-{r}", "Widgets", "count", 1] for r in range(20_001, 20_004)})
    rows[1_048_576] = ["x"]
    big = raw_xlsx(tmp_path, sheet_xml(rows, dimension=claim), name="big.xlsx")
    with pytest.raises(InvalidFileError, match=r'big.xlsx: sheet "Measures", row 20001: .*more than 20,000 rows'):
        read_table(big)
    wide = raw_xlsx(tmp_path, sheet_xml({1: HEADER, 2: GOOD_ROWS[0] + [None] * 100 + ["far"]}), name="wide.xlsx")
    with pytest.raises(InvalidFileError, match=r"row 2, column DC: the sheet has more than 100 columns"):
        read_table(wide)


def test_csv_with_nul_bytes_is_not_a_csv(tmp_path: Path) -> None:
    path = tmp_path / "bin.csv"
    path.write_bytes(b"Theme,Outcome\x00\x00\x01,Code\n")
    with pytest.raises(InvalidFileError, match="is not a CSV text file"):
        read_table(path)


def test_csv_in_windows_encoding_is_read_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "win.csv"
    text = "Theme;Outcome;Code;Measure;Unit;Proxy value\nWaste;Less landfill;W-01;Widgets – recycled;count;£2\n"
    path.write_bytes(text.encode("cp1252"))
    summary = import_table(path, tmp_path / "out.toml", **OPTS)
    assert summary.notes and "Windows-1252" in summary.notes[0]
    m = load_framework(tmp_path / "out.toml").measure("W-01")
    assert m.title == "Widgets – recycled" and m.proxy is not None and m.proxy.value == 2


def test_unknown_sheet_lists_the_sheets(tmp_path: Path) -> None:
    src = write_xlsx(tmp_path, [HEADER, GOOD_ROWS[0]], title="Measures")
    assert read_table(src, sheet="  measures ").sheet == "Measures"
    with pytest.raises(InvalidFileError, match='has no sheet "Prices"; its sheets are "Measures"'):
        read_table(src, sheet="Prices")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(blob=st.binary(max_size=2048), suffix=st.sampled_from([".xlsx", ".csv"]))
def test_arbitrary_bytes_give_a_table_or_a_clear_error(tmp_path: Path, blob: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(blob)
    try:
        read_table(path)
    except InvalidFileError as exc:
        assert exc.problems and all(p.file == path.name for p in exc.problems)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_corrupted_workbooks_give_a_clear_error(tmp_path: Path, data: st.DataObject) -> None:
    good = tmp_path / "base.xlsx"
    if not good.exists():
        write_xlsx(tmp_path, [HEADER, *GOOD_ROWS], name="base.xlsx")
    blob = bytearray(good.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        blob[data.draw(st.integers(0, len(blob) - 1))] = data.draw(st.integers(0, 255))
    path = tmp_path / "mangled.xlsx"
    path.write_bytes(bytes(blob))
    try:
        read_table(path)
    except InvalidFileError as exc:
        assert exc.problems


# --- writing the file ------------------------------------------------------------------------


def test_refuses_to_overwrite_unless_asked(tmp_path: Path) -> None:
    src = write_csv(tmp_path, [HEADER, *GOOD_ROWS])
    out = tmp_path / "out.toml"
    out.write_text("keep me", encoding="utf-8")
    with pytest.raises(CoopEvalError, match="already exists.*--overwrite"):
        import_table(src, out, **OPTS)
    assert out.read_text(encoding="utf-8") == "keep me"
    assert import_table(src, out, overwrite=True, **OPTS).measures == 4
    assert load_framework(out).measure("S-01").unit == "weeks"


def test_failed_write_leaves_no_temp_file_and_no_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = write_csv(tmp_path, [HEADER, *GOOD_ROWS])
    before = set(tmp_path.iterdir())

    def broken_replace(a: object, b: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(table_import.os, "replace", broken_replace)
    with pytest.raises(CoopEvalError, match="cannot write .*No space left on device"):
        import_table(src, tmp_path / "out.toml", **OPTS)
    assert set(tmp_path.iterdir()) == before
    bad = write_csv(tmp_path, [HEADER, ["Waste", "Less landfill", "W-01", "Widgets", "count", "lots"]], name="bad.csv")
    with pytest.raises(InvalidFileError):
        import_table(bad, tmp_path / "out.toml", **OPTS)
    assert set(tmp_path.iterdir()) == before | {bad}


@pytest.mark.parametrize(("kwargs", "expected"), [
    ({"licence": " "}, "licence"),
    ({"source": ""}, "source"),
    ({"framework_id": "Vale TOMs"}, "lower-case"),
    ({"version": "2"}, "like 1.0.0"),
    ({"default_method": "banded"}, "unknown default method"),
])
def test_bad_options_are_clear_errors(tmp_path: Path, kwargs: dict[str, str], expected: str) -> None:
    src = write_csv(tmp_path, [HEADER, *GOOD_ROWS])
    with pytest.raises(CoopEvalError, match=expected):
        import_table(src, tmp_path / "out.toml", **{**OPTS, **kwargs})  # type: ignore[arg-type]
    assert not (tmp_path / "out.toml").exists()
