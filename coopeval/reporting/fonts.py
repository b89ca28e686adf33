"""The bundled fonts, registered with ReportLab once per process.

DejaVu Sans covers Welsh (ŵ, ŷ), Polish (ł) and the rest of Latin, which the PDF standard fonts do
not. ReportLab embeds a subset with a ToUnicode map, so text extracts as typed.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from coopeval.domain.errors import CoopEvalError
from coopeval.i18n import _

REGULAR, BOLD, ITALIC, BOLD_ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
         BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
FAMILY = "DejaVuSans"

_lock = threading.Lock()


def fonts_dir() -> Path:
    from coopeval.paths import resources_dir

    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the family (idempotent, thread-safe)."""
    with _lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return
        for name, file in FILES.items():
            path = fonts_dir() / file
            if not path.is_file():
                raise CoopEvalError(_("The report font {file} is missing from {folder}; the installation is "
                                      "incomplete. Reinstall CoopEval.").format(file=file, folder=path.parent))
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
