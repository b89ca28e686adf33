"""`make run` on a fresh clone says what it is doing while it sets up (creating .venv, then the
install that takes about a minute), instead of sitting silent. Run with a stand-in Python so no
venv is made and nothing is downloaded."""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

FAKE_PYTHON = """#!/bin/sh
# Stands in for python3 and for .venv/bin/python: makes the venv folder, logs pip, does nothing else.
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
    mkdir -p "$3/bin" && cp "$0" "$3/bin/python" && echo "[made venv]"
elif [ "$1" = "-m" ] && [ "$2" = "pip" ]; then
    echo "[pip $3 $4 $5]"
fi
exit 0
"""


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_first_setup_says_what_it_is_doing_before_each_slow_step(tmp_path):
    fake = tmp_path / "python3"
    fake.write_text(FAKE_PYTHON, encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    venv = tmp_path / "venv"
    done = subprocess.run(["make", "--no-print-directory", "setup", f"PYTHON={fake}", f"VENV={venv}"], cwd=REPO,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    setting_up = next(i for i, line in enumerate(lines) if line.startswith(f"Setting up {venv} (first run only"))
    installing = next(i for i, line in enumerate(lines) if line.startswith("Installing CoopEval and its libraries"))
    assert setting_up < lines.index("[made venv]") < installing < lines.index("[pip install --quiet -e]")
    assert (venv / ".installed").exists()

    again = subprocess.run(["make", "--no-print-directory", "setup", f"PYTHON={fake}", f"VENV={venv}"], cwd=REPO,
                           capture_output=True, text=True, timeout=60, check=False)
    assert "Setting up" not in again.stdout and "Installing" not in again.stdout
