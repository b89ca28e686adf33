"""The composition root: loads what the app ships and hands it to the desktop app.

Nothing else creates long-lived objects; widgets receive what they need through constructors.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coopeval.services.catalogue import Catalogue


def _catalogue() -> Catalogue:
    # Loaded after the window's first paint (ui/application.py): its modules take a while to import.
    from coopeval.services.catalogue import load_catalogue

    return load_catalogue()


def run_gui(*, path: Path | None = None, demo: bool = False, read_only: bool = False,
            exit_after_startup: bool = False, argv: list[str] | None = None, language: str | None = None) -> int:
    from coopeval.ui.application import run

    return run(catalogue=_catalogue, path=path, demo=demo, read_only=read_only,
               exit_after_startup=exit_after_startup, argv=argv, language=language)
