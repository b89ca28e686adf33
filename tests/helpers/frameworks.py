"""Build framework files for tests by editing the shipped fictional example."""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import tomli_w

EXAMPLE = Path(__file__).resolve().parents[2] / "frameworks" / "example-local-measures.toml"


def example_data() -> dict[str, Any]:
    return tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))


def measure(data: dict[str, Any], code: str) -> dict[str, Any]:
    for theme in data["themes"]:
        for outcome in theme["outcomes"]:
            for m in outcome["measures"]:
                if m["code"] == code:
                    return m
    raise KeyError(code)


def write_variant(tmp_path: Path, edit: Callable[[dict[str, Any]], None], name: str = "variant.toml") -> Path:
    data = copy.deepcopy(example_data())
    edit(data)
    path = tmp_path / name
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path
