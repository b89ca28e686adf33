"""The frameworks CoopEval ships, loaded and validated once for the app and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from coopeval.domain.errors import InvalidFileError, Problem
from coopeval.domain.framework import Framework
from coopeval.domain.framework_loader import load_framework
from coopeval.domain.scales import Scale, load_scales
from coopeval.paths import resources_dir, shipped_framework_files


@dataclass(frozen=True)
class Catalogue:
    frameworks: tuple[Framework, ...]
    scales: dict[str, Scale]
    problems: tuple[Problem, ...] = field(default=())  # files that failed to load, shown to the user


def load_catalogue(framework_files: list[Path] | None = None, scales_file: Path | None = None) -> Catalogue:
    """Load every framework file it can; a bad one is reported, never fatal to the others."""
    files = shipped_framework_files() if framework_files is None else framework_files
    frameworks: list[Framework] = []
    problems: list[Problem] = []
    for path in files:
        try:
            frameworks.append(load_framework(path))
        except InvalidFileError as exc:
            problems.extend(exc.problems)
    try:
        scales = load_scales(scales_file or resources_dir() / "scales.toml")
    except InvalidFileError as exc:
        problems.extend(exc.problems)
        scales = {}
    return Catalogue(tuple(frameworks), scales, tuple(problems))
