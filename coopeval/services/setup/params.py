"""Method bands as an officer types them ("10: 0.25; 25: 0.5; 50: 1") and back.

Only the text is handled here; `tenders.set_measure` checks the values (ascending, shares 0..1).
"""

from __future__ import annotations

import json
import re

from coopeval.domain.numbers import InputError
from coopeval.i18n import _

_SEPARATORS = re.compile(r"[;\n]+")


def parse_bands(text: str, label: str | None = None) -> list[list[str]]:
    """'at: share' pairs separated by ';' or new lines; empty text means no bands."""
    label = label if label is not None else _("Bands")
    bands = []
    for part in (p.strip() for p in _SEPARATORS.split(text or "")):
        if not part:
            continue
        at, sep, share = part.partition(":")
        if not sep or not at.strip() or not share.strip():
            raise InputError(_("{label}: write each band as 'threshold: share', e.g. '10: 0.25; 25: 1'; "
                             "{part!r} is not like that.").format(label=label, part=part))
        bands.append([at.strip(), share.strip()])
    return bands


def bands_text(bands_json: str | None) -> str:
    """The stored bands (JSON [[at, share], ...]) as the text `parse_bands` reads."""
    if not bands_json:
        return ""
    return "; ".join(f"{at}: {share}" for at, share in json.loads(bands_json))
