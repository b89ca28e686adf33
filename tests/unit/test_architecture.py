"""The layering in DESIGN.md, kept true by import-linter: faces (ui, cli) above services above
storage and reporting above the pure domain; the faces go through services; only coopeval.ui
imports Qt; reports receive ready data."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "coopeval"


def contracts() -> dict[str, dict]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return {c["type"] + ":" + c["name"]: c for c in config["tool"]["importlinter"]["contracts"]}


def contract(kind: str, starts: str) -> dict:
    [found] = [c for key, c in contracts().items() if key.startswith(f"{kind}:{starts}")]
    return found


def top_level_modules() -> set[str]:
    """Every module and package directly under coopeval, as import-linter names them."""
    children = {p.stem for p in PACKAGE.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()}
    return {f"coopeval.{c}" for c in children - {"__init__"}}


def layer_modules(layer: str) -> list[str]:
    return [name.strip() for name in layer.replace(":", "|").split("|")]


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(contracts())} kept, 0 broken" in result.stdout


def test_the_layers_run_from_the_faces_down_to_the_domain():
    layers = [layer_modules(layer) for layer in contract("layers", "Layers")["layers"]]
    order = {module: depth for depth, layer in enumerate(layers) for module in layer}
    assert order["coopeval.ui"] == order["coopeval.cli"] < order["coopeval.services"]
    assert order["coopeval.services"] < order["coopeval.storage"] == order["coopeval.reporting"]
    assert order["coopeval.storage"] < order["coopeval.domain"] == len(layers) - 2
    # below the domain only the gettext catalogue (issue 22): every layer's messages can be translated
    assert order["coopeval.i18n"] == len(layers) - 1 and layers[-1] == ["coopeval.i18n"]
    assert "coopeval.ui | coopeval.cli" in contract("layers", "Layers")["layers"]  # neither imports the other


def test_every_top_level_module_has_a_layer():
    """A new module or package must take its place in the layers, or its imports go unchecked."""
    layered = {m for layer in contract("layers", "Layers")["layers"] for m in layer_modules(layer)}
    assert top_level_modules() <= layered, top_level_modules() - layered


def test_the_faces_never_reach_storage_or_reporting():
    faces = contract("forbidden", "The UI and the CLI go through services")
    assert set(faces["source_modules"]) == {"coopeval.ui", "coopeval.cli"}
    assert set(faces["forbidden_modules"]) == {"coopeval.storage", "coopeval.reporting"}


def test_qt_contract_names_every_module_but_ui():
    """A new top-level module must join the contract, or Qt could creep into it unnoticed."""
    qt = contract("forbidden", "Only coopeval.ui imports Qt")
    assert qt["forbidden_modules"] == ["PySide6", "shiboken6"]
    expected = top_level_modules() - {"coopeval.ui"}
    assert expected <= set(qt["source_modules"]), expected - set(qt["source_modules"])


def test_reports_receive_ready_data():
    reporting = contract("forbidden", "Reports receive ready data")
    assert reporting["source_modules"] == ["coopeval.reporting"]
    assert {"sqlmodel", "sqlalchemy"} <= set(reporting["forbidden_modules"])
