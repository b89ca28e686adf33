"""`coopeval records bundle` and `coopeval records verify`: exit 0 only when everything holds, each problem named."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from coopeval.services.reports.writing import throwaway_signing_key
from tests.helpers.certificates import PASSWORD, officer_p12
from tests.helpers.records import rewrite
from tests.helpers.reports import DEMO_DONE, DEMO_OPEN, demo, run  # noqa: F401 - fixtures

AUDIT_CSV = f"audit/{DEMO_DONE}-audit.csv"


def test_bundle_is_signed_with_your_own_key_by_default_and_verifies(demo: Path, run, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "records.zip"
    code, text, err = run("records", "bundle", demo, "--tender", DEMO_DONE, "--out", out)
    assert code == 0, err
    assert f"Wrote {out}" in text and "signed by Test Runner" in text and f"report/{DEMO_DONE} moderation report.pdf" in text
    assert "Retention: to be set at award." in text
    code, text, err = run("records", "verify", out)  # trusts your own certificate by default
    assert code == 0, text + err
    assert "ok   manifest signature" in text and text.rstrip().endswith("All checks passed.")

    code, _, err = run("records", "bundle", demo, "--tender", DEMO_DONE, "--out", out)
    assert code != 0 and "--overwrite" in err
    assert run("records", "bundle", demo, "--tender", DEMO_DONE, "--out", out, "--overwrite")[0] == 0

    with zipfile.ZipFile(out) as zf:
        changed = zf.read(AUDIT_CSV) + b"x"
    bad = rewrite(out, tmp_path / "bad.zip", change={AUDIT_CSV: changed}, drop=(f"tender/{DEMO_DONE}.json",))
    code, text, err = run("records", "verify", bad)
    assert code == 1
    assert f"FAIL file {AUDIT_CSV}: changed" in text
    assert f"file tender/{DEMO_DONE}.json: listed in the manifest but missing" in err
    assert "2 problem(s)" in err


def test_bundle_signed_with_a_p12_verifies_against_its_authority(demo: Path, run, tmp_path: Path,  # noqa: F811
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    p12, ca = officer_p12(tmp_path)
    monkeypatch.setenv("P12_PASSWORD", PASSWORD)
    out = tmp_path / "records.zip"
    code, text, err = run("records", "bundle", demo, "--tender", DEMO_DONE, "--out", out, "--sign", p12,
                          "--password-env", "P12_PASSWORD")
    assert code == 0, err
    assert run("records", "verify", out, "--trust", ca)[0] == 0
    _, other = throwaway_signing_key(tmp_path / "other", "Someone Else")
    code, text, _ = run("records", "verify", out, "--trust", other)
    assert code == 1 and "FAIL manifest signature: signed by Gwŷn Llŷr, whose certificate does not chain" in text


def test_a_tender_not_signed_off_is_refused_and_nothing_written(demo: Path, run, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "records.zip"
    code, _, err = run("records", "bundle", demo, "--tender", DEMO_OPEN, "--out", out)
    assert code != 0 and "signed-off" in err
    assert not out.exists()


def test_verify_says_plainly_when_the_file_is_not_a_bundle(run, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "notes.zip"
    path.write_text("hello")
    code, text, err = run("records", "verify", path)
    assert code == 1 and "not a ZIP file" in text
