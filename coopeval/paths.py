"""Where CoopEval finds what it ships (frameworks, resources) and where it keeps user data.

The shipped folders sit beside the package in a source checkout, and beside the executable in a
frozen build; both are looked for, so the same code runs in either.
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "CoopEval"
APP_AUTHOR = "CoopEval"


def _roots() -> list[Path]:
    roots = [Path(__file__).resolve().parent.parent]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.insert(0, Path(frozen))
    roots.append(Path(sys.prefix) / "share" / "coopeval")
    return roots


def shipped(name: str) -> Path:
    """The shipped folder `name` ('frameworks' or 'resources')."""
    for root in _roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"CoopEval cannot find its '{name}' folder; the installation is incomplete. Reinstall CoopEval."
    )


def frameworks_dir() -> Path:
    return shipped("frameworks")


def resources_dir() -> Path:
    return shipped("resources")


def shipped_framework_files() -> list[Path]:
    return sorted(frameworks_dir().glob("*.toml"))


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=True)
