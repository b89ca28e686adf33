"""The command line: exit codes, where messages go, and the JSON shape scripts rely on."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from coopeval import __version__, cli
from tests.helpers.frameworks import EXAMPLE, measure, write_variant


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_validate_good_file_exits_zero():
    code, out, err = run("frameworks", "validate", str(EXAMPLE))
    assert code == 0
    assert "valid (example-local-measures 1.0.0, 5 measures)" in out
    assert err == ""


def test_validate_reports_every_bad_file_on_stderr(tmp_path):
    bad1 = write_variant(tmp_path, lambda d: measure(d, "LOC-01").update(method="relativ"), "one.toml")
    bad2 = write_variant(tmp_path, lambda d: measure(d, "LOC-02").update(target=0), "two.toml")
    code, out, err = run("frameworks", "validate", str(EXAMPLE), str(bad1), str(bad2))
    assert code == 1
    lines = err.strip().splitlines()
    assert lines[0].startswith("one.toml: LOC-01.method: unknown method 'relativ'")
    assert lines[1].startswith("two.toml: LOC-02.target: must be greater than 0")
    assert "example-local-measures.toml: valid" in out


def test_validate_missing_file_no_traceback(tmp_path):
    code, _, err = run("frameworks", "validate", str(tmp_path / "missing.toml"))
    assert code == 1
    assert "missing.toml: file: not found" in err
    assert "Traceback" not in err


def test_show_json_has_every_field_nested():
    code, out, _ = run("frameworks", "show", str(EXAMPLE), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["framework"]["id"] == "example-local-measures"
    outcome = data["themes"][0]["outcomes"][0]
    first = outcome["measures"][0]
    for field in ("code", "title", "description", "bidder_guidance", "evaluator_guidance", "evidence",
                  "kpi", "verification", "type", "unit", "method", "ica", "toms_theme", "proxy", "anchors"):
        assert field in first, field
    assert first["proxy"]["value"] == 1000
    banded = data["themes"][1]["outcomes"][0]["measures"][0]
    assert banded["bands"][0] == {"at": 20, "share": 0.25}


def test_show_tree_lists_measures():
    code, out, _ = run("frameworks", "show", str(EXAMPLE))
    assert code == 0
    assert "LOC-03  Volunteering hours for Vale community groups  [hours, banded]" in out


def test_coverage_reports_uncovered_and_exits_one():
    code, out, err = run("frameworks", "coverage", str(EXAMPLE))
    assert code == 1
    assert "LOC-01, LOC-02" in out  # the jobs theme
    assert "Not covered:" in err and "P7" in err and "innovation" in err


def test_coverage_complete_exits_zero(tmp_path):
    from coopeval.domain.vocab import ICA_IDENTIFIERS

    def edit(d):
        measure(d, "LOC-04")["ica"] = list(ICA_IDENTIFIERS)
        measure(d, "LOC-01")["toms_theme"] = "growth"
        measure(d, "LOC-02")["toms_theme"] = "innovation"
        measure(d, "LOC-03")["toms_theme"] = "jobs"

    code, out, _ = run("frameworks", "coverage", str(write_variant(tmp_path, edit)))
    assert code == 0
    assert "Every ICA identifier and TOMs theme is covered." in out


def test_version_from_python_dash_m():
    result = subprocess.run([sys.executable, "-m", "coopeval", "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.strip() == f"CoopEval {__version__}"


def test_unknown_command_is_a_usage_error():
    with pytest.raises(SystemExit) as caught:
        cli.main(["frobnicate"], out=io.StringIO(), err=io.StringIO())
    assert caught.value.code == 2


def test_unexpected_error_is_logged_not_shown(monkeypatch):
    def boom(*_a, **_k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("coopeval.cli.frameworks.load_framework", boom)
    code, _, err = run("frameworks", "show", str(EXAMPLE))
    assert code == 3
    assert "unexpected problem (RuntimeError)" in err
    assert "Traceback" not in err
    from coopeval.crashlog import log_path

    assert "disk on fire" in log_path().read_text(encoding="utf-8")


def test_import_table_writes_a_framework_that_validates(tmp_path):
    sheet = tmp_path / "council.csv"
    sheet.write_text(
        "Theme,Outcome,Code,Measure,Unit,Proxy value\n"
        "Green,Less waste,GW-1,Widgets recycled,count,2.50\n"
        "Green,Less waste,GW-2,Volunteer hours for litter picks,hours,\n",
        encoding="utf-8",
    )
    out = tmp_path / "council.toml"
    code, stdout, err = run("frameworks", "import-table", str(sheet), "--out", str(out),
                            "--licence", "Council's own licence", "--source", "Council spreadsheet 2026")
    assert code == 0, err
    assert "2 measures in 1 themes" in stdout
    code, stdout, _ = run("frameworks", "validate", str(out))
    assert code == 0 and "2 measures" in stdout
    code, _, err = run("frameworks", "import-table", str(sheet), "--out", str(out),
                       "--licence", "x", "--source", "y")
    assert code == 1 and "--overwrite" in err


def test_import_table_names_missing_columns(tmp_path):
    sheet = tmp_path / "bad.csv"
    sheet.write_text("Theme,Code,Measure\nA,B,C\n", encoding="utf-8")
    code, _, err = run("frameworks", "import-table", str(sheet), "--out", str(tmp_path / "x.toml"),
                       "--licence", "x", "--source", "y")
    assert code == 1
    assert "outcome" in err.lower() and "unit" in err.lower()
    assert not (tmp_path / "x.toml").exists()


def test_format_2_fields_in_validate_show_and_coverage(tmp_path):
    from coopeval.domain.vocab import PPN002_OUTCOMES
    from tests.helpers.format2 import NPPS_A, NPPS_B, PPN_A, PPN_B, format2

    def edit(d):
        format2(d)
        measure(d, "LOC-05")["ica"] = ["P7"]  # a companion's links cover nothing
    path = write_variant(tmp_path, edit, "two.toml")
    code, out, err = run("frameworks", "validate", str(path))
    assert (code, err) == (0, "")
    assert "valid (example-local-measures 1.0.0, format 2, 4 measures, 1 quality companion, 3 record fields)" in out

    code, out, _ = run("frameworks", "show", str(path))
    assert code == 0
    assert "LOC-05  Carbon saved against" in out and "quality companion]" in out
    assert "Contract clause: The supplier will keep 20 local apprentices." in out
    assert "s.52: suits a s.52 KPI. A count reported each quarter suits a s.52 KPI." in out
    assert f"Crosswalks: PPN 002 {PPN_A}; NPPS {NPPS_A}, {NPPS_B}" in out
    assert "s.52: does not suit a s.52 KPI" in out  # LOC-05
    assert "F-OWN  Ownership  [choices, role ownership]" in out
    assert "- worker co-op  (democratic)" in out and "- investor-owned\n" in out
    assert "F-CH  Companies House number  [text, role register_id, with evidence, register: Companies House]" in out
    assert "Set 'core': 4 measures. Suits services, works." in out

    code, out, err = run("frameworks", "coverage", str(path))
    assert code == 1
    assert "4 measures and 1 quality companion (LOC-05), not counted below" in out
    assert "P7" in err.split("Not covered:")[1]
    lines = out.splitlines()
    assert any(line.startswith(f"  {PPN_A:<24} {PPN002_OUTCOMES[PPN_A][:20]}") and line.endswith(" LOC-01")
               for line in lines)
    assert any(line.startswith(f"  {PPN_B} ") and line.endswith("not touched") for line in lines)
    assert any(line.startswith(f"  {NPPS_B} ") and line.endswith("LOC-01") for line in lines)
    assert "PA 2023 s.52 KPIs: 1 measure suit, 0 do not, 3 not stated (LOC-02, LOC-03, LOC-04)" in out


def test_format_1_coverage_prints_no_crosswalks():
    _, out, _ = run("frameworks", "coverage", str(EXAMPLE))
    assert "PPN 002" not in out and "s.52" not in out
