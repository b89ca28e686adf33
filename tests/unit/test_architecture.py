"""The layering in DESIGN.md, kept true by import-linter: only coopeval.ui imports Qt."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken" in result.stdout


def test_qt_contract_names_every_package_but_ui():
    """A new top-level package must join the contract, or Qt could creep into it unnoticed."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contract = config["tool"]["importlinter"]["contracts"][0]
    assert contract["forbidden_modules"] == ["PySide6", "shiboken6"]
    package = REPO / "coopeval"
    children = {p.stem for p in package.iterdir() if (p.suffix == ".py" or (p / "__init__.py").exists())}
    expected = {f"coopeval.{c}" for c in children - {"__init__", "ui"}}
    assert expected <= set(contract["source_modules"]), expected - set(contract["source_modules"])
