"""Where the GUI tests save their pictures."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Pictures go to docs/ only when asked (`make screenshots`); a plain test run changes no tracked file.
SCREENSHOTS = (REPO / "docs" / "screenshots" if os.environ.get("COOPEVAL_SCREENSHOTS")
               else Path(tempfile.mkdtemp(prefix="coopeval-screens-")))


def save(widget, name: str) -> Path:
    """Save a picture of `widget` (a dialog, a page) as SCREENSHOTS/name."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    assert widget.grab().save(str(path)), path
    return path
