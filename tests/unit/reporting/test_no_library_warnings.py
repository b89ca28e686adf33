"""Signing and verifying print no library deprecation warning on the terminal: pyHanko imports
cryptography's deprecated DSA class, and that one warning (only that one) is filtered."""

from __future__ import annotations

import os
import subprocess
import sys

from coopeval.services.demo import demo_people
from tests.helpers.reports import DEMO_DONE


def coopeval(*argv: object) -> subprocess.CompletedProcess[str]:
    """`coopeval ...` with every warning shown once (-W default, and PYTHONWARNINGS for any child), as a
    user who sets PYTHONWARNINGS, or a Python that shows deprecations, would see them."""
    env = {**os.environ, "PYTHONWARNINGS": "default"}
    return subprocess.run([sys.executable, "-W", "default", "-m", "coopeval", *map(str, argv)], capture_output=True,
                          text=True, timeout=300, check=False, env=env)


def test_signing_and_verifying_a_report_print_no_warnings(demo, tmp_path, monkeypatch):
    report = tmp_path / "signed.pdf"
    officer, _, passphrase = demo_people()[0]  # a real person: a subprocess has no stand-in
    monkeypatch.setenv("COOPEVAL_PASSPHRASE", passphrase)
    signed = coopeval("report", demo, "--tender", DEMO_DONE, "--out", report, "--self-signed", "--as", officer)
    assert signed.returncode == 0, signed.stderr
    assert "Warning" not in signed.stderr, signed.stderr
    verified = coopeval("verify", report, "--workspace", demo)
    assert "All checks passed." in verified.stdout, verified.stdout + verified.stderr
    assert "Warning" not in verified.stderr, verified.stderr
    assert verified.stderr == ""
    summaries = coopeval("summaries", demo, "--tender", DEMO_DONE, "--out-dir", tmp_path / "summaries", "--as", officer)
    assert summaries.returncode == 0, summaries.stderr
    assert "Warning" not in summaries.stderr, summaries.stderr


def test_other_warnings_still_show(tmp_path):
    code = ("import warnings\n"
            "import coopeval.reporting.signing\n"
            "from cryptography.utils import CryptographyDeprecationWarning\n"
            "warnings.warn('DSA is deprecated (our own use)', CryptographyDeprecationWarning)\n"
            "warnings.warn('something else', DeprecationWarning)\n")
    shown = subprocess.run([sys.executable, "-W", "default", "-c", code], capture_output=True, text=True,
                           timeout=120, check=False)
    assert "DSA is deprecated (our own use)" in shown.stderr
    assert "something else" in shown.stderr
